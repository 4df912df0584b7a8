"""Load the evaluation corpus and put parsed notices in its expected-record shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from voidnotice.notice import Notice

DATA = Path(__file__).parent / "data"


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
