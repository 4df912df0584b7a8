"""Vehicle plates (机动车号牌号码): spec §13.1 rules and examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength

from voidnotice.ids import plate
from voidnotice.ids.plate import PlateParts

REAL = [
    row
    for row in map(json.loads, (Path(__file__).parent / "data/real_numbers_documents.jsonl")
                   .read_text(encoding="utf-8").splitlines())
    if row["kind"] == "plate"
]


@pytest.mark.parametrize("number", ["湘B·12345", "湘B 12345", "湘B12345"])
def test_spec_notice_forms_compact_to_one_plate(number: str) -> None:
    assert plate.validate(number) == "湘B12345"


@pytest.mark.parametrize("row", REAL, ids=[r["value"] for r in REAL])
def test_real_numbers_get_their_recorded_verdict(row: dict[str, object]) -> None:
    outcome = plate.check(str(row["value"]))
    assert outcome.valid() is row["valid"]
    assert [p.code for p in outcome.errors] == row["codes"]


@pytest.mark.parametrize(
    "number", ["粤BD12345", "粤BFA1234", "沪A12345D", "沪A12345F", "粤Z1234港", "粤Z1234澳",
               "湘A1234学", "湘A1234挂", "湘A1234警", "京NABC12"],
)
def test_layouts_of_gb_36(number: str) -> None:
    assert plate.is_valid(number)


def test_parts_of_an_ordinary_plate() -> None:
    parts = plate.check("湘B·12345").parts
    assert isinstance(parts, PlateParts)
    assert (parts.province_abbreviation, parts.province, parts.authority, parts.serial) == (
        "湘", "湖南省", "B", "12345",
    )
    assert (parts.new_energy, parts.energy, parts.class_character) == (False, None, None)


@pytest.mark.parametrize(("number", "energy"), [("粤BD12345", "D"), ("沪A12345F", "F")])
def test_parts_of_new_energy_plates(number: str, energy: str) -> None:
    parts = plate.check(number).parts
    assert isinstance(parts, PlateParts) and parts.new_energy and parts.energy == energy


def test_class_character_is_decoded() -> None:
    parts = plate.check("粤Z1234港").parts
    assert isinstance(parts, PlateParts) and parts.class_character == "港"


@pytest.mark.parametrize("number", ["湘B1234", "湘B123456789", ""])
def test_length(number: str) -> None:
    with pytest.raises(InvalidLength, match="expected 7 or 8"):
        plate.validate(number)


@pytest.mark.parametrize("abbreviation", ["港", "台", "使", "领", "A", "黔"])
def test_non_plate_abbreviation_is_a_region_error(abbreviation: str) -> None:
    outcome = plate.check(f"{abbreviation}B12345")
    assert [p.code for p in outcome.errors] == ["region"]
    assert outcome.errors[0].message.endswith(
        "expected one of 京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
    )
    with pytest.raises(InvalidComponent):
        plate.validate(f"{abbreviation}B12345")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("湘I12345", "'I' at position 2 is no authority letter; expected a capital, not I or O"),
        ("湘B12O45", "'O' at position 5: plates never use I or O; expected digits or capitals"),
        ("湘B1学345", "'学' at position 4: a class character belongs at position 7"),
        ("湘B12#45", "'#' at position 5: expected digits or capitals (not I or O)"),
    ],
)
def test_charset_messages(number: str, message: str) -> None:
    outcome = plate.check(number)
    assert [(p.code, p.message) for p in outcome.errors] == [("charset", message)]


@pytest.mark.parametrize("number", ["粤BA12345", "粤B123456", "粤BD1A234", "粤B1234D5"])
def test_eight_characters_must_fit_a_new_energy_layout(number: str) -> None:
    with pytest.raises(InvalidFormat, match="does not fit a new-energy plate; expected D or F"):
        plate.validate(number)


def test_format_puts_the_dot_back() -> None:
    assert plate.format("湘b 12345") == "湘B·12345"
    assert plate.format("粤BD12345") == "粤B·D12345"
    assert plate.format("湘B1") == "湘B1"


@pytest.mark.parametrize("number,message", [
    # set BP: OCR's O for 0 on a new-energy plate is a character no plate uses
    ("川A·O6158D", "'O' at position 3: plates never use I or O; expected digits or capitals"),
    # its G for 6: a letter where the layout wants a digit
    ("苏E·D5283G", "'D5283G' does not fit a new-energy plate; expected D or F then a letter"
                  " or digit and 4 digits, or 5 digits then D or F"),
    ("粤B1234挂5", "'挂' at position 7: a class character ends an ordinary plate of 7"
                 " characters, not a new-energy one"),
])
def test_a_new_energy_plate_that_misfits_fails_charset(number: str, message: str) -> None:
    # identifiers.md names length, charset and region for a plate; a new-energy layout's
    # misfit is a character where the layout puts none
    outcome = plate.check(number)
    assert [(p.code, p.message) for p in outcome.errors] == [("charset", message)]
