"""The parser against the evaluation corpus in tests/data (see its README).

Every notice line is compared field for field with its expected record;
lines that are not voidance notices must give nothing; every page must give
exactly its notices, with spans that point back into the page. Every line
and every page passes: a phrasing the parser cannot read yet is added here
as a strict xfail with its reason, so that closing it fails the suite until
the mark is taken off.
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus import as_expected, load_notices, load_pages
from voidnotice import parse, parse_notice, scan

KNOWN_GAPS: dict[str, str] = {}

NOTICES = load_notices()


def _cases(rows: list[dict[str, Any]], positive: bool) -> list[Any]:
    return [
        pytest.param(row, id=row["id"], marks=[
            pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row["id"]])
        ] if row["id"] in KNOWN_GAPS else [])
        for row in rows if (row["expected"] is not None) == positive
    ]


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
        assert as_expected(notice, with_text=True) == record, f"{name} notice {index}"
