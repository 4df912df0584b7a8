"""voidnotice.columns.check: the verdicts of validate(), a column at a time."""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bench
from voidnotice import Kind, UnknownKindError, columns, validate
from voidnotice.columns import COLUMNS, check

DATA = Path(__file__).parent / "data"



BENCH = bench.load("suggest")


def _real() -> list[str]:
    with (DATA / "real_numbers_ids.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["value"] for line in lines]


def _damaged(number: str, rng: random.Random) -> list[str]:
    """The number changed the ways print, OCR and spreadsheets change numbers."""
    out = [number.lower(), " ".join([number[:6], number[6:14], number[14:]]), number + "号",
           number[:-1], number + "0", number[:-3] + "000", number[:6] + "*" * 8 + number[14:],
           number.replace("0", "０"), "-".join([number[:8], number[8:]]),
           number[:4] + "XX" + number[6:]]
    for pos in range(len(number)):
        for c in rng.sample("0123456789ABXOIZ*.", 3):
            out.append(number[:pos] + c + number[pos + 1:])
    return out


def _values() -> list[Any]:
    rng = random.Random(12)
    originals = _real()
    for kind in (Kind.USCC, Kind.RESIDENT_ID, Kind.ORG_CODE, Kind.REGISTRATION_NUMBER):
        originals += [BENCH.GENERATORS[kind](rng) for _ in range(40)]
    # resident IDs with unusual regions and dates: withdrawn, permit, foreigner, future, old
    originals += ["110201199312010077", "810000199001010019", "830000199001010012",
                  "933156199001010016", "11010520991231002X", "110105184912310021",
                  "990426199112010074", "320594199001010011"]
    values: list[Any] = []
    for number in originals:
        values += [number, *_damaged(number, rng)]
    return [*values, None, float("nan"), pd.NA, 11010519491231002, 3.5, b"91110108MA01G0FB09",
            "", "   ", "91110108MA01G0FB09" * 3, "９１１１０１０８ＭＡ０１Ｇ０ＦＢ０９",
            "9111O1O8MAO1GOFBO9", "D2143569-ｘ", "d2143569ı", "9111 0108 mａ01 g0fb 09",
            "91110108\x00MA01G0FB09", "91110108MA01G0FB09\x00", "\x00"]


VALUES = _values()


def _expected(
    value: Any, kind: Kind, as_of: datetime.date | None = None
) -> tuple[str | None, bool, str | None]:
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        missing = value is None or value is pd.NA or (isinstance(value, float) and value != value)
        return None, False, "missing" if missing else "type"
    result = validate(value, kind, as_of=as_of)
    return result.value, result.valid, result.errors[0].code if result.errors else None


@pytest.mark.parametrize("kind", list(Kind))
def test_verdicts_equal_validate(kind: Kind) -> None:
    rows = check(VALUES, kind)
    assert len(rows) == len(VALUES) > 5000
    for value, row in zip(VALUES, rows, strict=True):
        assert list(row) == list(COLUMNS)
        assert (row["value"], row["valid"], row["error"]) == _expected(value, kind), value
        assert row["raw"] is value and row["kind"] == kind.value
    if kind in (Kind.USCC, Kind.RESIDENT_ID):
        verdicts = {row["valid"] for row in rows}
        assert verdicts == {True, False}


# A back-filled archive's days: before and after the births and codes of VALUES.
_DAYS = (datetime.date(1996, 3, 1), datetime.date(2009, 7, 15), datetime.date(2100, 1, 1))


@pytest.mark.parametrize("kind", [Kind.RESIDENT_ID, Kind.INVOICE_CODE, Kind.PROPERTY_CERTIFICATE])
def test_verdicts_as_of_a_day_equal_validate_as_of_it(kind: Kind) -> None:
    values = [*VALUES, "4300951130", "4300981130", "430098113001", "11010520261231002X",
              "110105200907160010", "湘（2019）株洲市不动产权第0012345号"]
    today = [row["error"] for row in check(values, kind)]
    changed = 0
    for as_of in _DAYS:
        rows = check(values, kind, as_of=as_of)
        for value, row in zip(values, rows, strict=True):
            expected = _expected(value, kind, as_of)
            assert (row["value"], row["valid"], row["error"]) == expected, (value, as_of)
        changed += [row["error"] for row in rows] != today
    assert changed  # some day's verdicts are not today's: the day reached the checks


def test_as_of_must_be_a_date() -> None:
    with pytest.raises(TypeError, match=r"as_of expects a datetime\.date"):
        check(["110105194912310021"], "resident_id", as_of="2009-07-15")  # type: ignore[arg-type]


def test_polars_series_gives_a_polars_frame() -> None:
    series = pl.Series("codes", ["91110108MA01G0FB09", None, "92430203MA41YB4C2X", "9111 0108"])
    frame = check(series, "uscc")
    assert isinstance(frame, pl.DataFrame)
    assert frame.columns == list(COLUMNS)
    assert frame.schema["valid"] == pl.Boolean and frame.schema["error"] == pl.String
    assert frame.to_dicts() == [
        {"raw": "91110108MA01G0FB09", "value": "91110108MA01G0FB09", "valid": True,
         "error": None, "kind": "uscc"},
        {"raw": None, "value": None, "valid": False, "error": "missing", "kind": "uscc"},
        {"raw": "92430203MA41YB4C2X", "value": "92430203MA41YB4C2X", "valid": False,
         "error": "org_code_checksum", "kind": "uscc"},
        {"raw": "9111 0108", "value": "91110108", "valid": False, "error": "length",
         "kind": "uscc"},
    ]
    assert check(pl.Series([], dtype=pl.String), "uscc").height == 0


def test_pandas_series_gives_a_pandas_frame_with_its_index() -> None:
    series = pd.Series(["11010519491231002x", float("nan"), 110105194912310021, None],
                       index=[10, 20, 30, 40], dtype=object)
    frame = check(series, Kind.RESIDENT_ID)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame.index) == [10, 20, 30, 40]
    assert frame["valid"].tolist() == [True, False, False, False]
    assert frame["error"].tolist()[1:] == ["missing", "checksum", "missing"]
    assert pd.isna(frame["error"].iloc[0]) and pd.isna(frame["value"].iloc[1])
    assert frame["value"].tolist()[0] == "11010519491231002X"
    assert frame["valid"].dtype == bool


def test_pandas_and_polars_agree_with_the_list() -> None:
    values = [v for v in VALUES if isinstance(v, str)]
    rows = check(values, "resident_id")
    assert check(pl.Series(values), "resident_id").drop("raw").to_dicts() == [
        {k: v for k, v in row.items() if k != "raw"} for row in rows]
    frame = check(pd.Series(values), "resident_id")
    assert [None if pd.isna(e) else e for e in frame["error"]] == [row["error"] for row in rows]


def test_unknown_kind_raises_and_nothing_else_does() -> None:
    with pytest.raises(UnknownKindError):
        check(["1"], "usc")
    assert check([], "uscc") == []
    assert check((x for x in ["D2143569-X"]), "org_code")[0]["valid"] is True


@pytest.mark.parametrize("kind", [Kind.USCC, Kind.RESIDENT_ID, Kind.ORG_CODE,
                                  Kind.REGISTRATION_NUMBER])
def test_arrays_decide_most_values(kind: Kind, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what the arrays cannot read goes through validate one by one."""
    one_by_one: list[object] = []
    slow = columns._one

    def counted(value: object, kind: Kind) -> tuple[str | None, bool, str | None]:
        one_by_one.append(value)
        return slow(value, kind)

    monkeypatch.setattr(columns, "_one", counted)
    rows = check(VALUES, kind)
    # (the test values hold many 15-digit numbers, which resident IDs leave to validate)
    assert 0 < len(one_by_one) < len(VALUES) // (3 if kind is Kind.RESIDENT_ID else 5)
    assert all(not isinstance(v, str) or not v.isascii() or len(v) > 18 or "-" in v
               or "*" in v or "XX" in v.upper() or "\x00" in v
               or len(validate(v, kind).value) == 15
               for v in one_by_one)
    assert sum(row["valid"] for row in rows) > 50


NUMBERS = [v for v in VALUES[:2000] if isinstance(v, str)]
_edited = st.tuples(st.sampled_from(NUMBERS), st.integers(0, 19),
                    st.sampled_from("0123456789XA -*")).map(
    lambda t: t[0][:t[1]] + t[2] + t[0][t[1] + 1:])


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.one_of(
    _edited, st.text(alphabet="0123456789XMABDOIZ -.*号０ｘ\x00", max_size=24),
    st.none(), st.integers(min_value=0, max_value=10**20))))
def test_any_column_gets_validates_verdicts(values: list[Any]) -> None:
    for kind in (Kind.USCC, Kind.RESIDENT_ID, Kind.ORG_CODE, Kind.REGISTRATION_NUMBER):
        for value, row in zip(values, check(values, kind), strict=True):
            assert (row["value"], row["valid"], row["error"]) == _expected(value, kind), value


def test_without_numpy_a_sequence_is_checked_value_by_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(columns, "_numpy", lambda: None)
    values = VALUES[:400]
    for kind in (Kind.USCC, Kind.RESIDENT_ID):
        for value, row in zip(values, check(values, kind), strict=True):
            assert (row["value"], row["valid"], row["error"]) == _expected(value, kind), value
