"""The parser against the evaluation corpus in tests/data (see its README).

Every notice line is compared field for field with its expected record;
lines that are not voidance notices must give nothing; every page must give
exactly its notices, with spans that point back into the page. The few
phrasings the parser does not read yet are listed in KNOWN_GAPS with the
reason; they are strict xfails, so one that starts passing fails the suite
until it is taken off the list.
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus import as_expected, load_notices, load_pages
from voidnotice import parse, parse_notice, scan

KNOWN_GAPS = {
}
PAGE_GAPS = {
    ("page04.txt", 3): "a notice cut inside a bracketed aside across lines",
    ("page04.txt", 5): "a notice whose void statement sits on the next column line",
}

NOTICES = load_notices()


def _cases(rows: list[dict[str, Any]], positive: bool) -> list[Any]:
    cases = []
    for row in rows:
        if (row["expected"] is not None) != positive:
            continue
        marks: tuple[pytest.MarkDecorator, ...] = ()
        if row["id"] in KNOWN_GAPS:
            marks = (pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row["id"]]),)
        cases.append(pytest.param(row, id=row["id"], marks=marks))
    return cases


@pytest.mark.parametrize("row", _cases(NOTICES, positive=True))
def test_notice_line(row: dict[str, Any]) -> None:
    notice = parse_notice(row["text"])
    assert notice is not None
    assert as_expected(notice) == row["expected"]
    assert notice.span == (0, len(row["text"]))


@pytest.mark.parametrize("row", _cases(NOTICES, positive=False))
def test_not_a_voidance_notice(row: dict[str, Any]) -> None:
    assert parse(row["text"]) == []


def test_corpus_size_and_variety() -> None:
    groups = {row["group"] for row in NOTICES}
    assert len(NOTICES) >= 200
    assert sum(row["expected"] is None for row in NOTICES) >= 20
    assert len(groups) >= 25


PAGES = load_pages()


@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_page_gives_exactly_its_notices(name: str, text: str, expected: list[Any]) -> None:
    notices = scan(text).notices
    assert len(notices) == len(expected)
    for index, (notice, record) in enumerate(zip(notices, expected, strict=True)):
        start, end = notice.span
        assert text[start:end].replace("\n", "").replace(" ", "") == notice.text.replace(" ", "")
        if (name, index) in PAGE_GAPS:
            continue
        assert as_expected(notice, with_text=True) == record, f"{name} notice {index}"


@pytest.mark.parametrize("case", sorted(PAGE_GAPS), ids=lambda c: f"{c[0]}-{c[1]}")
def test_page_gaps_are_still_gaps(case: tuple[str, int]) -> None:
    """A known gap that closes must come off PAGE_GAPS, so the page test covers it."""
    name, index = case
    text, expected = next((t, e) for n, t, e in PAGES if n == name)
    notice = scan(text).notices[index]
    assert as_expected(notice, with_text=True) != expected[index], PAGE_GAPS[case]
