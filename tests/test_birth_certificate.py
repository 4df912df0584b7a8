"""Birth certificate numbers (出生医学证明编号): spec §9 examples and checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidComponent, InvalidFormat

from voidnotice.ids import birth_certificate
from voidnotice.ids.birth_certificate import BirthCertificateParts

REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "birth_certificate"
]


@pytest.mark.parametrize(
    ("number", "codes"),
    [("X320101001", []), ("P430935842", []), ("P43093584", ["length"]),
     ("P990935842", ["region"])],
)
def test_spec_examples_get_their_verdict(number: str, codes: list[str]) -> None:
    assert [p.code for p in birth_certificate.check(number).errors] == codes
    assert birth_certificate.is_valid(number) is (not codes)


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = birth_certificate.check(str(row["value"]))
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


def test_parts_name_the_province_of_the_seed_page_number() -> None:
    parts = birth_certificate.check("P430935842").parts
    assert isinstance(parts, BirthCertificateParts)
    assert (parts.letter, parts.province_code, parts.province, parts.serial) == (
        "P", "43", "湖南省", "0935842",
    )


def test_region_message_names_the_digits() -> None:
    with pytest.raises(InvalidComponent, match=r"positions 2-3 \(99\) are no province code"):
        birth_certificate.validate("P990935842")


def test_first_character_must_be_a_letter() -> None:
    with pytest.raises(InvalidFormat, match="'4' at position 1 is not a capital letter"):
        birth_certificate.validate("4309358421")


def test_digits_after_the_letter_with_positions() -> None:
    outcome = birth_certificate.check("P4309358A2")
    assert [p.message for p in outcome.errors] == [
        "'A' at position 9: positions 2-10 take digits only"
    ]


def test_every_letter_is_accepted_because_the_year_table_is_not_public() -> None:
    assert all(birth_certificate.is_valid(f"{c}430935842") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_lower_case_and_full_width_are_normalised() -> None:
    assert birth_certificate.validate("ｐ４３０ ９３５ ８４２号") == "P430935842"
