"""Any other printed number (receipts, tax vouchers, permit form numbers).

A serial has no published rule and no check digit. ``valid`` means
well-formed, **never genuine**: nothing in the characters can tell a real
receipt number from an invented one.

Layout, as far as a shape can be told:

* an optional series prefix (字轨): a parenthesised group of up to eight
  digits or capitals, then up to eight Chinese characters or capitals, as
  in the tax voucher ``(181)湘地证04123456``; up to six digits may stand
  before two or more of those characters, as the year does in the contract
  number ``2019-ZZ-0012876`` (a single letter among digits stays an error:
  it is more often a misread digit than a series);
* 4-20 digits, leading zeros kept;
* or, whole, a vehicle identification number (车辆识别代号, GB 16735 / ISO
  3779) as 合格证 and 行驶证 notices print it: 17 capitals and digits
  without I, O or Q, a letter first (the maker's country), the 9th a digit
  or X, the last four digits. Its letters stand among digits by design. Its
  9th character is a check digit under GB 16735, but a serial has no check,
  so it is read by its shape alone.

Applies to: receipt and bill numbers (收据, 票据, 购房首付款票据), tax
vouchers (完税证明, 税收缴款书, 预收款专用凭据), an account permit's form
number (编号), bank account numbers, seal codes, a driving licence's file
number. Not checked, because no rule is public: what a series prefix
encodes (the meaning of ``(181)`` is unconfirmed), whether the issuer
exists, whether the number was issued.

More information:

* 《税收票证管理办法》 (SAT) for the 字轨 of tax vouchers

>>> validate("01638246号")
'01638246'
>>> validate("123")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: the number part has 3 digits, expected 4 to 20
>>> validate("湘地证")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: expected 4 to 20 digits at the end, after an optional ...
>>> validate("0163/82467")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: series prefix '0163/' has '/' at position 5; expected ...
>>> format("(181)湘地证 04123456")
'(181)湘地证04123456'
"""

from __future__ import annotations

import re
from typing import Literal

from voidnotice.ids._base import Outcome, Parts, construct, describe_chars, raise_first
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact

KIND = Kind.SERIAL
NAME = "serial number (编号, 票号)"
_SERIES = r"(?:\([0-9A-Z]{1,8}\))?(?:[0-9]{1,6}(?=[\u4e00-\u9fffA-Z]{2}))?[\u4e00-\u9fffA-Z]{0,8}"
PATTERN = rf"^{_SERIES}[0-9]{{4,20}}$"
EXAMPLES = ("01638246", "30011323", "(181)湘地证04123456")
HAS_CHECK_CHARACTER = False

DIGITS = "0123456789"
MIN_DIGITS, MAX_DIGITS = 4, 20
#: Longest well-formed serial: a group of 8 in parentheses, 6 digits and 8
#: more characters, 20 digits.
MAX_LENGTH = 10 + 6 + 8 + MAX_DIGITS
_SERIES_RE = re.compile(_SERIES)
_VIN_CHAR = "[A-HJ-NPR-Z0-9]"
_VIN = re.compile(rf"[A-HJ-NPR-Z]{_VIN_CHAR}{{7}}[0-9X]{_VIN_CHAR}{{4}}[0-9]{{4}}")
_SERIES_CHARS = "()ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class SerialParts(Parts):
    """The series prefix (字轨), if any, and the digits."""

    kind: Literal[Kind.SERIAL] = Kind.SERIAL

    series: str | None
    number: str


def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width upper case.

    >>> compact("（１８１）湘地证 ０４１２３４５６号")
    '(181)湘地证04123456'
    """
    return _compact(number)


def _split(value: str) -> tuple[str, str]:
    """The series prefix and the trailing ASCII digits.

    >>> _split("(181)湘地证04123456")
    ('(181)湘地证', '04123456')
    """
    # rstrip, not a regex: a search for a trailing run backtracks on long input.
    series = value.rstrip(DIGITS)
    return series, value[len(series):]


def _describe_series(series: str) -> str:
    allowed = _SERIES_CHARS + "".join(c for c in series if "\u4e00" <= c <= "\u9fff")
    return describe_chars(series, allowed) or "its characters out of order"


def check(number: str) -> Outcome:
    """Every problem of a serial (the shape only), with its parts.

    >>> p = check("(181)湘地证 04123456").parts
    >>> p.series, p.number
    ('(181)湘地证', '04123456')
    >>> check("30011323").parts.series is None
    True
    >>> check("2019-ZZ-0012876").parts.series
    '2019ZZ'
    >>> [e.code for e in check("0163B2467").errors]
    ['format']
    >>> [e.code for e in check("C81245O3").errors], [e.code for e in check("AB12O4").errors]
    (['format'], ['length', 'format'])
    >>> check("LFV2A21K4N3012345").parts.number
    'LFV2A21K4N3012345'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if _VIN.fullmatch(value):
        outcome.parts = construct(SerialParts, kind=KIND, series=None, number=value)
        return outcome
    if len(value) > MAX_LENGTH:
        outcome.error("length", f"has {len(value)} characters, expected at most {MAX_LENGTH}")
        return outcome
    series, digits = _split(value)
    if not digits:
        outcome.error(
            "format",
            f"expected {MIN_DIGITS} to {MAX_DIGITS} digits at the end, after an optional"
            " series prefix such as (181)湘地证",
        )
        return outcome
    series_read = _SERIES_RE.fullmatch(series) is not None
    # C81245O3 (set EJ, a passport's number with an O for a 0): no series ends so, and
    # the letter among the digits is more likely a misread digit, so the number's digits
    # are counted whole; the letter is reported as the format's fault below
    counted = len(digits) if series_read else sum(c in DIGITS for c in value)
    if not MIN_DIGITS <= counted <= MAX_DIGITS:
        outcome.error(
            "length",
            f"the number part has {counted} digits, expected {MIN_DIGITS} to {MAX_DIGITS}",
        )
    if not series_read:
        outcome.error(
            "format",
            f"series prefix {series!r} has {_describe_series(series)}; expected a"
            " parenthesised group, then Chinese characters or capitals",
        )
    if not outcome.errors:
        outcome.parts = construct(SerialParts, kind=KIND, series=series or None, number=digits)
    return outcome


def validate(number: str) -> str:
    """Return the compact serial, or raise the first problem (stdnum style).

    >>> validate("30011323")
    '30011323'
    >>> validate("0" * 21)
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: the number part has 21 digits, expected 4 to 20
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the serial is well-formed (never whether it is genuine); never raises.

    >>> is_valid("01638246"), is_valid("01")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact serial.

    >>> format("0163 8246")
    '01638246'
    """
    return compact(number)
