"""USCC: the verdicts of spec/identifiers.md section 1, and what the messages say."""

from __future__ import annotations

import pytest
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

from voidnotice import validate
from voidnotice.ids import uscc

# (value, valid, error codes in order) from the examples table of section 1.
SPEC_EXAMPLES = [
    ("91110108MA01G0FB09", True, []),
    ("91350100M000100Y43", True, []),
    ("9135010557098120XJ", True, []),
    ("91110000600037341L", True, []),
    ("121200004013590816", True, []),
    ("91320594780268314T", True, []),
    ("913210007908906337", True, []),
    ("91110108MA01G0FB08", False, ["checksum"]),
    ("91110108MA01GOFB09", False, ["charset"]),
    ("92430203MA41YB4C2X", False, ["org_code_checksum", "checksum"]),
    ("91350100M0001TGQXM", False, ["checksum"]),
    ("916201055811843000", False, ["org_code_checksum", "checksum"]),
]


@pytest.mark.parametrize(("value", "valid", "codes"), SPEC_EXAMPLES)
def test_spec_examples(value: str, valid: bool, codes: list[str]) -> None:
    result = validate(value, "uscc")
    assert result.valid is valid
    assert [e.code for e in result.errors] == codes


def test_checksum_message_names_the_expected_character() -> None:
    assert uscc.check("91110108MA01G0FB08").errors[0].message == (
        "check character is 8, expected 9"
    )


def test_development_zone_region_is_a_warning() -> None:
    outcome = uscc.check("91320594780268314T")
    assert outcome.valid()
    assert [w.code for w in outcome.warnings] == ["region"]


def test_unknown_province_is_an_error() -> None:
    # 99 is no province; the check characters are made to fit.
    body = "91990000MA01G0FB0"
    outcome = uscc.check(body + uscc.calc_check_digit(body))
    assert [e.code for e in outcome.errors] == ["region"]


def test_letter_authority_accepted() -> None:
    assert uscc.is_valid("N2330106MA2111114K")


def test_authority_category_not_in_table() -> None:
    body = "94110108MA01G0FB0"
    outcome = uscc.check(body + uscc.calc_check_digit(body))
    assert [e.code for e in outcome.errors] == ["authority"]
    assert "expected one of 1, 2, 3" in outcome.errors[0].message


def test_parts() -> None:
    parts = validate("91110108MA01G0FB09", "uscc").parts
    assert isinstance(parts, uscc.UsccParts)
    assert (parts.authority_name, parts.category_name) == ("工商", "企业")
    assert (parts.region.province, parts.region.county) == ("北京市", "海淀区")
    assert parts.org_code == "MA01G0FB0"


@pytest.mark.parametrize(
    ("value", "exception"),
    [
        ("91110108MA01G0FB0", InvalidLength),
        ("91110108MA01GOFB09", InvalidFormat),
        ("91110108MA01G0FB08", InvalidChecksum),
    ],
)
def test_validate_raises_stdnum_exceptions(value: str, exception: type[Exception]) -> None:
    with pytest.raises(exception):
        uscc.validate(value)


def test_format_and_compact() -> None:
    assert uscc.format("９１１１ ０１０８-ma01g0fb09") == "91110108MA01G0FB09"
