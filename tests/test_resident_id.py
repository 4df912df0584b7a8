"""Resident ID: spec/identifiers.md section 4, the stdnum differences, parts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from voidnotice import regions, validate
from voidnotice.ids import resident_id as rid


def _with_check(body: str) -> str:
    return body + rid.calc_check_digit(body)


SPEC_EXAMPLES = [
    ("11010519491231002X", True, []),
    ("360426199101010071", True, []),
    ("110105491231002", True, []),
    ("110111198012010078", True, []),
    ("810000199001010019", True, []),
    ("830000199001010012", True, []),
    ("933156199001010016", True, []),
    ("11011219800101001X", True, []),
    ("110105194912310021", False, ["checksum"]),
    ("360426199113010079", False, ["date"]),
    ("990426199112010074", False, ["region"]),
    ("4302**********1234", False, ["format"]),
]


@pytest.mark.parametrize(("value", "valid", "codes"), SPEC_EXAMPLES)
def test_spec_examples(value: str, valid: bool, codes: list[str]) -> None:
    result = validate(value, "resident_id")
    assert result.valid is valid
    assert [e.code for e in result.errors] == codes


@pytest.mark.parametrize(
    "value", ["110111198012010078", "810000199001010019", "830000199001010012",
              "933156199001010016", "11011219800101001X"],
)
def test_accepts_what_stdnum_rejects(value: str) -> None:
    assert not ric.is_valid(value)
    assert rid.is_valid(value)


def test_never_raises_where_stdnum_raises_key_error() -> None:
    # 81 has a province entry but no county entries in stdnum's data.
    value = _with_check("81010119900101001")
    with pytest.raises(KeyError):
        ric.is_valid(value)
    result = validate(value, "resident_id")
    assert [e.code for e in result.errors] == ["region"]


def test_checksum_message() -> None:
    assert rid.check("110105194912310021").errors[0].message == "check character is 1, expected X"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("36042619911301007",
         "birth date 19911301 is not a calendar date: month 13, expected 01-12"),
        ("36042619910230007", "birth date 19910230 is not a calendar date: day 30, expected 01-28"),
        ("36042618491231007", "birth year 1849 is before 1850"),
        ("36042629990101007", "birth date 2999-01-01 is in the future"),
    ],
)
def test_date_problems(body: str, message: str) -> None:
    errors = rid.check(_with_check(body)).errors
    assert [(e.code, e.message) for e in errors] == [("date", message)]


def test_leap_day() -> None:
    assert rid.is_valid(_with_check("11010519960229002"))
    assert not rid.is_valid(_with_check("11010519970229002"))


def test_withdrawn_before_birth_is_a_relaxable_table_error() -> None:
    outcome = rid.check("110201199312010077")
    assert outcome.errors == []
    assert [p.code for p in outcome.table_errors] == ["region"]
    assert outcome.table_errors[0].message == (
        "region code 110201 (昌平县) was withdrawn in 1982, before the birth year 1993"
    )
    assert not rid.is_valid("110201199312010077")
    assert rid.is_valid("110201199312010077", relax_region=True)
    assert rid.validate("110201199312010077", relax_region=True) == "110201199312010077"


def test_code_in_no_version_of_the_data() -> None:
    outcome = rid.check(_with_check("11019919900101001"))
    assert outcome.table_errors[0].message == (
        "region code 110199 is in no version of the division data"
    )


def test_unknown_province_is_not_relaxable() -> None:
    value = _with_check("99042619911201007")
    assert not rid.is_valid(value, relax_region=True)


def test_foreigner_province_of_issue() -> None:
    parts = rid.check("933156199001010016").parts
    assert isinstance(parts, rid.ResidentIdParts)
    assert parts.holder == "foreign_permanent_resident"
    assert parts.region.province == "浙江省"
    assert parts.nationality == "156"


def test_parts_of_the_standard_sample() -> None:
    parts = rid.check("11010519491231002X").parts
    assert isinstance(parts, rid.ResidentIdParts)
    assert parts.region.county == "朝阳区"
    assert parts.birth_date == datetime.date(1949, 12, 31)
    assert parts.sex == "female"
    assert parts.holder == "resident"
    assert parts.eighteen_digit is None


def test_region_named_as_in_the_birth_year() -> None:
    early = rid.check(_with_check("35021119850101001")).parts
    late = rid.check(_with_check("35021119900101001")).parts
    assert isinstance(early, rid.ResidentIdParts) and isinstance(late, rid.ResidentIdParts)
    assert (early.region.county, late.region.county) == ("郊区", "集美区")


def test_legacy_15_digits() -> None:
    parts = rid.check("110105491231002").parts
    assert isinstance(parts, rid.ResidentIdParts)
    assert parts.eighteen_digit == "11010519491231002X"
    assert parts.birth_date == datetime.date(1949, 12, 31)
    assert rid.to_18("110105491231002") == "11010519491231002X"


def test_sex_from_sequence() -> None:
    male = rid.check(_with_check("11010519491231001")).parts
    assert isinstance(male, rid.ResidentIdParts)
    assert male.sex == "male"


@pytest.mark.parametrize(
    ("value", "hidden"),
    [("4302**********1234", 10), ("4302××××××××××1234", 10), ("430203XXXXXXXX1234", 8)],
)
def test_masked_numbers(value: str, hidden: int) -> None:
    errors = rid.check(value).errors
    assert [e.code for e in errors] == ["format"]
    assert f"masked ({hidden} characters hidden)" in errors[0].message


def test_lower_case_x_and_separators() -> None:
    assert rid.validate(" 110105 19491231 002x ") == "11010519491231002X"


def test_charset() -> None:
    errors = rid.check("11010519491231002Y").errors
    assert [(e.code, e.message) for e in errors] == [
        ("charset", "check character 'Y' is not 0-9 or X")
    ]
    assert [e.code for e in rid.check("1101051949123100X2").errors] == ["charset"]


@pytest.mark.parametrize(
    ("value", "exception"),
    [("1101051949123100", InvalidLength), ("4302**********1234", InvalidFormat),
     ("110105194912310021", InvalidChecksum), ("360426199113010079", InvalidComponent)],
)
def test_validate_raises(value: str, exception: type[Exception]) -> None:
    with pytest.raises(exception):
        rid.validate(value)


# python-stdnum parity: get_birth_date and get_birth_place


def _number(code: str, born: str) -> str:
    body = code + born + "001"
    return body + rid.calc_check_digit(body)


def test_birth_date_equals_stdnum() -> None:
    dates = ["19491231", "19800229", "20000101", "20991231", "18000101"]
    codes = ["110105", "430203", "320594", "990426", "810000"]
    for code in codes:
        for born in dates:
            number = _number(code, born)
            assert rid.get_birth_date(number) == ric.get_birth_date(number)
    for bad in ("19911301", "19900230", "19900001"):
        number = _number("360426", bad)
        with pytest.raises(InvalidComponent):
            ric.get_birth_date(number)
        with pytest.raises(InvalidComponent, match=f"birth date {bad} is not a calendar date"):
            rid.get_birth_date(number)


def test_birth_date_of_legacy_and_unreadable_numbers() -> None:
    assert rid.get_birth_date("110105491231002") == datetime.date(1949, 12, 31)
    with pytest.raises(InvalidFormat, match="masked"):
        rid.get_birth_date("4302**********1234")
    with pytest.raises(InvalidLength):
        rid.get_birth_date("1101051949")
    with pytest.raises(InvalidFormat):
        rid.get_birth_date("11010519491231A02X")


def test_birth_place_equals_stdnum_wherever_it_answers() -> None:
    """Every code of the division data, born in four years: same answer or a clear one."""
    answered = differs = 0
    for code in sorted(regions.codes()):
        for year in (1950, 1985, 1995, 2010):
            number = _number(code, f"{year}0101")
            try:
                expected: dict[str, str] | Exception = ric.get_birth_place(number)
            except (KeyError, InvalidComponent) as exc:
                expected = exc
            try:
                got: dict[str, str] | Exception = rid.get_birth_place(number)
            except InvalidComponent as exc:
                assert str(exc), number  # says why
                got = exc
            if isinstance(expected, dict):
                assert got == expected, number
                answered += 1
            elif isinstance(got, dict):
                # stdnum refuses a code (re)created after the birth year; ours names it
                differs += 1
                later = [w for w in regions.windows(code) if w.start and w.start > year]
                assert got["county"] == later[0].name, number
            else:
                assert isinstance(got, InvalidComponent)
    assert answered > 13000 and differs > 1000, (answered, differs)


def test_birth_place_answers_where_stdnum_fails() -> None:
    # a code created after the birth year: stdnum raises, we give its first name
    with pytest.raises(InvalidComponent):
        ric.get_birth_place("110111198012010078")
    assert rid.get_birth_place("110111198012010078") == {"province": "北京市", "county": "房山区"}
    # a code in no version of the data, with a known province: stdnum leaks KeyError
    with pytest.raises(KeyError):
        ric.get_birth_place("320594199001010011")
    with pytest.raises(InvalidComponent, match="320594 is in no version of the division data"):
        rid.get_birth_place("320594199001010011")
    with pytest.raises(InvalidComponent, match="foreigner's permanent residence number"):
        rid.get_birth_place("990426199112010074")
    with pytest.raises(InvalidComponent, match="withdrawn in 1982, before the birth year 1993"):
        rid.get_birth_place("110201199312010077")
    assert rid.get_birth_place("110105491231002") == {"province": "北京市", "county": "朝阳区"}


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_equals_stdnums(body: str) -> None:
    """GB 11643's check character, computed here without importing stdnum, is stdnum's."""
    from stdnum.cn import ric

    assert rid.calc_check_digit(body) == ric.calc_check_digit(body + "0")
