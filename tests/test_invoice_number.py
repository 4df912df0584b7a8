"""Invoice numbers (发票号码): spec §7 examples and every problem code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidFormat, InvalidLength

from voidnotice.ids import invoice_number

REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "invoice_number"
]


@pytest.mark.parametrize(
    ("number", "codes"),
    [("00966245", []), ("02550485", []), ("81966722", []), ("0096624", ["length"])],
)
def test_spec_examples_get_their_verdict(number: str, codes: list[str]) -> None:
    outcome = invoice_number.check(number)
    assert [p.code for p in outcome.errors] == codes
    assert invoice_number.is_valid(number) is (not codes)


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = invoice_number.check(str(row["value"]))
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


def test_leading_zeros_are_kept() -> None:
    assert invoice_number.validate("00966245号") == "00966245"


def test_all_zeros_is_never_issued() -> None:
    with pytest.raises(InvalidFormat, match="serials start at 00000001"):
        invoice_number.validate("00000000")


def test_a_range_is_two_numbers_and_the_message_says_so() -> None:
    outcome = invoice_number.check("02550485-02550490")
    assert [p.code for p in outcome.errors] == ["length"]
    assert outcome.errors[0].message.endswith(
        "expected 8; 02550485-02550490 looks like a range of two numbers"
    )


def test_letters_are_charset_errors() -> None:
    outcome = invoice_number.check("0O966245")
    assert [p.code for p in outcome.errors] == ["charset"]
    assert outcome.errors[0].message == "'O' at position 2: an invoice number has only digits"


def test_no_parts_to_decode() -> None:
    assert invoice_number.check("00966245").parts is None


def test_length_error_is_stdnum_invalid_length() -> None:
    with pytest.raises(InvalidLength, match="has 9 characters, expected 8"):
        invoice_number.validate("009662451")


def test_format_is_compact() -> None:
    assert invoice_number.format("０２５５ ０４８５") == "02550485"
