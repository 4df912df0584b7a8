"""Fully digital invoice numbers (数电发票号码): spec §8 examples and checks."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidComponent, InvalidLength

from voidnotice.ids import digital_invoice_number as din
from voidnotice.ids.digital_invoice_number import DigitalInvoiceNumberParts

TODAY = datetime.date(2026, 11, 26)
REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "digital_invoice_number"
]


def test_spec_example_is_valid_with_a_region_warning() -> None:
    outcome = din.check("24942000000012660383", today=TODAY)
    assert outcome.valid()
    assert [p.code for p in outcome.warnings] == ["region"]
    assert "计划单列市" in outcome.warnings[0].message


def test_spec_example_of_wrong_length() -> None:
    with pytest.raises(InvalidLength, match="has 19 characters, expected 20"):
        din.validate("2444200000001266038")


def test_masked_spec_example_is_rejected_as_charset() -> None:
    outcome = din.check("234420000***********", today=TODAY)
    assert [p.code for p in outcome.errors] == ["charset"]
    assert "'*' at position 10" in outcome.errors[0].message


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = din.check(str(row["value"]), today=TODAY)
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


def test_parts_decode_year_province_channel_sequence() -> None:
    parts = din.check("23442000000012345678", today=TODAY).parts
    assert isinstance(parts, DigitalInvoiceNumberParts)
    assert (parts.year, parts.region_code, parts.province) == (2023, "44", "广东省")
    assert (parts.channel, parts.sequence) == ("2", "000000012345678")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("20442000000012345678",
         "year digits 20 give 2020, before the first fully digital invoices (2021)"),
        ("27442000000012345678", "year digits 27 give 2027, after the current year 2026"),
    ],
)
def test_year_outside_2021_to_today_is_a_date_error(number: str, message: str) -> None:
    outcome = din.check(number, today=TODAY)
    assert [(p.code, p.message) for p in outcome.errors] == [("date", message)]
    with pytest.raises(InvalidComponent):
        din.validate(number, today=TODAY)


def test_first_and_current_years_are_accepted() -> None:
    assert din.check("21442000000012345678", today=TODAY).valid()
    assert din.check("26442000000012345678", today=TODAY).valid()


def test_format_and_compact() -> None:
    assert din.format("2494 2000-0000 1266 0383") == "24942000000012660383"
