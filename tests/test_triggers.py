"""A gated pattern finds what its whole alternation finds (``voidnotice.parser.triggers``).

The needs read from a branch's source must hold in every match of the branch, or a
branch that could match is left out and a match is lost. The reader of the source is
tested on each construct it meets, and each gated pattern against its whole alternation
on every corpus text and on random text near its words.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus import load_notices, load_pages
from voidnotice.parser import patterns as p
from voidnotice.parser.triggers import Gate, branches, required

GATED = [value for value in vars(p).values() if isinstance(value, p.Pattern) and value._gated]


@pytest.mark.parametrize(("source", "needs"), [
    ("停止使用", {"停止使用"}),
    ("(?:联系)?(?:电话|手机)", {"电话", "手机"}),  # an optional group holds nothing
    ("有效期(?:至|到)?[^,;。]{0,30}", {"有效期"}),
    ("[在于](?:北京)?", {"在", "于"}),
    ("[(]\\d{1,2}[)]", {"("}),  # one item's strings: the first of the most telling
    ("\\d{4}\\s*年", {"年"}),  # \d is any Unicode digit: no string
    ("[0-3]号", {"号"}),
    ("[0-3]x?", {"0", "1", "2", "3"}),
    ("因(?=遗失|被盗)", {"遗失", "被盗"}),  # a look-ahead's text is in the text
    ("(?<=失)[在于]", {"失"}),
    ("甲(?!乙)", {"甲"}),  # a negative look-around holds nothing
    ("a{2}b", {"a"}),  # repeated, a character ends a run (aab holds no "aab")
    ("(?P<x>证|照)(?P=x)", {"证", "照"}),  # a back-reference holds what its group held
    ("\\.\\-/", {".-/"}),  # escaped punctuation is its character
    ("声明作$", {"声明作"}),
    ("(?:甲|\\d)乙", {"乙"}),  # an alternative with no string: the group holds none
])
def test_required_reads_each_construct(source: str, needs: set[str]) -> None:
    assert required(source) == frozenset(needs)


@pytest.mark.parametrize("source", [
    "\\d+", "[^,;。]{1,20}", "\\p{Han}{2,4}", ".", "(?:甲|\\d)", "x?", "[a-z]",
    "(?i)abc",  # a flag changes what a literal matches: nothing is read
    "\\u3000甲",  # an escape this reader does not know
    "[[甲乙]--[乙]]",  # a set of sets (regex's VERSION1)
])
def test_required_is_none_where_nothing_is_certain(source: str) -> None:
    assert required(source) is None


def test_branches_split_only_at_the_top() -> None:
    assert branches("a(?:b|c)|[|]d|\\|e|f") == ["a(?:b|c)", "[|]d", "\\|e", "f"]


def test_a_branch_matching_nothing_hands_the_text_back() -> None:
    # the engines differ on where to go on after an empty match: the caller asks the whole
    assert Gate("甲?|乙", re.compile).finditer("乙") is None
    assert list(p.finditer(p.IGNORED, "联系电话:13912345678")) != []


def _corpus_texts() -> list[str]:
    texts = [p.fold_width(row["text"]) for row in load_notices()]
    for _, page, _ in load_pages():
        texts.extend(p.fold_width(line) for line in page.splitlines())
    return texts


CORPUS = _corpus_texts()


def _spans(found: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", GATED, ids=lambda pattern: "gated")
def test_a_gated_pattern_finds_what_the_whole_finds_in_the_corpus(pattern: p.Pattern) -> None:
    gate, whole = pattern.gate, pattern.compiled
    for text in CORPUS:
        found = gate.finditer(text)
        if found is not None:
            assert _spans(found) == _spans(whole.finditer(text)), text


@pytest.mark.parametrize("pattern", GATED, ids=lambda pattern: "gated")
def test_every_branch_match_holds_its_needs(pattern: p.Pattern) -> None:
    # A need read wrong shows here first: a branch's match (with what its look-arounds
    # read, a dozen characters either side) that holds none of the branch's strings.
    for branch in branches(pattern.pattern):
        needs = required(branch)
        if needs is None:
            continue
        compiled = regex.compile(branch, regex.VERSION1)
        for text in CORPUS:
            for m in compiled.finditer(text):
                window = text[max(0, m.start() - 12):m.end() + 12]
                assert any(word in window for word in needs), (branch, m.group())


def _alphabet() -> str:
    words = {word for pattern in GATED for branch in branches(pattern.pattern)
             for word in required(branch) or ()}
    return "".join(sorted({c for word in words for c in word}
                          | set("0123456789 ,.:;、()号年月日遗失被盗声明作废公司张三")))


@pytest.mark.parametrize("pattern", GATED, ids=lambda pattern: "gated")
def test_a_gated_pattern_finds_what_the_whole_finds_in_random_text(pattern: p.Pattern) -> None:
    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=_alphabet(), max_size=40))
    @example("因保管不慎遗失,联系电话:13912345678")
    @example("于2026年11月5日在北京遗失")
    def check(text: str) -> None:
        found = pattern.gate.finditer(text)
        if found is not None:
            assert _spans(found) == _spans(pattern.compiled.finditer(text))

    check()


def test_a_gated_pattern_on_long_text_finds_what_the_whole_finds() -> None:
    # past UNTIMED_LENGTH the branches are searched under the notice's timeout, as the
    # whole alternation was
    text = "".join(CORPUS[:400])
    assert len(text) > p.UNTIMED_LENGTH
    assert _spans(p.finditer(p.IGNORED, text)) == _spans(p.IGNORED.compiled.finditer(text))
