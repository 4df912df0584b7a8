"""Account permit approval numbers (开户许可证核准号): spec §10 examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidFormat

from voidnotice.ids import account_permit
from voidnotice.ids.account_permit import AccountPermitParts

REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "account_permit"
]


@pytest.mark.parametrize(
    ("number", "codes"),
    [("J2900123456789", []), ("J290012345678", ["length"]), ("X2900123456789", ["charset"])],
)
def test_spec_examples_get_their_verdict(number: str, codes: list[str]) -> None:
    assert [p.code for p in account_permit.check(number).errors] == codes
    assert account_permit.is_valid(number) is (not codes)


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = account_permit.check(str(row["value"]))
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


@pytest.mark.parametrize(("letter", "name"), [("J", "基本存款账户"), ("L", None), ("Z", None)])
def test_only_j_is_named(letter: str, name: str | None) -> None:
    parts = account_permit.check(f"{letter}2900123456789").parts
    assert isinstance(parts, AccountPermitParts)
    assert (parts.letter, parts.account_type, parts.body) == (letter, name, "2900123456789")


def test_wrong_letter_message_names_the_expected_letters() -> None:
    message = "'X' at position 1 is no account letter; expected J, L or Z"
    with pytest.raises(InvalidFormat, match=message):
        account_permit.validate("X2900123456789")


def test_both_letter_and_digit_problems_are_reported() -> None:
    outcome = account_permit.check("A29001234567B9")
    assert [p.message for p in outcome.errors] == [
        "'A' at position 1 is no account letter; expected J, L or Z",
        "'B' at position 13: positions 2-14 take digits only",
    ]
    assert outcome.parts is None


def test_normalisation() -> None:
    assert account_permit.format("ｊ２９００ １２３４ ５６７８９") == "J2900123456789"
