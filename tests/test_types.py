"""The pydantic field types: normalisation, error codes, JSON Schema snapshot."""

from __future__ import annotations

import re
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from voidnotice import Kind, UnknownKindError
from voidnotice.types import (
    USCC,
    IdentifierValidator,
    OrgCode,
    RegistrationNumber,
    ResidentID,
    ResidentIDValidator,
    TaxpayerID,
    TaxpayerIDValidator,
)


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
         "embedded organisation code MA41YB4C2 has check character 2, expected 4;"
         " check character is X, expected W"),
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


#: The validation-mode JSON Schema of each type: a format, no pattern.
SCHEMAS: dict[type, dict[str, Any]] = {
    USCC: {
        "type": "string",
        "format": "cn-uscc",
        "description": "unified social credit code (统一社会信用代码), normalised and checked"
        " by voidnotice",
        "examples": ["91110108MA01G0FB09", "91110000600037341L"],
    },
    OrgCode: {
        "type": "string",
        "format": "cn-org-code",
        "description": "organisation code (组织机构代码), normalised and checked by voidnotice",
        "examples": ["D2143569X", "600037341"],
    },
    RegistrationNumber: {
        "type": "string",
        "format": "cn-registration-number",
        "description": "business registration number (工商注册号), normalised and checked by"
        " voidnotice",
        "examples": ["110108000000016", "321000400012591"],
    },
    ResidentID: {
        "type": "string",
        "format": "cn-resident-id",
        "description": "resident identity number (公民身份号码), normalised and checked by"
        " voidnotice",
        "examples": ["11010519491231002X", "110105491231002"],
    },
    TaxpayerID: {
        "type": "string",
        "format": "cn-taxpayer-id",
        "description": "taxpayer identification number (纳税人识别号), normalised and checked by"
        " voidnotice",
        "examples": ["110108582507564", "11010519491231002X01"],
    },
}

#: In serialization mode, the pattern of the compact form the type gives out.
PATTERNS: dict[type, str] = {
    USCC: r"^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$",
    OrgCode: r"^[0-9A-Z]{8}[0-9X]$",
    RegistrationNumber: r"^[0-9]{15}$",
    ResidentID: r"^(?:[0-9]{17}[0-9X]|[0-9]{15})$",
    TaxpayerID: r"^(?:[0-9]{6}[0-9A-Z]{8}[0-9X]|[0-9]{17}|[0-9]{17}[0-9X][0-9]{2})$",
}


@pytest.mark.parametrize("type_", list(SCHEMAS), ids=lambda t: t.__name__)
def test_json_schema_snapshot(type_: type) -> None:
    assert TypeAdapter(type_).json_schema() == SCHEMAS[type_]
    assert TypeAdapter(type_).json_schema(mode="serialization") == {
        **SCHEMAS[type_], "pattern": PATTERNS[type_]}


SPELLINGS: dict[type, list[str]] = {
    USCC: ["9111 0108 ma01 g0fb 09", "９１１１０１０８ＭＡ０１Ｇ０ＦＢ０９",
           "91110108-MA01G0FB-09"],
    OrgCode: ["d2143569-x", "Ｄ２１４３５６９－Ｘ", "D214 3569X"],
    RegistrationNumber: ["110108 000000 016号", "１１０１０８０００００００１６"],
    ResidentID: ["11010519491231002x", "110105 19491231 002X", "110105-491231-002"],
    TaxpayerID: ["110108-58250756-4", "110108 582507564"],
}


@pytest.mark.parametrize("type_", list(SPELLINGS), ids=lambda t: t.__name__)
def test_validation_schema_accepts_every_spelling_the_type_takes(type_: type) -> None:
    schema = TypeAdapter(type_).json_schema()
    for spelling in SPELLINGS[type_]:
        TypeAdapter(type_).validate_python(spelling)  # the type takes it...
        assert schema["type"] == "string"  # ... and so does its schema
        assert "pattern" not in schema or re.fullmatch(schema["pattern"], spelling), spelling
        compact: str = TypeAdapter(type_).validate_python(spelling)
        assert re.fullmatch(PATTERNS[type_], compact)  # what it gives out fits the pattern


def test_error_names_every_problem_with_codes_in_ctx() -> None:
    with pytest.raises(ValidationError) as info:
        TypeAdapter(USCC).validate_python("92430203MA41YB4C2X")
    (error,) = info.value.errors()
    assert error["type"] == "org_code_checksum"
    assert "expected 4" in error["msg"] and "check character is X, expected W" in error["msg"]
    assert error["ctx"]["kind"] == "uscc"
    assert [p["code"] for p in error["ctx"]["problems"]] == ["org_code_checksum", "checksum"]


class Person(BaseModel):
    strict: Annotated[str, ResidentIDValidator()] | None = None
    relaxed: Annotated[str, ResidentIDValidator(relax_region=True)] | None = None
    company: Annotated[str, IdentifierValidator("uscc")] | None = None


def test_annotated_validators_take_per_field_options() -> None:
    withdrawn = "110201199312010077"  # region withdrawn before the birth year
    assert Person(relaxed=withdrawn).relaxed == withdrawn
    with pytest.raises(ValidationError) as info:
        Person(strict=withdrawn)
    assert info.value.errors()[0]["type"] == "region"
    person = Person(strict="11010519491231002x", company="9111 0108 ma01 g0fb 09")
    assert (person.strict, person.company) == ("11010519491231002X", "91110108MA01G0FB09")
    assert type(person.strict) is str
    with pytest.raises(ValidationError) as info:
        Person(company="92430203MA41YB4C2X")
    assert len(info.value.errors()[0]["ctx"]["problems"]) == 2
    properties = Person.model_json_schema()["properties"]
    assert properties["relaxed"]["anyOf"][0]["format"] == "cn-resident-id"
    assert properties["company"]["anyOf"][0]["format"] == "cn-uscc"
    assert IdentifierValidator("uscc").kind is Kind.USCC
    with pytest.raises(UnknownKindError):
        IdentifierValidator("usc")
    with pytest.raises(ValidationError):
        TypeAdapter(Annotated[str, TaxpayerIDValidator()]).validate_python(12)


def test_schema_examples_validate() -> None:
    for type_, schema in SCHEMAS.items():
        for example in schema["examples"]:
            assert TypeAdapter(type_).validate_python(example) == example
