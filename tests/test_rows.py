"""The flat schema: the same columns and types for every input."""

from __future__ import annotations

import io
from decimal import Decimal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus import load_notices, load_pages
from voidnotice import COLUMNS, parse, parse_many, parse_notice, to_rows
from voidnotice.output import ParquetWriter
from voidnotice.rows import (
    COLUMN_NAMES,
    REQUIRED,
    arrow_schema,
    notice_rows,
    spark_ddl,
    to_arrow,
    to_pandas,
)

PAGES = load_pages()

INPUTS = [
    *(text for _, text, _ in PAGES),
    "",
    "今天天气很好",
    "遗失声明\n张三遗失身份证",
    "遗失声明\n李四遗失发票,金额1234.50元",
    "遗失声明\n某公司遗失营业执照正副本及公章一枚，统一社会信用代码91110108MA01G0FB09",
]

TYPES = {"string": str, "int64": int, "bool": bool, "decimal": Decimal}


def test_columns_are_the_documented_constant() -> None:
    assert COLUMN_NAMES == (
        "source", "notice", "start", "end", "text", "event", "declared_void", "party_names",
        "party_kinds", "warning_codes", "item", "document", "label", "copy", "count", "issuer",
        "amount", "identifier", "raw", "value", "kind", "valid", "error_codes", "region",
    )
    assert {kind for _, kind in COLUMNS} == set(TYPES)


@pytest.mark.parametrize("text", INPUTS)
def test_every_row_of_every_input_has_the_schema(text: str) -> None:
    for row in to_rows(parse_many([("id", text)])):
        assert tuple(row) == COLUMN_NAMES
        for name, kind in COLUMNS:
            value = row[name]
            if value is None:
                assert name not in REQUIRED
            else:
                assert type(value) is TYPES[kind], (name, value)


@pytest.mark.parametrize("text", INPUTS)
def test_the_arrow_schema_is_identical_for_every_input(text: str) -> None:
    table = to_arrow(to_rows(parse_many([("id", text)])))
    assert table.schema == arrow_schema()
    frame = to_pandas(to_rows(parse_many([("id", text)])))
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert list(frame.dtypes) == list(to_pandas([]).dtypes)


def test_arrow_schema_types() -> None:
    schema = arrow_schema()
    assert schema.names == list(COLUMN_NAMES)
    assert schema.field("amount").type == pa.decimal128(38, 6)
    assert schema.field("valid").type == pa.bool_()
    assert not schema.field("text").nullable and schema.field("raw").nullable


def test_one_row_per_identifier_per_item_without_one_and_per_notice_without_items() -> None:
    notice = parse_notice(
        "张三遗失01638246号、01638247号收据两张及身份证一张，声明作废"
    )
    assert notice is not None
    rows = list(notice_rows(notice))
    assert [(r["item"], r["document"], r["identifier"], r["raw"]) for r in rows] == [
        (1, "receipt", 1, "01638246"), (1, "receipt", 2, "01638247"),
        (2, "resident_id_card", None, None),
    ]
    bare = parse_notice("张三遗失，声明作废")
    assert bare is not None and not bare.items
    (row,) = notice_rows(bare)
    assert row["item"] is None and row["document"] is None and row["warning_codes"] == "no_item"


def test_rows_of_the_whole_corpus_count_identifiers() -> None:
    notices = [n for r in load_notices() if (n := parse_notice(r["text"])) is not None]
    rows = list(to_rows(notices))
    expected = sum(
        max(1, len(n.items)) if not n.items else sum(max(1, len(i.identifiers)) for i in n.items)
        for n in notices
    )
    assert len(rows) == expected
    assert sum(r["identifier"] is not None for r in rows) == sum(
        len(i.identifiers) for n in notices for i in n.items
    )


def test_notices_are_numbered_in_each_source() -> None:
    text = "遗失声明\n·张三遗失身份证\n·李四遗失户口本"
    rows = list(to_rows(parse_many([("a", text), ("b", text)])))
    assert [(r["source"], r["notice"]) for r in rows] == [("a", 1), ("a", 2), ("b", 1), ("b", 2)]


def test_amount_and_region_cells() -> None:
    (row,) = to_rows(parse("遗失声明\n李四遗失发票,金额1234.50元"))
    assert row["amount"] == Decimal("1234.50")
    (row,) = to_rows(parse("遗失声明\n王五遗失身份证,身份证号110108199001011235"))
    assert row["kind"] == "resident_id" and row["region"] == "110108"


def test_an_amount_arrow_cannot_hold_is_null_there() -> None:
    (row,) = to_rows(parse("遗失声明\n李四遗失发票,金额1234.50元"))
    too_fine = {**row, "amount": Decimal("0.0000001")}
    assert to_arrow([too_fine]).column("amount").to_pylist() == [None]


def test_parquet_of_two_batches_shares_one_schema() -> None:
    out = io.BytesIO()
    writer = ParquetWriter(out)
    writer.GROUP = 5
    for notice in parse_many([(name, text) for name, text, _ in PAGES]):
        writer.write(notice)
    writer.close()
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.schema == arrow_schema()
    assert pq.ParquetFile(io.BytesIO(out.getvalue())).num_row_groups > 1
    assert table.num_rows == len(list(to_rows(parse_many([(n, t) for n, t, _ in PAGES]))))


def test_pandas_dtypes() -> None:
    frame = to_pandas(to_rows(parse("遗失声明\n李四遗失01638246号发票,金额1234.50元")))
    assert isinstance(frame, pd.DataFrame)
    dtypes = {name: str(frame.dtypes[name]) for name in ("notice", "valid", "amount", "raw")}
    assert dtypes == {"notice": "Int64", "valid": "boolean",
                      "amount": "decimal128(38, 6)[pyarrow]",
                      "raw": "string"}
    assert frame.loc[0, "amount"] == Decimal("1234.50")


def test_spark_ddl_names_every_column() -> None:
    ddl = spark_ddl()
    assert ddl.count("`") == 2 * len(COLUMNS)
    assert "`amount` decimal(38,6)" in ddl and "`valid` boolean" in ddl
