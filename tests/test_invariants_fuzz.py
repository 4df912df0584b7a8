"""The invariants of ``test_invariants.py`` on 20,000 generated notices a run.

Notices are put together at random (a fixed seed, so a failure reproduces)
from the pieces of ``test_parse_fuzz.py``: a party with brackets, an event,
items with labels, numbers, counts and amounts, a void statement. For every
one: the record round-trips through JSON, reads the same alone and as the
one bulleted line of a block, and the block accounts for its line.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from test_parse_fuzz import DOCUMENTS, EVENTS, EXTRAS, LABELS, NAMES, NUMBERS, SEPARATORS, VOIDS
from voidnotice import Notice, is_valid, parse, parse_notice, scan, validate
from voidnotice.ids import module_for
from voidnotice.kinds import Kind

COUNT = 20_000
ROLES = ["父:", "母：", "法人:", "监护人:", "经营者:", "法定代表人："]
OPEN, CLOSE = ["(", "（", "【"], [")", "）", "】"]


def _bracket(rng: random.Random, inner: str) -> str:
    i = rng.randrange(len(OPEN))
    return OPEN[i] + inner + CLOSE[i]


def _party(rng: random.Random) -> str:
    parts = [rng.choice(NAMES)]
    if rng.random() < 0.3:
        parts.append(_bracket(rng, rng.choice(ROLES) + rng.choice(NAMES[:3])))
    if rng.random() < 0.15:
        parts.append("、" + rng.choice(NAMES))
    return "".join(parts)


def _item(rng: random.Random) -> str:
    parts = [rng.choice(DOCUMENTS)]
    for _ in range(rng.randrange(3)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(rng.choice(EXTRAS))
        elif roll < 0.6:
            label = rng.choice(["，", ",", ""]) + rng.choice(LABELS) + "："
            parts.append(label + rng.choice(NUMBERS))
        elif roll < 0.8:
            parts.append(_bracket(rng, rng.choice(ROLES) + rng.choice(NAMES[:3])))
        else:
            parts.insert(0, rng.choice(NUMBERS) + "号")
    return "".join(parts)


def _notice(rng: random.Random) -> str:
    items = [_item(rng) for _ in range(1 + (rng.random() < 0.25))]
    joined = rng.choice(["、", "及", "；", "，"]).join(items)
    event = rng.choice(EVENTS)
    if event == "不慎将":  # a lead, not an event: 不慎将营业执照丢失
        text = _party(rng) + event + joined + "丢失"
    elif rng.random() < 0.8:
        text = _party(rng) + event + joined
    else:
        text = _party(rng) + joined + event
    return text + rng.choice(SEPARATORS[:4]) + rng.choice(VOIDS)


def _texts() -> list[str]:
    rng = random.Random(20261205)
    return [_notice(rng) for _ in range(COUNT)]


def _comparable(notice: Notice) -> dict[str, object]:
    # The text as given may keep spaces at its ends that a block's line has not.
    return notice.model_dump(mode="json", exclude={"span", "declared_void", "text"})


def test_generated_notices_keep_every_invariant() -> None:
    broken: list[tuple[str, str]] = []
    for text in _texts():
        alone = parse_notice(text)
        block_text = "下列证件声明作废\n·" + text
        page = scan(block_text)
        if alone is not None:
            if Notice.model_validate_json(alone.model_dump_json()) != alone:
                broken.append(("round trip", text))
            if len(page.notices) != 1 or _comparable(page.notices[0]) != _comparable(alone):
                broken.append(("alone and in a block", text))
        for notice in page.notices:
            if Notice.model_validate_json(notice.model_dump_json()) != notice:
                broken.append(("round trip in a block", text))
        line_start = block_text.index("\n") + 2
        if not any(a < len(block_text) and line_start < b
                   for a, b in [n.span for n in page.notices] + [s.span for s in page.skipped]):
            broken.append(("line not accounted for", text))
    assert broken == [], f"{len(broken)} broken, first: {broken[:5]}"


WRONG_TYPES = [None, float("nan"), 3, 3.5, b"91110108MA01G0FB09", ["91"], object()]


@pytest.mark.parametrize("value", WRONG_TYPES, ids=lambda v: type(v).__name__)
def test_is_valid_never_raises_on_a_wrong_type(value: object) -> None:
    assert is_valid(value, "uscc") is False  # type: ignore[arg-type]
    for kind in Kind:
        assert module_for(kind).is_valid(value) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("value", WRONG_TYPES, ids=lambda v: type(v).__name__)
def test_the_readers_name_the_str_they_expect(value: Any) -> None:
    readers: list[Callable[[Any], object]] = [validate, parse, parse_notice, scan]
    for function in readers:
        with pytest.raises(TypeError, match=r"expects a str, not"):
            function(value)
