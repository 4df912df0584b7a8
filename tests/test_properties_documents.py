"""Properties of the eight document kinds: generated valid numbers validate,
no input makes a check raise, valid numbers fit the schema pattern, and the
real-number data file is well formed."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voidnotice import regions
from voidnotice.ids import (
    account_permit,
    birth_certificate,
    digital_invoice_number,
    invoice_code,
    invoice_number,
    module_for,
    plate,
    property_certificate,
    serial,
)
from voidnotice.kinds import Kind

TODAY = datetime.date(2026, 11, 26)
MODULES = (invoice_code, invoice_number, digital_invoice_number, birth_certificate,
           account_permit, property_certificate, plate, serial)
MY_KINDS = {module.KIND.value for module in MODULES}
DATED = {invoice_code, digital_invoice_number, property_certificate}
DATA = Path(__file__).parent / "data" / "real_numbers_documents.jsonl"

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def n_digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


def year2(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda y: f"{y:02d}")


MAINLAND = sorted(invoice_code.TAX_PROVINCES)
tax_region = st.one_of(st.sampled_from(MAINLAND).map(lambda p: p + "00"),
                       st.sampled_from(sorted(regions.SEPARATE_PLAN_CITIES)))
current = TODAY.year % 100

invoice_codes = st.one_of(
    st.tuples(tax_region, year2(0, current), digits,
              st.sampled_from(sorted(invoice_code.TEN_DIGIT_TYPES)), n_digits(2)),
    st.tuples(st.just("0"), tax_region, year2(0, current), n_digits(3),
              st.sampled_from(sorted(invoice_code.VAT_KINDS))),
    st.tuples(st.sampled_from("12"), st.sampled_from(MAINLAND).map(lambda p: p + "00"),
              year2(0, current), digits, n_digits(4)),
).map("".join)
invoice_numbers = n_digits(8).filter(lambda s: s != "00000000")
digital_invoice_numbers = st.tuples(
    year2(digital_invoice_number.FIRST_YEAR, current), st.sampled_from(sorted(regions.PROVINCES)),
    n_digits(16),
).map("".join)
birth_certificates = st.tuples(
    st.sampled_from(birth_certificate.LETTERS), st.sampled_from(sorted(regions.PROVINCES)),
    n_digits(7),
).map("".join)
account_permits = st.tuples(st.sampled_from("JLZ"), n_digits(13)).map("".join)

place = st.text(alphabet="株洲市合肥海门嘉善县北湖徐字浦东宁波长沙", min_size=1, max_size=8)
spaces = st.sampled_from(["", " ", "\u3000", "  "])
unified_certificates = st.builds(
    lambda abbreviation, year, where, kind, serial_, s1, s2, full: (
        f"{abbreviation}{'（' if full else '('}{year}{'）' if full else ')'}{where}{s1}"
        f"{kind}第{s2}{serial_}{s2}号"
    ),
    st.sampled_from(property_certificate.PROVINCE_ABBREVIATIONS + "甬"),
    st.integers(property_certificate.FIRST_YEAR, TODAY.year),
    place, st.sampled_from(["不动产权", "不动产证明"]),
    st.integers(6, 8).flatmap(n_digits), spaces, spaces, st.booleans(),
)
legacy_certificates = st.builds(
    lambda city, kind, district, serial_: f"{city}房{kind}{district}字第{serial_}号",
    st.text(alphabet="株道京杭邕", min_size=1, max_size=2),
    st.sampled_from(["权证", "他证", "他", "预"]),
    st.text(alphabet="天朝西芦", max_size=2),
    st.integers(1, 12).flatmap(n_digits),
)
plate_chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
plates = st.one_of(
    st.tuples(st.sampled_from(plate.PLATE_PROVINCES), st.sampled_from(plate_chars[:24]),
              st.text(alphabet=plate_chars, min_size=4, max_size=4),
              st.sampled_from(plate_chars + plate.CLASS_CHARACTERS)).map("".join),
    st.tuples(st.sampled_from(plate.PLATE_PROVINCES), st.sampled_from(plate_chars[:24]),
              st.sampled_from("DF"), st.sampled_from(plate_chars), n_digits(4)).map("".join),
    st.tuples(st.sampled_from(plate.PLATE_PROVINCES), st.sampled_from(plate_chars[:24]),
              n_digits(5), st.sampled_from("DF")).map("".join),
)
serials = st.tuples(
    st.one_of(st.just(""), st.text(alphabet="0123456789ABC", min_size=1, max_size=8)
              .map(lambda g: f"({g})")),
    st.text(alphabet="湘地国证字ABJTX", max_size=8),
    st.integers(4, 20).flatmap(n_digits),
).map("".join)

GENERATED: list[tuple[Any, st.SearchStrategy[str]]] = [
    (invoice_code, invoice_codes),
    (invoice_number, invoice_numbers),
    (digital_invoice_number, digital_invoice_numbers),
    (birth_certificate, birth_certificates),
    (account_permit, account_permits),
    (property_certificate, unified_certificates),
    (property_certificate, legacy_certificates),
    (plate, plates),
    (serial, serials),
]


def _check(module: Any, number: str) -> Any:
    return module.check(number, today=TODAY) if module in DATED else module.check(number)


@pytest.mark.parametrize(("module", "strategy"), GENERATED,
                         ids=[f"{m.KIND.value}-{i}" for i, (m, _) in enumerate(GENERATED)])
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_valid_numbers_validate(module: Any, strategy: Any, data: Any) -> None:
    number = data.draw(strategy)
    outcome = _check(module, number)
    assert outcome.errors == [] and outcome.table_errors == [], (number, outcome.errors)
    kwargs = {"today": TODAY} if module in DATED else {}
    assert module.validate(number, **kwargs) == module.compact(number)
    assert regex.fullmatch(module.PATTERN, outcome.value), number


@pytest.mark.parametrize("module", MODULES, ids=[m.KIND.value for m in MODULES])
@settings(max_examples=300)
@given(text=st.text())
def test_no_text_makes_a_check_raise(module: Any, text: str) -> None:
    outcome = module.check(text)
    assert isinstance(module.is_valid(text), bool)
    assert isinstance(module.format(text), str)
    assert outcome.valid() is module.is_valid(text)


@pytest.mark.parametrize("module", MODULES, ids=[m.KIND.value for m in MODULES])
@settings(max_examples=300)
@given(text=st.text())
def test_whatever_validates_fits_the_schema_pattern(module: Any, text: str) -> None:
    outcome = _check(module, text)
    if outcome.valid():
        assert regex.fullmatch(module.PATTERN, outcome.value), outcome.value


@pytest.mark.parametrize("module", MODULES, ids=[m.KIND.value for m in MODULES])
@settings(max_examples=15, deadline=None)
@given(chunk=st.text(min_size=1, max_size=16))
def test_strings_up_to_a_megabyte_never_raise(module: Any, chunk: str) -> None:
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    outcome = module.check(text)
    assert outcome.valid() is False and outcome.errors


BIG_INPUTS = [
    "9" * 1_000_000,
    "湘" * 1_000_000,
    "湘(2020)" + "株" * 999_000 + "不动产权第0012345号",
    "(" * 1_000_000,
    "1a" * 500_000,
    "\u3000" * 1_000_000,
    "\ufdfa" * 300_000,  # NFKC expands it to 18 characters
]


@pytest.mark.parametrize("module", MODULES, ids=[m.KIND.value for m in MODULES])
@pytest.mark.parametrize("text", BIG_INPUTS, ids=[f"big-{i}" for i in range(len(BIG_INPUTS))])
def test_megabyte_inputs_are_rejected_without_raising(module: Any, text: str) -> None:
    assert module.is_valid(text) is False
    assert module.check(text).errors


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_real_number_file_is_well_formed() -> None:
    rows = _rows()
    assert rows
    for row in rows:
        assert set(row) == {"value", "kind", "valid", "codes", "source"}, row
        assert row["kind"] in MY_KINDS
        assert isinstance(row["valid"], bool) and row["valid"] is (not row["codes"])
        assert row["source"]


def test_real_number_file_has_three_numbers_of_most_kinds() -> None:
    counts = {kind: sum(r["kind"] == kind for r in _rows()) for kind in MY_KINDS}
    # Only one approval number turned up in the look-ups (see the report).
    assert all(count >= 3 for kind, count in counts.items() if kind != "account_permit"), counts
    assert counts["account_permit"] >= 1


def test_real_numbers_validate_the_same_through_the_package() -> None:
    from voidnotice import validate

    for row in _rows():
        if module_for(Kind(row["kind"])) in DATED:
            continue  # compared with a fixed date in the per-kind tests
        assert validate(row["value"], row["kind"]).valid is row["valid"], row
