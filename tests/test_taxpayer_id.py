"""Legacy taxpayer numbers: spec/identifiers.md section 5."""

from __future__ import annotations

import pytest
from stdnum.exceptions import InvalidChecksum, InvalidLength

from voidnotice import validate
from voidnotice.ids import resident_id
from voidnotice.ids import taxpayer_id as tin

SPEC_EXAMPLES = [
    ("110108582507564", True, []),
    ("110101TRDX8RQU1", True, []),
    ("440300123456789", False, ["org_code_checksum"]),
    ("110101123456789", False, ["org_code_checksum"]),
]


@pytest.mark.parametrize(("value", "valid", "codes"), SPEC_EXAMPLES)
def test_spec_examples(value: str, valid: bool, codes: list[str]) -> None:
    result = validate(value, "taxpayer_id")
    assert result.valid is valid
    assert [e.code for e in result.errors] == codes


def test_org_code_message_names_expected() -> None:
    assert tin.check("440300123456789").errors[0].message == (
        "embedded organisation code 123456789 has check character 9, expected 8"
    )


def test_eighteen_characters_is_a_uscc() -> None:
    errors = tin.check("91110108MA01G0FB09").errors
    assert [e.code for e in errors] == ["length"]
    assert "is a USCC" in errors[0].message
    assert "USCC" not in tin.check("1101085825075").errors[0].message


def test_region_of_the_org_form() -> None:
    assert [e.code for e in tin.check("990108582507564").errors] == ["region"]
    outcome = tin.check("320594582507564")
    assert outcome.valid() and [w.code for w in outcome.warnings] == ["region"]


def test_org_form_charset() -> None:
    assert [e.code for e in tin.check("11010a582507564").errors] == ["charset"]
    assert [e.code for e in tin.check("110108582507!64").errors] == ["charset"]


@pytest.mark.parametrize(
    ("value", "form", "resident"),
    [("11010549123100201", "resident_id_serial", "110105491231002"),
     ("11010519491231002X01", "resident_id_serial", "11010519491231002X")],
)
def test_resident_forms(value: str, form: str, resident: str) -> None:
    outcome = tin.check(value)
    assert outcome.valid()
    assert isinstance(outcome.parts, tin.TaxpayerIdParts)
    assert (outcome.parts.form, outcome.parts.resident_id) == (form, resident)
    assert outcome.parts.region.county == "朝阳区"


def test_resident_part_problems_are_the_resident_id_ones() -> None:
    for id_part in ("110105194912310021", "360426199113010079", "110105491331002"):
        expected = resident_id.check(id_part)
        got = tin.check(id_part + "01")
        assert got.errors == expected.errors


def test_resident_region_history_is_relaxable() -> None:
    value = "11020119931201007701"
    assert not tin.is_valid(value)
    assert tin.is_valid(value, relax_region=True)
    assert validate(value, "taxpayer_id", relax_region=True).valid


def test_serial_must_be_digits() -> None:
    errors = tin.check("11010519491231002XA1").errors
    assert [e.code for e in errors] == ["charset"]


def test_validate_raises() -> None:
    with pytest.raises(InvalidLength):
        tin.validate("1101084912310020")
    with pytest.raises(InvalidChecksum):
        tin.validate("11010519491231002101")
