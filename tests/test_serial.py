"""Serials (编号, 票号): spec §12. Valid means well-formed, never genuine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidFormat, InvalidLength

from voidnotice.ids import serial
from voidnotice.ids.serial import SerialParts

REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "serial"
]


@pytest.mark.parametrize("number", ["01638246", "30011323", "(181)湘地证 04123456"])
def test_spec_examples_are_well_formed(number: str) -> None:
    assert serial.check(number).errors == []
    assert serial.is_valid(number)


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = serial.check(str(row["value"]))
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


def test_seed_page_numbers_keep_leading_zeros_and_drop_hao() -> None:
    assert serial.validate("01638246号") == "01638246"
    parts = serial.check("01638246号").parts
    assert isinstance(parts, SerialParts) and (parts.series, parts.number) == (None, "01638246")


def test_series_prefix_is_kept_as_a_part() -> None:
    parts = serial.check("（181）湘地证 04123456").parts
    assert isinstance(parts, SerialParts)
    assert (parts.series, parts.number) == ("(181)湘地证", "04123456")


@pytest.mark.parametrize(("digits", "ok"), [(3, False), (4, True), (20, True), (21, False)])
def test_four_to_twenty_digits(digits: int, ok: bool) -> None:
    outcome = serial.check("1" * digits)
    assert outcome.valid() is ok
    if not ok:
        assert outcome.errors[0].message == (
            f"the number part has {digits} digits, expected 4 to 20"
        )


@pytest.mark.parametrize("number", ["湘地证", "No.", "(181)"])
def test_no_digits_at_the_end_is_a_format_error(number: str) -> None:
    with pytest.raises(InvalidFormat, match="expected 4 to 20 digits at the end"):
        serial.validate(number)


@pytest.mark.parametrize(
    ("number", "shown"),
    [("0163/82467", "'/' at position 5"), ("湘(181)04123456", "its characters out of order"),
     ("(123456789)12345", "its characters out of order")],
)
def test_malformed_series_prefix(number: str, shown: str) -> None:
    outcome = serial.check(number)
    assert [p.code for p in outcome.errors] == ["format"]
    assert shown in outcome.errors[0].message
    assert "expected a parenthesised group, then Chinese characters or capitals" in (
        outcome.errors[0].message
    )


def test_overlong_input_is_a_length_error() -> None:
    with pytest.raises(InvalidLength, match="expected at most 44"):
        serial.validate("1" * 45)


def test_format_is_compact() -> None:
    assert serial.format("０１６３ ８２４６") == "01638246"


@pytest.mark.parametrize(
    ("number", "series"),
    [("2019-ZZ-0012876", "2019ZZ"), ("HT-2017-0386", "HT"), ("2020湘房0012345", "2020湘房")],
)
def test_digits_may_lead_a_series_of_two_or_more_letters(number: str, series: str) -> None:
    parts = serial.check(number).parts
    assert isinstance(parts, serial.SerialParts) and parts.series == series


@pytest.mark.parametrize("number", ["0163B2467", "2019Z0012876", "1234567ZZ0012"])
def test_one_letter_among_digits_or_a_long_lead_is_a_format_error(number: str) -> None:
    assert [p.code for p in serial.check(number).errors] == ["format"]


@pytest.mark.parametrize(("number", "codes"), [
    # set EJ: a passport's number with an O read for its 0; the digits before the O were
    # taken for a series, and the one digit after it failed the length as well
    ("C81245O3", ["format"]),
    ("81245O3", ["format"]),
    # too few digits, however they are counted
    ("AB12O4", ["length", "format"]),
])
def test_a_letter_among_the_last_digits_counts_the_digits_whole(
    number: str, codes: list[str]
) -> None:
    assert [p.code for p in serial.check(number).errors] == codes
