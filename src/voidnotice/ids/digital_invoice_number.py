"""Fully digital invoice number (数电发票号码, 全电发票号码).

Twenty digits; the fully digitalised e-invoice (全面数字化的电子发票) has no
invoice code:

* 1-2: last two digits of the calendar year of issue;
* 3-4: region: a province's first two GB/T 2260 digits; the five cities with
  their own tax bureau (计划单列市) have codes of their own, not published;
* 5: issuing channel and similar information;
* 6-20: sequence and similar information.

No check digit is published. Checked: length, digits, and a year from 2021
(the pilots began around then; the lower bound is an assumption) to the
current one. A region that is no province is only a *warning*: the
计划单列市 codes are unknown (``94`` occurs in a real number). Not checked:
positions 5-20, whose meaning is not public.

A 20-digit number can also be a legacy taxpayer number (a resident ID and
two digits); :func:`voidnotice.identify` runs both, and real 数电 numbers
carry zeros of the sequence where a resident ID has its birth date.

More information:

* 国家税务总局 rule text on the 20-digit 全电发票号码 (Guangdong pilot)

>>> validate("24942000000012660383")
'24942000000012660383'
>>> validate("2444200000001266038")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 19 characters, expected 20
>>> validate("2494200000001266O383")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'O' at position 17: a digital invoice number has only digits
>>> validate("19442000000012660383")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: year digits 19 give 2019, before the first fully digital ...
>>> format("2494 2000 0000 1266 0383")
'24942000000012660383'
"""

from __future__ import annotations

import datetime
from typing import Literal

from voidnotice import regions
from voidnotice.ids._base import (
    Outcome,
    Parts,
    check_length,
    checking_date,
    construct,
    describe_chars,
    raise_first,
)
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact

KIND = Kind.DIGITAL_INVOICE_NUMBER
NAME = "fully digital invoice number (数电发票号码)"
PATTERN = r"^[0-9]{20}$"
EXAMPLES = ("24942000000012660383",)
HAS_CHECK_CHARACTER = False

DIGITS = "0123456789"
#: Two-digit year of the first fully digital invoices (assumed: pilots 2021).
FIRST_YEAR = 21


class DigitalInvoiceNumberParts(Parts):
    """What a fully digital invoice number's digits say.

    ``province`` is None when positions 3-4 are no province code (a
    计划单列市's own code, or a misprint).
    """

    kind: Literal[Kind.DIGITAL_INVOICE_NUMBER] = Kind.DIGITAL_INVOICE_NUMBER

    year: int
    region_code: str
    province: str | None
    channel: str
    sequence: str


def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width.

    >>> compact("２４９４ ２０００ ００００ １２６６ ０３８３")
    '24942000000012660383'
    """
    return _compact(number)


def _check_year(outcome: Outcome, digits: str, today: datetime.date | None) -> int:
    year = 2000 + int(digits)
    current = (today or checking_date()).year
    if int(digits) < FIRST_YEAR:
        outcome.error(
            "date",
            f"year digits {digits} give {year}, before the first fully digital invoices"
            f" (20{FIRST_YEAR})",
        )
    elif year > current:
        outcome.error(
            "date", f"year digits {digits} give {year}, after the current year {current}"
        )
    return year


def _check_region(outcome: Outcome, code: str) -> str | None:
    name = regions.province_name(code)
    if name is None:
        outcome.warn(
            "region",
            f"region digits {code} (positions 3-4) are no province code; they may be a"
            " 计划单列市's own code, which is not published",
        )
    return name


def check(number: str, *, today: datetime.date | None = None) -> Outcome:
    """Every problem of a fully digital invoice number, with its parts.

    ``today`` fixes the date the year is compared with (default: today).

    >>> p = check("23442000000012345678").parts
    >>> p.year, p.province, p.channel
    (2023, '广东省', '2')
    >>> check("24942000000012660383").warnings[0].code
    'region'
    >>> check("30442000000012660383", today=datetime.date(2026, 1, 1)).errors[0].message
    'year digits 30 give 2030, after the current year 2026'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (20,)):
        return outcome
    if not (value.isascii() and value.isdigit()):
        outcome.error(
            "charset",
            f"{describe_chars(value, DIGITS)}: a digital invoice number has only digits",
        )
        return outcome
    year = _check_year(outcome, value[:2], today)
    province = _check_region(outcome, value[2:4])
    outcome.parts = construct(DigitalInvoiceNumberParts, kind=KIND,
        year=year, region_code=value[2:4], province=province, channel=value[4],
        sequence=value[5:],
    )
    return outcome


def validate(number: str, *, today: datetime.date | None = None) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("23442000000012345678")
    '23442000000012345678'
    >>> validate("234420000012345678")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 18 characters, expected 20
    """
    return raise_first(check(number, today=today))


def is_valid(number: str) -> bool:
    """Whether the number passes every check; never raises.

    >>> is_valid("24942000000012660383"), is_valid("2494200000001266038")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number, twenty digits.

    >>> format("24942000-000012660383")
    '24942000000012660383'
    """
    return compact(number)
