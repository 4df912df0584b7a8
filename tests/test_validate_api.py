"""voidnotice.validate / is_valid / identify over the kinds of this change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import voidnotice
from voidnotice import Identifier, Kind, UnknownKindError, identify, is_valid, validate
from voidnotice.ids import module_for, registration_number, resident_id, taxpayer_id, uscc
from voidnotice.ids._base import construct

REAL = Path(__file__).parent / "data" / "real_numbers_ids.jsonl"


def _real_numbers() -> list[dict[str, Any]]:
    return [json.loads(line) for line in REAL.read_text(encoding="utf-8").splitlines() if line]


def test_enough_real_numbers_with_sources() -> None:
    rows = _real_numbers()
    assert len(rows) >= 20
    assert all(row["source"] for row in rows)
    assert {row["kind"] for row in rows} >= {"uscc", "registration_number", "resident_id"}


@pytest.mark.parametrize("row", _real_numbers(), ids=lambda row: row["value"])
def test_real_numbers(row: dict[str, Any]) -> None:
    result = validate(row["value"], row["kind"])
    assert result.valid is row["valid"]
    assert sorted(e.code for e in result.errors) == sorted(row["codes"])


def test_kind_as_enum_or_string() -> None:
    assert validate("110108000000016", Kind.REGISTRATION_NUMBER).valid
    assert validate("110108000000016", "registration_number").kind is Kind.REGISTRATION_NUMBER


def test_unknown_kind() -> None:
    with pytest.raises(UnknownKindError, match="unknown kind 'resident'"):
        validate("11010519491231002X", "resident")


def test_identifier_fields() -> None:
    result = validate(" 110105 19491231 002x ", "resident_id", label="身份证号")
    assert isinstance(result, Identifier)
    assert (result.raw, result.value, result.label) == (
        " 110105 19491231 002x ", "11010519491231002X", "身份证号"
    )
    assert isinstance(result.parts, resident_id.ResidentIdParts)


def test_relax_region_moves_table_errors_to_warnings() -> None:
    strict = validate("110201199312010077", "resident_id")
    relaxed = validate("110201199312010077", "resident_id", relax_region=True)
    assert [e.code for e in strict.errors] == ["region"] and not strict.valid
    assert relaxed.valid and relaxed.errors == []
    assert [w.code for w in relaxed.warnings] == ["region"]
    assert is_valid("110201199312010077", "resident_id", relax_region=True)
    assert not is_valid("110201199312010077", "resident_id")


def test_relax_region_keeps_real_errors() -> None:
    assert not validate("990426199112010074", "resident_id", relax_region=True).valid


def test_serialises_parts_of_each_kind() -> None:
    dumped = validate("11010519491231002X", "resident_id").model_dump(mode="json")
    assert dumped["parts"]["birth_date"] == "1949-12-31"
    assert dumped["parts"]["region"]["county"] == "朝阳区"
    dumped = validate("321000400012591", "registration_number").model_dump(mode="json")
    assert dumped["parts"]["entity_type"] == "foreign_invested"
    dumped = validate("110108582507564", "taxpayer_id").model_dump(mode="json")
    assert dumped["parts"]["org_code"] == "582507564"


@pytest.mark.parametrize(
    ("number", "first"),
    [("110108000000016", Kind.REGISTRATION_NUMBER), ("110108582507564", Kind.TAXPAYER_ID),
     ("110105491231002", Kind.RESIDENT_ID), ("11010519491231002X01", Kind.TAXPAYER_ID),
     ("11010519491231002X", Kind.RESIDENT_ID)],
)
def test_identify_puts_the_passing_kind_first(number: str, first: Kind) -> None:
    assert identify(number)[0] is first


@pytest.mark.parametrize("module", [uscc, registration_number, resident_id, taxpayer_id])
def test_modules_satisfy_the_protocol(module: Any) -> None:
    for name in ("KIND", "NAME", "PATTERN", "EXAMPLES", "HAS_CHECK_CHARACTER"):
        assert hasattr(module, name)
    for example in module.EXAMPLES:
        assert module.is_valid(example), example
        assert module.format(example) == module.compact(example)
        assert module.validate(example) == module.compact(example)


def test_construct_matches_model_construct() -> None:
    values: dict[str, Any] = {
        "raw": "x", "value": "X", "kind": Kind.SERIAL, "label": None, "valid": True,
        "errors": [], "warnings": [], "parts": None,
    }
    fast = construct(Identifier, **values)
    slow = Identifier.model_construct(**values)
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_fields_set == slow.model_fields_set


def test_package_exports() -> None:
    assert voidnotice.validate is validate


@pytest.mark.parametrize("kind", list(Kind))
def test_is_valid_of_every_module_is_false_for_non_strings(kind: Kind) -> None:
    module = module_for(kind)
    for value in (None, 91110108, 1.5, b"91110108MA01G0FB09", ["D2143569X"], float("nan")):
        assert module.is_valid(value) is False  # type: ignore[arg-type]
