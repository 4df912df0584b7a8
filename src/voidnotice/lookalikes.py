"""Characters print and OCR confuse: one table for the whole library.

Each entry of :data:`PAIRS` is two characters that newspaper type, faxes and
OCR read one for the other, with a weight: how likely that misreading is
relative to the others, ``1.0`` for the pairs whose glyphs are nearly the
same in most fonts (``0``/``O``, ``1``/``I``). The pairs are symmetric. The
weights are ordinal judgements, not fitted to a confusion matrix (see
``docs/suggest.md``, "Where the weights come from"); :func:`voidnotice.suggest`
ranks corrections with them, and the parser may read :data:`TO_DIGIT` to
read letters in a run of digits.

>>> weight("O", "0"), weight("3", "8"), weight("2", "4")
(1.0, 0.4, 0.0)
>>> sorted(LOOKALIKES["8"])
['0', '3', '6', 'B']
>>> "Q10".translate(TO_DIGIT), "015".translate(TO_LETTER)
('010', 'OIS')
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["GROUPS", "LOOKALIKES", "PAIRS", "TO_DIGIT", "TO_DIGIT_ANY_CASE", "TO_LETTER", "weight"]

#: ``(a, b, weight)``: ``a`` and ``b`` are read one for the other.
PAIRS: tuple[tuple[str, str, float], ...] = (
    # a letter for a digit: nearly the same glyph
    ("0", "O", 1.0),
    ("1", "I", 1.0),
    ("1", "L", 0.8),  # a lower-case l, folded to upper case
    ("0", "D", 0.5),
    ("0", "Q", 0.4),
    ("2", "Z", 0.6),
    ("5", "S", 0.6),
    ("8", "B", 0.6),
    ("6", "G", 0.5),
    ("4", "A", 0.3),
    # a digit for a digit: broken or filled strokes in print
    ("3", "8", 0.4),
    ("1", "7", 0.4),
    ("5", "6", 0.3),
    ("6", "8", 0.3),
    ("0", "8", 0.3),
    # a letter for a letter
    ("I", "L", 0.5),
    ("O", "D", 0.4),
    ("O", "Q", 0.4),
    ("U", "V", 0.4),
    ("C", "G", 0.4),
    ("D", "Q", 0.2),
    ("I", "7", 0.2),
    ("L", "7", 0.2),
)

#: Every pair as a two-character string (``"0O"``): shares a group = look-alikes.
GROUPS: tuple[str, ...] = tuple(a + b for a, b, _ in PAIRS)


def _weights() -> dict[tuple[str, str], float]:
    table: dict[tuple[str, str], float] = {}
    for a, b, w in PAIRS:
        table[a, b] = table[b, a] = w
    return table


_WEIGHTS = _weights()

#: For each character, the characters it is read for (and read as).
LOOKALIKES: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    c: frozenset(b for (a, b) in _WEIGHTS if a == c) for c, _ in _WEIGHTS
})

#: A ``str.translate`` table reading each letter as the digit it looks most like.
TO_DIGIT: dict[int, int] = {
    ord(letter): ord(digit)
    for digit, letter, _ in sorted(PAIRS, key=lambda p: p[2])
    if digit.isdigit() and letter.isalpha()
}


#: ``TO_DIGIT`` for lower-case letters too (an OCR'd ``o`` or ``l`` before folding).
TO_DIGIT_ANY_CASE: dict[int, int] = {
    **TO_DIGIT, **{ord(chr(letter).lower()): digit for letter, digit in TO_DIGIT.items()},
}

#: A ``str.translate`` table reading each digit as the letter it looks most like
#: (the leading letter of a birth certificate number printed as a digit: 0→O, 1→I).
TO_LETTER: dict[int, int] = {
    ord(digit): ord(letter)
    for digit, letter, _ in sorted(PAIRS, key=lambda p: p[2])
    if digit.isdigit() and letter.isalpha()
}


def weight(a: str, b: str) -> float:
    """How likely ``a`` is read as ``b`` (symmetric); 0.0 for no look-alikes.

    >>> weight("I", "1"), weight("1", "1")
    (1.0, 0.0)
    """
    return _WEIGHTS.get((a, b), 0.0)
