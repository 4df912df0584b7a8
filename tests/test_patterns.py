"""The shortcuts in ``voidnotice.parser.patterns`` change speed, never results.

A pattern with trigger strings is skipped on text that holds none of them,
so each trigger list must be a necessary condition of its pattern.
``LABEL_BEFORE`` is matched right to left; it must find the label a forward
search for the leftmost label ending at the same place finds.
"""

from __future__ import annotations

import contextlib
import re
import signal
from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import load_notices, load_pages, parser_patterns
from voidnotice.parser import patterns as p
from voidnotice.parser.lexicon import Lexicon

TRIGGERED = sorted({v for v in vars(p).values()
                    if isinstance(v, p.Pattern) and v.trigger_words(Lexicon.default())},
                   key=lambda pattern: pattern.pattern)


def _corpus_texts() -> Iterator[str]:
    for row in load_notices():
        yield p.fold_width(row["text"])
    for _, page, _ in load_pages():
        yield from (p.fold_width(line) for line in page.splitlines())


CORPUS = list(_corpus_texts())
# Characters of every trigger, beside digits, letters, punctuation and common
# notice characters, so that random text often comes close to a match.
ALPHABET = "".join(sorted(
    {c for pattern in TRIGGERED for trigger in pattern.trigger_words(Lexicon.default())
     for c in trigger}
    | set("0123456789ABNo .,:;、()号码编号证元年第张三公司遗失声明作废为是字")
))


def _name(pattern: regex.Pattern[str]) -> str:
    return next(name for name, value in vars(p).items() if value is pattern)


@pytest.mark.parametrize("pattern", TRIGGERED, ids=_name)
def test_no_corpus_match_lacks_a_trigger(pattern: regex.Pattern[str]) -> None:
    for text in CORPUS:
        if pattern.search(text) is not None:
            assert pattern.may_match(text), text


#: How far around a match its look-arounds read: a trigger of the match stands in it.
_LOOKAROUND = 12


@pytest.mark.parametrize("pattern", TRIGGERED, ids=_name)
def test_every_corpus_match_holds_a_trigger_of_its_own(pattern: p.Pattern) -> None:
    # A text with a trigger elsewhere hid a branch without one (遗失证件：… in a form, set DO;
    # 以上印章): each match, with the text its look-arounds read, holds a trigger itself.
    compiled = pattern.compiled
    for text in CORPUS:
        found = [compiled.match(text)] if pattern.anchored else compiled.finditer(text)
        for m in found:
            if m is not None:
                window = text[max(0, m.start() - _LOOKAROUND):m.end() + _LOOKAROUND]
                assert pattern.may_match(window), (m.group(), text)


@pytest.mark.parametrize("pattern", TRIGGERED, ids=_name)
def test_triggers_are_needed_for_a_match(pattern: regex.Pattern[str]) -> None:
    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=ALPHABET, max_size=30))
    def check(text: str) -> None:
        if pattern.search(text) is not None:
            assert pattern.may_match(text)

    check()


def test_every_trigger_list_is_used_by_a_pattern_with_matches() -> None:
    matched = {pattern for pattern in TRIGGERED if any(pattern.search(t) for t in CORPUS)}
    # A pattern no corpus text matches would make the corpus check above empty.
    assert {_name(pattern) for pattern in matched} >= {
        "AMOUNT", "PROPERTY", "IGNORED", "ISSUER_VERB", "PARENTHESES", "ROLE", "OPENED_AT",
    }


def test_skipped_pattern_gives_nothing() -> None:
    assert p.search(p.AMOUNT, "张三遗失身份证") is None
    assert list(p.finditer(p.AMOUNT, "张三遗失身份证")) == []
    found = p.search(p.AMOUNT, "金额100元")
    assert found is not None and found.group("money") == "100元"


_FORWARD_LABEL = regex.compile(
    rf"(?P<label>{p.label(Lexicon.default())}){p.LABEL_TO_NUMBER}$", regex.VERSION1
)


def _label_ends() -> Iterator[str]:
    """Every text before a number in the corpus, as the parser searches it."""
    for text in CORPUS:
        for m in regex.finditer(r"(?<![0-9A-Za-z])[0-9A-Za-z]", text):
            yield text[max(0, m.start() - 40):m.start()]


def _labels(pattern: regex.Pattern[str], text: str) -> tuple[int, int, str | None] | None:
    m = pattern.search(text)
    return None if m is None else (m.start(), m.end(), m.group("inner") or m.group("label"))


def test_label_before_matches_a_forward_search_on_the_corpus() -> None:
    ends = list(_label_ends())
    found = [_labels(p.LABEL_BEFORE, text) for text in ends]
    assert sum(f is not None for f in found) > 100
    assert found == [_labels(_FORWARD_LABEL, text) for text in ends]


LABEL_ALPHABET = "统一社会信用代码注册号码营业执照副本编号证书发票为是字湘,:(、 No."


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=LABEL_ALPHABET, max_size=24))
def test_label_before_matches_a_forward_search(text: str) -> None:
    assert _labels(p.LABEL_BEFORE, text) == _labels(_FORWARD_LABEL, text)


def test_every_fold_of_the_table_is_applied_once() -> None:
    """fold_width reads a list for the Basic Multilingual Plane and a dict beyond it;
    every character of the data folds as the data says, in a string of either kind,
    and a fold is never folded again."""
    folds = p._folds()
    for code, to in folds.items():
        char = chr(code)
        assert p.fold_width(char) == chr(to)
        assert p.fold_width("张" + char + "𠀀") == "张" + chr(to) + "𠀀"
    assert p.fold_width("") == ""
    assert p.fold_width("abc １２") == "abc 12"


def _adversarial(length: int) -> list[str]:
    """Text that makes a backtracking pattern slow if anything can: runs of each
    character a pattern looks for, repeated units of notices, unbalanced brackets."""
    units = [*ALPHABET, "遗失", "声明作废", "1 ", "1,", "1-", "一", "壹", "张三、", "((", "(（)【[",
             "金额", "号码:", "No.", "A1", "第1", "年1月", "·", "  ", "的", "于2020年",
             "营业执照", "公司", "区", "(父:", "作废 作废"]
    texts = [(unit * (length // len(unit) + 1))[:length] for unit in units]
    texts += [(line * (length // max(len(line), 1) + 1))[:length] for line in CORPUS[:40:4]]
    return texts


@contextlib.contextmanager
def _cpu_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError once the block has used ``seconds`` of CPU: ``re`` takes no
    timeout, but its matching loop checks for signals, and a handler may raise. (A
    timer of CPU time, not the wall clock's alarm that pytest-timeout sets.)"""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    before = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, before)


@pytest.mark.parametrize("pattern", parser_patterns(), ids=lambda pattern: pattern.pattern[:30])
def test_no_pattern_backtracks_out_of_control(pattern: p.Pattern) -> None:
    """Text up to UNTIMED_LENGTH is matched without the timeout, so no pattern may
    take long on it: each finishes on adversarial text of that length well within
    a generous timeout (a pattern that nested unbounded repetition would not).

    A plain pattern runs in ``re``, without a timeout on text of any length: checked in
    ``re``, it must finish on ten times the length. An anchored one is only matched at
    a place, and is checked so (searched for, it may cost a run's width squared: the
    parser refuses to)."""
    plain = pattern.plain
    for text in _adversarial(p.UNTIMED_LENGTH * (10 if plain else 1)):
        try:
            if plain:
                with _cpu_limit(5.0):
                    if not pattern.anchored:
                        list(pattern.compiled.finditer(text))
                    pattern.compiled.match(text)
                continue
            compiled = pattern.compiled
            list(compiled.finditer(text, timeout=5.0))
            compiled.match(text, timeout=5.0)
        except TimeoutError:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{pattern.pattern[:60]} ran past 5 s on {text[:20]!r}… "
                        f"({len(text)} chars)")


def test_an_anchored_pattern_is_never_searched_for() -> None:
    anchored = [pattern for pattern in parser_patterns() if pattern.anchored]
    assert anchored
    for pattern in anchored:
        with pytest.raises(ValueError, match="anchored"):
            p.search(pattern, "遗失声明停止使用")
        with pytest.raises(ValueError, match="anchored"):
            p.finditer(pattern, "遗失声明停止使用")
        with pytest.raises(ValueError, match="anchored"):
            p.split(pattern, "遗失声明停止使用")
        with pytest.raises(ValueError, match="anchored"):
            pattern.search("遗失声明停止使用")


PLAIN = [pattern for pattern in parser_patterns() if pattern.plain]


def _matches(compiled: p.Compiled, text: str) -> list[tuple[tuple[int, int], dict[str, object]]]:
    return [(m.span(), m.groupdict()) for m in compiled.finditer(text)]


def test_some_patterns_are_plain() -> None:
    assert p.DOCUMENT in PLAIN and p.NUMBER in PLAIN


@pytest.mark.parametrize("pattern", PLAIN, ids=lambda pattern: pattern.pattern[:30])
def test_a_plain_pattern_finds_what_regex_finds(pattern: p.Pattern) -> None:
    """Compiled by re for speed, a pattern must match as its source does in regex: on
    every corpus text, and on whole pages (the anchors and look-arounds at line ends)."""
    assert isinstance(pattern.compiled, re.Pattern)
    reference = regex.compile(pattern.pattern, regex.VERSION1)
    texts = [*CORPUS, *(p.fold_width(page) for _, page, _ in load_pages())]
    found = 0
    for text in texts:
        expected = _matches(reference, text)
        assert _matches(pattern.compiled, text) == expected, text
        found += bool(expected)
    assert found > 0


# The characters the two engines could read apart: spaces of every kind (re's \s also
# holds U+001C to U+001F), digits of other scripts, brackets, line ends.
_ENGINE_ALPHABET = ALPHABET + "\x1c\x1f\x85\xa0\u3000\u2028\t\n\r٣〇()[]【】"


@pytest.mark.parametrize("pattern", PLAIN, ids=lambda pattern: pattern.pattern[:30])
def test_a_plain_pattern_finds_what_regex_finds_in_any_text(pattern: p.Pattern) -> None:
    reference = regex.compile(pattern.pattern, regex.VERSION1)

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=_ENGINE_ALPHABET, max_size=40))
    def check(text: str) -> None:
        assert _matches(pattern.compiled, text) == _matches(reference, text)

    check()


def test_a_breadcrumb_is_tried_from_the_first_space_of_a_run_only() -> None:
    """The line's pattern is searched through whole texts by the linearity test above:
    tried from every space of a long run, it would cost the run's width squared."""
    line = "   上一篇:张三遗失身份证"
    assert p.SPEAKS_OF_NOTICES.compiled.match(line) is not None
    assert p.SPEAKS_OF_NOTICES.compiled.match(line, 1) is None
    assert [m.start() for m in p.SPEAKS_OF_NOTICES.compiled.finditer(" " * 50 + "当前位置:")] == [0]


def test_for_re_keeps_a_bracket_first_in_a_class() -> None:
    assert re.findall(p.for_re(r"[]\s]+"), "a] \x1c") == ["] "]
    assert re.findall(p.for_re(r"[^]\s]+"), "a] \x1cb") == ["a", "\x1cb"]


def test_the_invisible_class_is_the_invisible_characters() -> None:
    """The search for characters that do not show is written as ranges (a class of each
    of them, astral ones among them, was searched a hundred times as slowly); it finds
    every one of them and nothing else."""
    assert all(p._INVISIBLE.fullmatch(c) for c in p.INVISIBLE)
    found = [chr(c) for c in range(0x110000) if p._INVISIBLE.fullmatch(chr(c))]
    assert sorted(found) == sorted(p.INVISIBLE)


def test_the_search_for_lines_to_account_for_has_no_time_to_run_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """scan looks through the whole page for every line that says something is lost or
    void; timed, an archive's 2.8 million characters ran out of the time and scan raised
    (benchmarks/parse.py, case a2). Words only, it needs no timeout."""
    monkeypatch.setattr(p, "TIMEOUT", 1e-9)
    monkeypatch.setattr(p, "SECONDS_PER_CHARACTER", 0.0)
    text = "张三遗失身份证，声明作废。\n" * 2000
    assert len(list(p.finditer(p.UNREAD_TRIGGER, text))) == 4000


def test_a_page_long_past_the_timeouts_reach_has_time_in_proportion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page's patterns run on a whole paragraph; on an archive's export with no blank line
    that is millions of characters, which a fixed TIMEOUT would not cover. Without it, the
    time grows with the text, as a linear pattern's work does."""
    monkeypatch.setattr(p, "TIMEOUT", 1e-9)
    text = "市委召开会议研究工作，" * 100_000
    assert p.search(p.VOID, text) is None  # a regex-engine pattern, timed, run to the end
