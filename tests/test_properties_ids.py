"""Properties: generated numbers validate; the errors each standard promises are caught.

MOD 31 (USCC) and MOD 11-2 (resident ID) catch every single change and every
swap of unequal neighbours. MOD 11,10 (registration number) catches every
single changed digit but not every swap. GB 11714 (organisation code) catches
a change unless the two characters' values differ by a multiple of 11.
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from voidnotice import regions
from voidnotice.ids import org_code, registration_number, resident_id, taxpayer_id, uscc

# County codes in force today (checked below, so a data update cannot make
# a generated number invalid unnoticed).
COUNTIES = [
    code for code in (
        "110105", "110108", "120110", "310115", "320505", "330106", "350203", "360426",
        "420106", "430203", "440113", "440305", "460105", "510104", "530102", "650102",
    )
    if regions.in_force_by(code, datetime.date.today().year)
]
DIGITS = "0123456789"
ANY_CHAR = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_counties_are_current() -> None:
    assert len(COUNTIES) == 16


@st.composite
def usccs(draw: st.DrawFn) -> str:
    authority = draw(st.sampled_from(sorted(uscc.AUTHORITIES)))
    category = draw(st.sampled_from(sorted(uscc.AUTHORITIES[authority][1])))
    body = draw(st.text(uscc.ALPHABET, min_size=8, max_size=8))
    head = authority + category + draw(st.sampled_from(COUNTIES))
    code = head + body + org_code.calc_check_digit(body)
    return code + uscc.calc_check_digit(code)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    born = draw(st.dates(datetime.date(1900, 1, 1), datetime.date.today()))
    body = (
        draw(st.sampled_from(COUNTIES)) + born.strftime("%Y%m%d")
        + draw(st.text(DIGITS, min_size=3, max_size=3))
    )
    return body + resident_id.calc_check_digit(body)


@st.composite
def org_codes(draw: st.DrawFn) -> str:
    body = draw(st.text(org_code.BODY_ALPHABET, min_size=8, max_size=8))
    return body + org_code.calc_check_digit(body)


@st.composite
def registration_numbers(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from(COUNTIES)) + draw(st.text(DIGITS, min_size=8, max_size=8))
    return body + registration_number.calc_check_digit(body)


@st.composite
def taxpayer_ids(draw: st.DrawFn) -> str:
    serial = draw(st.text(DIGITS, min_size=2, max_size=2))
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.sampled_from(COUNTIES)) + draw(org_codes())
    if choice == 1:
        return draw(resident_ids()) + serial
    legacy = draw(resident_ids().filter(lambda n: n[6:8] == "19" and n[8:10] != "00"))
    return legacy[:6] + legacy[8:17] + serial


def _changes(value: str, alphabet: str) -> list[str]:
    return [
        value[:i] + c + value[i + 1:]
        for i in range(len(value)) for c in alphabet if c != value[i]
    ]


def _swaps(value: str) -> list[str]:
    return [
        value[:i] + value[i + 1] + value[i] + value[i + 2:]
        for i in range(len(value) - 1) if value[i] != value[i + 1]
    ]


@given(usccs())
def test_generated_usccs_validate(value: str) -> None:
    assert uscc.is_valid(value)


@given(resident_ids())
def test_generated_resident_ids_validate(value: str) -> None:
    assert resident_id.is_valid(value)


@given(org_codes())
def test_generated_org_codes_validate(value: str) -> None:
    assert org_code.is_valid(value)


@given(registration_numbers())
def test_generated_registration_numbers_validate(value: str) -> None:
    assert registration_number.is_valid(value)


@given(taxpayer_ids())
def test_generated_taxpayer_ids_validate(value: str) -> None:
    assert taxpayer_id.is_valid(value)


@settings(max_examples=30)
@given(usccs())
def test_uscc_catches_every_single_change(value: str) -> None:
    assert not any(uscc.is_valid(changed) for changed in _changes(value, ANY_CHAR))


@given(usccs())
def test_uscc_catches_every_neighbour_swap(value: str) -> None:
    assert not any(uscc.is_valid(swapped) for swapped in _swaps(value))


@settings(max_examples=30)
@given(resident_ids())
def test_resident_id_catches_every_single_change(value: str) -> None:
    assert not any(resident_id.is_valid(changed) for changed in _changes(value, DIGITS + "X"))


@given(resident_ids())
def test_resident_id_catches_every_neighbour_swap(value: str) -> None:
    assert not any(resident_id.is_valid(swapped) for swapped in _swaps(value))


@given(org_codes())
def test_org_code_catches_changes_the_standard_promises(value: str) -> None:
    for i, original in enumerate(value):
        alphabet = org_code.BODY_ALPHABET if i < 8 else org_code.CHECK_ALPHABET
        for c in alphabet:
            # Body letters 11 apart (A and L) have the same value mod 11.
            if c == original or (i < 8 and (int(c, 36) - int(original, 36)) % 11 == 0):
                continue
            assert not org_code.is_valid(value[:i] + c + value[i + 1:]), (value, i, c)


@given(registration_numbers())
def test_registration_number_catches_every_digit_change(value: str) -> None:
    assert not any(registration_number.is_valid(changed) for changed in _changes(value, DIGITS))
