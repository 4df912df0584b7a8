"""One flat, fixed schema for notices: CSV, Parquet, DataFrames and Dask.

A notice becomes one row per identifier; an item without identifiers still
gets one row, and a notice without items one row. The notice's columns are
repeated on each of its rows, the item's on each of the item's rows. The
columns, their order and their types are :data:`COLUMNS`, whatever the input:

========================  ===============  ==========================================
column                    type             what
========================  ===============  ==========================================
``source``                string, null     the file or id the notice came from
``notice``                int64            the notice's number in its source, from 1
``start``, ``end``        int64            ``Notice.span``
``text``                  string           ``Notice.text``
``event``                 string           ``lost``, ``stolen``, ``damaged``, ``void``
``declared_void``         bool             ``Notice.declared_void``
``party_names``           string           the parties' names, joined with ``|``
``party_kinds``           string           their kinds, in the same order, with ``|``
``warning_codes``         string           the notice's warning codes, with ``|``
``item``                  int64, null      the item's number in the notice, from 1
``document``              string, null     ``Item.document``
``label``                 string, null     ``Item.label``
``copy``                  string, null     ``original``, ``duplicate``, ``both``
``count``                 int64, null      ``Item.count``
``issuer``                string, null     ``Item.issuer``
``amount``                decimal, null    yuan, ``decimal(38, 6)`` in Arrow
``identifier``            int64, null      the identifier's number in the item, from 1
``raw``                   string, null     ``Identifier.raw``
``value``                 string, null     ``Identifier.value``
``kind``                  string, null     ``Identifier.kind``
``valid``                 bool, null       ``Identifier.valid``
``error_codes``           string, null     its error codes, joined with ``|``
``region``                string, null     the GB/T 2260 code its characters give
========================  ===============  ==========================================

Joined cells are empty strings when there is nothing to join. The item and
identifier columns are null on a row that has no item or no identifier.

>>> from voidnotice.bulk import parse_many
>>> notices = parse_many([("p1", "遗失声明\\n陈永萍遗失92430203MA41YB4C2X号营业执照副本")])
>>> row = next(to_rows(notices))
>>> row["source"], row["document"], row["kind"], row["valid"], row["error_codes"], row["region"]
('p1', 'business_license', 'uscc', False, 'org_code_checksum|checksum', '430203')
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from voidnotice.records import Item, Notice
from voidnotice.regions import Region
from voidnotice.validation import Identifier

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

#: Between the parts of a joined cell (names, kinds, codes).
JOIN = "|"

#: Precision and scale of ``amount`` in Arrow and Parquet.
AMOUNT_PRECISION, AMOUNT_SCALE = 38, 6

#: The flat schema, column name and type, in order; the types are
#: ``string``, ``int64``, ``bool`` and ``decimal`` (see :func:`arrow_schema`).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "string"),
    ("notice", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", "string"),
    ("event", "string"),
    ("declared_void", "bool"),
    ("party_names", "string"),
    ("party_kinds", "string"),
    ("warning_codes", "string"),
    ("item", "int64"),
    ("document", "string"),
    ("label", "string"),
    ("copy", "string"),
    ("count", "int64"),
    ("issuer", "string"),
    ("amount", "decimal"),
    ("identifier", "int64"),
    ("raw", "string"),
    ("value", "string"),
    ("kind", "string"),
    ("valid", "bool"),
    ("error_codes", "string"),
    ("region", "string"),
)

#: The column names, in order.
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)

#: Columns that are never null.
REQUIRED: frozenset[str] = frozenset(
    ("notice", "start", "end", "text", "event", "declared_void", "party_names", "party_kinds",
     "warning_codes")
)

_EMPTY_ITEM: dict[str, Any] = dict.fromkeys(COLUMN_NAMES[COLUMN_NAMES.index("item"):])


def _region(identifier: Identifier) -> str | None:
    region = getattr(identifier.parts, "region", None)
    return region.code if isinstance(region, Region) else None


def _item_cells(number: int, item: Item) -> dict[str, Any]:
    return {
        "item": number, "document": item.document.value, "label": item.label,
        "copy": item.copy.value if item.copy else None, "count": item.count,
        "issuer": item.issuer, "amount": item.amount,
    }


def _identifier_cells(number: int, identifier: Identifier) -> dict[str, Any]:
    return {
        "identifier": number, "raw": identifier.raw, "value": identifier.value,
        "kind": identifier.kind.value, "valid": identifier.valid,
        "error_codes": JOIN.join(e.code for e in identifier.errors),
        "region": _region(identifier),
    }


def notice_rows(notice: Notice, number: int = 1) -> Iterator[dict[str, Any]]:
    """The flat rows of one notice, ``number`` being its number in its source.

    >>> from voidnotice import parse_notice
    >>> rows = list(notice_rows(parse_notice("张三遗失身份证和户口本")))
    >>> [(r["item"], r["document"], r["identifier"]) for r in rows]
    [(1, 'resident_id_card', None), (2, 'household_register', None)]
    """
    head: dict[str, Any] = {
        "source": getattr(notice, "source", None), "notice": number,
        "start": notice.span[0], "end": notice.span[1], "text": notice.text,
        "event": notice.event.value, "declared_void": notice.declared_void,
        "party_names": JOIN.join(p.name for p in notice.parties),
        "party_kinds": JOIN.join(p.kind.value for p in notice.parties),
        "warning_codes": JOIN.join(w.code for w in notice.warnings),
    }
    if not notice.items:
        yield {**head, **_EMPTY_ITEM}
    for item_number, item in enumerate(notice.items, 1):
        cells = _item_cells(item_number, item)
        if not item.identifiers:
            yield {**head, **_EMPTY_ITEM, **cells}
        for ident_number, identifier in enumerate(item.identifiers, 1):
            yield {**head, **cells, **_identifier_cells(ident_number, identifier)}


def to_rows(notices: Iterable[Notice]) -> Iterator[dict[str, Any]]:
    """The flat rows of ``notices``, lazily, as dicts keyed by :data:`COLUMN_NAMES`.

    Notices are numbered from 1 in each run of the same ``source``, as
    :func:`voidnotice.bulk.parse_many` gives them.

    >>> from voidnotice import parse
    >>> rows = list(to_rows(parse("遗失声明\\n·张三遗失身份证\\n·李四遗失00966245号发票")))
    >>> [(r["notice"], r["party_names"], r["raw"]) for r in rows]
    [(1, '张三', None), (2, '李四', '00966245')]
    >>> list(rows[0]) == list(COLUMN_NAMES)
    True
    """
    previous: object = object()
    number = 0
    for notice in notices:
        source = getattr(notice, "source", None)
        number = number + 1 if source == previous else 1
        previous = source
        yield from notice_rows(notice, number)


def csv_cell(value: Any) -> str:
    """How a cell is written in CSV: empty for null, ``true``/``false`` for booleans.

    >>> csv_cell(None), csv_cell(True), csv_cell(Decimal("1234.50")), csv_cell(3)
    ('', 'true', '1234.50', '3')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def import_extra(module: str, extra: str) -> Any:
    """Import ``module``, or say which extra of voidnotice installs it.

    >>> import_extra("no_such_module", "parquet")
    Traceback (most recent call last):
    ...
    ImportError: no_such_module is needed for this; install it with: pip install '...[parquet]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed for this; install it with: pip install 'voidnotice[{extra}]'"
        ) from exc


def arrow_schema() -> pyarrow.Schema:
    """:data:`COLUMNS` as an Arrow schema (needs ``voidnotice[parquet]``).

    >>> schema = arrow_schema()
    >>> schema.field("amount").type, schema.field("notice").nullable
    (Decimal128Type(decimal128(38, 6)), False)
    """
    pa = import_extra("pyarrow", "parquet")
    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_(),
             "decimal": pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE)}
    return pa.schema([pa.field(name, types[kind], nullable=name not in REQUIRED)
                      for name, kind in COLUMNS])


_QUANTUM = Decimal(1).scaleb(-AMOUNT_SCALE)
_LIMIT = Decimal(10) ** (AMOUNT_PRECISION - AMOUNT_SCALE)


def arrow_amount(amount: Decimal | None) -> Decimal | None:
    """An amount as Arrow holds it; None when it does not fit ``decimal(38, 6)``.

    No printed amount comes near that: it takes a number of 33 digits or a
    millionth of a yuan.

    >>> arrow_amount(Decimal("1234.50")), arrow_amount(Decimal("0.0000001"))
    (Decimal('1234.50'), None)
    """
    if amount is None or abs(amount) >= _LIMIT or amount != amount.quantize(_QUANTUM):
        return None
    return amount


def to_arrow(rows: Iterable[dict[str, Any]]) -> pyarrow.Table:
    """A table of :func:`arrow_schema` from flat rows (needs ``voidnotice[parquet]``).

    >>> from voidnotice import parse
    >>> table = to_arrow(to_rows(parse("遗失声明\\n李四遗失发票,金额1234.50元")))
    >>> table.num_rows, str(table.column("amount")[0])
    (1, '1234.500000')
    """
    pa = import_extra("pyarrow", "parquet")
    return pa.Table.from_pydict(_columns(rows), schema=arrow_schema())


def _columns(rows: Iterable[dict[str, Any]]) -> dict[str, list[Any]]:
    """Flat rows as columns, ``amount`` as Arrow decimals."""
    columns: dict[str, list[Any]] = {name: [] for name in COLUMN_NAMES}
    for row in rows:
        for name in COLUMN_NAMES:
            columns[name].append(row[name])
    columns["amount"] = [arrow_amount(a) for a in columns["amount"]]
    return columns


#: pandas dtypes of :data:`COLUMNS`: nullable ``string``, ``Int64`` and
#: ``boolean``; ``decimal`` is Arrow's ``decimal128(38, 6)`` (``pd.ArrowDtype``).
PANDAS_DTYPES: dict[str, str] = {"string": "string", "int64": "Int64", "bool": "boolean",
                                 "decimal": "decimal128(38, 6)[pyarrow]"}


def to_pandas(rows: Iterable[dict[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame of flat rows with the fixed dtypes (needs ``voidnotice[pandas]``).

    The same columns and dtypes for any input, empty or not; ``amount`` is
    an Arrow decimal, as in Parquet (see :func:`arrow_amount`).

    >>> from voidnotice import parse
    >>> frame = to_pandas(to_rows(parse("遗失声明\\n张三遗失00966245号发票,金额12.5元")))
    >>> frame.loc[0, "value"], str(frame.dtypes["count"]), str(frame.dtypes["valid"])
    ('00966245', 'Int64', 'boolean')
    >>> frame.loc[0, "amount"], str(frame.dtypes["amount"])
    (Decimal('12.500000'), 'decimal128(38, 6)[pyarrow]')
    >>> list(to_pandas([]).dtypes) == list(frame.dtypes)
    True
    """
    pd = import_extra("pandas", "pandas")
    pa = import_extra("pyarrow", "pandas")
    columns = _columns(rows)
    decimal = pd.ArrowDtype(pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE))
    return pd.DataFrame({
        name: pd.Series(columns[name], dtype=decimal if kind == "decimal"
                        else PANDAS_DTYPES[kind])
        for name, kind in COLUMNS
    })


def spark_ddl() -> str:
    """:data:`COLUMNS` as a Spark DDL schema string, for ``mapInPandas``.

    Names are quoted, as ``end`` is a keyword of Spark SQL.

    >>> spark_ddl()[:56]
    '`source` string, `notice` bigint, `start` bigint, `end` '
    """
    types = {"string": "string", "int64": "bigint", "bool": "boolean",
             "decimal": f"decimal({AMOUNT_PRECISION},{AMOUNT_SCALE})"}
    return ", ".join(f"`{name}` {types[kind]}" for name, kind in COLUMNS)
