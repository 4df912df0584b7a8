"""Invoice codes (发票代码): spec §6 examples, decoding, every problem code."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength

from voidnotice import Kind, validate
from voidnotice.ids import invoice_code
from voidnotice.ids.invoice_code import InvoiceCodeParts

TODAY = datetime.date(2026, 11, 26)
REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "invoice_code"
]


@pytest.mark.parametrize(
    ("number", "codes"),
    [
        ("4300171130", []),
        ("044001500111", []),
        ("4403042140", []),
        ("144031539110", []),
        ("131001570151", []),
        ("133011501118", []),
        ("111001571071", []),
        ("4300171130X", ["length"]),
        ("040001500111", ["region"]),
    ],
)
def test_spec_examples_get_their_verdict(number: str, codes: list[str]) -> None:
    outcome = invoice_code.check(number, today=TODAY)
    assert [p.code for p in outcome.errors + outcome.table_errors] == codes
    assert outcome.valid() is (not codes)


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = invoice_code.check(str(row["value"]), today=TODAY)
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors + outcome.table_errors] == row["codes"]


def test_ten_digits_decode_region_year_batch_and_type() -> None:
    parts = invoice_code.check("4403042140", today=TODAY).parts
    assert isinstance(parts, InvoiceCodeParts)
    assert (parts.family, parts.region_code, parts.region_name) == ("vat", "4403", "深圳市")
    assert (parts.year, parts.batch) == (2004, "2")
    assert (parts.invoice_type, parts.invoice_type_name) == ("01", "增值税专用发票")


@pytest.mark.parametrize(
    ("digit", "expected"), [("1", "01"), ("5", "01"), ("3", "04"), ("6", "04"), ("2", "02"),
                            ("7", "02")],
)
def test_ten_digit_type_follows_the_verification_platform(digit: str, expected: str) -> None:
    assert invoice_code.invoice_type(f"4300171{digit}30") == expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("04", "04"), ("05", "04"), ("06", "11"), ("07", "11"), ("11", "10"), ("12", "14"),
     ("13", "08"), ("17", "15")],
)
def test_twelve_digit_vat_kinds(kind: str, expected: str) -> None:
    parts = invoice_code.check(f"0440015001{kind}", today=TODAY).parts
    assert isinstance(parts, InvoiceCodeParts) and parts.invoice_type == expected
    assert parts.batch == "001"


def test_unknown_ten_digit_type_is_a_warning_naming_the_expected_digits() -> None:
    outcome = invoice_code.check("4300171930", today=TODAY)
    assert outcome.valid()
    assert outcome.warnings[0].code == "format"
    assert "expected 1, 2, 3, 5, 6 or 7" in outcome.warnings[0].message
    assert isinstance(outcome.parts, InvoiceCodeParts) and outcome.parts.invoice_type is None


def test_unknown_vat_kind_is_a_warning_naming_the_known_kinds() -> None:
    outcome = invoice_code.check("044001500199", today=TODAY)
    assert outcome.valid()
    assert outcome.warnings[0].message.endswith("expected one of 04, 05, 06, 07, 11, 12, 13, 17")


def test_general_invoice_decodes_tax_office_industry_and_motor_vehicle_type() -> None:
    parts = invoice_code.check("143011720123", today=TODAY).parts
    assert isinstance(parts, InvoiceCodeParts)
    assert (parts.family, parts.tax_office, parts.industry) == ("general", "国税", "商业")
    assert (parts.region_name, parts.invoice_type) == ("长沙市", "03")
    local = invoice_code.check("243011790123", today=TODAY).parts
    assert isinstance(local, InvoiceCodeParts)
    assert (local.tax_office, local.industry) == ("地税", "销售不动产")
    assert local.invoice_type is None
    assert invoice_code.check("243011790123", today=TODAY).warnings == []


def test_general_invoice_region_must_be_a_known_prefecture() -> None:
    outcome = invoice_code.check("143991720123", today=TODAY)
    assert outcome.errors == []
    assert [p.code for p in outcome.table_errors] == ["region"]
    assert not outcome.valid() and outcome.valid(relax_tables=True)
    assert validate("143991720123", "invoice_code", relax_region=True).valid


@pytest.mark.parametrize("region", ["7100", "8100", "8200", "9900", "4301"])
def test_vat_region_outside_the_platform_list_is_an_error(region: str) -> None:
    outcome = invoice_code.check(f"{region}171130", today=TODAY)
    assert [p.code for p in outcome.errors] == ["region"]
    assert "expected a province code followed by 00, or 2102, 3302, 3502, 3702, 4403" in (
        outcome.errors[0].message
    )


@pytest.mark.parametrize("city", ["2102", "3302", "3502", "3702", "4403"])
def test_separate_plan_cities_are_tax_regions(city: str) -> None:
    assert invoice_code.check(f"0{city}1500111", today=TODAY).valid()


def test_year_after_today_is_a_date_error() -> None:
    assert invoice_code.check("4300261130", today=TODAY).valid()
    outcome = invoice_code.check("4300271130", today=TODAY)
    assert [p.code for p in outcome.errors] == ["date"]
    assert outcome.errors[0].message == "year digits 27 give 2027, after the current year 2026"


def test_twelve_digits_must_start_with_a_known_family() -> None:
    with pytest.raises(InvalidFormat, match=r"starts with 0 \(VAT\), 1 \(state tax\) or 2"):
        invoice_code.validate("340001500111")


def test_letters_are_charset_errors_with_positions() -> None:
    outcome = invoice_code.check("43OO171130")
    assert [p.code for p in outcome.errors] == ["charset"]
    assert outcome.errors[0].message.startswith("'O' at position 3, 'O' at position 4")


def test_validate_raises_stdnum_exceptions() -> None:
    with pytest.raises(InvalidLength):
        invoice_code.validate("43001711")
    with pytest.raises(InvalidComponent):
        invoice_code.validate("9900171130")


def test_normalisation_and_format() -> None:
    assert invoice_code.compact("４３００ １７１１-３０号") == "4300171130"
    assert invoice_code.format(" 0440 0150 0111 ") == "044001500111"


def test_validate_through_the_package_api() -> None:
    result = validate("4300171130", "invoice_code")
    assert result.valid and result.parts is not None
    assert result.parts.kind is Kind.INVOICE_CODE
