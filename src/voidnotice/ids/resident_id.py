"""Resident identity number (公民身份号码, GB 11643-1999).

Eighteen characters:

* 1-6: address code (地址码), the GB/T 2260 county code of the permanent
  residence where the number was *first assigned*; ``810000``, ``820000``
  and ``830000`` on residence permits of Hong Kong, Macau and Taiwan
  residents (from 2018); a leading ``9`` on the foreigner's permanent
  residence card (from 2023-12-01), then the province of issue (2-3) and a
  nationality code (4-6);
* 7-14: birth date, ``YYYYMMDD``;
* 15-17: sequence; position 17 odd for men, even for women;
* 18: check character, ISO 7064 MOD 11-2 over positions 1-17 (``0-9``, ``X``).

Legacy numbers (issued until 1999) have 15 digits: address code, birth date
``YYMMDD`` in the 1900s, sequence, and no check character.

Where this differs from python-stdnum's ``stdnum.cn.ric``: the address code
must not have been withdrawn before the birth year, but it may have been
created *after* it, since the number was assigned when the first card was
issued, years after birth for anyone born before 1999 (stdnum rejects
``110111198012010078`` because 房山区 dates from 1986). Residence permits,
foreigners' numbers and 15-digit numbers are accepted; birth dates in the
future are not. The division history goes out of date, so a failed look-up
in it is a *table* error that ``relax_region`` turns into a warning.

More information:

* GB 11643-1999 《公民身份号码》
* ISO 7064:1983 (GB/T 17710), MOD 11-2
* 国家移民管理局, 新版外国人永久居留身份证 (2023)

>>> validate("11010519491231002X")
'11010519491231002X'
>>> validate("110105194912310021")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidChecksum: check character is 1, expected X
>>> validate("360426199113010079")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: birth date 19911301 is not a calendar date:
  month 13, expected 01-12
>>> validate("990426199112010074")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: positions 2-3 of a foreigner's number name no province (90)
>>> validate("110201199312010077")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: region code 110201 (昌平县) was withdrawn in 1982,
  before the birth year 1993
>>> validate("4302**********1234")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: the number is masked (10 characters hidden),
  so it cannot be checked
>>> format("110105 19491231 002x")
'11010519491231002X'
"""

from __future__ import annotations

import calendar
import datetime
import functools
from typing import TYPE_CHECKING, Literal

from voidnotice import regions
from voidnotice.ids._base import (
    DIGITS,
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
from voidnotice.problems import Problem
from voidnotice.regions import Region

if TYPE_CHECKING:
    from voidnotice.corrections import CheckSum

KIND = Kind.RESIDENT_ID
NAME = "resident identity number (公民身份号码)"
PATTERN = r"^(?:[0-9]{17}[0-9X]|[0-9]{15})$"
EXAMPLES = ("11010519491231002X", "110105491231002")
HAS_CHECK_CHARACTER = True

#: The characters each position of an 18-character number may hold (for
#: :mod:`voidnotice.corrections`).
ALPHABETS = (DIGITS,) * 17 + (DIGITS + "X",)
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
#: The check as a weighted sum (for :mod:`voidnotice.corrections`): ISO 7064
#: MOD 11-2, the digits weighted by 2^(17-i) mod 11 plus the check character
#: (``X`` = 10) is 1 mod 11.
CHECK_SUMS: tuple[CheckSum, ...] = ((11, 1, (
    *zip(range(17), _WEIGHTS, ({c: int(c) for c in DIGITS},) * 17, strict=True),
    (17, 1, {**{c: int(c) for c in DIGITS}, "X": 10}),
)),)
#: No rule fixes the earliest birth year; older dates are misprints.
EARLIEST_YEAR = 1850
#: Characters notices print in place of hidden digits.
MASKS = "*×●•"

RESIDENT = "resident"
PERMIT_HOLDER = "hong_kong_macau_taiwan_resident"
FOREIGNER = "foreign_permanent_resident"
PERMIT_CODES = frozenset({"810000", "820000", "830000"})

# 83 is not a GB/T 2260 province (Taiwan is 71), so the data has no entry. Built
# without validation: validating at import would build pydantic's validators, 30 ms
# that a first check does not otherwise pay.
_TAIWAN_PERMIT = Region.model_construct(
    code="830000", province=regions.province_name("71"), prefecture=None, county=None,
    known=False,
)


class ResidentIdParts(Parts):
    """What a resident identity number says of its holder."""

    kind: Literal[Kind.RESIDENT_ID] = Kind.RESIDENT_ID

    holder: str
    region: Region
    birth_date: datetime.date | None
    sex: str
    nationality: str | None = None
    eighteen_digit: str | None = None


def compact(number: str) -> str:
    """Strip separators, fold to half-width upper case.

    >>> compact("１１０１０５ １９４９１２３１ ００２ｘ")
    '11010519491231002X'
    """
    return _compact(number)


#: GB 11643-1999 (ISO 7064 MOD 11-2): the check character for each remainder mod 11 of
#: the first 17 digits weighted 2**17 ... 2**1 (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, ...).
_CHECK_CHARACTERS = "10X98765432"


def calc_check_digit(number: str) -> str:
    """The MOD 11-2 check character of the first 17 digits (more are ignored).

    >>> calc_check_digit("11010519491231002"), calc_check_digit("11010519491231002X")
    ('X', 'X')
    """
    # 13 = 2 (mod 11), so the digits read in base 13 weigh 2**16 ... 2**0 mod 11, and twice
    # that is the weighted sum: one int() in C instead of seventeen products in Python.
    return _CHECK_CHARACTERS[2 * int(number[:17], 13) % 11]


def to_18(number: str) -> str:
    """The 18-character form of a legacy 15-digit number: ``19`` and a check.

    >>> to_18("110105491231002")
    '11010519491231002X'
    """
    value = compact(number)
    body = value[:6] + "19" + value[6:]
    return body + calc_check_digit(body)


def _masked(value: str) -> int:
    """How many digits the number hides (4302**********1234); 0 when it hides none.

    A notice hides digits in a run. A lone mark is a misread character, as a run
    of one X before the last position is: 62112420030915004× is its check X
    printed as a multiplication sign (临洮报), a charset error, not a mask.

    >>> _masked("4302**********1234"), _masked("62112420030915004×")
    (10, 0)
    """
    if value.isalnum() and "XX" not in value:
        return 0
    hidden = sum(value.count(c) for c in MASKS)
    if hidden == 1:
        return 0
    return hidden or (value[:-1].count("X") if "XX" in value[:-1] else 0)


def _check_charset(outcome: Outcome, value: str) -> bool:
    body = value[:17] if len(value) == 18 else value
    ok = body.isascii() and body.isdigit()
    if not ok:
        outcome.error("charset", f"{describe_chars(body, DIGITS)} is not a digit")
    if len(value) == 18 and value[17] not in "0123456789X":
        outcome.error("charset", f"check character {value[17]!r} is not 0-9 or X")
        ok = False
    return ok


def _date_problem(digits: str, year: int, month: int, day: int) -> str:
    if year < EARLIEST_YEAR:
        return f"birth year {year} is before {EARLIEST_YEAR}"
    if not 1 <= month <= 12:
        wrong = f"month {month:02d}, expected 01-12"
    else:
        wrong = f"day {day:02d}, expected 01-{calendar.monthrange(year, month)[1]}"
    return f"birth date {digits} is not a calendar date: {wrong}"


def _check_date(outcome: Outcome, digits: str) -> datetime.date | None:
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    try:
        born: datetime.date | None = datetime.date(year, month, day)
    except ValueError:
        born = None
    if born is None or year < EARLIEST_YEAR:
        outcome.error("date", _date_problem(digits, year, month, day))
        return None
    if born > checking_date():
        outcome.error("date", f"birth date {born.isoformat()} is in the future")
        return None
    return born


def _history_problem(code: str, year: int | None) -> str | None:
    found = regions.windows(code)
    if not found:
        return f"region code {code} is in no version of the division data"
    if year is not None and not regions.in_force_by(code, year):
        last = found[-1]
        return (
            f"region code {code} ({last.name}) was withdrawn in {last.end},"
            f" before the birth year {year}"
        )
    return None


@functools.lru_cache(maxsize=8192)
def _region(code: str, year: int | None) -> tuple[str, Region, str | None, str | None]:
    """Holder category, region, a ``region`` error and a ``region`` table error.

    Cached: the answer depends on the code and the year only, and resident
    IDs repeat both far more than 8192 times.
    """
    if code[0] == "9":
        province = code[1:3]
        problem = None
        if regions.province_name(province) is None:
            problem = f"positions 2-3 of a foreigner's number name no province ({province})"
        return FOREIGNER, regions.lookup(province + "0000"), problem, None
    if code == "830000":
        return PERMIT_HOLDER, _TAIWAN_PERMIT, None, None
    region = regions.lookup(code, year)
    if regions.province_name(code[:2]) is None:
        problem = (
            f"region code {code} names no province ({code[:2]}),"
            " expected a province code, 830000 or a leading 9"
        )
        return RESIDENT, region, problem, None
    holder = PERMIT_HOLDER if code in PERMIT_CODES else RESIDENT
    return holder, region, None, _history_problem(code, year)


def _check_region(outcome: Outcome, code: str, year: int | None) -> tuple[str, Region]:
    holder, region, problem, table_problem = _region(code, year)
    if problem is not None:
        outcome.error("region", problem)
    if table_problem is not None:
        outcome.table_error("region", table_problem)
    return holder, region


def _check_checksum(outcome: Outcome, value: str) -> None:
    expected = calc_check_digit(value)
    if value[17] != expected:
        outcome.error("checksum", f"check character is {value[17]}, expected {expected}")


def check(number: str) -> Outcome:
    """Every problem of a resident identity number, with its decoded parts.

    Region-history failures are in ``table_errors`` (see ``Outcome``).

    >>> p = check("11010519491231002X").parts
    >>> p.region.county, p.birth_date, p.sex
    ('朝阳区', datetime.date(1949, 12, 31), 'female')
    >>> check("110105491231002").parts.eighteen_digit
    '11010519491231002X'
    >>> check("110201199312010077").table_errors[0].code
    'region'
    >>> check("110111198012010078").valid()  # python-stdnum rejects it
    True
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    hidden = _masked(value)
    if hidden:
        outcome.error(
            "format", f"the number is masked ({hidden} characters hidden), so it cannot be checked"
        )
        return outcome
    if not check_length(outcome, (18, 15)) or not _check_charset(outcome, value):
        return outcome
    legacy = len(value) == 15
    born = _check_date(outcome, "19" + value[6:12] if legacy else value[6:14])
    if not legacy:
        _check_checksum(outcome, value)
    holder, region = _check_region(outcome, value[:6], born.year if born else None)
    outcome.parts = construct(
        ResidentIdParts, kind=KIND, holder=holder, region=region, birth_date=born,
        sex="male" if int(value[14 if legacy else 16]) % 2 else "female",
        nationality=value[3:6] if holder == FOREIGNER else None,
        eighteen_digit=to_18(value) if legacy else None,
    )
    return outcome


def _component(code: str, message: str) -> Exception:
    """python-stdnum's ``InvalidComponent`` (a ``ValueError``) for a ``region`` or ``date``
    problem, as ``stdnum.cn.ric`` raises."""
    return Problem(code=code, message=message).as_exception()


def _readable(number: str) -> str:
    """The compact number if its digits can be read, else raise saying why."""
    value = compact(number)
    hidden = _masked(value)
    if hidden:
        raise Problem(code="format", message=(
            f"the number is masked ({hidden} characters hidden), so it cannot be read"
        )).as_exception()
    outcome = Outcome(value)
    if not check_length(outcome, (18, 15)) or not _check_charset(outcome, value):
        raise_first(outcome)
    return value


def get_birth_date(number: str) -> datetime.date:
    """The birth date the number gives, as ``stdnum.cn.ric.get_birth_date`` returns it.

    Like python-stdnum, it decodes without judging: the date may be in the
    future and the rest of the number may fail. Unlike it, a legacy 15-digit
    number gives its date (``YYMMDD`` in the 1900s), and every failure
    raises an ``InvalidComponent`` or ``InvalidFormat`` (both ``ValueError``)
    saying what is wrong.

    >>> get_birth_date("11010519491231002X")
    datetime.date(1949, 12, 31)
    >>> get_birth_date("110105491231002")  # python-stdnum cannot read 15 digits
    datetime.date(1949, 12, 31)
    >>> get_birth_date("360426199113010079")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidComponent: birth date 19911301 is not a calendar date:
      month 13, expected 01-12
    """
    value = _readable(number)
    digits = "19" + value[6:12] if len(value) == 15 else value[6:14]
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _component("date", _date_problem(digits, year, month, day)) from None


def get_birth_place(number: str) -> dict[str, str]:
    """The place the address code names, as ``stdnum.cn.ric.get_birth_place`` returns it.

    A dictionary with ``province`` and ``county`` (the name in force in the
    birth year), equal to python-stdnum's wherever it answers. Where
    python-stdnum fails on a well-formed number this answers or says why:

    * a code created after the birth year gives the first name it had (the
      address code is the one in force when the number was first assigned,
      years after birth for anyone born before 1999): python-stdnum raises
      ``InvalidComponent`` for ``110111198012010078`` (房山区 from 1986);
    * a code in no version of the division data, where python-stdnum leaks
      a ``KeyError`` when the province exists, raises ``InvalidComponent``
      naming the code; so does a code withdrawn before the birth year, and
      a foreigner's number, whose positions 1-6 are no place.

    >>> get_birth_place("11010519491231002X")
    {'province': '北京市', 'county': '朝阳区'}
    >>> get_birth_place("110111198012010078")
    {'province': '北京市', 'county': '房山区'}
    >>> get_birth_place("320594199001010011")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidComponent: region code 320594 is in no version of the division data
    >>> get_birth_place("110201199312010077")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidComponent: region code 110201 (昌平县) was withdrawn in 1982,
      before the birth year 1993
    """
    value = _readable(number)
    code = value[:6]
    if code[0] == "9":
        raise _component(
            "region",
            f"{code} begins a foreigner's permanent residence number: positions 2-3 give the"
            " province of issue and 4-6 the nationality, not a birth place")
    year = get_birth_date(value).year
    found = [w for w in regions.windows(code) if w.name]
    province = regions.province_name_in_data(code[:2])
    if not found or province is None:
        raise _component("region", f"region code {code} is in no version of the division data")
    if found[0].start is None and found[0].end is None:
        # python-stdnum gives the data's text whole when its first name has no years.
        county = ",".join(_window_text(w) for w in found)
        return {"province": province, "county": county}
    in_force = [w for w in found if (w.start is None or w.start <= year)
                and (w.end is None or w.end >= year)]
    later = [w for w in found if w.start is not None and w.start > year]
    if not in_force and not later:
        raise _component(
            "region",
            f"region code {code} ({found[-1].name}) was withdrawn in {found[-1].end},"
            f" before the birth year {year}")
    return {"province": province, "county": (in_force or later)[0].name}


def _window_text(window: regions.Window) -> str:
    if window.start is None and window.end is None:
        return window.name
    return f"[{window.start or ''}-{window.end or ''}]{window.name}"


def validate(number: str, relax_region: bool = False) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    ``relax_region=True`` accepts a region code the division history does
    not have in force (the history may be out of date).

    >>> validate("110105491231002")
    '110105491231002'
    >>> validate("110201199312010077", relax_region=True)
    '110201199312010077'
    >>> validate("1101051949123100")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 16 characters, expected 18 or 15
    """
    outcome = check(number)
    if relax_region and outcome.valid(relax_tables=True):
        return outcome.value
    return raise_first(outcome)


def is_valid(number: str, relax_region: bool = False) -> bool:
    """Whether the number passes every check; never raises.

    >>> is_valid("11010519491231002X"), is_valid("11010519491231002x ")
    (True, True)
    >>> is_valid("110105194912310021")
    False
    >>> is_valid(None), is_valid(11010519491231002)
    (False, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid(relax_tables=relax_region)


def format(number: str) -> str:
    """The printed form: the compact number, without spaces.

    >>> format("110105 491231 002")
    '110105491231002'
    """
    return compact(number)
