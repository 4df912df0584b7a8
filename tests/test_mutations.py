"""The promises of ``test_invariants.py`` on corpus text damaged at random.

Real pages reach the parser cut, glued and marked up in ways no example shows: a
converter's markup, a repost's prefix, a tag, a bracket or a rule where none was
written. Each case here is a corpus line or page edited a few times at random (a fixed
seed, so a failure reproduces): a piece inserted, a few characters deleted, a stretch
copied elsewhere, or another corpus line glued in. Whatever it reads as, ``scan`` must
not raise, every record must round-trip through JSON, every span must run forwards
inside the text, and every line that holds notice text must lie in a notice or in
``skipped``.

``scripts/fuzz_mutations.py`` runs the same checks on many more cases, by hand.
"""

from __future__ import annotations

import random

import pytest

from corpus import load_notices, load_pages
from test_invariants import _accounted, _round_trips
from voidnotice import Page, parse_notice, scan

#: What an edit may insert: markup, page furniture, brackets, breaks, the words a notice
#: is made of, the marks of reposts, quotations and tables, and invisible characters.
PIECES = (
    "\n", "\n\n", " ", "\u3000", "\t", "\f", "\r\n", "(", ")", "（", "）", "【", "】", "<br>",
    "<p>", "</p>", "&nbsp;", "**", "> ", "|", "...", "…", "·", "●", "1.", "①", "-", "—",
    "：", ":", "，", "。", "、", "；", "？", "号", "遗失", "声明作废", "作废", "特此声明",
    "下列证件声明作废\n", "https://x.example.cn/a.htm", "#遗失声明#", "//@某某:", "[8]",
    "\u200b", "\u00ad", "己", "0", "X", "*", "\"", "┌──┐", "│", "+---+", "-" * 12,
    "元", "金额", "一枚", "及", "登报内容：", "_普洱日报", "@某某",
)
LINES = [row["text"] for row in load_notices()]
PAGES = [text for _, text, _ in load_pages()]
CASES = 2000


def mutated(text: str, rng: random.Random) -> str:
    """``text`` edited one to six times at random."""
    for _ in range(rng.randint(1, 6)):
        roll, at = rng.random(), rng.randint(0, len(text))
        if roll < 0.45:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif roll < 0.75:
            text = text[:at] + text[at + rng.randint(1, 5):]
        elif roll < 0.9:
            piece = text[at:at + rng.randint(1, 30)]
            to = rng.randint(0, len(text))
            text = text[:to] + piece + text[to:]
        else:
            text = text[:at] + rng.choice(LINES) + "\n" + text[at:]
    return text


def case(rng: random.Random) -> str:
    """One damaged text: a page two times in five, else a line."""
    return mutated(rng.choice(PAGES) if rng.random() < 0.4 else rng.choice(LINES), rng)


def broken_promises(text: str) -> list[str]:
    """What of the parser's promises ``text`` breaks: nothing, when all hold."""
    page = scan(text)
    broken = [f"notice span {n.span}" for n in page.notices
              if not 0 <= n.span[0] < n.span[1] <= len(text)]
    broken += [f"skipped span {s.span} {s.text!r}" for s in page.skipped
               if not (0 <= s.span[0] <= s.span[1] <= len(text)
                       and s.text == text[s.span[0]:s.span[1]])]
    broken += [f"unaccounted {line!r}" for line in _accounted(text, page)]
    for notice in page.notices:
        _round_trips(notice)
    if Page.model_validate_json(page.model_dump_json()) != page:
        broken.append("page does not round-trip")
    if "\n" not in text:
        alone = parse_notice(text)
        if alone is not None:
            _round_trips(alone)
    return broken


@pytest.mark.parametrize("seed", range(4))
def test_damaged_corpus_text_keeps_every_promise(seed: int) -> None:
    rng = random.Random(seed)
    failures = {}
    for _ in range(CASES // 4):
        text = case(rng)
        found = broken_promises(text)
        if found:
            failures[text] = found
    assert failures == {}


def test_an_edit_changes_the_text() -> None:
    # the generator itself: edits happen, and a fixed seed gives the same case
    first, again = case(random.Random(7)), case(random.Random(7))
    assert first == again
    rng = random.Random(3)
    texts = [case(rng) for _ in range(20)]
    assert sum(text not in LINES and text not in PAGES for text in texts) >= 15
