"""The words a pattern's match must hold, read from the pattern's source.

A long alternation such as :data:`~voidnotice.parser.patterns.IGNORED` (89
branches) is tried branch by branch at every character of a notice, though on
any one notice nearly every branch lacks the words it needs (电话, 有效期, 三证合一,
自燃…): that alone was a fifth of a notice's reading. :func:`required` reads
from a branch's source a set of strings one of which any match of the branch
holds, in the match or in what its look-arounds read; a branch none of whose
strings a text holds cannot match it, and is left out of the alternation
compiled for that text (:class:`~voidnotice.parser.patterns.Pattern`'s
``gated``). Leaving out a branch that cannot match changes no match: the
alternation still tries the others in their order at each place.

Only what is certain is read: a literal character, a group whose every
alternative holds a string, a positive look-around, a small class of literal
characters. ``\\d``, ``\\s``, ``\\p{…}``, a negated class or ``.`` hold no string
(``\\d`` is any Unicode digit); a quantifier that allows none makes its item
hold none. A source this reader does not know (an inline flag, a conditional)
holds none either: its branch is always tried.

>>> sorted(required("(?:联系)?(?:电话|手机)\\\\s*[:]?"))
['手机', '电话']
>>> branches("a(?:b|c)|d[|]")
['a(?:b|c)', 'd[|]']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

#: A string set one of which every match holds; None: none is known.
Needs = frozenset[str] | None

#: Escapes of a class or of no width: they hold no known string.
_NO_STRING_ESCAPES = frozenset("dDsSwWbBAZGmM")
#: A class of more characters than this is not worth a trigger each.
_MOST_CLASS = 12


def branches(source: str) -> list[str]:
    """The top-level alternatives of ``source``.

    >>> branches("(a|b)c|[|)]d|e")
    ['(a|b)c', '[|)]d', 'e']
    """
    found: list[str] = []
    start = 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
    found.append(source[start:])
    return found


def required(source: str) -> Needs:
    """Strings one of which every match of ``source`` holds, the most telling such set
    this reader finds (the fewest, longest strings); None when it finds none.

    >>> sorted(required("因[^,;。]{0,12}?三证合一"))
    ['三证合一']
    >>> sorted(required("[在于](?:北京)?x?")), sorted(required("[在于](?<=失[在于])"))
    (['于', '在'], ['失'])
    >>> required("\\\\d{4}年?") is None, required("(?i)abc") is None
    (True, True)
    """
    try:
        return _sequence(source)
    except _NotReadError:
        return None


class _NotReadError(Exception):
    """A construct this reader does not know: the source holds no known string."""


def _sequence(source: str) -> Needs:
    """The needs of an alternation (``a|b``): each alternative's, joined; None if any has
    none."""
    alternatives = branches(source)
    if len(alternatives) > 1:
        joined: set[str] = set()
        for alternative in alternatives:
            needs = _sequence(alternative)
            if needs is None:
                return None
            joined |= needs
        return frozenset(joined)
    best: Needs = None
    for needs in _items_needs(source):
        if needs is not None and (best is None or _better(needs, best)):
            best = needs
    return best


def _better(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is ``a`` the more telling set: its shortest string longer, or as long and fewer?"""
    short_a, short_b = min(map(len, a)), min(map(len, b))
    return short_a > short_b or (short_a == short_b and len(a) < len(b))


def _items_needs(source: str) -> Iterator[Needs]:
    """The needs of each item of a sequence that every match holds; runs of literal
    characters, none repeated, are one item."""
    run: list[str] = []
    i = 0
    while i < len(source):
        needs, literal, item_end = _item(source, i)
        optional, i = _quantifier(source, item_end)
        if literal is not None and i == item_end:
            run.append(literal)
            continue
        if run:
            yield frozenset({"".join(run)})
            run = []
        if not optional:
            yield needs
    if run:
        yield frozenset({"".join(run)})


def _item(source: str, i: int) -> tuple[Needs, str | None, int]:
    """The item at ``i``: its needs, its character when it is a literal one, and where it
    ends."""
    char = source[i]
    if char == "\\":
        escaped = source[i + 1:i + 2]
        if escaped and not escaped.isalnum():  # \\., \\-, \\(: the character
            return frozenset({escaped}), escaped, i + 2
        if escaped in "pP" and source[i + 2:i + 3] == "{":  # \p{Han}: no known strings
            return None, None, source.index("}", i) + 1
        if escaped in _NO_STRING_ESCAPES:
            return None, None, i + 2
        raise _NotReadError(source)  # \u3000, \x.., a back-reference…: not read
    if char == "[":
        end = _class_end(source, i)
        return _class_needs(source[i + 1:end - 1]), None, end
    if char == "(":
        end = _group_end(source, i)
        return _group_needs(source[i + 1:end - 1]), None, end
    if char in ".^$":
        return None, None, i + 1
    if char in "*+?{})|]":
        raise _NotReadError(source)
    return frozenset({char}), char, i + 1


def _quantifier(source: str, i: int) -> tuple[bool, int]:
    """Whether a quantifier at ``i`` allows no repetition at all, and where it ends (with
    its lazy ``?`` or possessive ``+``)."""
    if i >= len(source) or source[i] not in "*+?{":
        return False, i
    char = source[i]
    if char == "{":
        close = source.find("}", i)
        if close < 0:
            raise _NotReadError(source)
        least = source[i + 1:close].split(",")[0].strip()
        optional, end = least in ("", "0"), close + 1
    else:
        optional, end = char in "*?", i + 1
    if end < len(source) and source[end] in "?+":
        end += 1
    return optional, end


def _group_needs(inside: str) -> Needs:
    """The needs of a group from what is inside its brackets."""
    if inside.startswith(("?:", "?>")):
        return _sequence(inside[2:])
    if inside.startswith(("?=", "?<=")):  # the text holds what a positive look-around reads
        return _sequence(inside[2 if inside[1] == "=" else 3:])
    if inside.startswith(("?!", "?<!", "?P=", "?#")):
        return None  # no width, or a back-reference (what its group held): no need of its own
    if inside.startswith(("?P<", "?<")):
        return _sequence(inside[inside.index(">") + 1:])
    if inside.startswith("?"):  # an inline flag, a conditional…
        raise _NotReadError(inside)
    return _sequence(inside)


def _class_needs(inside: str) -> Needs:
    """The characters of a small class of literal characters (``[在于]``, ``[.\\-/]``)."""
    if inside.startswith("^") or "[" in inside:  # negated, or a set of sets (VERSION1)
        return None
    chars: set[str] = set()
    i = 0
    while i < len(inside):
        char = inside[i]
        if char == "\\":
            char = inside[i + 1:i + 2]
            if char.isalnum():
                return None  # \d, \s, \u3000…
            i += 2
        else:
            i += 1
        if inside[i:i + 1] == "-" and i + 1 < len(inside):
            high = inside[i + 1]
            if high == "\\" or not 0 <= ord(high) - ord(char) < _MOST_CLASS:
                return None
            chars.update(chr(c) for c in range(ord(char), ord(high) + 1))
            i += 2
            continue
        chars.add(char)
    return frozenset(chars) if 0 < len(chars) <= _MOST_CLASS else None


def _class_end(source: str, i: int) -> int:
    """Where the class opened at ``i`` ends (after its ``]``): a ``]`` first is a
    character; a class inside it (VERSION1's sets of sets) is stepped over."""
    j = i + 1
    if source[j:j + 1] == "^":
        j += 1
    if source[j:j + 1] == "]":
        j += 1
    while j < len(source):
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            j = _class_end(source, j)
            continue
        if char == "]":
            return j + 1
        j += 1
    raise _NotReadError(source)


def _group_end(source: str, i: int) -> int:
    """Where the group opened at ``i`` ends (after its ``)``)."""
    for j, char, depth in _structure(source, i):
        if char == ")" and depth == 0:
            return j + 1
    raise _NotReadError(source)


def _structure(source: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """The brackets and bars of ``source`` from ``i``, outside classes and escapes, each
    with the depth of groups after it.

    >>> [(char, depth) for _, char, depth in _structure("a(b|[(|]c)|d")]
    [('(', 1), ('|', 1), (')', 0), ('|', 0)]
    """
    depth = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char in "()|":
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


class Gate:
    """An alternation tried on a text with only the branches the text holds the needs of.

    Each branch is compiled alone, on first use. :meth:`finditer` finds the matches the
    whole alternation finds: at each place, the first branch in the written order that
    matches there, the next search from the match's end. A branch whose needs the text
    lacks cannot match, so leaving it out changes nothing.

    >>> import re
    >>> gate = Gate("电话\\\\d+|[在于]北京|因", re.compile)
    >>> [m.group() for m in gate.finditer("因在北京遗失,电话123")]
    ['因', '在北京', '电话123']
    """

    __slots__ = ("_always", "_branches", "_by_first", "_compile", "_compiled")

    def __init__(self, source: str, compile_branch: Callable[[str], Any]) -> None:
        self._branches = branches(source)
        self._compile = compile_branch
        self._compiled: list[Any] = [None] * len(self._branches)
        always: list[int] = []
        by_first: dict[str, list[tuple[str, int]]] = {}
        for index, branch in enumerate(self._branches):
            needs = required(branch)
            if needs is None:
                always.append(index)
            for word in sorted(needs or ()):
                by_first.setdefault(word[0], []).append((word, index))
        self._always = tuple(always)
        self._by_first = by_first

    def held(self, text: str) -> list[int]:
        """The branches whose needs ``text`` holds, in their order (with those that have
        no known needs).

        >>> Gate("电话|[在于]北京|因", str).held("在北京")
        [1]
        """
        found = set(self._always)
        by_first = self._by_first
        for first in by_first.keys() & set(text):
            for word, index in by_first[first]:
                if index not in found and (len(word) == 1 or word in text):
                    found.add(index)
        return sorted(found)

    def finditer(self, text: str, **guard: Any) -> list[Any] | None:
        """The matches of the whole alternation in ``text``, in order; None when a branch
        matches no characters (where the engines differ on where to go on: ask the whole
        alternation). ``guard`` goes to each search (``regex``'s timeout on long text)."""
        held = self.held(text)
        compiled = self._compiled
        for index in held:
            if compiled[index] is None:
                compiled[index] = self._compile(self._branches[index])
        upcoming = {index: compiled[index].search(text, **guard) for index in held}
        found: list[Any] = []
        pos = 0
        while True:
            first = None
            for index in held:  # in order: on a tie, the branch written first
                m = upcoming[index]
                if m is not None and m.start() < pos:
                    m = upcoming[index] = compiled[index].search(text, pos, **guard)
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return found
            if first.end() == first.start():
                return None
            found.append(first)
            pos = first.end()
