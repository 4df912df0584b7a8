"""Write parsed notices as JSON lines, JSON, CSV, Parquet or a readable table.

A :class:`Writer` takes notices as they come and writes each at once (the
table alone waits for the end, to size its columns); one writer serves a
whole run, so ``json`` is one array and ``csv`` has one header whatever the
number of inputs. ``csv`` and ``parquet`` write the flat rows of
:mod:`voidnotice.rows`.

>>> from voidnotice.parser.segmentation import parse
>>> import io; out = io.StringIO()
>>> write(parse("遗失声明\\n张三遗失00966245号增值税普通发票"), "table", out)
>>> print(out.getvalue().strip())
#  event  parties  document              label    identifiers                    amount
1  lost   张三      vat_ordinary_invoice  增值税普通发票  00966245 invoice_number ok
"""

from __future__ import annotations

import csv
import json
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from typing import IO, Any

from voidnotice.records import Item, Notice
from voidnotice.rows import (
    COLUMN_NAMES,
    arrow_schema,
    csv_cell,
    import_extra,
    notice_rows,
    to_arrow,
)

FORMATS = ("jsonl", "json", "csv", "table", "parquet")

#: Formats written as text (``parquet`` is binary).
TEXT_FORMATS = ("jsonl", "json", "csv", "table")


class Writer:
    """Writes notices one at a time in one format; :meth:`close` ends the output.

    >>> import io; out = io.StringIO()
    >>> writer = Writer.open("json", out); writer.close(); out.getvalue()
    '[]\\n'
    """

    def __init__(self, out: IO[Any]) -> None:
        self.out = out

    def write(self, notice: Notice) -> None:
        """Write one notice."""
        raise NotImplementedError

    def close(self) -> None:
        """End the output (the closing bracket, the table, the Parquet footer)."""

    @staticmethod
    def open(fmt: str, out: IO[Any]) -> Writer:
        """The writer of ``fmt`` (one of :data:`FORMATS`) on ``out``.

        ``parquet`` needs a binary stream and ``voidnotice[parquet]``; the
        others a text stream.

        >>> import io; Writer.open("xml", io.StringIO())
        Traceback (most recent call last):
        ...
        ValueError: unknown format 'xml'; expected one of jsonl, json, csv, table, parquet
        """
        writers: dict[str, type[Writer]] = {
            "jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter, "table": TableWriter,
            "parquet": ParquetWriter,
        }
        if fmt not in writers:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        return writers[fmt](out)


class JsonlWriter(Writer):
    """One JSON record a line.

    >>> import io; from voidnotice.parser.segmentation import parse; out = io.StringIO()
    >>> JsonlWriter(out).write(parse("遗失声明\\n张三遗失身份证")[0])
    >>> json.loads(out.getvalue())["span"]
    [5, 12]
    """

    def write(self, notice: Notice) -> None:
        """Write one record and its line break."""
        self.out.write(notice.model_dump_json() + "\n")


class JsonWriter(Writer):
    """One JSON array of every record, indented, written as the records come.

    >>> import io; from voidnotice.parser.segmentation import parse; out = io.StringIO()
    >>> writer = JsonWriter(out)
    >>> for notice in parse("遗失声明\\n·张三遗失身份证\\n·李四遗失户口本"):
    ...     writer.write(notice)
    >>> writer.close()
    >>> [r["text"] for r in json.loads(out.getvalue())]
    ['张三遗失身份证', '李四遗失户口本']
    """

    def __init__(self, out: IO[Any]) -> None:
        super().__init__(out)
        self.count = 0

    def write(self, notice: Notice) -> None:
        """Write one element of the array."""
        element = json.dumps(notice.model_dump(mode="json"), ensure_ascii=False, indent=2)
        opening = "[\n" if self.count == 0 else ",\n"
        # Counted first: a Ctrl-C right after the write must not make close() open an array.
        self.count += 1
        self.out.write(opening + textwrap.indent(element, "  "))

    def close(self) -> None:
        """Close the array (``[]`` when there was no record)."""
        self.out.write("\n]\n" if self.count else "[]\n")


class _Numbering:
    """A notice's number within its source: 1, 2, 3…, from 1 again at each new source."""

    def __init__(self) -> None:
        self.source: object = object()
        self.number = 0

    def next(self, notice: Notice) -> int:
        self.number = self.number + 1 if notice.source == self.source else 1
        self.source = notice.source
        return self.number


class CsvWriter(Writer):
    """A header of :data:`voidnotice.rows.COLUMN_NAMES`, then the flat rows.

    Notices are numbered from 1 in each source, as :func:`voidnotice.rows.to_rows` does.

    >>> import io; from voidnotice.parser.segmentation import parse; out = io.StringIO()
    >>> writer = CsvWriter(out); writer.write(parse("遗失声明\\n张三遗失身份证")[0])
    >>> print(out.getvalue().splitlines()[1])
    ,1,5,12,张三遗失身份证,lost,true,张三,person,,1,resident_id_card,身份证,,,,,,,,,,,
    """

    def __init__(self, out: IO[Any]) -> None:
        super().__init__(out)
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(COLUMN_NAMES)
        self.numbering = _Numbering()

    def write(self, notice: Notice) -> None:
        """Write the notice's rows."""
        for row in notice_rows(notice, self.numbering.next(notice)):
            self.writer.writerow([csv_cell(row[name]) for name in COLUMN_NAMES])


class ParquetWriter(Writer):
    """The flat rows in Parquet, with :func:`voidnotice.rows.arrow_schema`, in row groups.

    Needs ``voidnotice[parquet]`` (pyarrow) and a binary stream.

    >>> import io; from voidnotice.parser.segmentation import parse; import pyarrow.parquet as pq
    >>> out = io.BytesIO(); writer = ParquetWriter(out)
    >>> writer.write(parse("遗失声明\\n张三遗失身份证")[0]); writer.close()
    >>> pq.read_table(io.BytesIO(out.getvalue())).column("party_names").to_pylist()
    ['张三']
    """

    #: Rows gathered before a row group is written.
    GROUP = 10_000

    def __init__(self, out: IO[Any]) -> None:
        super().__init__(out)
        parquet = import_extra("pyarrow.parquet", "parquet")
        self.writer = parquet.ParquetWriter(out, arrow_schema())
        self.rows: list[dict[str, Any]] = []
        self.numbering = _Numbering()

    def write(self, notice: Notice) -> None:
        """Gather the notice's rows; write a row group when enough are gathered."""
        self.rows.extend(notice_rows(notice, self.numbering.next(notice)))
        if len(self.rows) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(to_arrow(self.rows))
            self.rows = []

    def close(self) -> None:
        """Write the last rows and the footer."""
        self._flush()
        self.writer.close()


class TableWriter(Writer):
    """For reading in a terminal; written at :meth:`close`, to size the columns."""

    def __init__(self, out: IO[Any]) -> None:
        super().__init__(out)
        self.notices: list[Notice] = []

    def write(self, notice: Notice) -> None:
        """Keep the notice for the table."""
        self.notices.append(notice)

    def close(self) -> None:
        """Write the table."""
        _write_table(self.notices, self.out)


def write(notices: Iterable[Notice], fmt: str, out: IO[Any]) -> None:
    """Write ``notices`` to ``out`` in one of :data:`FORMATS`, with one writer.

    >>> import io; out = io.StringIO()
    >>> write([], "json", out); out.getvalue()
    '[]\\n'
    """
    writer = Writer.open(fmt, out)
    for notice in notices:
        writer.write(notice)
    writer.close()


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


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _write_table(notices: Sequence[Notice], out: IO[Any]) -> None:
    picked = (0, 3, 5, 6, 7, 12, 11)
    header = ["#", "event", "parties", "document", "label", "identifiers", "amount"]
    rows = [header] + [[row[i] for i in picked] for row in _rows(notices)]
    widths = [max(_width(row[c]) for row in rows) for c in range(len(header))]
    for row in rows:
        cells = [cell + " " * (widths[c] - _width(cell)) for c, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")
