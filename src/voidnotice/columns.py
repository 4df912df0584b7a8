"""Check a whole column of numbers at once: polars, pandas, or any sequence.

:func:`check` gives, for each value, the verdict :func:`voidnotice.validate`
gives, as a frame with the columns ``raw``, ``value`` (the normalised
number, or null), ``valid``, ``error`` (the code of the first problem, or
null) and ``kind``.

Speed comes from numpy: the values are normalised, their shape checked and
their check sums computed on arrays, a column at a time. For ``uscc``,
``resident_id``, ``org_code`` and ``registration_number`` that settles
almost every value, valid or not (length, character set, authority,
province, birth date, division history, check sums); only values the arrays
cannot read (full-width or other non-ASCII text, masked or 15-digit
resident IDs, organisation codes printed with a hyphen, anything over 40
characters) go through :func:`voidnotice.validate` one by one, and so does
every value of the other kinds. ``benchmarks/columns.py`` measures it.

Missing values (``None``, ``NaN``, a null) are invalid with the error
``missing``; values that are neither strings nor integers are invalid with
the error ``type`` (an integer is read as its digits). Nothing raises.

The frame follows the input: a polars Series gives a polars DataFrame
(extra ``[polars]``), a pandas Series a pandas DataFrame with the same index
(extra ``[pandas]``), and any other sequence a list of dictionaries, one a
value, so that the answer's type never depends on what happens to be
installed. numpy comes with either extra; without it a plain sequence is
checked value by value.

>>> rows = check(["91110108MA01G0FB09", "92430203MA41YB4C2X", None], "uscc")
>>> for row in rows: print(row["value"], row["valid"], row["error"])
91110108MA01G0FB09 True None
92430203MA41YB4C2X False org_code_checksum
None False missing
"""

from __future__ import annotations

import datetime
import functools
import math
from typing import Any

from voidnotice import regions
from voidnotice.ids import org_code, uscc
from voidnotice.ids._base import as_of as checked_as_of
from voidnotice.ids._base import checking_date
from voidnotice.kinds import Kind
from voidnotice.validation import _as_kind, validate

__all__ = ["COLUMNS", "MISSING", "WRONG_TYPE", "check"]

#: The columns of the answer, in order.
COLUMNS = ("raw", "value", "valid", "error", "kind")
#: The error code of a missing value (``None``, ``NaN``, a null).
MISSING = "missing"
#: The error code of a value that is neither a string nor an integer.
WRONG_TYPE = "type"

#: Values longer than this go through ``validate`` one by one.
_WIDTH = 40
#: ASCII characters :func:`voidnotice.normalize.compact` drops.
_SEPARATORS = " \t\r\n-."
# Error codes as small integers in the arrays; 0 is "valid", -1 "undecided".
_CODES = ("", "length", "charset", "format", "authority", "region", "date",
          "org_code_checksum", "checksum")
_CODE = {code: i for i, code in enumerate(_CODES)}
_UNDECIDED = -1


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # a plain sequence is then checked value by value
        return None
    return numpy


def _frame_library(values: object) -> str | None:
    module = type(values).__module__.split(".")[0]
    return module if module in ("polars", "pandas") else None


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:  # NaN-like values (numpy.nan, pandas.NaT) differ from themselves
        return bool(value != value)
    except (TypeError, ValueError):  # pandas.NA has no truth value
        return type(value).__name__ == "NAType"


def _one(value: object, kind: Kind) -> tuple[str | None, bool, str | None]:
    """(value, valid, error) of one value, the slow and sure way."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        result = validate(value, kind)
        return result.value, result.valid, result.errors[0].code if result.errors else None
    if _is_missing(value):
        return None, False, MISSING
    return None, False, WRONG_TYPE


def check(values: Any, kind: Kind | str, *, as_of: datetime.date | None = None) -> Any:
    """Check every value of a column as ``kind``; a frame of verdicts comes back.

    ``values`` is a polars or pandas Series or any sequence; the answer is
    a polars DataFrame, a pandas DataFrame (same index) or a list of
    dictionaries, with the columns ``raw``, ``value``, ``valid``, ``error``
    and ``kind``. The verdicts are :func:`voidnotice.validate`'s, ``as_of``
    included (the day the column's notices were printed; default: today).
    Raises only for a kind that does not exist, or an ``as_of`` that is not a date.

    >>> numbers = ["110105194912310021", "1101051949", 11010519491231002]
    >>> [row["error"] for row in check(numbers, "resident_id")]
    ['checksum', 'length', 'length']
    >>> check(["9111 0108 ma01 g0fb 09"], "uscc")[0]  # doctest: +NORMALIZE_WHITESPACE
    {'raw': '9111 0108 ma01 g0fb 09', 'value': '91110108MA01G0FB09', 'valid': True,
     'error': None, 'kind': 'uscc'}
    >>> born = ["110105202612310025"]  # born on the last day of 2026
    >>> [check(born, "resident_id", as_of=d)[0]["error"]
    ...  for d in (datetime.date(2026, 12, 1), datetime.date(2027, 1, 1))]
    ['date', None]
    """
    resolved = _as_kind(kind)
    library = _frame_library(values)
    if library == "polars":
        raw = values.to_list()
    elif library == "pandas":
        raw = values.tolist()
    else:
        raw = list(values)
    with checked_as_of(as_of):  # the arrays' date checks and validate's read the same day
        verdicts = _verdicts(raw, resolved)
    columns = {"raw": raw, "value": verdicts[0], "valid": verdicts[1], "error": verdicts[2],
               "kind": [resolved.value] * len(raw)}
    if library == "polars":
        import polars

        return polars.DataFrame(
            {**columns, "raw": values.rename("raw")},
            schema_overrides={"value": polars.String, "valid": polars.Boolean,
                              "error": polars.String, "kind": polars.String},
        )
    if library == "pandas":
        import pandas

        frame = pandas.DataFrame(columns, index=values.index)
        frame["valid"] = frame["valid"].astype(bool)
        return frame
    return [dict(zip(COLUMNS, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _verdicts(
    raw: list[Any], kind: Kind
) -> tuple[list[str | None], list[bool], list[str | None]]:
    np = _numpy()
    fast = _FAST.get(kind)
    if np is None or fast is None or not raw:
        results = [_one(v, kind) for v in raw]
        return [r[0] for r in results], [r[1] for r in results], [r[2] for r in results]
    # Strings go to the arrays; the rest (and anything too long) stays undecided.
    strings = [v if type(v) is str and len(v) <= _WIDTH else "" for v in raw]
    undecided = np.fromiter((type(v) is not str or len(v) > _WIDTH for v in raw),
                            dtype=bool, count=len(raw))
    width = max(18, max(map(len, strings)))
    text = np.array(strings, dtype=f"<U{width}")
    # NFKC folds what is not ASCII, and upper case turns some of it into ASCII
    # (dotless i): such values go to validate.
    undecided |= (text.view(np.uint32).reshape(len(raw), width) >= 128).any(axis=1)
    codes = np.strings.upper(text).view(np.uint32).reshape(len(raw), width)
    # numpy cannot hold a NUL character: a value with one goes to validate too.
    undecided |= (codes != 0).sum(axis=1) != np.fromiter(map(len, strings), dtype=np.int64,
                                                          count=len(raw))
    separator = np.isin(codes, [ord(c) for c in _SEPARATORS])
    keep = (codes != 0) & ~separator
    spaced = np.flatnonzero(separator.any(axis=1))
    compacted = np.where(keep, codes, 0)
    if len(spaced):  # move the kept characters left, in order
        order = np.argsort(~keep[spaced], axis=1, kind="stable")
        compacted[spaced] = np.take_along_axis(compacted[spaced], order, axis=1)
    lengths = keep.sum(axis=1)
    chars = compacted.astype(np.uint8)
    error = fast(np, chars, lengths, undecided, codes)
    error[undecided] = _UNDECIDED
    value_text = np.ascontiguousarray(compacted).view(f"<U{width}").ravel().tolist()
    value: list[str | None] = value_text
    valid = (error == 0).tolist()
    errors: list[str | None] = [_CODES[e] or None if e >= 0 else None for e in error.tolist()]
    for i in np.flatnonzero(error == _UNDECIDED).tolist():
        value[i], valid[i], errors[i] = _one(raw[i], kind)
    return value, valid, errors


# ---------------------------------------------------------------------------
# Vectorised checks: each returns an error code (index of _CODES) per row.


def _first(np: Any, n: int, *failures: tuple[str, Any]) -> Any:
    """The first failing check of each row, 0 where none fails."""
    error = np.zeros(n, dtype=np.int8)
    for code, failed in reversed(failures):
        error[failed] = _CODE[code]
    return error


@functools.cache
def _table(np: Any, mapping: tuple[tuple[str, int], ...], missing: int = -1) -> Any:
    """A 256-entry look-up from character code to value (``missing`` elsewhere)."""
    table = np.full(256, missing, dtype=np.int64)
    for c, v in mapping:
        table[ord(c)] = v
    return table


@functools.cache
def _provinces(np: Any) -> Any:
    """Per 2-digit code: whether it is a province."""
    provinces = np.zeros(100, dtype=bool)
    provinces[[int(code) for code in regions.PROVINCES]] = True
    return provinces


@functools.cache
def _uscc_tables(np: Any) -> tuple[Any, Any, Any, Any]:
    values = _table(np, tuple((c, i) for i, c in enumerate(uscc.ALPHABET)))
    org_values = _table(np, tuple((c, int(c, 36)) for c in org_code.BODY_ALPHABET))
    pairs = np.zeros((256, 256), dtype=bool)
    for authority, (_, categories) in uscc.AUTHORITIES.items():
        for category in categories:
            pairs[ord(authority), ord(category)] = True
    return values, org_values, pairs, _provinces(np)


def _uscc(np: Any, chars: Any, lengths: Any, undecided: Any, raw: Any) -> Any:
    n = len(chars)
    values, org_values, pairs, provinces = _uscc_tables(np)
    c = chars[:, :18]
    v = values[c]
    wrong_length = lengths != 18
    digits = (c[:, 2:8] >= ord("0")) & (c[:, 2:8] <= ord("9"))
    charset = ~wrong_length & (((v < 0) & (np.arange(18) < lengths[:, None])).any(axis=1)
                               | ~digits.all(axis=1))
    authority = ~pairs[c[:, 0], c[:, 1]]
    region_digits = (c[:, 2:8].astype(np.int64) - ord("0"))
    province = region_digits[:, 0] * 10 + region_digits[:, 1]
    national = (region_digits * 10 ** np.arange(5, -1, -1)).sum(axis=1) == 100000
    region = ~national & ~provinces[np.clip(province, 0, 99)]
    org = org_values[c[:, 8:16]]
    org_sum = (org * np.array([3, 7, 9, 10, 5, 8, 4, 2])).sum(axis=1)
    org_check = (11 - org_sum % 11) % 11  # 10 is X
    printed = np.where(c[:, 16] == ord("X"), 10, c[:, 16].astype(np.int64) - ord("0"))
    org_wrong = org_check != printed
    total = (v[:, :17] * np.array(uscc.WEIGHTS)).sum(axis=1)
    checksum = (total + v[:, 17]) % 31 != 0
    return _first(
        np, n, ("length", wrong_length), ("charset", charset), ("authority", authority),
        ("region", region), ("org_code_checksum", org_wrong), ("checksum", checksum),
    )


@functools.cache
def _last_year_in_force(np: Any) -> Any:
    """Per 6-digit code: the last year it was in force (9999: still), -1: never used."""
    last = np.full(1_000_000, -1, dtype=np.int16)
    for code in regions.codes():
        windows = regions.windows(code)
        if windows:
            last[int(code)] = max(9999 if w.end is None else w.end for w in windows)
    return last


def _resident_id(np: Any, chars: Any, lengths: Any, undecided: Any, raw: Any) -> Any:
    n = len(chars)
    c = chars[:, :18]
    is_digit = (c >= ord("0")) & (c <= ord("9"))
    alnum = is_digit | ((c >= ord("A")) & (c <= ord("Z")))
    within = np.arange(18) < lengths[:, None]
    # Masks (non-alphanumeric text, runs of X) and 15-digit numbers: validate decides.
    odd = ((~alnum & within).any(axis=1) | (lengths > 18) | (lengths == 15)
           | ((c[:, :-1] == ord("X")) & (c[:, 1:] == ord("X"))).any(axis=1))
    undecided |= odd
    wrong_length = lengths != 18
    charset = ~wrong_length & (~is_digit[:, :17].all(axis=1)
                               | ~(is_digit[:, 17] | (c[:, 17] == ord("X"))))
    d = np.where(is_digit, c.astype(np.int64) - ord("0"), 0)
    powers = 10 ** np.arange(3, -1, -1)
    year = (d[:, 6:10] * powers).sum(axis=1)
    month = d[:, 10] * 10 + d[:, 11]
    day = d[:, 12] * 10 + d[:, 13]
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0])
    days = month_days[np.clip(month, 0, 13)] + ((month == 2) & leap)
    today = checking_date()
    stamp = year * 10000 + month * 100 + day
    date = ((month < 1) | (month > 12) | (day < 1) | (day > days) | (year < 1850)
            | (stamp > today.year * 10000 + today.month * 100 + today.day))
    weights = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    expected = (12 - (d[:, :17] * weights).sum(axis=1) % 11) % 11  # 10 is X
    printed = np.where(c[:, 17] == ord("X"), 10, d[:, 17])
    checksum = expected != printed
    code = (d[:, :6] * 10 ** np.arange(5, -1, -1)).sum(axis=1)
    provinces = _provinces(np)
    foreigner = d[:, 0] == 9
    province = np.where(foreigner, d[:, 1] * 10 + d[:, 2], d[:, 0] * 10 + d[:, 1])
    region = ~provinces[province] & (code != 830000)
    history = (~foreigner & (code != 830000)
               & (_last_year_in_force(np)[code] < np.where(date, -1, year)))
    return _first(
        np, n, ("length", wrong_length), ("charset", charset), ("date", date),
        ("checksum", checksum), ("region", region), ("region", history),
    )


def _org_code(np: Any, chars: Any, lengths: Any, undecided: Any, raw: Any) -> Any:
    # Where the hyphen stands decides a ``format`` error: validate reads the raw text.
    undecided |= (raw == ord("-")).any(axis=1)
    c = chars[:, :9]
    values = _table(np, tuple((ch, int(ch, 36)) for ch in org_code.BODY_ALPHABET))[c]
    wrong_length = lengths != 9
    body_ok = (values[:, :8] >= 0).all(axis=1)
    check_ok = ((c[:, 8] >= ord("0")) & (c[:, 8] <= ord("9"))) | (c[:, 8] == ord("X"))
    total = (values[:, :8] * np.array([3, 7, 9, 10, 5, 8, 4, 2])).sum(axis=1)
    printed = np.where(c[:, 8] == ord("X"), 10, c[:, 8].astype(np.int64) - ord("0"))
    checksum = (11 - total % 11) % 11 != printed
    return _first(np, len(chars), ("length", wrong_length), ("charset", ~body_ok | ~check_ok),
                  ("checksum", checksum))


def _registration_number(np: Any, chars: Any, lengths: Any, undecided: Any, raw: Any) -> Any:
    c = chars[:, :15]
    is_digit = (c >= ord("0")) & (c <= ord("9"))
    d = np.where(is_digit, c.astype(np.int64) - ord("0"), 0)
    wrong_length = lengths != 15
    charset = ~is_digit.all(axis=1)
    province = d[:, 0] * 10 + d[:, 1]
    region = is_digit[:, :7].all(axis=1) & (province != 10) & ~_provinces(np)[province]
    check = np.full(len(chars), 5, dtype=np.int64)
    for i in range(15):  # ISO 7064 MOD 11,10, a position at a time over every row
        check = (np.where(check == 0, 10, check) * 2 % 11 + d[:, i]) % 10
    return _first(np, len(chars), ("length", wrong_length), ("charset", charset),
                  ("region", region), ("checksum", check != 1))


_FAST: dict[Kind, Any] = {
    Kind.USCC: _uscc,
    Kind.RESIDENT_ID: _resident_id,
    Kind.ORG_CODE: _org_code,
    Kind.REGISTRATION_NUMBER: _registration_number,
}
