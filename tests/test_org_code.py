"""Organisation code: the verdicts of spec/identifiers.md section 2."""

from __future__ import annotations

import pytest

from voidnotice import validate
from voidnotice.ids import org_code

SPEC_EXAMPLES = [
    ("D2143569-X", True, [], None),
    ("600037341", True, [], None),
    ("582507564", True, [], None),
    ("D2143569-1", False, ["checksum"], "check character is 1, expected X"),
    ("123456789", False, ["checksum"], "check character is 9, expected 8"),
]


@pytest.mark.parametrize(("value", "valid", "codes", "message"), SPEC_EXAMPLES)
def test_spec_examples(value: str, valid: bool, codes: list[str], message: str | None) -> None:
    result = validate(value, "org_code")
    assert result.valid is valid
    assert [e.code for e in result.errors] == codes
    if message is not None:
        assert result.errors[0].message == message


def test_misplaced_hyphen_is_format() -> None:
    assert [e.code for e in org_code.check("D214-3569X").errors] == ["format"]


def test_x_only_as_check_character() -> None:
    assert [e.code for e in org_code.check("X2143569X").errors] == ["checksum"]
    assert [e.code for e in org_code.check("D2143569Y").errors] == ["charset"]


def test_format() -> None:
    assert org_code.format("d2143569x") == "D2143569-X"
