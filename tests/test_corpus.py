"""The parser against the evaluation corpus in tests/data (see its README).

Every notice line is compared field for field with its expected record;
lines that are not voidance notices must give nothing; every page must give
exactly its notices, with spans that point back into the page. Every line
and every page passes: a phrasing the parser cannot read yet is added here
as a strict xfail with its reason, so that closing it fails the suite until
the mark is taken off.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus import KNOWN_GAPS, as_expected, load_notices, load_pages, notice_bounds
from voidnotice import Notice, parse, parse_notice, scan
from voidnotice.cli import run_parse

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
    start, end = notice.span
    # records.md: the notice as found, line breaks inside it joined; an ad read into it
    # between wide gaps is the page's, and left out (y001)
    printed = "".join(line.strip() for line in row["text"][start:end].splitlines())
    assert notice.text == printed or _in_order(notice.text, printed)
    # a row of fields set apart by tabs or full-width bars: the field of the notice (a form's
    # fields are read whole, one notice)
    if "\t" not in row["text"] and row["text"].count("｜") < 2:
        # …and a page's running head or foot glued to the notice is no part of it (DE, DG)
        assert notice.span == notice_bounds(row["text"])


@pytest.mark.parametrize("row", _cases(NOTICES, positive=False))
def test_not_a_voidance_notice(row: dict[str, Any]) -> None:
    assert parse(row["text"]) == []


def test_corpus_size_and_variety() -> None:
    groups = {row["group"] for row in NOTICES}
    assert len(NOTICES) >= 200
    assert sum(row["expected"] is None for row in NOTICES) >= 20
    assert len(groups) >= 25


PAGES = load_pages()


def _in_order(notice_text: str, printed: str) -> bool:
    """The notice's text is the printed span, less its line breaks and, for a notice
    the layout cut across a page break, less the page furniture between."""
    rest = iter(printed)
    return (printed.startswith(notice_text[:1]) and printed.endswith(notice_text[-1:])
            and all(c in rest for c in notice_text))


def _run_on_across_columns(notice_text: str, printed: str) -> bool:
    """A notice that runs on from the foot of one column to the head of the next, in a
    page read across its columns: the head's share is printed before the foot's, so the
    span runs from the first character of the second share to the last of the first."""
    return any(printed.startswith(notice_text[k]) and printed.endswith(notice_text[k - 1])
               and _within(notice_text[:k], printed) and _within(notice_text[k:], printed)
               for k in range(1, len(notice_text)))


def _within(part: str, printed: str) -> bool:
    rest = iter(printed)
    return all(c in rest for c in part)


@pytest.mark.parametrize("name,text,expected", [
    pytest.param(*page, id=page[0], marks=[
        pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[page[0]])
    ] if page[0] in KNOWN_GAPS else []) for page in PAGES
])
def test_page_gives_exactly_its_notices(name: str, text: str, expected: list[Any]) -> None:
    notices = scan(text).notices
    assert len(notices) == len(expected)
    for index, (notice, record) in enumerate(zip(notices, expected, strict=True)):
        start, end = notice.span
        own, printed = notice.text.replace(" ", ""), text[start:end].replace(" ", "")
        assert _in_order(own, printed) or _run_on_across_columns(own, printed)
        assert as_expected(notice, with_text=True) == record, f"{name} notice {index}"


def test_every_line_of_the_corpus_has_its_own_id() -> None:
    """Two sets once shared ids (h001…): a known gap or a failure must name one line."""
    ids = [row["id"] for row in load_notices()]
    assert len(ids) == len(set(ids))


#: Exports of records, each with a text to read, and how the command line is told so:
#: set AN's CSV of an e-paper's notice table and a scraper's JSON lines.
RECORD_INPUTS = {  # input format, text field, id field
    "in01.csv": ("csv", "内容", "序号"),
    "in03.jsonl": ("jsonl", "content", "id"),
}


@pytest.mark.parametrize("name", sorted(RECORD_INPUTS))
def test_an_export_of_records_gives_exactly_its_notices(name: str) -> None:
    path = Path(__file__).parent / "data" / "inputs" / name
    with open(path.with_name(path.stem + ".expected.jsonl"), encoding="utf-8") as handle:
        expected = [json.loads(line) for line in handle if line.strip()]
    out, err = io.StringIO(), io.StringIO()
    input_format, text_field, id_field = RECORD_INPUTS[name]
    assert run_parse([str(path)], "jsonl", None, sys.stdin, out, err, input_format=input_format,
                     text_field=text_field, id_field=id_field) == 0, err.getvalue()
    notices = [Notice.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert [as_expected(n, with_text=True) for n in notices] == expected
