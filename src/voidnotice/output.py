"""Write parsed notices as JSON lines, JSON, CSV or a readable table.

>>> from voidnotice.page import parse
>>> import io; out = io.StringIO()
>>> write(parse("遗失声明\\n张三遗失00966245号增值税普通发票"), "table", out)
>>> print(out.getvalue().strip())
#  event  parties  document              label    identifiers                    amount
1  lost   张三      vat_ordinary_invoice  增值税普通发票  00966245 invoice_number ok
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Sequence
from typing import TextIO

from voidnotice.notice import Item, Notice

FORMATS = ("jsonl", "json", "csv", "table")

CSV_COLUMNS = (
    "notice", "start", "end", "event", "declared_void", "parties", "document", "label", "copy",
    "count", "issuer", "amount", "identifiers", "warnings", "text",
)


def write(notices: Sequence[Notice], fmt: str, out: TextIO) -> None:
    """Write ``notices`` to ``out`` in one of :data:`FORMATS`.

    >>> import io; out = io.StringIO()
    >>> write([], "json", out); out.getvalue()
    '[]\\n'
    """
    if fmt == "jsonl":
        for notice in notices:
            out.write(notice.model_dump_json() + "\n")
    elif fmt == "json":
        out.write(json.dumps([n.model_dump(mode="json") for n in notices], ensure_ascii=False,
                             indent=2) + "\n")
    elif fmt == "csv":
        _write_csv(notices, out)
    else:
        _write_table(notices, out)


def _identifiers(item: Item) -> str:
    return " ".join(f"{i.value} {i.kind.value} {'ok' if i.valid else 'INVALID'}"
                    for i in item.identifiers)


def _item_cells(item: Item) -> list[str]:
    return [
        item.document.value, item.label, item.copy.value if item.copy else "",
        "" if item.count is None else str(item.count), item.issuer or "",
        "" if item.amount is None else str(item.amount), _identifiers(item),
    ]


def _rows(notices: Sequence[Notice]) -> list[list[str]]:
    """One row per item (a notice with no item still gets one)."""
    rows: list[list[str]] = []
    for number, notice in enumerate(notices, 1):
        parties = "、".join(p.name for p in notice.parties)
        warnings = "; ".join(f"{w.code}: {w.message}" for w in notice.warnings)
        head = [str(number), str(notice.span[0]), str(notice.span[1]), notice.event.value,
                str(notice.declared_void).lower(), parties]
        bodies = [_item_cells(item) for item in notice.items] or [[""] * 7]
        rows.extend([*head, *body, warnings, notice.text] for body in bodies)
    return rows


def _write_csv(notices: Sequence[Notice], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_rows(notices))


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _write_table(notices: Sequence[Notice], out: TextIO) -> None:
    picked = (0, 3, 5, 6, 7, 12, 11)
    header = ["#", "event", "parties", "document", "label", "identifiers", "amount"]
    rows = [header] + [[row[i] for i in picked] for row in _rows(notices)]
    widths = [max(_width(row[c]) for row in rows) for c in range(len(header))]
    for row in rows:
        cells = [cell + " " * (widths[c] - _width(cell)) for c, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")
