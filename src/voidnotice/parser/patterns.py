"""Compiled patterns for notice text, built once from the vocabulary.

Every pattern here runs on user text, so every call goes through
:func:`search` / :func:`finditer`. The patterns are written to run in linear
time (no nested quantifiers over the same characters), and
tests/test_patterns.py runs each on adversarial text of ``UNTIMED_LENGTH``
characters. On longer text (a page, a run-on paragraph) the helpers pass the
regex package's timeout as well, so no input can hang the parser; on a
notice's length they do not, because the timeout reads a clock on every call
(1.7 µs here, a sixth of the time of reading a notice).

A pattern that needs none of the ``regex`` package's own features (``\\p{Han}``,
set operations, variable-width look-behind, matching right to left) and runs
faster in the standard library's ``re`` is compiled there (``plain=True``): a
long alternation of words, which ``re`` enters only at its first characters,
runs four times faster in it. ``re`` has no timeout, so such a pattern must be
linear by construction; tests/test_patterns.py checks that both engines find
the same matches in every corpus text.

>>> [m.group() for m in finditer(EVENT, "张三不慎遗失身份证")]
['不慎遗失']
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from typing import Any, Protocol, TypeAlias

import regex

from voidnotice import regions
from voidnotice.ids import plate
from voidnotice.parser import amounts
from voidnotice.parser import vocabulary as v
from voidnotice.parser.lexicon import GIVEN, Lexicon, active
from voidnotice.parser.markup import not_read, unescaped
from voidnotice.parser.numerals import (
    CAPITAL_DIGITS,
    DATE_NUMERALS,
    LOWER_DIGITS,
    NUMERALS_TO_TEN,
)
from voidnotice.parser.triggers import Gate
from voidnotice.records import Document

#: A compiled pattern of either engine (see the module's docstring): a ``regex.Pattern``
#: or a ``re.Pattern``. ``Any``, as the ``regex`` package's are (it ships no types); what
#: the parser reads of a match is typed by :class:`Match`, which matches of both fit.
Compiled: TypeAlias = Any


class Match(Protocol):
    """What the parser reads of a match.

    The ``regex`` package ships no types, so its matches would be ``Any``
    and one could end up in a record unseen (a ``regex.Match`` once did, in
    ``Party.relations``). Every helper below returns this instead, so mypy
    checks where a match goes. ``group`` is ``None`` for a group that took
    no part in the match.
    """

    @property
    def re(self) -> Compiled: ...

    def group(self, group: int | str = 0, /) -> str | None: ...

    def start(self, group: int | str = 0, /) -> int: ...

    def end(self, group: int | str = 0, /) -> int: ...

    def span(self, group: int | str = 0, /) -> tuple[int, int]: ...


def group(m: Match, name: int | str = 0) -> str:
    """The text of a group that always takes part in its match (else empty).

    >>> group(search(EVENT, "李四被盗"), "verb")
    '被盗'
    """
    return m.group(name) or ""


#: The marks that stand before a notice as bullets; the first two also stand inside
#: names (阿力木江·吐尔逊) and plates (冀C·I7352).
# (👉 ➤ ▶ ☞ 🔹 📌: a WeChat article's or an app's markers before each notice, set DN)
_MARKS = "·•●○◆◇■□★☆▲△▪►◎※👉➤➢▶▷☞▸▹❖✦🔸🔹📌"
#: The marks that open a bulleted notice (●, ■, ◆…), beside numbering.
BULLET_MARKS = _MARKS
#: The marks that never stand inside a name.
MARKS_BETWEEN_NOTICES = _MARKS[2:]
#: Numbering and marks before a notice: 1. 2、 (3) ① 一、 ★. Never part of a name.
#: A number and its mark: 1. 2、 3) (a list's inside a notice too).
_LIST_NUMBER = r"\d{1,3}[.、)](?!\d)"
#: Numbers in one character: ①…⑳, and ⑴…⒇ and ⒈…⒛ (宿州日报's page, set CL), U+2460 to
#: U+249B.
NUMBER_SIGNS = "①-⒛"
NUMBERING = (
    rf"(?:[{_MARKS}{NUMBER_SIGNS}]|{_LIST_NUMBER}|[(](?:\d{{1,3}}|[{NUMERALS_TO_TEN}]{{1,3}})[)]"
    rf"|[{NUMERALS_TO_TEN}]{{1,3}}、)"
)

#: Seconds one pattern may run on one piece of text longer than UNTIMED_LENGTH, and
#: all the patterns together on one notice that long.
TIMEOUT = 2.0
#: Seconds more a pattern may run on a page or a paragraph, for each of its characters.
#: A page's patterns are linear and take about 0.12 µs a character here (the slowest, on
#: a million characters in one paragraph: 0.12 s); with TIMEOUT alone, a paragraph of
#: some sixteen million characters (an archive's export with no blank line) would run
#: out of it and ``scan`` raise. A pattern gone quadratic still runs out.
SECONDS_PER_CHARACTER = 1e-6
#: Text up to this long (a notice is far shorter) is matched without the timeout.
UNTIMED_LENGTH = 1000

# When the notice under way must be read by (time.monotonic()), if it is long.
_DEADLINE: ContextVar[float | None] = ContextVar("voidnotice_deadline", default=None)


def _timeout(text: str) -> float | None:
    """No timeout on a notice's length; on longer text, what is left of the notice's
    time (its one guard), else TIMEOUT for the call and more for a longer text. Raises
    TimeoutError when nothing is left.

    >>> _timeout("短") is None, _timeout("短" * 2_000_000) == TIMEOUT + 2.0
    (True, True)
    """
    if len(text) <= UNTIMED_LENGTH:
        return None
    deadline = _DEADLINE.get()
    if deadline is None:
        return TIMEOUT + len(text) * SECONDS_PER_CHARACTER
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the notice's time ran out")
    return left


@contextmanager
def deadline(text: str) -> Iterator[None]:
    """Read a long ``text`` within TIMEOUT seconds in all, not TIMEOUT a pattern call.

    >>> with deadline("短"):
    ...     _DEADLINE.get() is None
    True
    """
    if len(text) <= UNTIMED_LENGTH:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + TIMEOUT)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0xFFE5: 0xA5, 0x2236: 0x3A, 0xFE30: 0x3A})
# 户囗簿 (set V): OCR reads the mouth 口 as the enclosure 囗, a radical no notice writes.
_WIDTH[0x56D7] = 0x53E3
# Variant forms no notice sets, which OCR reads for the common character: 声眀作废 (眀 for
# 明), 营业执煕 (煕 for 照) (set CF).
_WIDTH.update({0x7700: 0x660E, 0x7155: 0x7167})
# 包金山 丨遗失… (set CF): a column's rule OCR read inside a line as the radical 丨, which
# no word holds; read as the bar it is.
_WIDTH[0x4E28] = 0x7C
# Zero-width and no-break spaces an e-paper's HTML leaves (农丽娟\u200b遗失): spaces. The
# parser reads a text without its invisible characters (see ``visible``); folded, they
# are spaces, as a whole page is folded before its lines are.
_WIDTH.update({0x200B: 0x20, 0x200C: 0x20, 0x200D: 0x20, 0xFEFF: 0x20, 0xA0: 0x20})
# Set DU, the damage of exports and OCR a parser rarely meets:
# 卡号：6217 9956 0002…: the thin and the other sized spaces of typesetting are spaces;
_WIDTH.update({code: 0x20 for code in (*range(0x2000, 0x200B), 0x202F, 0x205F)})
# marks of the direction of text around a number (‪5134…‬) and variation selectors inside a
# name (农秀󠄀芬), which do not show: spaces, and left out where the text is read (INVISIBLE);
_BIDI_MARKS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_VARIATION_SELECTORS = (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0))
_WIDTH.update({code: 0x20 for code in (*_BIDI_MARKS, *_VARIATION_SELECTORS)})
# 身份证﹐身份证号﹕…﹐声明作废﹒: the small forms of punctuation, and 𝟒𝟒𝟏𝟒…: the
# mathematical digits, as their compatibility forms (NFKC, one character for one);
_WIDTH.update({code: ord(unicodedata.normalize("NFKC", chr(code)))
               for code in (*range(0xFE50, 0xFE6C), *range(0x1D7CE, 0x1D800))
               if len(unicodedata.normalize("NFKC", chr(code))) == 1})
# 92430527MAМM2R8XX1: a Cyrillic or Greek capital that looks like a Latin one, read as that
# letter so that the number is read whole; its value keeps the letter as printed, and fails
# the check of its characters.
#: Cyrillic and Greek capitals that look like Latin ones (92430527MAМM2R8XX1, set DU).
FOREIGN_CAPITALS = "АВЕКМНОРСТХУΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_WIDTH.update({ord(a): ord(b) for a, b in zip(FOREIGN_CAPITALS, "ABEKMHOPCTXYABEZHIKMNOPTYX",
                                              strict=True)})

#: The Chinese characters the parser reads (the unified ideographs), as a class's range.
HAN = v.HAN
#: The dots between a name's parts, inside a character class.
NAME_DOTS = re.escape(v.NAME_DOTS)
#: The letters of the Latin script a foreigner's name is printed in: ASCII's, and those with
#: accents and marks (Ã, Ü, Ł).
LATIN_LETTERS = "A-Za-z\u00c0-\u024f"
LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")
#: A name in Latin letters, its words parted by single spaces (MICHAEL JAMES PORTER, HANS
#: MÜLLER, SEAN O'BRIEN, set ED); whole, and no address's scheme (https://…).
LATIN_NAME = (rf"[{LATIN_LETTERS}](?:[{LATIN_LETTERS}'.\-]| (?=[{LATIN_LETTERS}])){{1,60}}"
              rf"(?![{LATIN_LETTERS}:/])")
#: …compiled, for a name read whole (parties' kind, a seal's holder).
LATIN_NAME_PATTERN = re.compile(LATIN_NAME)
#: A character of a name: a Chinese one or a dot between its parts.
_NAME_OR_DOT = rf"[\p{{Han}}{NAME_DOTS}]"
#: A letter of the other scripts bilingual papers print beside Chinese.
OTHER_LETTER = re.compile(f"[{v.OTHER_SCRIPTS}]")


def is_han(c: str) -> bool:
    """Is ``c`` a Chinese character (of the unified block the parser reads)?

    >>> is_han("张"), is_han("A"), is_han("")
    (True, False, False)
    """
    return "\u4e00" <= c <= "\u9fff"


#: Characters that do not show: a soft hyphen an e-paper's hyphenation leaves inside a
#: word (遗\u00ad失), zero-width spaces and joiners (声\u200d明作\u200d废), a word joiner, a
#: byte-order mark.
INVISIBLE = ("\u00ad\u200b\u200c\u200d\u2060\ufeff"
             + "".join(map(chr, (*_BIDI_MARKS, *_VARIATION_SELECTORS))))


def _ranges(chars: str) -> str:
    """``chars`` as a character class's ranges: a class of each of them, astral ones among
    them, is searched a hundred times as slowly.

    >>> _ranges("bacx")
    'a-cx'
    """
    codes = sorted(set(map(ord, chars)))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                   for a, b in runs)


_INVISIBLE = re.compile(f"[{_ranges(INVISIBLE)}]")


def visible(text: str) -> list[int] | None:
    """The offsets of the characters of ``text`` that show, when some do not; markup
    (:func:`~voidnotice.parser.markup.not_read`: Markdown's emphasis, a text browser's link
    numbers) is not shown either.

    >>> visible("遗\u00ad失"), visible("遗失") is None
    ([0, 2], True)
    >>> visible("**陶春燕**遗失")
    [2, 3, 4, 7, 8]
    """
    markup = not_read(text)
    if not markup and _INVISIBLE.search(text) is None:
        return None
    return [i for i, char in enumerate(text) if char not in INVISIBLE and i not in markup]


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width and traditional characters to simplified,
    one character for one, keeping every offset.

    NFKC would also fold the width, but it changes the length of some
    characters (㈠, …), and the parser's offsets must point into the text as
    given; for the same reason traditional characters are folded one by one
    (OpenCC's character table), not by phrase. The parser matches the folded
    text and returns names and labels from the text as printed.

    >>> fold_width("９２（父：张）　，")
    '92(父:张) ,'
    >>> fold_width("遺失營業執照副本，聲明作廢")
    '遗失营业执照副本,声明作废'
    >>> fold_width("户囗簿")
    '户口簿'
    >>> fold_width("公司&nbsp;遗失<br>"), fold_width("证号：：1")
    ('公司      遗失    ', '证号: 1')
    >>> fold_width("拾味&amp;茶饮店"), fold_width("公章各—枚")
    ('拾味&    茶饮店', '公章各一枚')
    """
    # Most lines of a page hold nothing to fold (株洲日报's news holds not one character):
    # one search of them costs a seventh of translating them.
    folded = text.translate(_fold_table()) if _foldable(text) is not None else text
    if _ASTRAL.search(text) is not None:
        folded = folded.translate(_astral_table())  # 𠌥 and the like: rare, so a second pass
    if "&" in folded or "<" in folded or "\\" in folded:
        folded = unescaped(folded)
    return fold_joined(folded)


def fold_joined(text: str) -> str:
    """Lines folded one by one, then joined: the folds that read a character's neighbour
    made again, where a line break had parted the two (…合同专用章各 / —枚: 一枚).

    >>> fold_joined("公章各" + fold_width("—枚"))
    '公章各一枚'
    """
    if _DOUBLED.search(text) is not None:
        text = _DOUBLED.sub(_first_of_run, text)
    if _DASH_FOR_ONE.search(text) is not None:
        text = _DASH_FOR_ONE.sub("一", text)
    return text


# 居民身份证，，身份证号：：342425…: a comma or colon typed or scanned twice is read once; the
# others become spaces, keeping every offset.
DOUBLED_MARKS = ",:;"
_DOUBLED = re.compile(rf"([{DOUBLED_MARKS}])\1+")


# 公章、财务专用章、合同专用章各—枚 (set CS): a scan's 一 read as a dash (—, ―, –, ー, ─, -)
# between a word and a measure word, where no dash stands, is the numeral; not after one
# (一-枚, a stray mark)
_DASH_FOR_ONE = re.compile(rf"(?<=[{HAN}])(?<![{LOWER_DIGITS}{CAPITAL_DIGITS}十拾])"
                           rf"[—―–ー─-](?=[{v.MEASURE_WORDS}])")


def _first_of_run(m: re.Match[str]) -> str:
    return m.group(1) + " " * (m.end() - m.start() - 1)


#: A character beyond the Basic Multilingual Plane, which the list below does not reach.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _fold_table() -> list[int]:
    """Every code point of the Basic Multilingual Plane to its fold, read on first use.

    A list, not a dict: ``str.translate`` raises and clears a ``KeyError`` for
    every character a dict lacks (nearly all of them), which made folding a
    page cost twice as much.
    """
    table = list(range(0x10000))
    for code, to in _folds().items():
        if code < 0x10000:
            table[code] = to
    return table


def _foldable(text: str) -> re.Match[str] | None:
    """The first character of ``text`` below U+10000 that folds to another."""
    return _foldable_search()(text)


@functools.cache
def _foldable_search() -> Callable[[str], re.Match[str] | None]:
    codes = sorted(code for code in _folds() if code < 0x10000)
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
    return re.compile(f"[{members}]").search


@functools.cache
def _astral_table() -> dict[int, int]:
    return {code: to for code, to in _folds().items() if code >= 0x10000}


@functools.cache  # both tables are made from it
def _folds() -> dict[int, int]:
    """Full width to half width, and OpenCC's one-character traditional to simplified."""
    table = dict(_WIDTH)
    data = resources.files("voidnotice") / "data" / "traditional.txt"
    for line in data.read_text(encoding="utf-8").splitlines():
        if len(line) == 2:  # the header's lines are longer
            table[ord(line[0])] = ord(line[1])
    # 出⽣医学证明⼀份（⽗：…，⺟：…） (set AG): a PDF's text gives the radicals and the
    # compatibility forms its font draws for ideographs; each is read as its ideograph
    # (NFKC's, one for one), folded further where that is traditional.
    for first, last in _LOOK_ALIKE_IDEOGRAPHS:
        for code in range(first, last + 1):
            ideograph = unicodedata.normalize("NFKC", chr(code))
            if len(ideograph) == 1 and ideograph != chr(code) and code not in table:
                table[code] = table.get(ord(ideograph), ord(ideograph))
    return table


#: The CJK radicals, Kangxi radicals and compatibility ideographs.
_LOOK_ALIKE_IDEOGRAPHS = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _alternation(words: Any, *, backward: bool = False) -> str:
    """The words as one pattern, factored by their common beginnings (a trie).

    ``regex`` tries the branches of a flat alternation one by one at every
    position; factored, a position is left after its first character. Of
    words that begin one another the longer is tried first, as in a flat
    alternation sorted longest first, so a match is the same. A pattern
    matched right to left (``(?r)``) compares words by their ends instead:
    ``backward`` factors them by their common endings.

    >>> _alternation(["营业执照", "营业执照副本", "公章", "营照"])
    '(?:公章|营(?:业执照(?:副本)?|照))'
    >>> _alternation(["代码", "发票代码", "号码"], backward=True)
    '(?:(?:发票)?代|号)码'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in reversed(word) if backward else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie, backward) if trie else "(?!)"


def _branches(node: dict[str, Any], backward: bool) -> str:
    """The pattern of one node of the trie: its children, longer words first, then its end."""
    children = [_branches(child, backward) + regex.escape(char) if backward
                else regex.escape(char) + _branches(child, backward)
                for char, child in sorted(node.items()) if char]
    if not children:
        return ""
    ends_here = "" in node
    if len(children) == 1:
        return f"(?:{children[0]})?" if ends_here else children[0]
    body = "|".join(children)
    return f"(?:{body}|)" if ends_here else f"(?:{body})"


_TriggerSearch = Callable[[str], object]


class Pattern:
    """A pattern of the parser, compiled on its first use, for each lexicon.

    Compiling them all costs about 80 ms, which ``import voidnotice`` (and a
    caller who only checks numbers) should not pay. A pattern built from the
    words of a :class:`~voidnotice.parser.lexicon.Lexicon` has a source for each
    lexicon, and is compiled once for each; the one of the parse under way
    (:func:`voidnotice.parser.lexicon.active`) is used. ``pattern`` is the source for
    that lexicon; the methods are those of a compiled ``regex`` pattern.

    >>> EVENT.search("李四被盗").group()
    '被盗'
    """

    __slots__ = ("_anchored", "_compiled", "_fixed", "_gated", "_gates", "_last", "_lexical",
                 "_long_verdict", "_plain", "_prepared", "_source", "_triggers")

    def __init__(
        self, source: str | Callable[[Lexicon], str], *, plain: bool = False,
        anchored: bool = False, gated: bool = False,
    ) -> None:
        self._source = source
        self._plain = plain
        self._anchored = anchored
        # Searched branch by branch, with only those whose needs the text holds (finditer)?
        self._gated = gated
        self._gates: dict[Lexicon, Gate] = {}
        self._fixed: Compiled | None = None  # a source of no lexicon's words
        self._compiled: dict[Lexicon, Compiled] = {}
        # The lexicon asked for last and its pattern: nearly every call asks for the same.
        self._last: tuple[Lexicon, Compiled] | None = None
        # Words one of which any match holds (see _triggered).
        self._triggers: tuple[str, ...] | Callable[[Lexicon], tuple[str, ...]] | None = None
        # Does the source or the triggers come from a lexicon's words?
        self._lexical = not isinstance(source, str)
        # For the lexicon asked for last (None when neither does): the search of the
        # triggers, and the pattern.
        self._prepared: tuple[Lexicon | None, _TriggerSearch, Compiled] | None = None
        # The long text asked about last, for which lexicon, and the answer: a run-on
        # page is searched from each of its sentences in turn, and the triggers are
        # searched in the whole text, so without it a long text would cost its length
        # squared.
        self._long_verdict: tuple[str, Lexicon | None, bool] | None = None

    def may_match(self, text: str) -> bool:
        """False when ``text`` holds none of the pattern's trigger words.

        >>> AMOUNT.may_match("张三遗失身份证"), AMOUNT.may_match("金额100元")
        (False, True)
        """
        return self.ready(text) is not None

    def ready(self, text: str) -> Compiled | None:
        """The compiled pattern for the lexicon under way, or None when ``text`` holds
        none of the pattern's trigger words (so no match is possible).

        One call where the helpers below made three (the shortcut, the lexicon's
        pattern, the timeout): they run some forty times a notice, so it is kept
        short. A pattern of no lexicon's words never asks for the lexicon.

        >>> AMOUNT.ready("张三遗失身份证") is None, EVENT.ready("李四被盗") is not None
        (True, True)
        """
        if self._triggers is None:
            return self._fixed or self.compiled
        # the lexicon given, None for the default (a key of its own: _prepare reads the default)
        lexicon = GIVEN.get() if self._lexical else None
        prepared = self._prepared
        if prepared is None or prepared[0] is not lexicon:
            prepared = self._prepare(lexicon)
        if len(text) > UNTIMED_LENGTH:
            verdict = self._long_verdict
            if verdict is not None and verdict[0] is text and verdict[1] is lexicon:
                found = verdict[2]
            else:
                found = prepared[1](text) is not None
                self._long_verdict = (text, lexicon, found)
            return prepared[2] if found else None
        return prepared[2] if prepared[1](text) is not None else None

    def _prepare(
        self, lexicon: Lexicon | None
    ) -> tuple[Lexicon | None, _TriggerSearch, Compiled]:
        """The search of the trigger words and the pattern, for ``lexicon``."""
        words = self.trigger_words(lexicon or Lexicon.default())
        self._prepared = (lexicon, _trigger_search(words), self.compiled)
        return self._prepared

    def trigger_words(self, lexicon: Lexicon) -> tuple[str, ...]:
        """The words one of which every match holds, for ``lexicon`` (none: no shortcut).

        >>> CLOSING.trigger_words(Lexicon.default()), PLACE.trigger_words(Lexicon.default())
        (('特此',), ())
        """
        triggers = self._triggers
        if triggers is None:
            return ()
        return triggers if isinstance(triggers, tuple) else triggers(lexicon)

    @property
    def plain(self) -> bool:
        """Is it compiled by the standard library's ``re`` (see the module's docstring)?

        >>> DOCUMENT.plain, EVENT.plain
        (True, False)
        """
        return self._plain

    @property
    def anchored(self) -> bool:
        """Is it tried only at a given place (``match``, ``fullmatch``), never searched for?

        Such a pattern may open with ``\\s*``: at one place that costs the run of spaces
        there, once. Searched for, it would cost the run's width at each of its spaces,
        the square in all, so :func:`search`, :func:`finditer` and :func:`split` refuse it.

        >>> STOPPED_FROM.anchored, DOCUMENT.anchored
        (True, False)
        >>> search(STOPPED_FROM, "自即日起停止使用")
        Traceback (most recent call last):
        ...
        ValueError: an anchored pattern is matched at a place, not searched for
        """
        return self._anchored

    def source(self, lexicon: Lexicon) -> str:
        """The pattern's source for ``lexicon``."""
        return self._source if isinstance(self._source, str) else self._source(lexicon)

    @property
    def pattern(self) -> str:
        """The source for the lexicon of the parse under way."""
        return self.source(active())

    @property
    def compiled(self) -> Compiled:
        """The pattern for the lexicon under way, compiled once."""
        if self._fixed is not None:
            return self._fixed
        if isinstance(self._source, str):
            self._fixed = self._build(self._source)
            return self._fixed
        lexicon = active()
        last = self._last
        if last is not None and last[0] is lexicon:
            return last[1]
        found = self._compiled.get(lexicon)
        if found is None:
            found = self._compiled[lexicon] = self._build(self._source(lexicon))
        self._last = (lexicon, found)
        return found

    @property
    def gate(self) -> Gate:
        """The pattern's branches for the lexicon under way, each tried only on a text that
        holds its needs (:class:`~voidnotice.parser.triggers.Gate`).

        >>> [m.group() for m in IGNORED.gate.finditer("因保管不慎遗失,联系电话:13912345678")]
        ['因保管', '联系电话:13912345678']
        """
        lexicon = active()
        gate = self._gates.get(lexicon)
        if gate is None:
            gate = self._gates[lexicon] = Gate(self.source(lexicon), self._build)
        return gate

    def _build(self, source: str) -> Compiled:
        if self._plain:
            return re.compile(for_re(source))
        return regex.compile(source, regex.VERSION1)

    def search(self, *args: Any, **kwargs: Any) -> Match | None:
        """``regex.Pattern.search``."""
        _searched(self)
        found: Match | None = self.compiled.search(*args, **kwargs)
        return found

    def match(self, *args: Any, **kwargs: Any) -> Match | None:
        """``regex.Pattern.match``."""
        found: Match | None = self.compiled.match(*args, **kwargs)
        return found

    def fullmatch(self, *args: Any, **kwargs: Any) -> Match | None:
        """``regex.Pattern.fullmatch``."""
        found: Match | None = self.compiled.fullmatch(*args, **kwargs)
        return found

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Match]:
        """``regex.Pattern.finditer``."""
        _searched(self)
        found: Iterator[Match] = self.compiled.finditer(*args, **kwargs)
        return found

    def split(self, *args: Any, **kwargs: Any) -> list[str]:
        """``regex.Pattern.split``."""
        _searched(self)
        parts: list[str] = self.compiled.split(*args, **kwargs)
        return parts


#: Unicode's White_Space, which ``\\s`` means in ``regex``; ``re``'s ``\\s`` (``str.isspace``)
#: also holds the separators U+001C to U+001F.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def for_re(source: str) -> str:
    """A ``regex`` source for ``re``, with ``\\s`` and ``\\S`` meaning what they mean in
    ``regex``, so that both engines match the same text alike.

    >>> for_re(r"a\\s*[\\s,]b").count("\\u3000"), re.fullmatch(for_re(r"a\\sb"), "a\\x1cb")
    (2, None)
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source):
            escaped = source[i + 1]
            if escaped == "s":
                out.append(_WHITE_SPACE if in_class else f"[{_WHITE_SPACE}]")
            elif escaped == "S" and not in_class:
                out.append(f"[^{_WHITE_SPACE}]")
            elif escaped == "S":
                raise ValueError(f"\\S inside a character class has no re form: {source!r}")
            else:
                out.append(source[i:i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            for opening in ("^]", "]"):  # a ] first in a class is a character
                if source.startswith(opening, i + 1):
                    out.append(opening)
                    i += len(opening)
                    break
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _compile(
    pattern: str | Callable[[Lexicon], str], *, plain: bool = False, anchored: bool = False,
    gated: bool = False,
) -> Pattern:
    return Pattern(pattern, plain=plain, anchored=anchored, gated=gated)


def _searched(pattern: Pattern) -> None:
    """Refuse to search for an anchored pattern (see :attr:`Pattern.anchored`)."""
    if pattern._anchored:
        raise ValueError("an anchored pattern is matched at a place, not searched for")


# A pattern listed here cannot match a text that holds none of its trigger
# strings; the helpers below then skip it. Most notices lack most of these
# words, and one search of the triggers (a stdlib ``re`` alternation of
# literals, which scans at C speed from a set of first characters) costs a
# tenth of a timed ``regex`` call. Kept beside the patterns;
# tests/test_patterns.py checks every trigger list against them.


def _triggered(pattern: Pattern, *triggers: str) -> Pattern:
    pattern._triggers = triggers
    return pattern


def _triggered_by(pattern: Pattern, triggers: Callable[[Lexicon], tuple[str, ...]]) -> Pattern:
    """Triggers that come from a lexicon's words, computed for each lexicon."""
    pattern._triggers = triggers
    pattern._lexical = True
    return pattern


def _guard(compiled: Compiled, text: str) -> dict[str, float | None]:
    """The timeout of a call on long text: ``regex``'s; ``re`` has none, but the notice's
    deadline is still checked before the call (a plain pattern is linear)."""
    timeout = _timeout(text)
    return {} if isinstance(compiled, re.Pattern) else {"timeout": timeout}


@functools.lru_cache(maxsize=256)
def _trigger_search(triggers: tuple[str, ...]) -> _TriggerSearch:
    longest_first = sorted(set(triggers), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in longest_first)).search


def search(
    pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Match | None:
    """``pattern.search``, under the timeout on long text.

    >>> search(EVENT, "李四被盗").group()
    '被盗'
    """
    _searched(pattern)
    compiled = pattern.ready(text)
    if compiled is None:
        return None
    if endpos is None:  # re takes no None
        endpos = len(text)
    if len(text) <= UNTIMED_LENGTH:
        return compiled.search(text, pos, endpos)  # type: ignore[no-any-return]
    return compiled.search(text, pos, endpos, **_guard(compiled, text))  # type: ignore[no-any-return]


def match(
    pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Match | None:
    """``pattern.match`` at ``pos``, under the timeout on long text.

    >>> match(RANGE_TAIL, "00123456-00123460", 8).group("num")
    '00123460'
    """
    compiled = pattern.ready(text)  # sound for any pos: no trigger anywhere, no match
    if compiled is None:
        return None
    if endpos is None:  # re takes no None
        endpos = len(text)
    if len(text) <= UNTIMED_LENGTH:
        return compiled.match(text, pos, endpos)  # type: ignore[no-any-return]
    return compiled.match(text, pos, endpos, **_guard(compiled, text))  # type: ignore[no-any-return]


def fullmatch(pattern: Pattern, text: str) -> Match | None:
    """``pattern.fullmatch``, under the timeout on long text.

    >>> fullmatch(PERSON_NAME, "郭建平") is not None
    True
    """
    compiled = pattern.ready(text)
    if compiled is None:
        return None
    if len(text) <= UNTIMED_LENGTH:
        return compiled.fullmatch(text)  # type: ignore[no-any-return]
    return compiled.fullmatch(text, **_guard(compiled, text))  # type: ignore[no-any-return]


def split(pattern: Pattern, text: str) -> list[str]:
    """``pattern.split``, under the timeout on long text.

    >>> split(NAME_JOINER, "张三和李四")
    ['张三', '李四']
    """
    _searched(pattern)
    compiled = pattern.ready(text)
    if compiled is None:
        return [text]
    if len(text) <= UNTIMED_LENGTH:
        return compiled.split(text)  # type: ignore[no-any-return]
    return compiled.split(text, **_guard(compiled, text))  # type: ignore[no-any-return]


def finditer(pattern: Pattern, text: str) -> Iterator[Match]:
    """``pattern.finditer``, under the timeout on long text.

    >>> [m.group() for m in finditer(DOCUMENT, "公章、财务专用章")]
    ['公章', '财务专用章']
    """
    _searched(pattern)
    compiled = pattern.ready(text)
    if compiled is None:
        return iter(())
    guard = {} if len(text) <= UNTIMED_LENGTH else _guard(compiled, text)
    # (on long text too, under the same timeout: each branch's searches run on from one
    # another, never over the same characters twice)
    found = pattern.gate.finditer(text, **guard) if pattern._gated else None
    if found is not None:
        return iter(found)
    return compiled.finditer(text, **guard)  # type: ignore[no-any-return]


def _minimal(words: Any) -> tuple[str, ...]:
    """The words that contain no other word of the list: enough as triggers."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


#: The words before an event that say it was an accident: 不慎遗失.
# (不甚: a pinyin input's 不慎, as a placer types it online, set DJ)
_CARELESSLY = ("不慎", "不小心", "不幸", "不甚")
EVENT = _triggered_by(
    # 因印面磨损严重: how badly is part of the event
    # 浸水破损: how it was damaged; 因水浸毁损: given as the cause; 不慎被水浸泡污损: both
    # 刘泽坤、刘晓雯分别遗失…: each their own (set AW)
    # 郭梓涵（…）遗遗失…, …因受潮损毁毁， (set CF): OCR printed the verb's first or last
    # character twice (the last only where no word goes on after it). The first is one of
    # the verbs' first characters, not any: tried at every character, \p{Han} made the
    # search thirteen times as slow.
    # …各一张全部丢失 (set EE): all of them
    # …的护照因不慎浸水损毁 (set EJ): the accident given as the cause
    _compile(lambda lex: rf"(?:分别|全部)?(?:因?(?:{_alternation(_CARELESSLY)}))?"
             rf"(?:因?(?:{_alternation(v.DAMAGE_MANNERS)}))?"
             rf"(?:(?P<twice>[{''.join(sorted({w[0] for w in lex.events}))}])(?=(?P=twice)))?"
             rf"(?P<verb>{_alternation(lex.events)})"
             # …遗失失浙江增值税专用发票 (set CN): the last before a document too; not the
             # first of a word of its own (丢失失效, 被盗盗用)
             r"(?:(?<=(?P<last>\p{Han}))(?P=last)(?!效|去|主|窃|落|误|用|坏|毁))?(?:严重)?"
             # 遗失人：巩义市…李建设｜遗失物品：… (set BZ): a form's field of who, no event
             rf"(?!(?:{_alternation(v.EVENT_FIELDS_OF_WHO)})\s*:)"),
    lambda lex: _minimal(lex.events))
# 作废声明 / ◆X有限公司原公章（印章编码：…）自即日起停止使用。(set BC): the seal no longer in
# use, which the block's header declares void; the notice's own word of what happened
STOP_USING = _triggered(_compile(r"停止使用"), "停止使用")
# …，原公章自2026年12月5日起停止使用 (set BF): what a document named again is said to undergo,
# from a day on; matched right after the document's name
STOPPED_FROM = _compile(r"\s*(?:(?:自|从)?(?:即日|今日|[^,;。]{1,16}?)起)?\s*停止使用", plain=True,
                        anchored=True)
VOID = _compile(
    # …证书编号：510185201906273，此证作废。: the certificate named voids itself
    # 以上证件声明作废: what it voids, named once more
    # …特此声明，原证作废。(set AT): the certificate lost, named as the one before
    # …，即日起该印章作废 (set AV): the seal named again
    # …，即日作废 (set AW): from today; …，该汇票作废 (set AX): the document named again
    # …，兹声明作废 (set DD): 兹, an old word for 现
    r"(?:现|故|特|并|均|兹|一并|特此|即日|原证|原证件|(?:该|此|上述|以上)\p{Han}{1,4}?)?"
    # …，声明挂失作废 (set AX): reported lost, and void
    # …，声明作作废。(set CF): OCR printed a character of 作废 twice
    # …，声日月作废。(set CV): OCR read 明 as its two halves
    # …，声明 作废。 (set DI): a (no-break) space between the words
    # 声明：作废, a form's field (set DJ); 声明做废, a pinyin input's 作 (set DJ)
    # …，声朋作废。(set DM): OCR's 朋 for 明, a look-alike
    # …，我会声明该证书作废。(set DX): the document named again after 声明
    # (…，现登报声明全部作废, set EE: all of them)
    r"(?:予以|予)?(?:登报)?(?:(?:声明|申明|声日月|声朋)\s?:?\s?(?:(?:该|此|上述|以上)\p{Han}{1,4}?|全部)?)?"
    # (not the 作废 of 当作废品, scrap, set EE)
    r"(?:挂失)?(?:[作做]作?废废?(?!品)|无效)"
    r"|特此(?:登报)?声明|(?:遗失|挂失)?声明(?=[:。.,]|$)|(?:现|特此)?(?:登报)?挂失(?:手续)?"
    r"|声明作(?=[。.]?$)"  # …，声明作。: OCR dropped the last character
    r"|声明作度"  # 度 for 废, a look-alike OCR makes
    r"|声明作费"  # 费 for 废, another (set BY)
)
# 登记证书（法人）正本: a short qualifier in brackets may stand before the copy word.
_QUALIFIER = rf"(?:\([^()\d]{{1,6}}\)(?=[(]?(?:{_alternation(v.COPIES)})))?"
DOCUMENT = _triggered_by(_compile(lambda lex: (
    # 房屋租赁备案证明 (set AU): 备案证 and then 明 is another word, a 证明
    # 报关单位注册登记证书 (set CY): 单 and then 位 is 单位, a unit, not a form (报关单)
    rf"(?P<word>{_alternation(lex.document_words())})(?!联|(?<=证)明|(?<=单)位)(?:(?<=证)书)?"
    # 营业执照照副本 (set DJ): the word's last character typed twice (not 身份证证号's label,
    # 执照照片, a 银行卡卡号)
    r"(?:(?<=照)照(?!片)|(?<=证)证(?![号明书件])|(?<=章)章|(?<=簿)簿)?"
    r"(?:原件|复印件)?"
    rf"{_QUALIFIER}(?P<copy>[(]?(?:{_alternation(v.COPIES)})[)]?)?"
    r"(?P<part>(?:的)?(?:发票联|抵扣联|记账联|存根联|第[一二三四五]联)(?:[、和及](?:发票联|抵扣联|记账联))?)?"
    # (法定代表人章（RICHARD TAN WEI MING）, set ED: a name in Latin letters, longer)
    rf"(?P<paren>\((?![^()]*\d{{4}})(?:[^()]{{1,15}}|{LATIN_NAME})\))?"
), plain=True), lambda lex: _minimal(lex.document_words()))
_NUM = r"[0-9A-Za-z*×](?:[0-9A-Za-z*×]|[ \-−–](?=[0-9A-Za-z*×]))*"
NUMBER = _compile(rf"(?<![0-9A-Za-z])(?P<num>{_NUM})", plain=True)
# 发票号码：第02947315号至第02947319号 (set DV): each end in 第…号
RANGE_TAIL = _compile(rf"(?:号)?\s*(?:-|—|－|~|至|到)\s*(?:第\s*(?=\d))?(?P<num>{_NUM})")
# 营业执照副本编号: any short name ending in a number word, after punctuation.
# Never across 的: in 开具的编号 the label is 编号.
_GENERIC_LABEL = (
    # 税务UKey编号 (set BW): a document's name may hold Latin letters after its first words
    r"(?<=^|[,;:、(\s])(?!本公司|本单位|我公司|我单位|本人)[\p{Han}--[的]]{1,6}"
    r"(?:[A-Za-z]{1,4}[\p{Han}--[的]]{0,2})?%s"
    + _alternation((*v.LABEL_ENDINGS, *(
        ending.replace(right, misread) for ending in v.LABEL_ENDINGS
        for misread, right in v.LABEL_ENDING_LOOKALIKES.items() if right in ending)))
)
_INNER_LABEL = r"(?:(?P<inner>No\.?|NO\.?|№)\s*)?"
# 证号：湘地税字430203184285935号: a series prefix may stand before the digits; a tax
# voucher's 字轨, its group in brackets, the province and the voucher's kind (票号：（141）浙地缴
# 05823117, 号码：（201）云税证00472318, set EA; identifiers.md §12), too
_SERIES = r"(?:[\p{Han}]{1,5}字|\(\d{3}\)\s?\p{Han}{1,3}[证缴票]\s?)?"
# 统一社会信用代码；92540602…: OCR reads the colon as a semicolon
# 印章编码分别为：…, 字号分别为：…: the numbers of several documents, one each
# 证号（与身份证号码一致）：…, 统一社会信用代码（营业执照正本所载）：… (set BK): a remark in
# brackets between the label and its colon
_LABEL_TAIL = (rf"\s*(?:\([^()\d]{{1,12}}\)\s*(?=:))?(?:分别)?(?:为|是)?\s*[:#;]?\s*"
               rf"{_INNER_LABEL}{_SERIES}")


#: From a label to its number: the tail, and 第 before the number (发票号码：第02947315号, set
#: DV).
LABEL_TO_NUMBER = rf"{_LABEL_TAIL}(?:第\s*)?"


def label(lexicon: Lexicon) -> str:
    """The source of a number's label: a known one of ``lexicon``, or one read from its shape.

    >>> regex.fullmatch(label(Lexicon.default()), "统一社会信用代码") is not None
    True
    """
    return rf"(?:{_alternation(lexicon.number_labels)}|{_GENERIC_LABEL % '?'})"


LABELLED = _compile(lambda lex: (
    rf"(?P<label>{label(lex)}){_LABEL_TAIL}(?:第\s*(?=\d))?(?P<num>{_NUM})"))
# The label that ends where a text ends (search it with ``endpos`` at a number).
# Matched right to left, so only the end is tried: forward, every start in the
# window would try all the labels. A generic label that matches starts no
# later than any known one ending at the same place, so trying it first, as
# long as possible, finds the same label as a forward search for the leftmost.
# 发票代码、发票号码分别为2102172130、03815762 (set BK): labels in a row, then as many numbers
# in the same order
LABEL_ROW = _triggered(_compile(lambda lex: (
    rf"(?P<row>(?:{_alternation(lex.number_labels)})(?:、(?:{_alternation(lex.number_labels)}))"
    r"{1,3})\s*分别(?:为|是)?\s*[:]?"
)), "分别")
LABEL_BEFORE = _compile(lambda lex: (
    rf"(?r)(?P<label>{_GENERIC_LABEL % ''}|{_alternation(lex.number_labels, backward=True)})"
    rf"{LABEL_TO_NUMBER}$"
))
# The serial after 第: OCR's look-alikes among its digits (第00O5127号, set BP) are still
# the certificate's number, and fail its check; so are S, B, Z and G read for 5, 8, 2 and 6
# between digits (临国用（2008）第00S26号, set CR), which alone may be a letter.
_PROPERTY_SERIAL = r"(?=[OolI]{0,3}\d)(?:[\dOolI]|(?<=\d)[SBZG](?=\d))+"
PROPERTY = _triggered(_compile(
    # 甘(2O19)…: a year OCR misread is still the certificate's number (and fails its check)
    r"[\p{Han}]\s*[(]\s*[\dOolI]{4}\s*[)][^,;。、]{0,20}?不动产(?:权|证明)\s*第\s*"
    rf"{_PROPERTY_SERIAL}\s*号"
    # …一本证号沂房权证泉字第20070315号… (set CS, its punctuation lost): a place's
    # abbreviation holds no 证 or 号, which end the label before it, nor the 为 after one
    # (编号为鹿房权证字第00213659号的房产证, set EI)
    rf"|[A-Z]?[\p{{Han}}--[证号为]]{{1,3}}房(?:权|他|预)证[\p{{Han}}]{{0,4}}?字?\s*第\s*"
    rf"{_PROPERTY_SERIAL}\s*号"
    # 张书勤遗失晋集用（1993）第01736号 (set BT): the place's abbreviation, not the event
    # before it
    # …房屋所有权证及弥国用（2009）第0827号… (set CG): nor a document word or a joiner before it
    # 淇国用（2O11）第0379号 (set DZ): so its year OCR misread, as the unified form's
    rf"|(?<![遗丢掉])(?:(?!{_alternation(v.EVENTS)})[\p{{Han}}--[及和与证号为]]){{1,4}}(?:国|集)用"
    r"\s*[(]\s*[\dOolI]{4}"
    r"\s*[)]\s*字?\s*第\s*"
    rf"{_PROPERTY_SERIAL}\s*号"
), "第")
PLATE = _compile(
    # 浙A-7D3K6 (set DI): a hyphen typed or read for the dot
    rf"(?<![A-Za-z0-9])(?:[{regions.PLATE_PROVINCES}]\s*[A-Za-z]\s*[·.\-]?"
    # 宇C·7J526 (宁 misread): a plate by its shape, the letter and the dot, and the check
    # says its province is none
    r"|\p{Han}\s*[A-Z]\s*·)"
    rf"\s*[A-Za-z0-9]{{4,6}}[{plate.CLASS_CHARACTERS}]?(?![A-Za-z0-9])(?:号(?!码))?"
    # 号牌号码：黑01-23817 (set EB): a farm machine's plate, two digits for the letter (it
    # fails the check of a plate's characters, as set BT read one)
    rf"|(?<![A-Za-z0-9])[{regions.PLATE_PROVINCES}]\d{{2}}[\-·]\d{{5}}(?![0-9])"
)
_CN_DIGITS = f"零〇{LOWER_DIGITS}十百千万{CAPITAL_DIGITS}拾佰仟萬"
_CN_NUMBER = f"[{_CN_DIGITS}]"
# Every form of an amount, and the rule or notice each comes from, is in amounts.py.
AMOUNT = _triggered(_compile(amounts.PATTERN), *amounts.TRIGGERS)
COUNT = _compile(
    # Nearly every notice holds a measure word, so no trigger skips this pattern; ``re``
    # runs it 2.4 times as fast as ``regex``, given the characters a count can open with
    # (the look-ahead), which it checks before it tries the look-behinds. A run of spaces
    # is tried from its first only: from each of them, a long run would cost its length
    # squared (and where the first fails, so does every other).
    rf"(?=[各共计\d{_CN_DIGITS}]|(?<!\s)\s)"
    # 吴家岗村3组吴德成户口簿一本: a village's group is an address, not three of something
    # 商品房买卖合同一式两份 (set CG): a document drawn up in two copies, both lost
    rf"(?<!第)(?<![村队])(?<!社区)(?P<each>各|共|计|共计)?\s*(?:一式\s*)?"
    rf"(?P<n>(?<!\d)\d+|(?<!{_CN_NUMBER}){_CN_NUMBER}+)\s*"
    r"(?P<unit>枚|张|本|份|册|个|套|页|件|把|颗|块|支|联|组|卷)",  # 卷票一卷 (set DD)
    plain=True,
)
# X于2020年6月3日核发的: the date of issue stands between the issuer and its verb.
ISSUER_VERB = _triggered_by(_compile(lambda lex: (
    # 白城师范学院2024年颁发的: the year alone, too
    r"(?P<date>于?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*)?"
    rf"(?:(?<!{_alternation(v.INSTITUTIONS_IN_SUO, backward=True)})所)?"
    rf"(?:{_alternation(lex.issuing_verbs)}|核准(?=的))(?:给(?P<to>[^,;。、的]{{1,20}}))?的?"
)), lambda lex: (*lex.issuing_verbs, "核准"))
OPENED_AT = _triggered(_compile(r"在(?P<issuer>[^,;。]{2,30}?)开立的"), "开立")
DESCRIPTION = _triggered(_compile(
    r"(?:坐落于|坐落在|位于|坐落)[^,;。]{2,40}?的"
    # 遗失包头市鑫达通物流有限公司名下的蒙B·7K3N9号…行驶证, 丘汉林名下的房屋所有权证 (set BC):
    # whose name the document stands in, neither party nor issuer
    r"|[^,;。、的\s及和与]{2,30}?名下的"
    # 遗失2025届毕业生初中毕业证书四本, 遗失所属驾驶员道路运输从业资格证三本 (set DV): whose
    # papers a school or a company voids, described before the document
    # (not after the school: 黔东师范学院2022届小学教育专业本科毕业证书, set DA, reads it so)
    r"|(?<![\d院校学])\d{4}\s*[届级](?:毕业生|学生|学员|新生)?(?=\p{Han})"
    r"|所属(?:驾驶员|司机|员工|职工|学生|人员)(?:的)?"), "坐落", "位于", "名下", "届", "级",
    "所属")
# In an address, not an organisation: 岳阳楼区, 鼓楼区, 学院路 (an ending followed by a
# place word), 1003室 and 2号楼 (after a number).
# 吴家岗村3组, 那香村三队: a village's group or production team, after the village.
VILLAGE_GROUP = _compile(rf"(?:\d{{1,3}}|[{NUMERALS_TO_TEN}]{{1,3}})[组队]")
ORGANIZATION_END = _compile(lambda lex: (
    # 廊坊市, 鼓楼区: an ending before a place word is part of a place (not 公司市场部);
    # 东岭镇庄志强: a one-character ending right after a town names no organisation
    # (庄 is a surname there, as in 饭庄 it is an ending)
    rf"(?<![\d号])(?:{_alternation(w for w in lex.organization_endings if len(w) > 1)}"
    rf"|(?<![{v.DIVISION_LEVELS.replace('市', '')}])"  # but 农贸市场 is one
    rf"[{''.join(regex.escape(w) for w in lex.organization_endings if len(w) == 1)}]"
    # 巫春林所持…, 张三所有的…: 所 the particle, no 派出所
    r"(?!(?<=所)[持有属]))"
    # …养殖场于11月18日夜间厂房失火 (set DM): 厂房, a factory's building, ends no name
    r"(?![区县路街巷弄号镇乡]|市(?!场)|(?<=厂)房)"
    r"(?:\([^()]{1,12}\))?"
))
_LONG_UNKNOWN = [w for w in v.UNKNOWN_DOCUMENT_WORDS if len(w) > 1]
_SHORT_UNKNOWN = "".join(w for w in v.UNKNOWN_DOCUMENT_WORDS if len(w) == 1)
# A lone 证/章/卡 names a document only where its word ends (not in 保证金): before
# punctuation, a copy or a count, or the event (残疾人证遗失).
UNKNOWN_WORD = _triggered(_compile(lambda lex: (
    # 报关单位注册登记证书 (set CY): 单位 is a unit, no 报关单 (as in DOCUMENT)
    rf"(?:(?:{_alternation(_LONG_UNKNOWN)})(?!(?<=单)位)|[{_SHORT_UNKNOWN}](?![\p{{Han}}]|$)"
    # …之子陈浩然的出生医学证不慎遗失 (set EG): the event after how it befell
    # (郎溪县梅渚镇章一诺（父：…） (set EK): 章, a surname, before a given name that opens
    # with 一; a count after the word is a numeral and its measure word, 章一枚)
    rf"|[{_SHORT_UNKNOWN}](?=[正副(各共及和与]|[{LOWER_DIGITS}十壹\d]{{1,3}}[{v.MEASURE_WORDS}]|$"
    rf"|(?:{_alternation(_CARELESSLY)})?{_alternation(lex.events)}"
    # …草原承包经营权证因保管不善污损 (set AY): the reason, then the event (or the end of
    # the party's span, which ends before the event)
    rf"|因[^,;。]{{0,12}}?(?:{_alternation(lex.events)}|$)))"
    # 居民死亡医学证明（推断）书 (set EG): the national form's name, which brackets the
    # variant between its 证明 and its 书
    rf"(?:(?<=证)书|(?<=证明)\([^()\d,;:]{{1,4}}\)书)?"
    rf"{_QUALIFIER}(?P<copy>[(]?(?:{_alternation(v.COPIES)})[)]?)?"
    # 台湾居民来往大陆通行证（台胞证）: the short name in brackets is the same document's;
    # 出口货物报关单（出口退税证明联）: so is the part of a form in several parts (set AR);
    # 外国人居留许可（工作类） (set ED): and its class
    rf"(?P<alias>\([^()\d,;:]{{1,8}}[{_SHORT_UNKNOWN}联类]\))?"
)), *_SHORT_UNKNOWN, *_minimal(_LONG_UNKNOWN))
# …（核准号：…，开户银行：中国农业银行股份有限公司得荣县支行）及公章… (set BH): the field
# ends with the bracket it stands in
BANK_FIELD = _triggered(_compile(
    r"(?:开户银行|开户行)\s*[:]?\s*(?P<issuer>[^,;。()]+(?:\([^,;。()]{1,6}\)[^,;。()]+)?)"),
    "开户")
# 营业执照副本遗失，企业名称：平泉市…合作社，…: a notice that opens with its document
# names its party in a field; a form (遗失物品：…，遗失人：李建设, set BZ) names who lost it.
_NAME_FIELDS = (*v.NAME_FIELDS, *v.LOSER_FIELDS)
NAME_FIELD = _triggered(_compile(
    rf"(?P<field>{_alternation(_NAME_FIELDS)})\s*[:]\s*(?P<name>[^,;。:()]{{2,40}})"
    # 持证人：罗正彬（住泸州市纳溪区护国镇）: where the holder lives, in brackets after the name,
    # or after a comma (持有人：刘子墨（监护人：刘建国），住青龙满族自治县青龙镇，…, set BF), after
    # the relations in brackets; the record's address is the place written before a name
    r"(?:\(住[^()]{1,30}\)|(?:\([^()]{1,30}\))?(?P<lives>,住[^,;。:()]{2,30}(?=[,;。]|$)))?"
), *_minimal(_NAME_FIELDS))
# 营业执照正本一份，系X有限公司所有，不慎遗失 (set BD): whose it is, after the document
# …，系广宁县南街街道冯志坚、冯志芳、冯志敏兄妹三人共有，… (set BI): its several owners, the
# kin word and their number after them
OWNED_BY = _triggered(_compile(
    rf"系(?P<name>[^,;。:()]{{2,40}}?)(?:{_alternation(v.KIN_WORDS)})?"
    rf"(?:[两{NUMERALS_TO_TEN}\d]人)?(?:所有|共有)(?=[,;。]|$)"), "所有", "共有")
# 发证机关：湘潭市市场监督管理局: the authority that issued the document before it.
ISSUER_FIELD = _triggered(_compile(
    rf"(?:{_alternation(v.ISSUER_FIELDS)})\s*(?:[:]|为)\s*(?P<issuer>[^,;。()]+)"
), *v.ISSUER_FIELDS)
# 证件号码：无, 联系电话：（请填写） (set DJ): a form's field that says nothing, or is left to
# fill in; its name with it.
EMPTY_FIELD = _triggered(_compile(
    r"[\p{Han}]{1,8}\s*:\s*(?:无|[(]请填写[)])(?=\s*[;,。]|$)"), "无", "请填写")
# Fields that say nothing the record holds: the account holder, where a property lies.
IGNORED_FIELD = _triggered(
    # 残疾类别：肢体，残疾等级：三级: what a disability certificate says of its holder (set AR)
    # 姓名：贾志刚，…，住址：浮山县天坛镇北王村 (set BI): where the holder named in a field
    # lives; the record's address is the place written before a name
    # 不动产坐落：韩城市龙亭镇龙亭村三组 (set CR): where a mortgaged property lies
    _compile(r"(?:开户单位|账户名称|户名|字轨|(?:房屋|不动产|房产|土地)?(?:坐落|座落|地址)\s*[:]"
             r"|住址\s*[:]"
             r"|(?:坐落|座落)[于在]"
             r"|残疾(?:类别|等级|类型)\s*[:]"
             # 准驾车型：A2: the classes a driving licence allows, no number of it (set AY)
             r"|准驾车型(?:代号)?\s*[:]"
             # 代表股份2,000股: how many shares a certificate stands for, no count of it
             # 持股数：50000股 (set BW): the same, as a share certificate's field
             r"|(?:代表)?股份\s*[:]?\s*\d[\d,]*\s*股|持股(?:数|数量)?\s*[:]\s*\d[\d,]*\s*股"
             # …，出票人：X，收款人：Y，付款行：Z，… (set BW): a bill's payee and paying bank,
             # no party and no issuer (the drawer is: vocabulary.ISSUER_FIELDS)
             r"|(?:收款人|收款单位|付款行|付款人)\s*[:]"
             # 权利类型：宅基地使用权/房屋所有权 (set CY): what rights a property certificate
             # records; 船名：鲁荣渔58271: the vessel a certificate is for, no number of it
             r"|(?:权利类型|权利性质|用途|船名|船舶名称)\s*[:]"
             # 仓单…（仓单编号：…，数量：32吨） (set CY): the goods a receipt stands for, no count
             r"|数量\s*[:]\s*\d[\d.]*\s*(?:吨|公斤|千克|斤|箱|袋|立方米|方|头|株|亩)(?=[,;。)]|$))"
             r"\s*[:]?\s*[^,;。的]*"),
    "户", "落", "地址", "住址", "字轨", "残疾", "股份", "准驾", "持股", "收款", "付款",
    "权利", "用途", "船名", "船舶名称", "数量",
)
#: A graduate's class and major between the school and the diploma: 黔东师范学院2022届小学
#: 教育专业本科毕业证书 (set DA). The school issued it; class and major describe it.
_MAJOR = r"[^\d\s,;。、的()]{1,15}?专业"
_DIPLOMA_AFTER = rf"(?=(?:{_alternation(v.STUDY_LEVELS)})?(?:毕业证|学位证|结业证))"
CLASS_AND_MAJOR = _triggered(_compile(
    rf"\d{{4}}\s*[届级](?:{_MAJOR})?{_DIPLOMA_AFTER}"
    # 湖南大学汉语言文学专业本科毕业证书: the major right after the school's name
    rf"|(?<={_alternation(v.SCHOOL_ENDINGS)}){_MAJOR}{_DIPLOMA_AFTER}"
), "专业", "届", "级")
#: A vessel's name after its opening quote, and the word for the vessel: 浙岱渔03217”号渔船.
_VESSEL_NAME = r"[^”\"」,;。]{2,16}[”\"」]\s*号?\s*(?:渔船|船舶|货轮|客轮|货船|轮船|船|轮)"
#: A vessel whose papers the notice names, after its owner: 于德渤所属“辽庄渔23587”号渔船的…
_VESSEL = rf"(?:所属的?|的)?[“\"「]{_VESSEL_NAME}的?"
VESSEL = _triggered(_compile(_VESSEL), "船", "轮")
_IGNORED_TRIGGERS = (
    "电话", "手机", "联系", "经办", "Tel", "TEL", "年", ".", "-", "/", "即日起", "登报之日",
    "停止使用", "一并", "共同", "因", "在", "于", "被", "拾到", "拾获", "捡到", "内有", "内装",
    "内含", "其中有", "物品", "无法", "特此", "车", "有重谢", "有酬谢", "字", "寻找", "查找",
    "有效期", "小写", "大写", "日期", "三证合一", "未", "末", "重新刻制", "包内", "袋内",
    "船", "轮", "连同", "该", "此", "之日起", "向", "自燃", "火", "装有", "袋", "信封", "失效",
    "感激", "感谢", "字迹", "其", "定当", "上述", "报警", "报案", "不予", "被撬", "被砸",
    "申请", "时", "研究", "没能", "防止", "避免", "郑重", "如", "凡",  # set CJ
    "启用",  # set CW
    "己", "巳",  # set DC
    "里有", "里面有",  # set CM
    "、", "(", "以下", "虽", "联系", "现将",  # set DD
    *v.FORM_FIELD_NAMES, "备注", "请填写", "×",  # set DJ
    "印鉴",  # set DM
    *v.EVENT_FIELDS_OF_WHAT,  # 遗失证件：… in a form with no other trigger (set DO)
    "以上",  # 以上印章声明作废 (a match's own words, tests/test_patterns.py)
    "领购",  # set EA
)
# The vehicles a plate names before 被盗 (冀A·5G7K2号货车于…被窃), with or without a size.
_VEHICLES = "(?:货车|轿车|客车|汽车|摩托车|面包车|挂车|半挂车|牵引车)"
# The bags that hold the documents a notice names (…被盗钱包，内有…, 何建军钱包被盗).
_HANDBAGS = ("钱包", "皮包", "手提包", "挎包", "背包", "钱夹", "皮夹", "公文包")
IGNORED = _triggered(_compile(lambda lex: (
    # (联系电话：139****6051, set DJ: a platform masks the placer's number)
    r"(?:联系)?(?:电话|手机|联系方式|Tel|TEL)\s*[:]?\s*[\d\- ]{3,}[\d\-* ]{3,}"
    # 经办人：赵丽娜，联系电话：…: who brought the notice to the paper, not a party
    r"|(?:联系人|经办人)\s*[:]?\s*[\p{Han}]{2,4}"
    # the date of issue before 核发的 belongs to the issuer (ISSUER_VERB)
    r"|(?:于|在|自)?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日曰])?"  # OCR reads 日 as 曰
    # 于2026年11月下旬 (set BI): the part of the month
    r"(?:上旬|中旬|下旬|初|底|中)?"
    r"(?:起|前|后|晚上|晚|早上|早|上午|下午|中午|凌晨|夜间|夜里|左右)?(?:停放的)?"
    rf"(?!\s*(?:\d{{1,2}}\s*日)?\s*所?(?:{_alternation(lex.issuing_verbs)}|核准的))"
    # 于2026年11月27日办公楼搬迁时遗失, …清点证照时发现…遗失 (set CJ): while doing what,
    # after the date (part of the date's match: a branch of its own, opened by a
    # look-behind, was tried at every character and doubled this pattern's time)
    r"(?:[^,;。\d]{1,12}?时(?:发现)?)?"
    r"|有效期(?:至|到|为)?[^,;。]{0,30}"
    # not inside 15-432101-04-0123456; each look-behind below stands after a branch's first
    # character, not before it: a branch that opens with a look-around keeps the engine from
    # skipping to the characters a match can start with, and made this pattern a third slower
    r"|\d(?<![\d\-]\d)\d{3}[.\-/]\d{1,2}[.\-/]\d{1,2}(?![\d\-])"
    # 自本公告刊登之日起作废 (set BZ): from the day the notice is printed
    r"|(?:自|从)?(?:即日|(?:登报|见报|刊登|本公告(?:刊登|见报|发布))之日)起"
    # 錢包裡有機動車駕駛證壹本 (set CM): what the wallet held, said with 里 too
    r"|停止使用|一并|共同|内有|内装|内含|其中有|车内|里面有|里有"
    # …，已于当日向开户网点办理挂失，现声明作废 (set CJ): the loss reported to the bank,
    # whose 挂失 the void statement takes (tried first: the branch below would take the
    # 挂失 too, and lose both, 已向银行办理挂失手续, set CZ)
    r"|(?:已|己)(?:于当[日天])?向[^,;。]{2,20}?(?:办理|申请)(?:了)?(?=挂失)"
    # …遗失，已向平昌县公安局报备，… (set BZ): the loss reported to the police, no document;
    # 当即已向伶站派出所报警 (set DD)
    r"|(?:当即|及时|立即)?(?:已|己)?向[^,;。]{2,20}?(?:报备|报案|备案|报失|挂失|报警)"
    # …遗失：1、营业执照正本一本…；2、公章一枚 / …以下证件：（1）居民身份证… (set DD): a list's
    # numbers inside the notice; the words that announce the list
    # (after a separator only, not 合同专用章（3）, and no number's end: 琼C·8F219、琼C·T5273)
    r"|[(](?<=(?:^|[:;,\s。])[(])\d{1,2}[)](?=\s*\p{Han})"
    r"|\d(?<![\dA-Za-z\p{Han}·]\d)\d?、(?=\s*\p{Han})"
    r"|以下(?:证件|证照|印章|票据|物品)(?=\s*:)"
    # 证件名称：户口簿；…；声明内容：本人不慎遗失，声明作废；备注：… (set DJ): the names of a
    # form's fields, whose values are read; a place left to fill in (（请填写）, 于××年××月××日,
    # ××份: a platform's template). (A field that says 无 is EMPTY_FIELD's: a branch that
    # opens with any Han character made this pattern three times as slow.)
    rf"|(?:{_alternation(v.FORM_FIELD_NAMES)})(?=\s*:)|(?:备注|联系人)\s*:[^,;。]{{0,30}}"
    r"|[(]请填写[)]|(?:于|在)?×{2,4}年×{1,2}月×{1,2}日|×{1,4}[份张本枚个套]"
    # 遗失人：…｜遗失物品：中华人民共和国残疾人证一本｜… (set BZ): a form's field of what
    # (the event looked behind for after the field's name: a branch that opens with a
    # look-around keeps the engine from skipping to where a match can start)
    rf"|(?:{_alternation(v.EVENT_FIELDS_OF_WHAT)})"
    rf"(?<=(?:{_alternation(lex.events)})(?:{_alternation(v.EVENT_FIELDS_OF_WHAT)}))(?=\s*:)"
    # 虽已报警并联系客运站查找 (set DD): what was done to find it
    r"|虽(?=已|己)|并联系[^,;。]{1,12}?(?:查找|寻找)"
    # 现将上述身份证…声明作废 (set DD): the documents named again for the void statement
    r"|现将(?=上述|以上|该)"
    # 声明内容：本人不慎遗失上述证件，特此声明作废 (set DK): a form's field speaks of the
    # document its other field names
    r"|(?:上述|以上)(?:证件|证照|物品|票据|印章)(?=\s*[,;。]|\s*(?:特此|声明|现|均|一并|作废))"
    # …，现已向…车辆管理所申请补领，原证声明作废 (set CJ): a new one asked for
    # …经营部（…）拟向永寿县市场监督管理局申请简易注销登记，因营业执照正本不慎遗失 (set DN):
    # a deregistration asked for, whose lost licence the notice voids
    r"|(?:现|并)?(?:已|己)?(?:向[^,;。]{2,30}?)?申请(?:补领|补办|补发|换领|换发"
    r"|(?:简易)?注销(?:登记)?)"
    # 经局务会研究，该印章…作废 (set CJ): who decided it
    r"|经[^,;。]{0,10}?研究(?:决定)?"
    # 经多方查找，至今未能找回，为防止他人冒用，本门市部郑重声明：… (set CJ)
    r"|(?:至今|仍)?(?:未能|没能|未)(?:找回|找到|寻回)|为(?:防止|避免)[^,;。]{1,12}?(?:冒用|盗用|误用|纠纷|损失)"
    r"|(?:\s(?<=[,;]\s)\s*(?:本|我)|[本我](?<=[,;][本我]))[\p{Han}]{1,5}?郑重(?=\s*声明)"
    r"|郑重(?=\s*声明)"
    # …转账支票两张（…），均已加盖预留印鉴，特此声明作废 (set DM): the cheques bear the
    # account's seals, which makes them worth voiding; no document of its own
    r"|(?:均|并|且)?(?:已|己)?加盖(?:了)?(?:银行)?(?:预留)?(?:银行)?印鉴"
    # 本公司办公室被撬，财务专用章…被盗 (set CC): how the thief came in
    r"|(?:办公室|仓库|店铺|门店|车窗|车门|家门|房门|保险柜)?被(?:撬|砸)(?:开|坏)?"
    # …被盗，已报警，自即日起作废 (set CC)
    r"|(?:已|己)(?:报警|报案)(?:处理)?"
    # …出生医学证明（编号：…）己遗失 (set DC): OCR's 己 or 巳 for 已, right before the event
    # …原公章一枚己停止使用 (set DI): before the seal's use stopped, too
    rf"|[己巳](?=(?:{_alternation(_CARELESSLY)})?(?:{_alternation(lex.events)})|停止使用)"
    # …，凡加盖该印章的合同、协议本公司一概不予认可 (set CC): what follows from the voiding
    r"|凡[^,;。]{1,40}?(?:一概|一律|均)?不予(?:认可|承认|负责)"
    # …，凡加盖该印章的票据、文书、合同一律无效 (set CJ): the same, whose 无效 the void
    # statement takes
    r"|凡(?:加盖|使用|持)[^,;。]{1,40}?(?:一律|一概|均属|均为|均)(?=无效)"
    # …手提包…被盗，包内机动车驾驶证一本…一并丢失 (set BO): what was inside the bag
    r"|[包袋](?<![\p{Han}][包袋])内(?:的)?"
    # 遗失“浙岱渔03217”号渔船的渔业船舶国籍证书, 所属“闽霞浦货0816”轮的… (set BP): the
    # vessel's name, no number of a document
    rf"|{_VESSEL}"
    # …被盗钱包，内有居民身份证… (set BN): the bag that held the documents, after the event
    # …被抢走挎包，包内社会保障卡一张… (set BZ): or what was in it, after 包内
    # …遗失钱包一个，内有居民身份证… (set BZ): with how many, which counts no document
    # (…遗失黑色皮夹一个，内有… (set EL): its colour)
    rf"|(?:[黑白红蓝灰棕紫黄绿粉]色|咖啡色)?(?:{_alternation((*_HANDBAGS, '包'))})(?:[一1][个只])?"
    r"(?=\s*[,;]?\s*(?:内有|内装|内含|其中有|包内|袋内|里面有|里有))"
    # 将装有毕业证书、学士学位证书的文件袋遗落在车上 (set BZ): the bag that held them
    r"|装有(?=[^,;。]{1,40}?的(?:文件袋|档案袋|资料袋|信封|纸袋|公文包|手提包|包))"
    r"|的(?:文件袋|档案袋|资料袋|信封|纸袋)"
    # …，证号：230882018736，自即日起失效。 (set BZ): no longer valid, which no void
    # statement of records.md says
    r"|失效(?=[,;。.]|$)"
    # …小型轿车在停车场自燃，车内的机动车行驶证…被烧 (set BZ): the fire that did the damage
    # …养殖场于11月18日夜间厂房失火，营业执照…均被烧毁 (set DM): when, and what caught fire
    r"|(?:[在于][^,;。]{1,16}?)?(?:自燃|起火|失火|着火|发生火灾)"
    # 开票日期：2026年10月12日: the date the invoice was written, and its label
    r"|(?:开票|出票|签发|填开|开具)日期\s*[:]?"
    # …税务登记证因三证合一停止使用: why it is void; （末开具）: OCR's 未开具, not an issuer
    r"|因[^,;。]{0,12}?三证合一[^,;。]{0,8}|三证合一(?:后)?|[(]?尚?[未末](?:开具|使用|填开|启用|注册)[)]?"
    # 原领购尚未开具的空白增值税普通发票 (set EA): bought from the tax office once (not the
    # 发票领购簿 it is recorded in)
    r"|原?领购(?!簿)"
    r"|(?:经)?(?:多方|反复)?(?:寻找|查找)(?:[未末]果|无果)?"  # OCR reads 未 as 末
    # the amount restated: 叁拾贰万陆仟元整（小写：326000元）, and after an amount in
    # figures 3600元（大写：叁仟陆佰元整） (set AZ; not 金额（大写：…）, the amount itself)
    # (金额：¥120,000.00（大写：人民币壹拾贰万元整）, set DZ: after the figures' last digit)
    r"|[(]小写\s*[:]?[^()]{1,30}[)]|[(](?<=[元圆整\d][(])大写\s*[:]?[^()]{1,30}[)]"
    r"|[(](?<=[元圆整][(])(?:人民币)?[¥￥]?\s*\d[\d,.]*\s*元?[)]"  # 叁仟元整（3000元）
    # …印章编码：…，现已重新刻制，特此声明作废 (set BD): a new seal was cut, no document
    r"|(?:现|并)?已?重新刻制(?:新章|新印章)?"
    # …，声明作废；新刻公章已在鄂州市公安局备案，自2026年12月5日起启用 (set CW): the new seal
    # put to use, no document lost
    r"|新(?:刻制?|制)?的?[\p{Han}]{0,6}?章[^。]{0,40}?启用"
    # …自2026年12月8日起启用新刻财务专用章 (set EL): put to use first
    r"|启用新(?:刻制?|制)?的?[\p{Han}]{0,6}?章"
    # …被水浸泡，字迹模糊无法辨认 (set BZ): how badly; …已遗失，无法移交 (set DC): an
    # administrator cannot hand over what the company lost
    r"|字迹模糊(?:不清)?"
    # …郑春生家中进水，其户口簿一本…: its (the party's), before the document, no label's
    r"|其(?<=(?:^|[,;])其)(?![他它中余实])"
    r"|物品(?:有|包括|为)|[必定]有[重酬]谢|[(]\d{2,4}[)][\p{Han}]{1,6}字(?=\s*(?:No|NO|№|\d))|无法(?:辨认|识别|使用|移交|交接)"
    # …，特此登报。(set AW): the notice says it is printed, and declares nothing void
    # 特此函告 (a letter, set CJ), 特此更正 (a correction, set CJ)
    r"|特此(?:公告|通告|告知|通知|启事|函告|更正|登报(?![\p{Han}]))"
    # 如有人持上述编号收据向您收取物业费，请拒绝支付并及时与…联系 (set CJ): what the reader
    # should do, the sentence whole
    r"|如(?:有人|发现有人|发现)(?:持|冒用|使用|利用|以)[^。]{1,60}?(?=。|$)"
    rf"|[在于](?<=(?:{_alternation(lex.events)})[在于])[^,;。的]{{1,12}}"
    # 遗忘在丽水开往景宁的客运班车上 (set EE): where, with a 的 inside, up to its 上, 内, 里 or 中
    rf"(?:的[^,;。的]{{1,8}}?[上内里中](?=[,;。]|$))?"
    # …如有拾到者，请交都昌县公安局都昌派出所，不胜感激。 (set BZ): where to bring it, thanks
    r"|(?:如有)?[望请]?(?:拾到|拾获|捡到)者[^,;。]*(?:[,;]\s*请(?:交|送|寄)[^,;。]{1,30})?"
    r"|不胜感激|不胜感谢|深表感谢|定当(?:重谢|酬谢)"
    rf"|(?:不慎|不小心)?(?:因|在|于|被)[^,;。]{{1,20}}?(?={EVENT.source(lex)})"
    # 原合同专用章因破损停止使用 (set BU): the cause is the event itself
    rf"|因(?={EVENT.source(lex)})"
    # …居民身份证一张（…），该证已于2026年11月28日在…遗失 (set BZ), …该印章自本公告刊登之日
    # 起作废: the document named again by a general word, before what befell it
    r"|(?:该|此|上述)(?:证件|证书|证|卡|印章|章)(?:已|己)?"
    rf"(?=\s*(?:于|在|被|自|从|因|不慎|{EVENT.source(lex)}))"
    # …，此后加盖该印章的任何票据、文书均属无效 (set BZ): what follows from the voiding
    # (its 无效 is the void statement's)
    r"|此后(?:加盖|使用|持)[^,;。]{0,30}?(?:均属|均为|一律|均)?(?=无效)"
    # …道路运输证连同车内物品被盗 (set BU): what else went with it, before the event
    rf"|连同[^,;。]{{1,12}}?(?:一起|一并)?(?={EVENT.source(lex)})"
    # 冀A·5G7K2号货车于…被窃: the vehicle the plate is on, when no document follows
    rf"|(?:[小中大重轻](?<=号.)型(?:普通)?{_VEHICLES}|普(?<=号普)通{_VEHICLES}"
    r"|[货轿客汽挂](?<=号.)车|摩(?<=号摩)托车|面(?<=号面)包车|半(?<=号半)挂车|牵(?<=号牵)引车)"
    rf"(?=[于在,;。]|$|{EVENT.source(lex)})"
    # 原发票专用章一枚因刻制新章，自即日起停止使用: why it is void (after the cause of a
    # loss above, so that 因保管不慎遗失 leaves its event alone)
    r"|因[^,;。]{1,12}(?=[,;]\s*(?:自|从)?(?:即日起)?\s*(?:停止使用|作废|声明作废))"
    # …有限公司因更换印章，原发票专用章一枚自即日起停止使用: the seal it speaks of is no item
    # …因公司名称变更，原公章、原发票专用章自即日起作废 (set AK): what changed, first
    # …原法定代表人章（郭建刚）因法定代表人变更自即日起作废 (set AT): or right before when
    # (因换刻新章, set DP: a new seal cut in the old one's place; 因全面使用数电发票，原领购…的
    # 空白增值税普通发票…停止使用, set EA: what the party uses now)
    r"|因[^,;。]{0,8}?(?:更换|变更|更改|刻制|重新刻制|换刻|启用|换发|换领|使用)[^,;。]{0,10}?"
    r"(?=[,;]|(?:自|从)?即日起)"
    # X有限公司因保管不善，公章…不慎遗失 (set DR): why, after who and before what, a comma
    # between (no document in it: 因营业执照保管不善 names what befell)
    # (…代表处因办公地址迁移，原公章…停止使用, set EJ: where it moved; 因改制, 因更名)
    r"|因(?![^,;。]{0,8}?[证照章卡票单])[^,;。]{0,8}?(?:不善|不当|疏忽|失误|大意|搬迁|搬家|迁址"
    r"|迁移|改制|更名|装修|变动)(?=\s*[,;])"
    # …特此声明作废。请债权人于本公告见报之日起四十五日内向本公司申报债权 (set DR): a
    # deregistration's call to its creditors, after the loss it voids
    r"|请?(?:各|相关)?债权人[^。]{0,60}?申报(?:债权)?"
    # …身份证号：540231201603020126，特此声 (set DU): the void words a database's field cut
    # off at its end; no void statement, and nothing else to read
    r"|(?:特此|现|登报|特此登报)声$|声明作$"
    # 动物防疫证一本（牦牛28头，耳标号：…） (set DT): the herd the book is for
    rf"|(?:{_alternation(v.LIVESTOCK)})\s*\d{{1,5}}\s*[{v.LIVESTOCK_MEASURES}]"
), gated=True), *_IGNORED_TRIGGERS, "债权人", *v.LIVESTOCK, "特此声", "现声", "登报声", "声明作")
ROLE_CLAUSE = _triggered(_compile(
    # 经营者韩伊斯哈格: Hui and Salar names run to five or six characters; …特此声明。经营者：
    # 郑家豪: after the notice's last sentence, too (set AT); …，负责人：阿不都热依木·吐尔逊，
    # (set DX): a name of two parts and its dot runs longer
    # …，经营者：吴家豪（台湾居民），… (set ED): who the person is, in brackets after
    rf"(?<=^|[,;、(。])(?P<role>{_alternation(v.ROLES)})\s*[:]?\s*"
    # …，法定代表人：SMIRNOV ALEXEI，… (set EJ): a name in Latin letters
    rf"(?P<name>\p{{Han}}{{2,8}}[{NAME_DOTS}]\p{{Han}}{{2,8}}|{_NAME_OR_DOT}{{2,6}}|{LATIN_NAME})"
    r"(?:\((?:[^()]{0,6}(?:居民|籍|人士))\))?(?=[,;。)]|$)"
), *_minimal(v.ROLES))
# 受X委托，本所声明：该公司的公章…遗失; X破产管理人声明：该公司原公章…; X清算组声明：该公司…
# (set DC): an agent, an administrator or a liquidator speaks for the holder X, the party
SPOKEN_FOR = _triggered(_compile(
    r"(?:受)?(?:位于[^,;。:()]{2,20}?的)?(?P<holder>[^,;。:()]{2,40}?(?:\([^()]{0,40}\))?)"
    r"(?:委托[,]?[^,;。:]{0,12}?|(?:破产)?管理人|清算(?:小)?组)(?:声明|申明)\s*:\s*"
    r"(?:该公司|该单位|该企业|该社|该店|其)?"
), "委托", "管理人", "清算")
# …（已故）名下…遗失，…，现由其继承人关玉娴、关玉林声明作废 (set DC): the heirs speak for the
# holder who died, and are the notice's parties
HEIRS_SPEAK = _triggered(_compile(
    r"(?:现)?(?:由)?(?:其)?(?:合法)?继承人\s*[:]?\s*"
    rf"(?P<names>{_NAME_OR_DOT}{{2,6}}?(?:[、和及与]{_NAME_OR_DOT}{{2,6}}?){{0,5}})\s*"
    # (…，继承人：孙立新、孙立杰，特此声明作废, set DZ: a field, a comma before the statement)
    r"(?=[,]?\s*(?:特此|现)?(?:登报)?(?:声明|申明))"
), "继承人")
# 多伦县蔡木山乡已故村民敖登格日乐的继承人包苏布达、敖特根苏和、敖其尔，遗失被继承人名下的…
# (set DM): whose heirs they are, before the heirs' names, who are the parties (not the
# heirs named first: 易志刚、易志勇系已故易德华的继承人，现遗失…, 张建军（系已故张德顺之继承人）)
HEIRS_OF = _compile(r"[^,;。系()]{1,30}?[的之](?:合法|法定)?继承人\s*:?\s*(?=\p{Han})",
                    anchored=True)
# …出生医学证明…不慎遗失，由其监护人于洪涛代为声明作废 (set DC): who speaks for the holder,
# before the void statement: a relation of the party
SPEAKS_FOR = _triggered(_compile(
    rf"(?:由)?(?:其)?(?P<role>{_alternation(v.ROLES)})\s*[:]?\s*(?P<name>{_NAME_OR_DOT}{{2,6}}?)\s*"
    r"代(?:为|其)?(?=(?:登报)?(?:声明|申明))"
), "代为", "代其", "代声明", "代登报", "代申明")
CHILD_OF = _triggered(_compile(_alternation(v.CHILD_WORDS)), *v.CHILD_WORDS)
# 歙县雄村镇方春来经营的竹山书院农家乐 (set CP): the shop is the party, its keeper the one who
# runs it
KEPT_BY = _triggered(_compile(rf"(?P<keeper>{_NAME_OR_DOT}{{2,16}}?)经营的"
                              rf"(?P<shop>[\p{{Han}}{NAME_DOTS}()]{{2,30}})"),
                     "经营的")
# 宜都市聂家河镇周德明（共有人：黄小琴） (set CR): who else holds the property, a party too
CO_OWNERS = _triggered(_compile(r"[(](?:产权)?(?:共同)?共有人\s*[:]\s*(?P<names>[^()]{2,40})[)]"),
                       "共有人")
PARENTHESES = _triggered(_compile(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]", plain=True),
                         "(", "[", "【", "〔")
ROLE = _triggered(
    # OCR spaces a name out (李 强): the name may hold single spaces. It ends where the
    # next role's label begins, separator or not: （父：罗建斌母：陈玉兰）.
    # 父亲姓名：扎西平措 (set DJ): a form's field of a relation, its name after the role
    # 图尔荪．艾买提江 (set DT): a name's dot printed as a period, before the name's rest, not
    # before the next role (父：张三.母：…)
    # （父：王建国，母：VANESSA LIM SHU TING） (set ED): a name in Latin letters
    _compile(rf"(?P<role>{_alternation(v.ROLES)})(?:姓名)?\s*[:]?\s*(?P<name>{LATIN_NAME}"
             rf"|{_NAME_OR_DOT}"
             rf"(?:\s?(?!(?:{_alternation(v.ROLES)})\s*:)(?:{_NAME_OR_DOT}"
             rf"|[{v.NAME_PERIODS}](?=\p{{Han}})(?!(?:{_alternation(v.ROLES)})\s*:))){{1,11}})"),
    *_minimal(v.ROLES),
)
# 苏木 and 嘎查: their characters are common in the names that follow them (乌云其木格).
_MONGOLIAN_ENDS = ("苏木", "嘎查")
_ADDRESS_ENDS = (
    "室", "号", "栋", "幢", "单元", "楼", "层", "组", "村", "弄", "巷", "户", "小区", "社区",
    "苑", "公寓", "大厦", "花园", "区", "县", "市", "镇", "乡", "街道", "办事处", "房", "园", "街",
    "路", "队",  # 那香村三队: a village's production team
    # 第一师阿拉尔市十三团四连刘晓雪 (兵团: division, city, regiment, company), 东乌珠穆沁旗
    # …巴彦宝力格嘎查乌力吉巴雅尔 (内蒙古: banner, sumu, gacha), 凌云县…陇雅村那力屯蓝志明
    # (广西: a village's hamlet)
    "团", "连", "旗", "屯", "农场", "牧场", *_MONGOLIAN_ENDS,
    "林场",  # 资溪县株溪林场危丽萍 (set DQ): a state forest farm, where its people live
)
# The characters of the address endings (苏木 and 嘎查 aside): a long name, or the first
# part of a name with a middle dot, holds none of them, or 某某区某某镇张三丰 would give
# 某某镇张三丰 as the name, and …五十一团五连阿依古丽·托合提 五连阿依古丽·托合提.
_NOT_IN_LONG_NAMES = "".join(sorted({c for e in _ADDRESS_ENDS if e not in _MONGOLIAN_ENDS
                                     for c in e}))
_NAME_CHARACTER = rf"[\p{{Han}}--[{_NOT_IN_LONG_NAMES}]]"
# 阿依古丽·买买提: names of some peoples have two parts joined by a middle dot.
# 李?婷: a character OCR could not read stands in the name as ? or □.
# 吉克阿 and a Yi character (set DT): a rare character the paper's font set in the
# private use area, U+E000 to U+F8FF
_PERSON = (rf"(?:[\p{{Han}}?□\ue000-\uf8ff]{{2,4}}"
           rf"|{_NAME_CHARACTER}{{2,6}}[{NAME_DOTS}{v.NAME_PERIODS}][\p{{Han}}]{{2,6}})")
# 通辽市科尔沁区乌云其木格: Mongolian and Tibetan names run to five characters, and after
# a 嘎查 or 苏木 to six (…巴彦宝力格嘎查乌力吉巴雅尔), and so after a banner's town
# (苏尼特左旗满都拉图镇图门吉日嘎拉, set AY); elsewhere six characters are more often a
# shop's name without an ending (镇海区骆驼街道阿强海鲜排档).
# 拉孜县查务乡次仁央宗拉姆 (set DT): so after any place, a Tibetan name of three or four of
# its known parts.
_LONG_NAME = (rf"(?:{_NAME_CHARACTER}{{5}}"
              rf"|(?:(?<={'|'.join(_MONGOLIAN_ENDS)})|(?<=旗[^,;。]{{0,12}}[镇乡]))"
              rf"{_NAME_CHARACTER}{{6}}"
              rf"|(?:{_alternation(v.TIBETAN_NAME_PARTS)}){{3,4}})")


def _address_then(name: str) -> str:
    """A place, then a person named by ``name``, the whole text."""
    # 榆树市五棵树镇前进村二社户主孙玉海 (set BT): a village's numbered 社, as a 组
    return (rf"^(?:住址[:]?)?(?P<address>.{{2,}}?(?:{_alternation(_ADDRESS_ENDS)}"
            rf"|(?<=[\d{NUMERALS_TO_TEN}])社))"
            # 宏业村街道刘芳 (set BG): a place's next level is no part of the name after it;
            # nor is a town of one character and its level (陵城区糜镇刘伟, set BN);
            # nor a street's 街 or 巷, which no surname or given name begins with (谯楼街刘伟,
            # 城关镇东街刘伟, set DW: not 街刘伟 after a 楼, nor 东街刘伟 after the town);
            rf"(?:村民|居民|市民|业主|户主)?"
            rf"(?![区县市镇乡村]|街道|社区|小区|办事处|\p{{Han}}[镇乡](?=\p{{Han}}{{2}})"
            # nor a number's 楼 or 院, which goes on with the address (云梦大街218号院3号楼付清海,
            # set DZ)
            rf"|\p{{Han}}?[街巷]|(?<=\d号)[楼院])"
            rf"(?P<name>{name})$")


_ADDRESS_TRIGGERS = _minimal((*_ADDRESS_ENDS, "社"))
ADDRESS = _triggered(_compile(_address_then(f"{_PERSON}|{_LONG_NAME}")), *_ADDRESS_TRIGGERS)
# 扎兰屯市卧牛河镇宝音德力格尔（妻：乌云其其格） (set CE): whoever has a wife or a father is a
# person, whose name may then run to six characters after any place
KIN_ADDRESS = _triggered(_compile(_address_then(f"{_PERSON}|{_NAME_CHARACTER}{{5,6}}")),
                         *_ADDRESS_TRIGGERS)
#: What a foreigner does here, after their country's 籍 (日本籍船员…).
_FOREIGNERS_ROLES = tuple(w.removeprefix("籍") for w in v.NATIONALITY_ENDINGS
                          if w.startswith("籍"))
# (美国籍公民MICHAEL…: the longest ending, 籍公民, not 国籍; 加拿大籍EMILY ROSE TREMBLAY,
# 德国籍汉斯·米勒, set ED: any country's 籍 before a name in Latin letters or with its dot)
DESCRIPTOR = _triggered(_compile(
    rf"^(?:个体)?(?:{_alternation(v.PARTY_DESCRIPTORS)}"
    rf"|\p{{Han}}{{1,6}}(?:{_alternation(v.NATIONALITY_ENDINGS)})"
    rf"|\p{{Han}}{{1,6}}籍(?=[{LATIN_LETTERS}]|\p{{Han}}{{2,8}}[{NAME_DOTS}])"
    # 日本籍佐藤健二, 俄罗斯公民伊万诺夫·谢尔盖 (set EJ): a country's people, before any name
    rf"|(?:{_alternation(v.COUNTRIES)})(?:籍|公民|国籍)(?:{_alternation(_FOREIGNERS_ROLES)})?)"
), *_minimal((*v.PARTY_DESCRIPTORS, *v.NATIONALITY_ENDINGS, "籍", "公民")))
# 本人李明轩，湖南师范大学2015级汉语言文学专业本科毕业生，不慎遗失…: a description, no party.
NOT_A_NAME = _triggered(_compile(
    # 本人郜明远，家住菏泽市牡丹区西城街道，不慎遗失…: where one lives is no party either
    # 本人巴合提别克·努尔兰，阿勒泰市解放路街道居民，…: nor where one is a resident
    r"^(?:男|女|男性|女性|.*出生|.*\d.*年.*|身份证.*|(?:家|现|居)?住.*|户籍.*|籍贯.*|原籍.*"
    rf"|.+[居村市]民|.+[{v.DIVISION_LEVELS}村道]人|的.*|.*\d{{2,4}}\s*[级届].*|.*毕业生.*)$"),
    "男", "女", "出生", "年", "身份证", "住", "户籍", "籍贯", "原籍", "居民", "村民", "市民", "的",
    "级", "届", "毕业生", "人")
# 更正声明：本公司于…刊登的遗失声明中，将“营业执照正本”误刊为“营业执照副本”，现更正为：X遗失…
# 声明作废。特此更正。 (set CJ): a correction; the notice is what it is corrected to
_CORRECTION = r"更正(?:声明|启事|公告)\s*:[^。]{0,200}?更正为\s*:"
CORRECTED_TO = _compile(rf"^\s*{_CORRECTION}", plain=True)


def correction_end(folded: str) -> int:
    """Where a correction's preface ends (…现更正为：), the notice it corrects to after it; 0
    when ``folded`` opens with none.

    >>> correction_end("更正声明:将“公章”误刊为“财务章”,现更正为:张三遗失公章")
    24
    >>> correction_end("张三遗失公章")
    0
    """
    corrected = match(CORRECTED_TO, folded) if "更正" in folded else None
    return corrected.end() if corrected is not None else 0


def news(folded: str, pos: int = 0) -> Match | None:
    """The first cue in ``folded`` from ``pos`` that says news or advice speaks (记者,
    提醒, 可在线申请补领…), not a notice; a notice's own 现已申请补领 is none.

    >>> news("营业执照遗失后可在线申请补领").group()
    '申请补'
    >>> news("张三遗失驾驶证，现已向某某车辆管理所申请补领，原证声明作废") is None
    True
    """
    found = search(NEWS, folded, pos)
    while found is not None and found.group() in _REISSUE_CUES:
        end = found.end() + (found.group() == "申请补")  # 申请补领: the whole word
        if search(_REISSUE_ASKED, folded[max(0, found.start() - _REISSUE_REACH):end]) is None:
            break
        found = search(NEWS, folded, found.end())
    return found


#: How far before a reissue's word the holder's asking for it may begin (已向…申请补领).
_REISSUE_REACH = 40
# 家母…侯秀珍年逾八旬，于…遗失 (set CJ): how old the person is, after the name
AGE_AFTER_NAME = _triggered(_compile(
    rf"(?:年逾|年过|年近|现年|今年)[\d{NUMERALS_TO_TEN}百]{{1,4}}(?:周岁|岁|旬)?(?:高龄)?",
    plain=True), "年")
# 本人系蚌埠学院2018届毕业生张雨欣: what the person is, then who.
_SPEAKER_DESCRIBED = rf"^(?:本人)?系.{{2,40}}?(?:{_alternation(v.PARTY_DESCRIPTORS)}|毕业生|员工)"
DESCRIBED_PERSON = _triggered(_compile(rf"{_SPEAKER_DESCRIBED}(?P<name>{_PERSON})$"), "系")
# 本人系灵山县灵城中学高二学生，不慎遗失…特此声明。韦思琪 (set CC): what the speaker is, with
# no name; the signature names the party
DESCRIBED_SPEAKER = _triggered(_compile(rf"{_SPEAKER_DESCRIBED}$"), "系")
# 兹声明本公司（长沙恒信达商贸有限公司）…: a party that names itself after the leading words.
OWN_NAME = _compile(rf"(?<={_alternation(v.SELF_REFERENCES)})\s*\((?P<name>[^()]{{2,40}})\)")
# 本公司财务人员于…遗失… (set CW): the organisation speaks of itself through its staff
_SELF_REFERENCE = rf"{_alternation(v.SELF_REFERENCES)}(?:的?{_alternation(v.STAFF_WORDS)})?"
SELF_REFERENCE = _compile(_SELF_REFERENCE)
# 某某有限公司遗失声明：本公司遗失公章一枚…, 张三声明：本人遗失… : the title names who then
# speaks of itself; the name is the party's, the title's words are no part of it
TITLED_SELF = _triggered(_compile(
    # (…遗失声明　本公司…, set BL: a space parts the title from the body, or nothing)
    rf"^(?P<name>[^,;:。]{{2,40}}?)(?:遗失|作废|挂失)?{_alternation(v.TITLE_WORDS)}(?:\s*:)?\s*"
    # triggered by who speaks, not by the title's words: nearly every notice says 声明
    rf"(?={_alternation(v.SPEAKERS)})"), *_minimal(v.SPEAKERS))
SPEAKER = _compile(_alternation(v.SPEAKERS))
HOUSE_NUMBER = _compile(r"\d{1,4}\s*(?:号楼|号|室|栋|幢|单元)(?=\p{Han})")
# …该支票声明作废），如有人持此支票办理业务，请各相关单位拒绝受理。X有限公司 (set CW): what
# the reader should do, after the void statement and before the signature
READERS_ADVICE = _compile(
    r"[)\s,;]*如(?:有人|发现有人|发现)(?:持|冒用|使用|利用|以)[^。]{1,60}?。", plain=True,
    anchored=True)
# Words that close a notice; what follows them is a signature or other content.
# 特此启事 closes a notice headed 遗失启事: it says nothing of the document's validity.
# 特此通告 (set CC): a letter to those concerned closes so
CLOSING = _triggered(_compile(r"特此(?:公告|通告|告知|通知|启事|函告|更正)"), "特此")
# After 特此声明: who signs, and when; a number other than the date is content.
_CN_DIGIT = f"[{DATE_NUMERALS}]"
SIGNATURE = _compile(
    rf"[\s。.,;]*(?:(?P<label>{_alternation(v.SIGNER_LABELS)})\s*[:]?)?(?P<signer>[^\d,;。]{{0,40}}?)\s*"
    # 合江县福宝镇中心小学（统一社会信用代码：12510522…） (set DA): the signer's own code
    r"(?:\((?P<code>[^()\d]{0,8}代码\s*[:]?\s*[0-9A-Za-z]{15,20})\)\s*)?"
    # …村民委员会　经办人：村会计屈志刚　2026年12月3日 (set BT): who brought it to the paper
    r"(?:(?:经办人|联系人)\s*[:]?\s*[^\d\s,;。:]{2,12}\s*)?"
    r"(?:[\dOo]{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日曰]?"  # 2O24年4月8日
    rf"|{_CN_DIGIT}{{4}}年{_CN_DIGIT}{{1,2}}月{_CN_DIGIT}{{1,3}}日)?\s*"
    r"(?:(?:联系)?电话\s*[:]?\s*[\d\- ]{6,})?[\s。.]*",
    plain=True,
)
#: The day under a signature, in figures (2026年12月4日; OCR reads 0 as O, 日 as 曰), as a
#: pattern's source.
SIGNED_DAY = r"[\dOo]{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日曰]"
# …开户银行：宁夏银行中卫分行。中卫市沙坡头区漠源枸杞贸易有限公司　2026年12月4日　此证作废
# (set CC): the signature and its date before a last void statement; the date says it is one
SIGNATURE_BEFORE_VOID = _compile(
    rf"[。.]\s*(?P<signer>[^\d,;。.:]{{2,40}}?)\s*{SIGNED_DAY}\s*$",
    plain=True,
)
# Between one event and the next, words that go on with the same party:
# …居民身份证、驾驶证一并丢失; …发票专用章一枚，另遗失…
SAME_PARTY = _compile(rf"(?:{_alternation(v.SAME_PARTY_WORDS)})+")
# What may stand before the event of a sentence that speaks of the same holder as the one
# before it: 另，本公司公章不慎遗失; 因公章一枚不慎遗失; 该公司营业执照副本遗失 (set EL)
HOLDERS_OWN = _compile(rf"[\s,;:]*(?:(?:{_alternation(v.SAME_PARTY_WORDS)})+[\s,;:]*)?"
                       rf"(?:{_alternation(v.SPEAKERS)}|因|该|原|$)", plain=True, anchored=True)
JOINER = _compile(rf"(?:{_alternation(v.ITEM_JOINERS)})")
# …；其妻林淑贤遗失… (set BF): a relative of the party, named before an event of its own; the
# same notice goes on (its 其 points back)
# (…；&nbsp;其妻李春兰遗失… , set EI: a page's space before it)
RELATIVE_CLAUSE = _compile(
    rf"\s*其(?:{_alternation(v.RELATIVES)})\s*(?P<name>[{HAN}]{{2,4}})\s*", plain=True)
#: A notice that voids the papers of all its holders: …，均声明作废, 以上证件均作废.
# …；（2）晓天镇白沙村汲德胜遗失…。以上证件声明作废。 (set DV): the void statement of the list
VOIDS_THEM_ALL = _triggered(_compile(
    r"均(?:已)?(?:声明)?作废|均予作废|以上[^,;。]{0,6}均"
    r"|以上(?:证件|证照|票据|物品|印章|证书)(?:特此)?(?:一并)?(?:登报)?(?:声明)?作废"),
    "均", "以上")
# …遗失居民身份证…；房山区十渡镇谷秀英遗失居民户口簿…，均声明作废 (set DD): another holder,
# named (with where they live) before an event of their own, in a notice that voids them
# all; or the organisation's representative (…各一枚，该公司法定代表人韩金柱遗失…)
SECOND_PARTY_CLAUSE = _compile(
    # (2)牛寺乡段沁萍遗失… (set DV): the holder's number in the notice's list
    r"(?:[(]\d{1,2}[)]|\d{1,2}[、.])?\s*"
    r"(?:(?:该公司|该单位|该企业|该店)?(?:法定代表人|负责人|经营者)\s*)?"
    rf"(?P<name>(?:[{HAN}]{{2,12}}?(?:县|区|旗|镇|乡|村|街道|社区))?[{HAN}{NAME_DOTS}]{{2,4}})\s*"
)
NAME_SEPARATOR = _triggered(_compile(r"[、,;，]+"), "、", ",", ";", "，")
#: A list's number before an item inside a notice (…：1.公章一枚；2.财务专用章一枚).
NUMBERED = _compile(_LIST_NUMBER, plain=True)

# 邢台市南和区贾宋镇郝建业 (set BC): a joiner right before a division's level is a
# place's name (南和区, 平和县), and joins no two names
# …射洪市太和街道…, 平和村 (set BI): nor before a subdistrict's or a village's
NAME_JOINER = _triggered(_compile(rf"(?:以及|及|和|与)(?![{v.DIVISION_LEVELS}]|街道|村|社区)"),
                         "及", "和", "与")
PERSON_NAME = _compile(_PERSON)
# 合同专用章（编码：…）、法人章（钱颂平，编码：3305230041727）各一枚 (set DM): the legal
# representative named first in the bracket after the seal, before its number
SEAL_HOLDER = _triggered(_compile(
    rf"(?:{_alternation(v.DOCUMENT_WORDS[Document.LEGAL_REPRESENTATIVE_SEAL])})\s*[(]\s*"
    rf"(?P<name>{_PERSON})\s*[,;、]"), "章")
PLACE = _compile(rf"[{v.DIVISION_LEVELS}]|国家|中国")
CONTENT_RUN = _compile(r"[\p{Han}A-Za-z0-9]+")
# 宁夏…有限公司遗失合同专用章声明：本公司不慎遗失合同专用章一枚… (set AY): the rest of a
# title that names the party, after its event; the body speaks of itself and names the
# documents again
# 宜城市自然资源和规划局遗失公章公告：本局原公章一枚… (set BI): a 公告 or 启事 titles it too
TITLE_BEFORE_SELF = _triggered(_compile(
    # 季红梅居民身份证遗失声明　本人季红梅，… (set EI): a space, not a colon, after the title
    rf"[^,;:。]{{0,20}}?{_alternation(v.TITLE_WORDS)}(?:\s*:|\s)\s*(?={_alternation(v.SPEAKERS)})"),
    *v.TITLE_WORDS)
# …遗失公章 / 公告：本局原公章…遗失 (set BI): the end of a title after its document
TITLE_END = _compile(rf"{_alternation(v.TITLE_WORDS)}\s*:", plain=True)
# 关于张三遗失营业执照的声明：张三遗失…: the notice's title, glued before it (a portal's
# article, a WeChat post); the notice opens after it, and the event in it is the title's
_GLUED_TITLE = (rf"关于[^,;:。]{{1,40}}?(?:{_alternation(v.EVENTS)}|作废|挂失)[^,;:。]{{0,30}}?"
                r"的(?:遗失|作废|挂失)?(?:声明|公告|启事)(?!作废)")
GLUED_TITLE = _triggered(_compile(_GLUED_TITLE), "关于")
# 关于阿荣旗…合作社遗失公章的声明　本社公章一枚…遗失 (set DC): the title names who lost it,
# where the body only speaks of itself
TITLE_NAMES = _triggered(_compile(
    rf"\s*关于(?P<name>[^,;:。]{{2,40}}?)(?:{_alternation(v.EVENTS)})[^,;:。]{{0,30}}?的"
    r"(?:遗失|作废|挂失)?(?:声明|公告|启事)"
), "关于")
#: A running head's weekday after its date (2026年12月5日　星期六), as a pattern's source.
WEEKDAY = rf"(?:{_alternation(v.WEEKDAY_WORDS)})[{v.WEEKDAY_DAYS}]"
#: A page's number between dashes (— 3 —, - A7 -), as a pattern's source.
_PAGE_NUMBER = r"[—\-–]\s*[A-Z]?\d{1,3}\s*[—\-–]"
#: Why, before who: 因保管不善，. A source: the leading words hold it, and parties looks
#: for it at their end (本公司因更换开票设备，…).
REASON_BEFORE = r"因[^,;。]{1,10}?,"
# 肇庆日报　B6　分类广告　封开县…, A07　2026年12月4日　星期五　分类广告　灌南县…,
# — 3 —　2026年12月5日　尖扎县… (sets DE, DF): a running head glued before the notice on its
# line, each of its pieces (the paper, the page, the day, the section) set off by a gap
# (新民晚报　…　第A7版, set EO: the page's letter inside 第…版, and A7 abutting a party takes
# no space after it unless its 版 follows; 城口报　…: a county paper's name, whose 报 alone
# ends it, set off by a gap)
_PAGE_LABEL = r"(?:[A-Z]\d{1,2}(?:\s*版)?|第\s*[A-Z]?\d{1,3}\s*版)"
_PAGE_PIECE = (
    rf"(?:[{HAN}]{{1,8}}(?:{_alternation(v.NEWSPAPER_ENDINGS)})|[{HAN}]{{1,6}}报(?=\s)"
    rf"|{_PAGE_LABEL}|{_PAGE_NUMBER})"
)
#: A day in figures as a running head prints it (2026年12月5日), as a pattern's source.
_DAY = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_HEAD_PIECE = (
    rf"(?:{_PAGE_PIECE}|{_DAY}"
    rf"|{WEEKDAY}|{_alternation(v.SECTION_NAMES)})"
)
# 遗失物品：居民身份证, 声明内容：…: a field of a notice written as a form, by its name; a
# row's field that opens so is the form's, not a notice of its own (set DJ)
FORM_FIELD = _compile(rf"\s*[{HAN}]{{2,8}}\s*:", plain=True, anchored=True)
# Fields of a form that stand in its party's span and name no party: a field's name whose
# value follows the span's end (证件号码：…｜证件类型：居民身份证, 车主：X	车牌号：藏D·3K571	遗失
# 证件：…, set DJ), and where the holder lives (…；地址：八宿县然乌镇；…: the record's address is
# the place written before a name, set BI; a form's field, between its edges, semicolons)
PARTY_SPAN_FIELD = _compile(
    rf"(?:^|(?<=[;,\s]))[{HAN}]{{0,6}}(?:{_alternation(v.FIELD_NAME_ENDINGS)})\s*:\s*$"
    rf"|(?<=;)(?:{_alternation(v.ADDRESS_FIELDS)})\s*:[^;,。:\s]{{0,40}}(?=\s*;|$)", plain=True)
# 状态：已撤单（客户申请退款，未见报） (set DJ): a vendor's row whose notice was never printed
NEVER_PRINTED = _compile(_alternation(v.NEVER_PRINTED_WORDS), plain=True)
# (its pieces may abut where a broken line's spaces were dropped, 肇庆日报　B6 / 分类广告　…:
# only the last is set off from the notice by a gap)
# (…2026年11月27日　星期五　张家口日报　A7康保县…, set EO: the page's label last, abutting the
# party where the OCR lost the gap; after other pieces, so that a party is never a label)
GLUED_HEAD = _compile(
    rf"\s*(?:(?:{_HEAD_PIECE}\s+){{1,7}}{_PAGE_LABEL}(?=[{HAN}])"
    rf"|(?:{_HEAD_PIECE}\s*){{1,8}}(?<=\s))", plain=True, anchored=True)
# …声明作废。　　— A7 —　永州日报　2026年12月5日 (set DG): the page's foot glued after the notice,
# its pieces set off by gaps, the paper or the page among them (not the notice's own date,
# …特此登报声明。　2026年12月3日); matched on the notice's last characters
GLUED_FOOT = _compile(
    # (…声明作废。— A7 —　丽水日报　2026年11月27日, set EO: the page first, abutting the 。)
    rf"(?<=[。.])(?:\s*{_PAGE_PIECE}|(?:\s+{_HEAD_PIECE}){{0,4}}\s+{_PAGE_PIECE})"
    rf"(?:\s+{_HEAD_PIECE}){{0,4}}\s*$",
    plain=True)
# 尋物啟事 (惠安報): the owner asks for a wallet back; its ID card is not declared void
_OTHER_KINDS = (rf"(?:(?:注销|清算|减资|合并|分立|债权|寻人|寻物|失物|招领|认领|拍卖|招标|招聘|迁坟"
                r"|股权|吊销|开业|更名|迁址|其他|其它"
                # 变更公告：经…核准，…更名为…，法定代表人变更为… (set DX)
                r"|变更"
                # 印章启用公告：…原公章已于…登报声明作废，…新刻制的公章…启用 (set EH): a new
                # seal put to use; 更正声明, 撤销声明: a notice about an earlier one
                rf"|启用|{_alternation(v.AMENDING_KINDS)})[^,。:]{{0,6}}(?:公告|启事|通知|通告)"
                rf"|(?:{_alternation(v.AMENDING_KINDS)})声明)")
LEADING_WORDS = _compile(
    # O耿马傣族佤族自治县孟定镇岩罕坎遗失…: a bullet (●) OCR read as a letter
    # 【遗失声明】张三遗失…, #遗失声明# 张三遗失…: a notice's title in brackets, a topic's tag
    # 遗失作废声明华容县…: a title of two words (set CC); 遗失公告：…, a title before a colon
    # or run into the party (遗失公告石首市…, set EH);
    # 兹作废X遗失的…: void, before who
    # 声明作废：阜平县…遗失…, 以下证件声明作废：X的公章… (set CW): the void words first, as
    # a header glued to the notice
    # - 丰县梁寨镇… (set DF): a list's dash (a Markdown list), which a page reads as a bullet
    rf"^(?:\s|[:,。]|[\-*+—–](?=\s|\p{{Han}})"
    # 锟斤拷锟斤拷台江县… (set DU): encoding garbage an export left before the notice (UTF-8's
    # replacement character read as GBK; a debugger's fill, 烫 and 屯)
    rf"|{NUMBERING}|[Oo](?=\p{{Han}})|(?:以下|下列)证件(?:均)?(?:声明)?(?:作废)?"
    r"|(?:锟斤拷)+|烫{3,}|屯{3,}"
    r"|声明作废(?=\s*:)"
    # 声明内容：遗失作废；遗失物品：… (set DJ): a form's field, before what it says
    rf"|(?:{_alternation(v.FORM_FIELD_NAMES)})(?=\s*:)"
    # 声明人：李建设，遗失…, 遗失人：巩义市…李建设｜遗失物品：… (set BZ): a form's field of
    # who, before the name
    # 新生儿姓名：次仁卓嘎；… (set DJ): what the party is, before the field's name
    rf"|(?:{_alternation(v.PARTY_DESCRIPTORS)})?(?:{_alternation(v.PARTY_FIELDS)})(?=\s*:)"
    r"|(?:现|兹)?(?:登报|遗失|作废|挂失)?(?:作废)?声明|遗失启事|(?:遗失|作废)公告"
    r"|(?<=兹)作废|"
    # 更正声明：…误刊为…，现更正为：X遗失… (set CJ): a correction's preface, before who
    rf"{_CORRECTION}|"
    # 各有关单位：本公司…: a letter's greeting (set CC); 尊敬的各位业主： (set CJ)
    r"(?:尊敬的)?(?:各位|各|全体|广大)(?:有关|相关|合作)?[\p{Han}]{0,4}?"
    r"(?:单位|业主|住户|租户|商户|客户|顾客|用户|会员|居民|村民|家长|同学|朋友|股东)们?"
    r"\s*(?=:)|"
    r"【(?:遗失|作废|挂失)?(?:声明|启事|公告)】|#(?:遗失|作废|挂失)?(?:声明|启事|公告)#|"
    # 因保管不善，安顺市…的营业执照正本遗失: why, before who (set AS)
    rf"{REASON_BEFORE}|"
    rf"{_alternation(v.PARTY_TITLES)}|"
    r"[\p{Han}]{1,6}(?:遗失|作废|挂失)声明(?=:)|因(?:保管)?不慎|兹有|兹|现有|今有|本人"
    rf"|{_GLUED_TITLE}"
    # 二〇二六年十二月三日，康乐县…: when, before who
    # 12月3日上午，灵璧县…: the month and day alone, and the part of the day (set CC)
    rf"|(?:(?:\d{{4}}|[{DATE_NUMERALS}]{{4}})年)?[\d{NUMERALS_TO_TEN}]{{1,3}}月"
    rf"[\d{NUMERALS_TO_TEN}]{{1,3}}[日号]?(?:上午|下午|中午|晚上|凌晨|早上|夜间|晚|夜)?(?=,)"
    # 即日起，江油市…经营部原财务章…停止使用: from when, not who
    r"|(?:自|从)?(?:即日|今日|本日)起"
    # 清算公告　X有限公司…。本公司营业执照副本不慎遗失，声明作废, 寻物启事：本人…遗失…以上证件同时
    # 声明作废 (set EL): any other kind's title, a colon or a space after it or nothing (tried
    # last: a correction's preface above is read whole)
    rf"|{_SELF_REFERENCE}|特此|(?:新?印章)?{_OTHER_KINDS}\s*:?)+"
)
_HEADER_WORDS = (
    r"(?:下列(?:证件|证照|物品|票据|单位|人员)?(?:遗失)?(?:声明)?作废|下列证件"
    # 公告声明 (黄山日报's classified page, set EH): a column of announcements and
    # declarations, whose voidance notices are declared as under 声明
    r"|(?:遗失|作废|挂失|遗失作废)(?:声明|启事|公告)|声明作废|公告声明|声明公告|声明|作废声明)"
)
#: How many notices: 10则, 两则, 12条 (a title's or a page's count of them).
_NOTICE_COUNT = rf"[\d{NUMERALS_TO_TEN}两]{{1,3}}\s*[则条篇]"
# 【作废声明】 alone on its line: an e-paper's sub-head (贵定报), a header in brackets;
# 栏　　目：遗失声明: a database card's column field (阿坝日报's export)
# 柘城县融媒体中心丨遗失声明（2026年第48期）, 曹县融媒丨遗失声明（2026年12月5日）: a WeChat
# article's title, its source before a divider and its issue or date after
# 日喀则日报遗失声明（2026年12月6日）: a news app's title, the paper's name glued before
# (the endings of more than one character: not the 报 of 登报)
_PAPER_ENDING = _alternation(v.NEWSPAPER_ENDINGS)
_PAPER_NAME = rf"[^,。:丨|｜]{{1,10}}?(?:{_PAPER_ENDING})·?"
# ★遗失声明★, 🔶🔶下列证件声明作废🔶🔶 (a WeChat article's heading), 〓遗失声明〓: the
# ornaments round a heading (arrows, shapes, stars, dingbats, emoji, 〓, ※) are no words,
# nor are a Markdown heading's marks (## 遗失声明) or a topic's (#遗失声明#)
_ORNAMENTS = r"[\s#\u2190-\u2bff\u3013\u203b\ufe0f\U0001f000-\U0001faff]*"
# 【遗失声明】益阳日报　2025-06-18　A7版 (a 登报 agency's list of notices as printed, set BS):
# the paper, the day and the edition after an entry's title
_ENTRY_META = (rf"(?<!\s)\s*(?:{_PAPER_NAME})?"
               r"\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
               r"(?:\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版)?")
HEADER = _triggered(_compile(
    # 【1/11】遗失声明: an e-paper's text view counts its articles (今日玉山, set BM)
    rf"^{_ORNAMENTS}(?:[【\[]\d{{1,3}}/\d{{1,3}}[】\]])?"
    # 分类信息｜遗失声明: a breadcrumb before the title; not a notice's words glued before a
    # column's rule (…发票专用章各一|声明作废, the mutation fuzz's seed 83)
    rf"(?:(?:(?![^丨|｜]{{0,20}}(?:{_alternation(v.EVENTS)}))[^,。:、丨|｜]{{1,20}}[丨|｜]"
    rf"|{_PAPER_NAME})?(?:栏\s*目\s*:\s*)?"
    # 新晚报丨遗失声明汇总（12月6日）: a day's notices gathered, the year left out (set AT)
    # 遗失声明两则, 遗失声明（共8则） (set DS): how many notices follow
    rf"{_HEADER_WORDS}(?:汇总|专栏|选登|集锦|合集|一览)?"
    rf"(?:\s*\(?共?\s*{_NOTICE_COUNT}\)?)?[:]?"
    rf"(?:\((?:\d{{4}}年)?(?:第\d{{1,4}}期|\d{{1,2}}月\d{{1,2}}日)\))?"
    rf"|【{_HEADER_WORDS}】(?:{_ENTRY_META})?){_ORNAMENTS}$",
    plain=True),
                    "作废", "声明", "启事", "公告", "下列证件")
# 遗失声明1、郑州市…; 第7版 厦门晚报·分类 2024年8月20日 星期二 遗失声明●厦门市…: the
# masthead and the block's title glued before the first numbered notice of a run-on paragraph.
TITLE_BEFORE_NUMBERING = _compile(
    rf"^(?:[^。;]{{0,60}}?{_HEADER_WORDS}[:]?\s*(?={NUMBERING})"
    # 潍坊晚报·遗失声明潍坊市…: a paper's name (not 登报) and the title
    rf"|[^。;,]{{0,20}}?(?:{_PAPER_ENDING})[·\s]*{_HEADER_WORDS}[:]?\s*)",
    plain=True,
)
ENTRY_META = _compile(_ENTRY_META, plain=True)
# 公告 alone on its line (荆州日报, set EH): a section of announcements after the block
OTHER_HEADER = _triggered(_compile(rf"^[^,。]{{0,30}}{_OTHER_KINDS}(?:[:]?|】(?:{_ENTRY_META})?)$"
                                   # 启事 (今日太湖's 公告 page, set EM): 遗失启事 among
                                   # 寻物启事 and 招领启事, each read by its own title
                                   r"|^(?:公告|公示|通告|启事)(?:栏|专栏)?[:]?$", plain=True),
                          "公告", "启事", "通知", "通告", "声明", "公示")
# 相关链接, 【相关阅读】: the heading of a page's links to other articles, a line of its own
LINK_HEADING = _compile(rf"[【\[]?(?:{_alternation(v.LINK_HEADINGS)})[】\]]?[:]?", plain=True)
# 寻物启事：本人于…遗失黑色双肩包…: a row of a table that opens with another notice's title
# (寻物启事本人不慎于…, set EH: OCR of a narrow column ran the title into its body)
OTHER_TITLE = _triggered(_compile(rf"^(?:新?印章)?{_OTHER_KINDS}"),
                         "公告", "启事", "通知", "通告", "声明")
# 国家税务总局三门县税务局公告：…, 湖北五峰农村商业银行股份有限公司公告：…: an authority's or a
# bank's announcement, under its name (see AUTHORITY_TITLE)
_AUTHORITY_NAMED = (rf"[^,。:]{{2,30}}(?:{'|'.join(v.GOVERNMENT_BODIES)}"
                    rf"|(?:{'|'.join(v.BANKS)})(?:股份有限公司|有限责任公司|有限公司)?)"
                    r"(?:公告|通告|通知)\s*:")
# …声明作废。债权申报公告　上海亭林织造有限公司已成立清算组…, …声明作废。招领启事 本人…拾得
# … (set EH): another kind of notice run on after the notice's last sentence, its title first
# (…声明作废。◆股权转让公告：…, …声明作废。&nbsp;●注销公告：… (set EL): its bullet first;
# …声明作废。中国建设银行桑植支行公告：因系统升级… (set EL): an authority's or a bank's)
OTHER_NOTICE_AFTER = _triggered(_compile(
    rf"(?<=[。.!])\s*(?:[◆●■·★▲◎]\s*)?(?=(?:新?印章)?{_OTHER_KINDS}|{_AUTHORITY_NAMED})",
    plain=True), "公告", "启事", "通知", "通告", "声明")
# …特此公告。遗失公告石首市…遗失增值税普通发票一份…，特此公告。 (荆州日报's 公告 section,
# set EH): a voidance notice run on after another kind of notice, its title first
_VOID_TITLE = rf"(?:(?:遗失|作废|挂失)(?:{_alternation(v.TITLE_WORDS)})(?!作废)|作废声明)"
VOID_TITLE = _triggered(_compile(rf"^{_VOID_TITLE}", plain=True), "遗失", "作废", "挂失")
VOID_TITLE_AFTER = _triggered(_compile(
    rf"(?<=[。.!])\s*(?:[◆●■·★▲◎]\s*)?(?={_VOID_TITLE})", plain=True), "遗失", "作废", "挂失")
# …宣告该票据无效。朝阳市龙城区人民法院清算公告北票市… (朝阳日报's OCR, set EM): an authority's
# name signs its notice, and the next notice's title runs on after it with no full stop
TITLE_AFTER_SIGNER = _triggered(_compile(
    rf"(?<=[。.!])[^,。:;()]{{2,30}}?(?:{'|'.join(v.GOVERNMENT_BODIES)})"
    rf"(?=(?:新?印章)?{_OTHER_KINDS}|{_VOID_TITLE})", plain=True),
    "公告", "启事", "通知", "通告", "声明")
# 长春市…人民政府关于换发农村土地承包经营权证的公告：… (set AX): an authority's announcement
# about a procedure, opening its text; not a holder's notice (关于张三遗失…的公告 is one).
# 国家税务总局三门县税务局公告：…旧版通用定额发票…一律作废 (set BA): an authority named
# before 公告 alone; what it voids is no holder's (a notice that reports a loss is read)
# 湖北五峰农村商业银行股份有限公司公告：…本行旧版…空白重要凭证自…起停止使用，一律作废 (set
# EH): so does a bank, of the forms all its customers hold
AUTHORITY_TITLE = _triggered(_compile(
    r"^(?:[^,。:]{0,30}关于(?![^,。:]*(?:遗失|丢失|被盗|被窃|损毁))[^,。:]{2,40}的"
    r"(?:公告|通告|通知)\s*:"
    rf"|{_AUTHORITY_NAMED})",
    plain=True), "公告", "通告", "通知")
# …现申请补发。…无异议的，本中心将予以补发 (set BH): the document issued again, which an
# authority announces under its own title
REISSUE = _triggered(_compile(r"补发|换发|补办", plain=True), "补发", "换发", "补办")
# 不动产登记遗失补证公告：经初步审核，下列不动产权利人因不动产权证书遗失，申请补发。…我中心将予以
# 补发，并宣布原不动产权证书作废。 (set EM): the authority's title says it issues again, its
# name signed at the end
REISSUE_TITLE = _triggered(_compile(
    r"^[^,。:]{0,20}(?:补证|补发|换证|换发)[^,。:]{0,4}(?:公告|通告|公示)", plain=True),
    "补证", "补发", "换证", "换发")
# 李娜的手提包于2024年4月2日被盗: the bag, then when, are no part of the name.
_BAGS = (*_HANDBAGS,
         # 尹建华的货车于…被盗，车内机动车行驶证…一并丢失: the vehicle, too, with its
         # size or use (韩立春的小型轿车, 骆志明的小型轿车于12月1日夜间被盗)
         "货车", "轿车", "汽车", "车辆", "摩托车", "电动车", "面包车", "三轮车", "客车",
         "小型轿车", "小型汽车", "小型客车", "小型普通客车", "小型货车", "中型货车", "重型货车",
         "大货车", "小货车", "私家车", "出租车", "出租汽车")
# 何光荣的小型普通客车行驶证 (set CL): a vehicle's class before its document's name, after 的
VEHICLE_CLASS = _compile(
    r"[\p{Han}]{0,6}?(?:客车|货车|轿车|汽车|挂车|牵引车|专用车|作业车|摩托车|三轮车|电动车|面包车)")
# 袁岭村曾小燕与江西钤阳置业有限公司签订的《商品房买卖合同》一份…不慎遗失 (set DZ): the
# other side of a contract, before it; no party
# (the document's words may stand between: 签订的个人借款合同, its word 合同)
OTHER_SIDE = _compile(
    r"(?<=\p{Han}{2}|[)])(?:与|和|同)[^,;。与和]{2,40}?签(?:订|署)(?:的|[《<])[^,;。]{0,16}$")
PARTY_TAIL = _triggered(_compile(
    # 何建军钱包被盗: the bag, with or without 的 (的包 too)
    rf"(?=.)(?:的(?:{_alternation((*_BAGS, '包'))})|{_alternation(_BAGS)})?"
    # 赵丽萍己于11月20曰遗失: when, with or without the year, is no part of the name either
    # 巫春林所持闽（2018）…不动产权证书: what the party holds, not who; 林海生持有的渔业捕捞
    # 许可证 (set BF) the same
    rf"(?:(?:{_alternation(_CARELESSLY)}|名下|所持|持有"
    # 谢伟东停放在元善镇东环路的粤P·3K8M6号小型普通货车…被盗 (set BF): where the party
    # left it, no part of the name
    r"|(?:停放|存放|放置)(?=[在于])"
    # 鍾家俊放在車裡的公文包於12月1日被盜 (set BX): where the bag was put, before the bag
    # (放 alone ends a name, 张放, so only before a bag: 放在…的公文包)
    r"|放(?=在[^,;。]{1,12}?的[^,;。]{0,4}?[包袋箱])"
    # 孙立强驾车途中遗失… (set BM): on the way, no part of the name either
    r"|(?:驾车|开车|骑车|乘车|步行|外出|出差|购物|上班|下班|回家)?途中"
    # 徐立群搬家时不慎遗失…, 刘晓燕洗衣服时不慎将…洗坏 (set EE): what the party was doing
    r"|(?:搬家|搬迁|洗衣服|洗衣|外出|出差|购物|乘车|坐车|打车|上班|下班|务工|打工|旅游|逛街|赶集"
    r"|候车|候船)时"
    # 于二〇二六年十一月二十九日: the year may be written in numerals too
    # (于××年××月××日: a platform's template, its date left to fill in, set DJ)
    rf"|于\s*(?:\d[\dOo]{{3}}\s*年|[{DATE_NUMERALS}]{{4}}年|×{{2,4}}年|\d{{1,2}}\s*月"
    rf"|[{NUMERALS_TO_TEN}]{{1,2}}月|近日|日前|近期|本月|上月)"
    # 澳门居民何咏诗于珠海市拱北口岸不慎遗失, 刘晓雪于塔里木大学东门附近遗失: where, after a
    # name of two characters or more (于海洋 is a name)
    # (not the 于 of a town's name: 晋州市马于镇东里庄村3组张书勤遗失…, set BT; nor the surname
    # right after a place: 灌水镇于凤琴家中因…洪水进屋, set DM)
    # (陈依弟于出海作业时遗落…, set EB: when, by what the party was doing)
    # (德国籍汉斯·米勒（HANS MÜLLER）于北京市…, set ED: after the name said again in brackets)
    r"|(?<=\p{Han}{2}|[)])(?<![镇乡村县市区旗道组])于(?![镇乡村])"
    rf"(?=[^,;。]{{2,20}}?(?:{_alternation(v.PLACE_POSTPOSITIONS)}|口岸|[市县区镇乡村街路站场内时]))"
    # 丘伟强系已故丘汉林的继承人，现遗失… (set BC): what the party is to another, after its name
    r"|(?<=\p{Han}{2})系(?=[^,;。]{1,24}?(?:继承人|监护人|代理人))"
    # X经营部（…）拟向永寿县市场监督管理局申请简易注销登记，因营业执照正本不慎遗失 (set DN):
    # what the party means to do
    r"|拟(?=向|申请)"
    # X有限公司（统一社会信用代码：…）经股东决定，拟向…申请注销登记 (set DR): who decided it
    # (not 经营部, 经销处: the party's own name)
    r"|经(?!营|销|济|贸|理|纪)[^,;。]{1,10}?(?:决定|决议|同意)"
    # 霞浦县松城街道郑春生家中进水，其户口簿…被水浸泡 (set BZ): what befell the home (王家中
    # may be a name: only before what befell it, or why: 于凤琴家中因7月29日洪水进屋, set DM)
    r"|家(?:中|里)(?=进水|漏水|失火|着火|被盗|被窃|被淹|因)"
    # 永新县在中乡王桂英遗失… (set CN): a township named 在…, right after its county, is
    # no where
    # 郄宝林、阎秀梅夫妇共有的房屋因连日降雨倒塌，存放于屋内的… (set DM): what they own,
    # which befell what it did
    r"|(?<![县市区旗])在|因|(?:共有|所有)的).*|共同|共有"  # 贾玉洁、贾玉成共有的不动产权证书遗失
    # 梁振宇家中被盗，丢失…: where it was stolen, no part of the name (set AV)
    r"|家中|家里|住处|住宅内)?$"),
    *_CARELESSLY, "共同", "共有", "所有的", "名下", "所持", "持有", "停放", "存放", "放置", "途中",
    "于", "在", "因", "拟向", "拟申请", "经",
    "包", "夹", "车", "家中",
    "家里", "住处", "住宅内", "系", "时")
# (个体工商户), (字号：桂芳鲜花店), (曾用名：李淑梅), (系已故张德顺之继承人): what the
# party is, not who.
PARTY_ANNOTATION = _triggered(
    # 鞠长海（户主）: the holder of a household register, named as such
    # 椰风食品有限公司（台港澳法人独资）: the form of the enterprise, not part of its name
    # X有限公司（原名：Y有限公司）因名称变更，原公章…停止使用 (set BC): the former name
    # 王子轩、王子墨（双胞胎）: twins, named as such (set BM)
    # 于德海（个体工商户，字号：德海山货店） (set CP): the form, then the shop's trade name
    _compile(r"[(](?:(?:个体工商户|个体户)(?:\s*[,;、]\s*字号\s*[:][^()]*)?|字号\s*[:][^()]*|(?:曾用名|原名)[^()]*|系[^()]*|男|女|男性|女性"
             r"|双胞胎(?:兄弟|姐妹|兄妹|姐弟)?"
             # 松江源林蛙养殖场（个人独资企业） (set DM): the form, its 企业 said
             r"|[^()]{0,8}(?:独资|合资)(?:企业)?"
             # 东莞市长安港利五金制品有限公司（港资）, …贸易有限公司（日资） (set EJ): whose
             # capital it is
             r"|(?:港|澳|台|外|侨|日|韩|美|欧|德|法|英|新|中外)资"
             r"|户主|持证人|申请人"
             # 杨光辉（四川籍）遗失暂住证 (set CS): where the person comes from
             rf"|[{HAN}]{{1,6}}籍|籍贯\s*[:][^()]{{1,10}}"
             # 本人詹红梅（金寨县汤家汇镇人） (set DD): where the person is from, as 籍 says it
             # 本人才让东智（碌曲县玛艾镇贡巴村村民） (set EM): or where the person lives
             rf"|[{HAN}]{{1,20}}[省市县区镇乡村屯]人|[{HAN}]{{1,20}}[村居市]民"
             # 关德海（已故）名下房屋所有权证… (set DC): a holder who died; the heirs speak
             r"|已故|故"
             # 于梓萌（2019年5月出生）的出生医学证明 (set DC): when the child was born
             r"|\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:出生|生)"
             # 杨建明（出租汽车驾驶员） (set BP): an occupation, with what it drives or works at
             rf"|退休(?:{_alternation(v.PARTY_DESCRIPTORS)})?"
             rf"|[^()\d:,;]{{0,6}}?(?:{_alternation(v.PARTY_DESCRIPTORS)})"
             # 汉斯·米勒（HANS MÜLLER）, 香港恒德贸易有限公司（HANG TAK TRADING COMPANY LIMITED）,
             # LUCAS BERNARD（中文名：白路加）, DANIEL WONG（黄大年） (set ED): the name in the
             # other script, said again
             rf"|{LATIN_NAME}|(?:中文名|英文名|外文名)\s*[:][^()]{{1,60}}"
             # BATBAYAR GANBOLD（巴特巴雅尔·刚宝力道） (set EJ): a transliteration with its dot
             rf"|(?<=[A-Za-z][(])(?:[{HAN}]{{2,4}}|[{HAN}]{{1,10}}(?:[{NAME_DOTS}][{HAN}]{{1,10}})+)"
             r"(?=[)])"
             r")[)]",
             plain=True),
    "个体", "字号", "曾用名", "原名", "系", "男", "女", "退休", "户主", "持证人", "申请人", "独资",
    "双胞胎", "籍", "(",
    "合资", "资)", "出生", "生)", "故", "人)",
    *_minimal(v.PARTY_DESCRIPTORS),
)
VOID_STATEMENT = _compile(
    rf"{_alternation(v.VOID_PHRASES)}|(?:现|特此|予以|均|一律|即日起)作废|作废[。.!]?\s*$"
    # 遗失声明：张三遗失身份证，证号：…。 (set BZ): the notice's own title, glued before it
    # (not 遗失声明刊登价格：…, an agency's prices: the title stands alone before its colon)
    r"|^\s*(?:[【\[#]遗失声明[】\]#]|遗失声明\s*:)(?=\s*\p{Han})"
)
_OTHER_NOTICE_WORDS = (
    "注销", "清算", "减资", "债权人", "申报债权", "寻人", "招领", "认领", "失主", "拾到", "捡到",
    "公示", "催告", "函告", "吸收合并", "合并公告", "解除劳动关系", "解除劳动合同", "脱离关系",
    "股权转让",
    # …原业务员崔某某已于2026年10月离职，本公司出具给其的授权委托书…作废，其以本公司名义从事的
    # 任何业务均与本公司无关 (set BI): a company revokes what it gave one who left it
    "离职", "与本公司无关", "与本单位无关",
    # 涟水县市场监督管理局作废公告：…营业执照已被依法吊销…: an authority voids what it revoked
    "吊销", "依法撤销", "依法注销",
    # X律师事务所受Y委托声明：该公司…出具的授权委托书自即日起作废，…该公司概不认可 (set DC):
    # a company revokes, through its lawyer, what it gave another
    "概不认可", "一概不认可", "概不承认",
)
OTHER_NOTICE_WORDS = _triggered(_compile("|".join(_OTHER_NOTICE_WORDS), plain=True),
                                *_OTHER_NOTICE_WORDS)
# 营业执照遗失后还要登报吗？: a question; no notice asks one.
_QUESTION = r"如何|怎么办|吗\s*[?？]"
QUESTION = _compile(_QUESTION, plain=True)
# What the paper's ad for its notice service says, which no notice does: 本报办理遗失声明、
# 注销公告…等登报业务，当天受理，次日见报 (set CW, bulleted inside the block).
_NOTICE_SERVICE = r"次日见报|当[日天]见报|(?:来|到)本报|代办点|登报业务|办理登报|代办登报|代理登报"
NOTICE_SERVICE = _triggered(_compile(_NOTICE_SERVICE, plain=True), "见报", "本报", "代办",
                            "登报")
#: 营业执照遗失后可在线申请补领: how to get a new one, as news says it (see :func:`news`).
_REISSUE_CUES = ("补办", "补领", "申请补")
# …，现已向十堰市公安局交通警察支队车辆管理所申请补领，原证声明作废 (set CJ; break fuzz,
# seed 28, under its header alone): the notice's holder has asked for a new one; no news
_REISSUE_ASKED = _compile(r"(?:已|己)(?:经)?(?:向[^,;。]{2,30}?)?(?:申请)?(?:补领|补办|补发)$")
NEWS = _compile(
    r"记者|获悉|据介绍|据了解|表示|可通过|如果|一旦|提醒|应当|需及时|自动作废|不会作废|将作废|无需"
    # 启用新印章公告：因本公司原公章已于…遗失并在本报登报声明作废，…启用新刻制的公章 (set BZ):
    # a notice printed before, spoken of; 印章启用公告：因原公章已于2026年11月20日遗失并登报
    # 声明作废，… (set DX), …原公章已于2026年11月20日登报声明作废，… (set DY): so, the paper
    # unnamed
    r"|已[^,;。]{0,30}?(?:(?:在|于)[^,;。]{0,10}?(?:本报|报纸|报刊)[^,;。]{0,6}?|登报)声明作废"
    # 撤销声明：X于…在本报刊登的…遗失声明，因原件已找回，现予撤销，原证件继续有效 (set CZ):
    # a notice printed before, withdrawn; nothing is void
    r"|(?:已|己)(?:经)?(?:找回|寻回|找到)[^。]{0,12}?予(?:以)?(?:撤销|撤回)"
    r"|刊登的[^。]{0,60}?声明[^。]{0,24}?予(?:以)?(?:撤销|撤回)"
    # a quotation; not a vessel's name (…有限公司所属“闽霞浦货0816”轮的船舶国籍证书…, set BP)
    rf"|说[,:]|提示|当事人|{'|'.join(_REISSUE_CUES)}|以为|介绍[,:]|“(?!{_VESSEL_NAME})"
    r"|登报热线|登报服务|请携带"
    # 寻物启事：…望拾到者与本人联系…若十日内未能寻回，将另行登报声明作废 (set EI): a
    # declaration promised, if the thing is not found; none made (现将…声明作废 makes one)
    r"|将(?:另行|再行|再|会)(?:登报)?声明作废|(?:若|如)[^。]{0,24}?(?:未能|未|不能|无法)[^。]{0,12}?"
    r"将[^。]{0,8}?声明作废"
    # 代理登报, …均可来本报代办点刊登遗失声明，…次日见报 (set CW): the paper's notice
    # service, its ad
    rf"|{_NOTICE_SERVICE}"
    # 本报讯　日前，正安县公安局凤仪派出所帮助一名…遗失钱包的外地游客…: a report's dateline;
    # not the 新华社区 (a community named 新华, in many towns) of 月宫街道新华社区居委会遗失…
    r"|本报讯|通讯员|新华社(?!区)"
    # 澄清声明：…本公司公章一直由专人保管，从未遗失，亦未声明作废… (set CJ): a denial; 印章管理
    # 制度（摘录）第十四条　公章…遗失或被盗的，… (set CJ): rules; …审计发现的主要问题：…该院遗失
    # 空白收款收据2本…，未按规定及时登报声明作废 (set CJ): an audit's finding
    r"|(?:从未|并未|未曾|没有)(?:遗失|丢失|被盗)|传言|谣言|网传|澄清|管理制度|管理办法|实施细则"
    rf"|第[{NUMERALS_TO_TEN}百零〇]{{1,4}}条|审计(?:发现|指出|结果)|未按规定"
    # 相关阅读 · 营业执照遗失后如何登报声明作废？, 营业执照遗失后，还需要登报声明作废吗？:
    # advice, asked as a question
    rf"|{_QUESTION}"
    # …购房款收据遗失的，须先登报声明作废后再办理: what to do if, not a notice
    r"|遗失的,?\s*(?:须|应|需|要|请|可)",
    plain=True,
)
BULLET_STARTS = (_MARKS + "-—*(0123456789【#" + "".join(map(chr, range(ord("①"), ord("⒛") + 1)))
                 + NUMERALS_TO_TEN
                 + "".join(sorted({w[0] for w in v.BODY_LABELS})) + "分")
#: 2024-05-14, 2024.5.14: a date in figures, as web listings and database rows print it.
_DATE = r"\d{4}[-./]\d{1,2}[-./]\d{1,2}"
# 【温州日报】遗失声明｜瓯海区…, 分享自「读嘉」App：遗失声明两则｜1.嘉兴市…: an app's share text
# (set AR), the paper or the app, a title and a divider before the notice: a link's title,
# which declares nothing void itself.
_SHARE_TITLE = (
    r"(?:【[^】]{1,12}】|分享自\s*「[^」]{1,12}」\s*(?:App|APP|客户端)?\s*:)\s*"
    rf"(?:{_HEADER_WORDS})?(?:[{NUMERALS_TO_TEN}两\d]{{1,2}}则)?\s*[|丨]\s*"
)
SHARE_TITLE = _triggered(_compile(_SHARE_TITLE, plain=True), "|", "丨")
# What opens a notice's line: a bullet (·, ①, 1. and 2、, 一、; 000.00元 at a line start is
# an amount broken by the column), a web listing's date, a bracketed title (【遗失声明】).
BULLET = _compile(
    # 001   沂南县…: a table's row number, a wide gap before the notice (a PDF's export)
    # — 3 —　2026年12月5日　尖扎县… (set DF): a page's number glued before a notice, not a dash
    rf"^\s*(?:(?:{_PAGE_NUMBER}(?=\s+\S)"
    # (…合同专用章各 / —枚，声明作废。: a line broken before a count whose 一 a scan read as a
    # dash, fuzz_breaks seed 44; a surname after a dash bullet goes on with its name, —张三)
    rf"|{NUMBERING}|\d{{1,3}}(?=(?:[ \t]{{2,}}|\t)\p{{Han}})"
    rf"|[\-—*](?![ \t]*[{v.MEASURE_WORDS}](?:[^\p{{Han}}]|$|声明|作废))"
    rf"|{_DATE}(?!\d)|{_SHARE_TITLE}|【(?:遗失|作废|挂失)?(?:声明|启事|公告)】"
    # 2026年12月4日 — 景谷…遗失…: a search engine's date before the snippet of a result
    r"|\d{4}年\d{1,2}月\d{1,2}日[ \t]+[—–][ \t]+(?=\p{Han})"
    # #遗失声明# 盐边县…: a microblog's topic before the notice (攀枝花日报's Weibo)
    r"|#(?:遗失|作废|挂失)?(?:声明|启事|公告)#"
    # 4. **遗失声明** 绿春县…: a notice's own title before it (the emphasis not read)
    rf"|(?:遗失|作废|挂失)(?:声明|启事|公告)[ \t]+(?=\p{{Han}})"
    # 0001      2026-12-01      甘南日报      第04版    遗失声明    合作市…: a database
    # export's row, its fields set apart by wide gaps before the notice
    rf"|\d{{1,6}}(?:[ \t]{{2,}}(?:{_DATE}|\p{{Han}}{{1,10}}报|第\s*\d{{1,3}}\s*版"
    rf"|{_HEADER_WORDS}|\p{{Han}}{{2,4}}(?:公告|启事))){{2,5}}[ \t]{{2,}}(?=\p{{Han}})"
    # the body of a full-text database's record: 【正文】, or 正文： in a card of fields
    rf"|【正文】|(?:{_alternation(v.BODY_LABELS)})\s*:)\s*)+"
)
# 登报内容： alone on its line: the notice is on the lines below it.
BODY_LABEL_ALONE = rf"(?:{_alternation(v.BODY_LABELS)})\s*:\s*$"
# Lines that belong to the page, not to a notice.
FURNITURE = _compile(
    r"上一页|下一页|第\s*\d+\s*页|共\s*\d+\s*条|返回目录|上一版|下一版|版权所有|Copyright"
)
# A whole line that belongs to the page: a running head or foot (paper, date,
# weekday, edition), a page number (— B3 —, 第7版), the advertising office's
# lines and prices, the editors' credits. Never a line that holds an event or 作废.
# （本栏登报热线：0771-5681234）: the advertising office's or the editors' line, in brackets
# or not, of this column or page
# 本栏目登报热线：0906-2317658 (阿勒泰日报), 本报登报热线: the column's, the paper's own
# 公告刊登热线：0871-63157428 (云南法制报's foot): the office line may name its section
_OF_THIS_PAGE = r"^[(【\[]?(?:本栏目?|本版|本报|分类广告|广告|公告)?"
_OFFICE_OPENER = rf"(?:{_alternation(v.FURNITURE_OPENERS)})\s*[:：]"
# The office's own line between two wide gaps inside a notice (登报热线：…, 责编：…); not an
# address, which there may be the party's.
_OFFICE_WORDS = tuple(w for w in v.FURNITURE_OPENERS if w not in v.ADDRESS_OPENERS)
OFFICE_LINE = _triggered(_compile(rf"{_OF_THIS_PAGE}(?:{_alternation(_OFFICE_WORDS)})\s*[:：]"),
                         ":", "：")
# Text, a gap of three spaces or more, text, and another such gap: what a fragment between
# gaps needs, looked for before a text is folded (most have none). Ideographic spaces count.
# (the first gap may open a line: 证号： / 　　登报热线：0717-6226688　　4205…, a line broken
# before the fragment, break fuzz seed 36)
TWO_WIDE_GAPS = re.compile(r"(?:\S|^)[ \u3000]{3,}\S.*?[ \u3000]{3,}\S", re.MULTILINE)
FURNITURE_LINE = _triggered(_compile(
    rf"{_OF_THIS_PAGE}(?:{_OFFICE_OPENER}"
    # 日喀则日报　第 8 版: the paper's name and the page, a running head
    rf"|[\p{{Han}}]{{1,8}}(?:{_alternation(v.PAPER_ENDINGS)})\s*(?:\d{{4}}\s*年|第\s*\d{{1,3}}\s*版)"
    # 今日沂南  2026年12月5日 星期六  第4版: a paper whose name ends in no 报, with the weekday;
    # 公告　8　　云南法制报　　2026年12月5日　星期六: the section, page and paper before it
    r"|(?:[\p{Han}\d]{1,10}\s+){0,3}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    rf"{WEEKDAY}"
    rf"|[{re.escape(v.RULE_MARKS)}]{{3,}}$"  # a rule between blocks
    # a bare number may be the end of a broken one: only a decorated one is a page number
    r"|[—\-–－=]+\s*[A-Z]?\d{1,3}\s*[—\-–－=]+$"
    # — 3 —　2026年12月5日, B6　永州日报　2026年12月5日　星期六: a running head or foot alone on
    # its line, a page's number and the day among its pieces (or the number between dashes,
    # which a notice's text never is); a notice after it on its line is read
    # with it cut off, and it was joined to the notice under it (the break fuzz, seed 40)
    rf"|(?:{_HEAD_PIECE}\s+){{0,4}}(?:{_PAGE_NUMBER}(?:\s+{_HEAD_PIECE}){{0,4}}"
    rf"|{_PAGE_PIECE}(?:\s+{_HEAD_PIECE}){{0,3}}\s+{_DAY}(?:\s+{_HEAD_PIECE}){{0,3}}"
    rf"|{_DAY}(?:\s+{_HEAD_PIECE}){{0,3}}\s+{_PAGE_PIECE}(?:\s+{_HEAD_PIECE}){{0,3}})\s*$"
    rf"|第\s*[\d{NUMERALS_TO_TEN}]{{1,3}}\s*版"
    r"|[A-Z]\d{1,2}\s*版\s*$"
    r"|本[版栏]目?(?:广告)?由.{0,40}(?:承办|受理|代理)"  # （本栏目由…广告部受理 电话：…）
    # 序号  内容  备注, 编号  登报人  声明内容  金额(元)  登报日期, 声明内容  联系人  受理日期:
    # a table's head
    r"|(?:序号|编号|(?:声明|遗失|登报)?内容)(?:\s+[\p{Han}()]{1,8}){1,10}\s*$"
    # 序号 / 日期 / 声明内容: the same head, a cell a line (a web table a browser copied)
    r"|(?:序号|(?:声明|遗失|登报)?内容|(?:刊登|登报|见报)?日期|备注)\s*$"
    r"|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?\s*$"  # 第 1 页　共 3 页: a PDF's page foot
    # 【记录号】1/4, 【题名】遗失声明, 【出版日期】2010-08-17: a full-text database's fields
    r"|【(?:记录号|题名|标题|副标题|报纸名称|报纸|刊名|出版日期|日期|版次|版号|版名|栏目|作者|字数"
    r"|分类号|入库时间|来源|关键词|摘要|文献号|正文快照)】"
    # 版　　次：第3版, 栏　　目：遗失声明: a card's fields, their names spaced to one width
    rf"|(?:版\s*次|栏\s*目|版\s*面)\s*:|{BODY_LABEL_ALONE}"
    r"|.{0,40}\d+\s*元\s*/\s*(?:行|字|次|条|厘米|cm|平方厘米)"
    # 原创　曹县融媒　曹县融媒体中心　2026年12月05日 07:45　山东 / 点击上方蓝字关注我们 /
    # [图片]: a WeChat article's meta line, its call to follow and an image's place
    r"|原创\s.{0,40}\d{4}年\d{1,2}月\d{1,2}日|点击上方.{0,8}关注|\[图片\]$"
    # [版面导航]　第01版：要闻　|…: an e-paper's text view, its navigator (今日玉山, set BM)
    r"|[\[【]版面导航[\]】]"
    # 当前版：A7版　分类广告　（第2页）, 当前位置：首页 > 数字报: an e-paper's line that says where
    # the reader is (set EO: repeated on the page's second screen, before a notice)
    r"|当前(?:版面?|位置)\s*:"
    # 【字体：大 中 小】　【打印本页】　【关闭窗口】, 分享到：微信　朋友圈: a web page's tools
    r"|【?\s*(?:字体\s*:\s*大\s*中\s*小|打印本页|打印此页|关闭窗口|关闭本页)|分享到\s*:"
    # 日喀则日报客户端　2026-12-06 08:15　阅读 1.2万: a news app's meta line, a date and a time
    # 2026/12/6 上午10:42: the day and time a browser prints atop each page it prints (set CD)
    r"|.{0,30}?\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*(?:上午|下午|中午|晚上|凌晨)?"
    r"\s*\d{1,2}:\d{2}(?!\d)"
    # 1/2: its page count at the foot, alone on its line
    r"|\d{1,3}\s*/\s*\d{1,3}\s*$"
    # 12-5 18:40 来自 微博网页版 / 转发 12 评论 3 赞 8 / @乐山发布 @峨边融媒 收起全文: a
    # microblog post's time and client, its counts, and the mentions under it
    r"|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*来自"
    r"|(?:转发|评论|赞)\s*\d+(?:\s+(?:转发|评论|赞)\s*\d+)+\s*$"
    r"|(?:@[^\s@]{1,30}\s*)+(?:收起全文|展开全文)?\s*$"
    # https://www.puerdaily.example.cn/epaper/…: an address alone on its line, a link's
    r"|(?:https?://|www\.)\S*$"
    # === Screenshot_20250618-092316.jpg === / 9:23　　　5G　68 / 写评论…　💬 5　☆　分享: a
    # phone screenshot's file, as an OCR tool heads its text, the phone's status bar and the
    # app's comment bar (咸宁日报's app, set BS)
    r"|={2,}\s*[^=\s]+\.(?:jpe?g|png|webp|JPE?G|PNG)\s*={2,}$"
    r"|\d{1,2}:\d{2}(?:\s+\S{1,6}){0,2}\s+(?:5G|4G|LTE|WiFi|Wi-Fi)(?:\s+\d{1,3}%?)?\s*$"
    r"|(?:写评论|说点什么|发表评论|我来说两句).{0,40}$)"
), ":", "：", "年", "点击", "[图片]", "字体", "打印", "关闭", "分享到", "写评论", "说点什么",
   "发表评论", "我来说两句", "5G", "4G", "LTE", "WiFi", "Wi-Fi",
   "─", "━", "—", "–", "-", "－", "=", "_", "~", "*", "·", ".",
   "版", "承办", "受理", "代理", "序号", "编号", "内容", "日期", "备注", "页", "/", "【",
   "转发", "评论", "@", "www.")
# 证号：    登报热线：0717-6226688    420502…: a fragment between two wide gaps inside a notice,
# where OCR read across a column into the ad or the office line beside it. At most four
# words, each short; the gap after it is looked at, not taken, so fragments may follow.
GAP_FRAGMENT = _triggered(_compile(
    r"(?:(?<=[^ ])|^) {3,}(?P<fragment>[^ ]{1,30}(?: [^ ]{1,30}){0,3})(?= {3,}[^ ])"), "   ")
AD_WORD = _compile(rf"{_alternation(v.AD_WORDS)}")
# Two notices OCR read across two columns end in two void statements one after the other:
# 渝中区刘德明遗失机动车驾驶证，声明 沙坪坝区张小燕遗失结婚证，声明 作废。 作废。
INTERLEAVED = _triggered(
    _compile(r"(?:声明\s*)?作废[。.]?\s+(?:声明\s*)?作废[。.]?\s*$"), "作废")
# A line that says something is lost or void, in either script: what scan must account for.
# (Words only, so the stdlib's engine, linear and without a timeout: searched through a
# whole page, a timed search of an archive's 2.8 million characters ran out of its time
# and raised; benchmarks/parse.py, case a2.)
UNREAD_TRIGGER = _compile(
    lambda lex: (
        rf"{_alternation(lex.events)}|{_alternation(v.TRADITIONAL_TRIGGERS)}|作废|挂失|特此声明"
    ), plain=True
)
# (转下版) at the end of a cut notice, (接上版) where it goes on: the layout's, not the notice's.
CONTINUED_BELOW = _triggered(_compile(
    # (转下栏) / (接上栏) (set DU): a column's end, not a page's
    r"[(](?:转下[版栏]|下转\w{1,6}[版栏]|转第?\s*\w{1,4}\s*[版栏]|转\w{1,4}[版栏])[)]\s*$"), "转")
CONTINUED_FROM = _triggered(_compile(
    r"^\s*[(](?:接上[版栏]|上接\w{1,6}[版栏]|接第?\s*\w{1,4}\s*[版栏]|接\w{1,4}[版栏])[)]"), "接")
# Lines of the advertising office that speak of notices: furniture though they say 遗失声明.
# 检索条件：栏目＝遗失声明 或 作废声明…: a database export's search, which names the
# columns it searched.
#: Who a page says provides its notices' words (…由登报人提供，本平台代为刊登).
_NOTICE_PROVIDERS = ("登报人", "声明人", "刊登者", "刊登人", "登报者", "委托单位", "委托人",
                     "登报单位", "刊登单位")
#: The words of an agency's sample notices (遗失声明范文：×××…).
_SAMPLE_WORDS = ("范文", "范本", "模板", "参考格式", "填写示例")
_NOTICE_TERMS = (
    # 编者按：…本报客户端每日汇总刊发遗失声明。: the paper's own note on its notices
    r"(?:刊登须知|登报须知|本版广告|收费标准|检索条件|编者按)"
    # · 滑县融媒体中心遗失声明刊登须知: a related link to the office's terms (滑县融媒网)
    r"|[^。,]{0,30}(?:刊登须知|登报须知)$"
    r"|[^。]{0,10}每(?:条|行|字)\s*(?:\(\d+字\))?\s*\d+\s*元"
    # 以下遗失声明由登报人提供，本平台代为刊登，内容真实性由登报人负责。: the platform's terms
    # 以下遗失声明由声明人提供，经本中心审核后发布：(a county's news portal): the same
    # 以下遗失声明刊登于2026年12月6日《新晚报》第11版分类信息，内容由声明人提供并负责。(set AT)
    # （本栏目刊登的遗失声明、作废声明均由刊登者提供并对其真实性负责…） (set BZ): the column's
    # 遗失声明、注销公告等内容由委托单位提供并对其真实性负责 (set CB): an agency's receipt
    rf"|[^。]{{0,60}}由(?:{_alternation(_NOTICE_PROVIDERS)})(?:提供|负责)"
    # 遗失声明范文（身份证）：×××（身份证号：×××…）不慎遗失…: an agency's sample (set BZ)
    rf"|[^。,:]{{0,20}}(?:{_alternation(_SAMPLE_WORDS)})"
    # [本版文章]　遗失声明　遗失声明　招聘启事…: an e-paper's text view lists the page's titles
    # (今日玉山, set BM)
    r"|[\[【](?:本版文章|本版标题|版面目录)[\]】]"
    # 今日刊登遗失声明10则、注销公告1则，请相关单位和个人知悉。 (a news app's article, set DS):
    # how many notices the page prints, alone on its line
    rf"|[^。:]{{0,8}}?(?:刊登|刊发|发布|登载|收录)[^。:]{{0,12}}?(?:声明|公告|启事)\s*"
    rf"{_NOTICE_COUNT}(?:[、,和及]\s*[^。:,]{{0,10}}?{_NOTICE_COUNT}){{0,5}}"
    r"\s*(?:,[^。:]{0,20}?知悉)?\s*[。.]?\s*$"
)
_NOTICE_TERMS_TRIGGERS = (
    "须知", "本版广告", "收费标准", "检索条件", "编者按", "每", "本版文章", "本版标题",
    "版面目录", *_NOTICE_PROVIDERS, *_SAMPLE_WORDS, "刊登", "刊发", "发布", "登载", "收录")
# Tried from a run of spaces' first space only, (?<!\s): from every space of a long run
# the pattern would cost the run's width squared where it is searched for.
_BREADCRUMB = rf"(?<!\s)\s*(?:{_alternation(v.BREADCRUMB_OPENERS)})\s*:"
# 关于察哈尔右翼后旗白音察干镇苏日古嘎遗失居民身份证的声明 (a portal's list, set AK): the title
# of a notice on a page of its own, a link; the statement is not on the line.
_LINK_TITLE = r"关于.{2,80}的(?:声明|公告|启事)$"
# 遗失声明_普洱日报, 遗失声明 - 临沧新闻网, …注意事项_华律网: a page's title with its site's
# name, as a search engine's result or a browser's tab shows it (set AP): a link, no notice.
# 遗失声明-左江日报数字报 (set CD): the title a browser prints atop each page of an article,
# so again inside a notice that a page break cut; its hyphen may stand without spaces
_SITE_TITLE = (rf"[^,，。:;；]{{2,60}}?(?:_| ?- ?|\|)[{HAN}A-Za-z0-9]{{0,12}}"
               rf"(?:{_alternation(v.SITE_ENDINGS)})$")
# <　遗失声明（2025年6月18日）　　…: a phone app's bar above an article, its back arrow, the
# article's title and its menu, as a screenshot's OCR reads it (咸宁日报's app, set BS)
_APP_BAR = r"[<‹〈＜]\s+[^<>]{0,40}?(?:…|\.\.\.|⋯|···)\s*$"
# A line that speaks of notices and is none (matched from its start): the office's terms, a
# breadcrumb or a link to the articles around, a link to a notice by its title, a page's
# title with its site's name. One pattern, so that a line of the page costs one search.
SPEAKS_OF_NOTICES = _triggered(
    _compile(rf"{_NOTICE_TERMS}|{_BREADCRUMB}|{_LINK_TITLE}|{_SITE_TITLE}|{_APP_BAR}",
             plain=True),
    *_NOTICE_TERMS_TRIGGERS, *v.BREADCRUMB_OPENERS, "关于", "_", "-", "|", "<", "‹", "〈",
    "＜")
CONTINUATION = _compile(r"金额|元|作废|声明|副本|正本|号|\d", plain=True)
