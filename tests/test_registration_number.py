"""Registration number: spec/identifiers.md section 3, messages and parts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from voidnotice import validate
from voidnotice.ids import registration_number as rn

SPEC_EXAMPLES = [
    ("110108000000016", True, []),
    ("321000400012591", True, []),
    ("140000100028286", True, []),
    ("110108000000015", False, ["checksum"]),
    ("14082500A000118", False, ["charset"]),
]


@pytest.mark.parametrize(("value", "valid", "codes"), SPEC_EXAMPLES)
def test_spec_examples(value: str, valid: bool, codes: list[str]) -> None:
    result = validate(value, "registration_number")
    assert result.valid is valid
    assert [e.code for e in result.errors] == codes


def test_check_digit_of_the_standard_sample() -> None:
    assert rn.calc_check_digit("11010800000001") == "6"


def test_checksum_message() -> None:
    assert rn.check("110108000000015").errors[0].message == "check digit is 5, expected 6"


def test_letters_get_a_hint_not_a_crash() -> None:
    message = rn.check("14082500A000118").errors[0].message
    assert message.startswith("'A' at position 9 is not a digit")
    assert "GS 15-2006" in message
    # The Shanxi "NA" type with an X check: same treatment.
    assert [e.code for e in rn.check("1408250NA00011X").errors] == ["charset"]


def test_non_ascii_digits_are_charset_errors() -> None:
    # Arabic-Indic digits pass str.isdigit() and int(); they are not GS 15 digits.
    value = "11010800000001" + "\u0666"
    assert [e.code for e in rn.check(value).errors] == ["charset"]


def test_region_must_be_a_province_or_national() -> None:
    body = "99010800000001"
    outcome = rn.check(body + rn.calc_check_digit(body))
    assert [e.code for e in outcome.errors] == ["region"]
    assert "expected a province code or 10" in outcome.errors[0].message
    national = "10000000000001"
    assert rn.is_valid(national + rn.calc_check_digit(national))


def test_unknown_division_is_only_a_warning() -> None:
    body = "32059440000001"
    outcome = rn.check(body + rn.calc_check_digit(body))
    assert outcome.valid()
    assert [w.code for w in outcome.warnings] == ["region"]


@pytest.mark.parametrize(
    ("digit", "entity_type"),
    [("0", "domestic_enterprise"), ("3", "domestic_enterprise"), ("4", "foreign_invested"),
     ("5", "foreign_invested"), ("6", "individual_business"), ("9", "individual_business")],
)
def test_position_7_decoded_never_fails(digit: str, entity_type: str) -> None:
    body = "110108" + digit + "0000001"
    outcome = rn.check(body + rn.calc_check_digit(body))
    assert outcome.valid()
    assert outcome.parts is not None
    assert outcome.parts.entity_type == entity_type  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("value", "exception"),
    [("3202002105368", InvalidLength), ("14082500A000118", InvalidFormat),
     ("110108000000015", InvalidChecksum), ("990108000000010", InvalidComponent)],
)
def test_validate_raises(value: str, exception: type[Exception]) -> None:
    with pytest.raises(exception):
        rn.validate(value)


@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_check_digit_equals_stdnums(body: str) -> None:
    """ISO 7064 MOD 11,10, computed here without importing stdnum, is stdnum's."""
    from stdnum.iso7064 import mod_11_10

    assert rn.calc_check_digit(body) == mod_11_10.calc_check_digit(body)
