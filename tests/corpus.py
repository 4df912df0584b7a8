"""Load the evaluation corpus and put parsed notices in its expected-record shape."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from voidnotice.parser import patterns, segmentation
from voidnotice.parser.patterns import Pattern
from voidnotice.records import Notice

DATA = Path(__file__).parent / "data"

#: Lines and pages the parser does not read yet, each with the reason; tests
#: mark them strict xfails, so that closing one fails the suite until it is
#: taken off this list.
KNOWN_GAPS: dict[str, str] = {}


def load_notices() -> list[dict[str, Any]]:
    """The rows of ``tests/data/notices.jsonl``."""
    with open(DATA / "notices.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_pages() -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Each page's name, text and expected records."""
    pages = []
    for path in sorted((DATA / "pages").glob("*.txt")):
        expected_path = path.with_suffix(".expected.jsonl")
        with open(expected_path, encoding="utf-8") as handle:
            expected = [json.loads(line) for line in handle if line.strip()]
        pages.append((path.name, path.read_text(encoding="utf-8"), expected))
    return pages


def as_expected(notice: Notice, *, with_text: bool = False) -> dict[str, Any]:
    """A parsed notice in the corpus's expected-record form."""
    record = notice.model_dump(mode="json", exclude={"span", "text", "source"})
    for item in record["items"]:
        item["identifiers"] = [
            {"value": i["value"], "kind": i["kind"], "label": i["label"], "valid": i["valid"],
             "errors": [e["code"] for e in i["errors"]]}
            for i in item["identifiers"]
        ]
    record["warnings"] = [w["code"] for w in record["warnings"]]
    if with_text:
        record["text"] = notice.text
    return record


def parser_patterns() -> list[Pattern]:
    """Every pattern of the parser: those of patterns.py and those the page reader adds."""
    found = {id(v): v for module in (patterns, segmentation) for v in vars(module).values()
             if isinstance(v, Pattern)}
    return sorted(found.values(), key=lambda pattern: pattern.pattern)


def notice_bounds(text: str) -> tuple[int, int]:
    """Where the notice in a line begins and ends, less a page's running head glued before
    it (肇庆日报　B6　分类广告　封开县…, set DE) and its foot glued after it (…声明作废。　　— A7 —
    永州日报…, set DG), or another kind of notice run on after its last sentence (…声明作废。
    招领启事 本人…拾得…, set EH), or other kinds of notice run on before its own title
    (招领启事：…认领。遗失声明X…, set EM), or before the sentence of its loss where it has no
    title and names its own holder (减资公告：…申报债权。临江市…杨春生遗失…, set EO; not
    另，本公司…): the notice's text and span (records.md: the notice as found)."""
    folded = patterns.fold_width(text)
    head = patterns.match(patterns.GLUED_HEAD, folded)
    start = 0 if head is None else head.end()
    title = patterns.match(patterns.OTHER_TITLE, folded) if head is None else None
    if title is not None:
        titled = patterns.search(patterns.VOID_TITLE_AFTER, folded)
        event = patterns.search(patterns.EVENT, folded, title.end())
        sentence = 0 if event is None else folded.rfind("。", 0, event.start()) + 1
        if titled is not None:
            start = titled.end()
        elif event is not None and sentence and patterns.search(
                patterns.SELF_REFERENCE, folded, sentence, event.start()) is None:
            start = sentence
    ends = [m.start() for m in (patterns.search(patterns.GLUED_FOOT, folded),
                                patterns.search(patterns.OTHER_NOTICE_AFTER, folded))
            if m is not None]
    # …声明作废。         ■临沭县曹庄镇, …声明作废。丨 (set EQ): the next column's first words
    # after a wide gap, its bullet or an ad's title first, or its rule, when they name no
    # document and no loss
    column = _NEXT_COLUMN.search(folded)
    if column is not None and not (column.group(1) and (
            patterns.search(patterns.DOCUMENT, column.group(1)) is not None
            or patterns.search(patterns.UNKNOWN_WORD, column.group(1)) is not None
            or patterns.search(patterns.EVENT, column.group(1)) is not None)):
        ends.append(column.start())
    return start, min(ends, default=len(text))


_NEXT_COLUMN = re.compile(
    r"(?<=[。.])(?: {3,}([●■◆★▲·•○◇□☆【]\S{0,20}(?: \S{1,20}){0,2})|\s*[|¦丨│┃])\s*$")
