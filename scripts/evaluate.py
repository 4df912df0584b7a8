"""Score the parser on a set of notices and pages in the corpus format.

For a held-out set (written blind, outside the repository) before its rows
join ``tests/data``: how many lines read exactly, field for field, and how
many of each page's notices are found. Prints the rows that differ and
which fields.

Usage, from the repository root::

    python scripts/evaluate.py DIR            # DIR/notices.jsonl and DIR/pages/*.txt
    python scripts/evaluate.py DIR --show 5   # also print the first 5 differences in full
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT / "src", ROOT / "tests"):  # run from a checkout without installing
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from corpus import as_expected  # noqa: E402
from voidnotice import parse, parse_notice, scan  # noqa: E402


def _rows(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _fields(got: dict[str, Any] | None, want: dict[str, Any] | None) -> list[str]:
    if got is None or want is None:
        return ["notice" if want is not None else "not a notice"]
    return [key for key in want if got.get(key) != want[key]]


def score_lines(path: Path, show: int) -> tuple[int, int]:
    """Lines read exactly, of all lines; prints the others."""
    exact, rows = 0, _rows(path)
    for row in rows:
        if row["expected"] is None:
            got = None if not parse(row["text"]) else {"notices": len(parse(row["text"]))}
        else:
            notice = parse_notice(row["text"])
            got = as_expected(notice) if notice is not None else None
        if got == row["expected"]:
            exact += 1
            continue
        print(f"  {row['id']} [{row['group']}] {', '.join(_fields(got, row['expected']))}")
        if show > 0:
            show -= 1
            print(f"    text: {row['text']}\n    got:  {got}\n    want: {row['expected']}")
    return exact, len(rows)


def score_page(path: Path) -> tuple[int, int, int]:
    """Notices found with the expected text, read exactly, and expected, for one page."""
    expected = _rows(path.with_suffix(".expected.jsonl"))
    notices = scan(path.read_text(encoding="utf-8")).notices
    got = [as_expected(n, with_text=True) for n in notices]
    texts = [g["text"] for g in got]
    found = sum(1 for e in expected if e["text"] in texts)
    exact = sum(1 for e in expected if e in got)
    if len(notices) != len(expected) or exact != len(expected):
        print(f"  {path.name}: {len(notices)} notices read, {len(expected)} expected")
        for e in expected:
            if e not in got:
                match = next((g for g in got if g["text"] == e["text"]), None)
                what = ", ".join(_fields(match, e)) if match else "not found"
                print(f"    {e['text'][:50]}: {what}")
        wanted = {e["text"] for e in expected}
        for text in texts:  # a notice the page does not hold is a miss too
            if text not in wanted:
                print(f"    {text[:50]}: read, not expected")
    return found, exact, len(expected)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of one set; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    lines = args.folder / "notices.jsonl"
    if lines.is_file():
        exact, total = score_lines(lines, args.show)
        print(f"lines: {exact} of {total} exact ({exact / total:.0%})")
    for page in sorted((args.folder / "pages").glob("*.txt")):
        found, exact, total = score_page(page)
        print(f"page {page.name}: {found} of {total} found, {exact} exact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
