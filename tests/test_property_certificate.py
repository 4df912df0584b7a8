"""Real-estate certificate numbers (不动产权证书号, 房权证): spec §11 examples."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength

from voidnotice.ids import property_certificate as pc
from voidnotice.ids.property_certificate import PropertyCertificateParts

TODAY = datetime.date(2026, 11, 26)
REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "property_certificate"
]

SPEC_VALID = [
    "苏(2017)海门市不动产权第0000183号",
    "皖(2018)合肥市不动产权第10023999号",
    "浙(2017)嘉善县不动产权第0049447号",
    "湘（2017）北湖不动产权第0034063号",
    "甬（2016）宁波市 不动产权第 158545 号",
    "沪(2018)徐字不动产权第015979号",
    "黔（2017）黔西县不动产证明第0003901号",
    "湘(2020)株洲市不动产权第0012345号",
    "道房权证字第713000590号",
    "株房权证天字第0012345号",
    "京房权证朝字第20123号",
    "杭房权证西字第123456号",
]


@pytest.mark.parametrize("number", SPEC_VALID)
def test_spec_examples_are_valid(number: str) -> None:
    outcome = pc.check(number, today=TODAY)
    assert outcome.errors == [], outcome.errors
    assert outcome.valid()


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = pc.check(str(row["value"]), today=TODAY)
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


def test_compact_keeps_text_and_hao_with_half_width_parentheses() -> None:
    assert pc.compact("甬（2016）宁波市 不动产权第 158545 号") == "甬(2016)宁波市不动产权第158545号"
    assert pc.validate("湘(2020)株洲市不动产权第0012345号") == "湘(2020)株洲市不动产权第0012345号"


def test_unified_parts() -> None:
    parts = pc.check("湘（2017）北湖不动产权第0034063号", today=TODAY).parts
    assert isinstance(parts, PropertyCertificateParts)
    assert (parts.form, parts.certificate, parts.abbreviation, parts.province) == (
        "unified", "不动产权", "湘", "湖南省",
    )
    assert (parts.year, parts.place, parts.district) == (2017, "北湖", None)
    assert parts.serial == "0034063"


def test_ningbo_abbreviation_decodes_to_zhejiang() -> None:
    parts = pc.check("甬（2016）宁波市 不动产权第 158545 号", today=TODAY).parts
    assert isinstance(parts, PropertyCertificateParts) and parts.province == "浙江省"


def test_legacy_parts() -> None:
    parts = pc.check("道房权证字第713000590号").parts
    assert isinstance(parts, PropertyCertificateParts)
    assert (parts.form, parts.certificate, parts.place, parts.district, parts.serial) == (
        "legacy", "房权证", "道", None, "713000590",
    )
    assert parts.year is None and parts.province is None


@pytest.mark.parametrize(
    "number", ["邕房他字第123456号", "邕房预字第1234567号", "京房他证朝字第123号"]
)
def test_legacy_rights_of_others_and_advance_registration(number: str) -> None:
    assert pc.is_valid(number)


@pytest.mark.parametrize(
    ("number", "certificate", "year"),
    [("株国用(2008)第0321号", "国用", 2008), ("株国用（2008）字第0321号", "国用", 2008),
     ("湘集用(2010)第12号", "集用", 2010), ("X京房权证朝字第123号", "房权证", None)],
)
def test_land_use_certificates_and_series_letters(
    number: str, certificate: str, year: int | None
) -> None:
    parts = pc.check(number).parts
    assert isinstance(parts, PropertyCertificateParts)
    assert (parts.form, parts.certificate, parts.year) == ("legacy", certificate, year)


@pytest.mark.parametrize(
    ("digits", "warned"), [("158545", True), ("0034063", False), ("10023999", True)],
)
def test_serial_of_six_or_eight_digits_is_only_a_warning(digits: str, warned: bool) -> None:
    outcome = pc.check(f"湘(2017)北湖不动产权第{digits}号", today=TODAY)
    assert outcome.valid()
    assert [p.code for p in outcome.warnings] == (["format"] if warned else [])


@pytest.mark.parametrize("digits", ["12345", "123456789"])
def test_serial_outside_six_to_eight_digits_is_a_format_error(digits: str) -> None:
    outcome = pc.check(f"湘(2017)北湖不动产权第{digits}号", today=TODAY)
    assert [p.code for p in outcome.errors] == ["format"]
    assert outcome.errors[0].message.endswith("expected 6 to 8")


@pytest.mark.parametrize("abbreviation", ["港", "台", "澳", "中"])
def test_abbreviation_outside_the_mainland_table_is_a_region_error(abbreviation: str) -> None:
    with pytest.raises(InvalidComponent, match="is no province abbreviation of the certificates"):
        pc.validate(f"{abbreviation}(2020)株洲市不动产权第0012345号", today=TODAY)


@pytest.mark.parametrize("abbreviation", ["贵", "黔", "滇", "云"])
def test_second_abbreviations_are_accepted(abbreviation: str) -> None:
    assert pc.check(f"{abbreviation}(2020)某市不动产权第0012345号", today=TODAY).valid()


@pytest.mark.parametrize(
    ("year", "message"),
    [(2014, "year 2014 is before the first unified certificates (2015)"),
     (2027, "year 2027 is after the current year 2026")],
)
def test_year_outside_2015_to_today_is_a_date_error(year: int, message: str) -> None:
    outcome = pc.check(f"湘({year})株洲市不动产权第0012345号", today=TODAY)
    assert [(p.code, p.message) for p in outcome.errors] == [("date", message)]


@pytest.mark.parametrize(
    "number",
    [
        "湘(2020)株洲市不动产第0012345号",
        "湘(2020)株洲市不动产权第0012345",
        "湘2020株洲市不动产权第0012345号",
        "湘(20)株洲市不动产权第0012345号",
        "湘(2020)不动产权第0012345号",
        "房权证字第713000590号",
        "道房权证字第71300O590号",
        "",
    ],
)
def test_shape_errors_name_the_expected_forms(number: str) -> None:
    outcome = pc.check(number, today=TODAY)
    assert [p.code for p in outcome.errors] == ["format"]
    assert "不动产权第N号" in outcome.errors[0].message
    with pytest.raises(InvalidFormat):
        pc.validate(number)


def test_overlong_input_is_a_length_error() -> None:
    with pytest.raises(InvalidLength, match="expected at most 64"):
        pc.validate("湘(2020)" + "株" * 100 + "不动产权第0012345号")
