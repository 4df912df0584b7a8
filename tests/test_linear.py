"""The parser's work grows with its input, counted rather than timed.

``benchmarks/parse.py`` times the growth of adversarial inputs by hand; these
tests count what can be counted on every run: the characters the trigger-word
searches read (each pattern's shortcut, ``Pattern.may_match``). Twice this
round a change made them read a long text once for each notice in it, and
only the benchmark noticed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import voidnotice
from corpus import parser_patterns
from voidnotice.parser import patterns as p

HEADER = "下列证件声明作废"


def _cycle(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _column(text: str, width: int = 6) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


CASES: dict[str, Callable[[int], str]] = {
    "a paragraph of column-broken notices": lambda n: f"{HEADER}\n" + _column(
        _cycle("张三遗失身份证一张李四遗失户口本", n)),
    "a run of 遗失 in one notice": lambda n: f"{HEADER}\n·张三遗失{_cycle('遗失', n)}",
    "short lines that never end a notice": lambda n: f"{HEADER}\n" + "\n".join(
        ["张三遗失"] * (n // 5)),
    "a run-on paragraph of numbered notices": lambda n: "遗失声明" + "".join(
        f"{i}、王{i}遗失身份证，声明作废。" for i in range(1, n // 14)),
}


def _characters_scanned(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters the trigger searches read while ``parse`` reads ``text``."""
    scanned = 0
    make = p._trigger_search

    def counting(words: tuple[str, ...]) -> Callable[[str], object]:
        search = make(words)

        def run(part: str) -> object:
            nonlocal scanned
            scanned += len(part)
            return search(part)

        return run

    with monkeypatch.context() as patch:
        patch.setattr(p, "_trigger_search", counting)
        for pattern in parser_patterns():  # forget the searches made before the patch
            patch.setattr(pattern, "_prepared", None)
            patch.setattr(pattern, "_long_verdict", None)
        voidnotice.parse(text)
    return scanned


@pytest.mark.parametrize("case", CASES)
def test_trigger_searches_read_in_proportion_to_the_text(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make = CASES[case]
    small = _characters_scanned(make(4_000), monkeypatch)
    large = _characters_scanned(make(16_000), monkeypatch)
    assert small > 0
    # Four times the text: four times the reading, with room for rounding, never sixteen.
    assert large <= 5 * small, (case, small, large)
