"""The pydantic field types of the eight document kinds: normalise, reject, schema."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from voidnotice.ids import module_for
from voidnotice.kinds import Kind
from voidnotice.types import (
    AccountPermitNumber,
    BirthCertificateNumber,
    DigitalInvoiceNumber,
    IdentifierStr,
    InvoiceCode,
    InvoiceNumber,
    Plate,
    PropertyCertificateNumber,
    Serial,
)

CASES: list[tuple[type[IdentifierStr], str, str, str, str]] = [
    # type, as printed, compact, a bad number, its first problem code
    (InvoiceCode, "４３００ １７１１ ３０", "4300171130", "9900171130", "region"),
    (InvoiceNumber, "0096 6245号", "00966245", "0096624", "length"),
    (DigitalInvoiceNumber, "2494 2000 0000 1266 0383", "24942000000012660383",
     "2494200000001266O383", "charset"),
    (BirthCertificateNumber, "ｐ４３０９３５８４２", "P430935842", "P990935842", "region"),
    (AccountPermitNumber, "j2900-1234-56789", "J2900123456789", "X2900123456789", "charset"),
    (PropertyCertificateNumber, "湘（2020）株洲市 不动产权第 0012345 号",
     "湘(2020)株洲市不动产权第0012345号", "湘(2014)株洲市不动产权第0012345号", "date"),
    (Plate, "湘B·12345", "湘B12345", "湘B1234", "length"),
    (Serial, "（181）湘地证 04123456", "(181)湘地证04123456", "湘地证", "format"),
]


def _model(field_type: type[IdentifierStr]) -> Any:
    """A model with one field of the type (Any: its field is made at run time)."""
    class Model(BaseModel):
        number: field_type  # type: ignore[valid-type]

    return Model


@pytest.mark.parametrize(("field_type", "raw", "compact", "_bad", "_code"), CASES)
def test_input_is_stored_compact(
    field_type: type[IdentifierStr], raw: str, compact: str, _bad: str, _code: str
) -> None:
    stored = _model(field_type)(number=raw).number
    assert stored == compact
    assert isinstance(stored, field_type)
    assert _model(field_type)(number=raw).model_dump() == {"number": compact}


@pytest.mark.parametrize(("field_type", "_raw", "_compact", "bad", "code"), CASES)
def test_bad_number_is_rejected_with_the_problem_code(
    field_type: type[IdentifierStr], _raw: str, _compact: str, bad: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _model(field_type)(number=bad)
    error = info.value.errors()[0]
    assert error["type"] == code
    assert error["msg"] == module_for(field_type.kind).check(bad).first_problem().message  # type: ignore[union-attr]
    assert error["ctx"]["kind"] == field_type.kind.value


@pytest.mark.parametrize(("field_type", "raw", "_compact", "_bad", "_code"), CASES)
def test_parts_are_decoded_from_the_stored_value(
    field_type: type[IdentifierStr], raw: str, _compact: str, _bad: str, _code: str
) -> None:
    parts = _model(field_type)(number=raw).number.parts
    if field_type is InvoiceNumber:
        assert parts is None
    else:
        assert parts is not None and parts.kind == field_type.kind


class Documents(BaseModel):
    invoice_code: InvoiceCode
    invoice_number: InvoiceNumber
    digital_invoice_number: DigitalInvoiceNumber
    birth_certificate: BirthCertificateNumber
    account_permit: AccountPermitNumber
    property_certificate: PropertyCertificateNumber
    plate: Plate
    serial: Serial


HAN = r"\u4e00-\u9fff"
PROPERTY_ABBREVIATIONS = (
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新" "申蜀黔滇秦陇" "甬"
)
SCHEMA_SNAPSHOT: dict[str, dict[str, Any]] = {
    "invoice_code": {
        "pattern": r"^(?:[0-9]{10}|[0-2][0-9]{11})$",
        "description": "invoice code (发票代码), normalised and checked by voidnotice",
        "examples": ["4300171130", "044001500111"],
    },
    "invoice_number": {
        "pattern": r"^(?!0{8}$)[0-9]{8}$",
        "description": "invoice number (发票号码), normalised and checked by voidnotice",
        "examples": ["00966245", "02550485"],
    },
    "digital_invoice_number": {
        "pattern": r"^[0-9]{20}$",
        "description": "fully digital invoice number (数电发票号码), normalised and checked by"
        " voidnotice",
        "examples": ["24942000000012660383"],
    },
    "birth_certificate": {
        "pattern": r"^[A-Z][0-9]{9}$",
        "description": "birth certificate number (出生医学证明编号), normalised and checked by"
        " voidnotice",
        "examples": ["P430935842", "X320101001"],
    },
    "account_permit": {
        "pattern": r"^[JLZ][0-9]{13}$",
        "description": "account-opening permit approval number (开户许可证核准号), normalised and"
        " checked by voidnotice",
        "examples": ["J2900123456789"],
    },
    "property_certificate": {
        "pattern": (
            rf"^(?:[{PROPERTY_ABBREVIATIONS}]\([0-9]{{4}}\)[{HAN}]{{1,12}}?"
            rf"(?:不动产权|不动产证明)第[0-9]{{6,8}}号"
            rf"|[A-Z]?[{HAN}]{{1,4}}?(?:房权证|房他证|房他|房预)[{HAN}]{{0,4}}?字第[0-9]{{1,12}}号"
            rf"|[{HAN}]{{1,4}}?(?:国用|集用)\([0-9]{{4}}\)字?第[0-9]{{1,12}}号)$"
        ),
        "description": "real-estate certificate number (不动产权证书号, 房屋所有权证号), normalised"
        " and checked by voidnotice",
        "examples": ["湘(2020)株洲市不动产权第0012345号", "道房权证字第713000590号"],
    },
    "plate": {
        "pattern": (
            "^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新][A-HJ-NP-Z]"
            "(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9][0-9]{4}"
            "|[0-9]{5}[DF])$"
        ),
        "description": "vehicle plate number (机动车号牌号码), normalised and checked by"
        " voidnotice",
        "examples": ["湘B12345", "粤BD12345", "沪A12345D"],
    },
    "serial": {
        "pattern": (
            rf"^(?:\([0-9A-Z]{{1,8}}\))?(?:[0-9]{{1,6}}(?=[{HAN}A-Z]{{2}}))?[{HAN}A-Z]{{0,8}}"
            "[0-9]{4,20}$"
        ),
        "description": "serial number (编号, 票号), normalised and checked by voidnotice",
        "examples": ["01638246", "30011323", "(181)湘地证04123456"],
    },
}


def test_json_schema_snapshot() -> None:
    """Validation mode: a format and no pattern; serialization mode: the pattern too."""
    properties = Documents.model_json_schema()["properties"]
    serialized = Documents.model_json_schema(mode="serialization")["properties"]
    assert set(properties) == set(SCHEMA_SNAPSHOT)
    for name, expected in SCHEMA_SNAPSHOT.items():
        common = {"type": "string", "title": name.replace("_", " ").title(),
                  "format": "cn-" + name.replace("_", "-"),
                  "description": expected["description"], "examples": expected["examples"]}
        assert properties[name] == common, name
        assert serialized[name] == {**common, "pattern": expected["pattern"]}, name


@pytest.mark.parametrize("name", list(SCHEMA_SNAPSHOT))
def test_schema_pattern_is_anchored_plain_syntax_and_fits_its_examples(name: str) -> None:
    pattern = SCHEMA_SNAPSHOT[name]["pattern"]
    assert pattern.startswith("^") and pattern.endswith("$")
    # Constructs ECMA-262 lacks or reads differently from Python.
    for construct in ("(?P", "\\A", "\\Z", "(?i", "\\d", "\\w", "\\s", "*+", "++"):
        assert construct not in pattern
    compiled = re.compile(pattern)
    module = module_for(Kind(name))
    for example in SCHEMA_SNAPSHOT[name]["examples"]:
        assert compiled.fullmatch(example), example
        assert module.check(example).valid(), example
