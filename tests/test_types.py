"""The pydantic field types: normalisation, error codes, JSON Schema snapshot."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from voidnotice.types import USCC, OrgCode, RegistrationNumber, ResidentID, TaxpayerID


class Company(BaseModel):
    code: USCC


def test_normalisation() -> None:
    company = Company(code="９２４３ ０２０３ ma4l yb4c 2x")  # type: ignore[arg-type]
    assert company.code == "92430203MA4LYB4C2X"


@pytest.mark.parametrize(
    ("type_", "raw", "stored"),
    [
        (OrgCode, "ｄ２１４３５６９－ｘ", "D2143569X"),
        (RegistrationNumber, "110108 000000 016号", "110108000000016"),
        (ResidentID, "11010519491231002x", "11010519491231002X"),
        (ResidentID, "110105 491231 002", "110105491231002"),
        (TaxpayerID, "110108-58250756-4", "110108582507564"),
    ],
)
def test_stores_compact_form(type_: type, raw: str, stored: str) -> None:
    value: object = TypeAdapter(type_).validate_python(raw)
    assert value == stored
    assert isinstance(value, type_)


@pytest.mark.parametrize(
    ("type_", "raw", "code", "message"),
    [
        (USCC, "92430203MA41YB4C2X", "org_code_checksum",
         "embedded organisation code MA41YB4C2 has check character 2, expected 4"),
        (OrgCode, "D2143569-1", "checksum", "check character is 1, expected X"),
        (RegistrationNumber, "110108000000015", "checksum", "check digit is 5, expected 6"),
        (ResidentID, "360426199113010079", "date",
         "birth date 19911301 is not a calendar date: month 13, expected 01-12"),
        (ResidentID, "110201199312010077", "region",
         "region code 110201 (昌平县) was withdrawn in 1982, before the birth year 1993"),
        (ResidentID, "4302**********1234", "format",
         "the number is masked (10 characters hidden), so it cannot be checked"),
        (TaxpayerID, "91110108MA01G0FB09", "length",
         "has 18 characters, expected 15, 17 or 20; an 18-character taxpayer number is a USCC"
         " or a resident ID"),
    ],
)
def test_error_type_is_the_problem_code(type_: type, raw: str, code: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        TypeAdapter(type_).validate_python(raw)
    error = info.value.errors()[0]
    assert (error["type"], error["msg"]) == (code, message)


def test_parts_on_the_value() -> None:
    value = TypeAdapter(ResidentID).validate_python("11010519491231002X")
    assert value.parts is not None
    assert value.parts.sex == "female"  # type: ignore[attr-defined]


SCHEMAS: dict[type, dict[str, Any]] = {
    USCC: {
        "type": "string",
        "pattern": r"^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$",
        "description": "unified social credit code (统一社会信用代码), normalised and checked"
        " by voidnotice",
        "examples": ["91110108MA01G0FB09", "91110000600037341L"],
    },
    OrgCode: {
        "type": "string",
        "pattern": r"^[0-9A-Z]{8}[0-9X]$",
        "description": "organisation code (组织机构代码), normalised and checked by voidnotice",
        "examples": ["D2143569X", "600037341"],
    },
    RegistrationNumber: {
        "type": "string",
        "pattern": r"^[0-9]{15}$",
        "description": "business registration number (工商注册号), normalised and checked by"
        " voidnotice",
        "examples": ["110108000000016", "321000400012591"],
    },
    ResidentID: {
        "type": "string",
        "pattern": r"^(?:[0-9]{17}[0-9X]|[0-9]{15})$",
        "description": "resident identity number (公民身份号码), normalised and checked by"
        " voidnotice",
        "examples": ["11010519491231002X", "110105491231002"],
    },
    TaxpayerID: {
        "type": "string",
        "pattern": r"^(?:[0-9]{6}[0-9A-Z]{8}[0-9X]|[0-9]{17}|[0-9]{17}[0-9X][0-9]{2})$",
        "description": "taxpayer identification number (纳税人识别号), normalised and checked by"
        " voidnotice",
        "examples": ["110108582507564", "11010519491231002X01"],
    },
}


@pytest.mark.parametrize("type_", list(SCHEMAS), ids=lambda t: t.__name__)
def test_json_schema_snapshot(type_: type) -> None:
    assert TypeAdapter(type_).json_schema() == SCHEMAS[type_]


def test_schema_examples_validate() -> None:
    for type_, schema in SCHEMAS.items():
        for example in schema["examples"]:
            assert TypeAdapter(type_).validate_python(example) == example
