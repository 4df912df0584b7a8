"""Registration number (工商注册号, GS 15-2006).

Fifteen digits, printed on business licences from 2007 until the unified
social credit code replaced them (2015-2016):

* 1-6: the first registering authority (首次登记机关代码), its GB/T 2260 code,
  ``100000`` for the national administration; development-zone bureaus have
  codes that are not divisions;
* 7-14: the sequence (顺序码); position 7 gives the broad type: ``0``-``3``
  domestic enterprise, ``4``-``5`` foreign-invested, ``6``-``9`` individual
  business (个体工商户);
* 15: the check digit, ISO 7064 MOD 11,10 over positions 1-14.

MOD 11,10 catches every single changed digit and most, not all, swaps of
neighbours. A region code in no version of the division data is a warning,
not an error. Pre-2007 numbers had 13 digits and no check digit: they are
not this kind.

More information:

* GS 15-2006 《工商行政管理市场主体注册号编制规则》
* ISO 7064:2003 (GB/T 17710), MOD 11,10

>>> validate("110108000000016")
'110108000000016'
>>> validate("110108000000015")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidChecksum: check digit is 5, expected 6
>>> validate("14082500A000118")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'A' at position 9 is not a digit; ...
>>> validate("990108000000010")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: region code 990108 names no province (99),
  expected a province code or 10
>>> format("1101 0800 0000 016")
'110108000000016'
"""

from __future__ import annotations

from typing import Literal

from voidnotice import regions
from voidnotice.ids._base import (
    DIGITS,
    Outcome,
    Parts,
    check_length,
    construct,
    describe_chars,
    raise_first,
)
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact
from voidnotice.regions import Region

KIND = Kind.REGISTRATION_NUMBER
NAME = "business registration number (工商注册号)"
PATTERN = r"^[0-9]{15}$"
EXAMPLES = ("110108000000016", "321000400012591")
HAS_CHECK_CHARACTER = True

NATIONAL = "100000"

#: GS 15-2006: the broad type that position 7 gives, by digit.
ENTITY_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys("0123", ("domestic_enterprise", "内资企业")),
    **dict.fromkeys("45", ("foreign_invested", "外商投资企业")),
    **dict.fromkeys("6789", ("individual_business", "个体工商户")),
}

# Letters are not in GS 15-2006, yet some provinces printed them (a Shanxi
# `14082500A000118`, a `NA` type with check `X`): say so rather than just
# "not a digit", so that a reader does not suspect a misprint at once.
_LETTER_HINT = "; some provincial numbers carry letters that GS 15-2006 does not define"


class RegistrationNumberParts(Parts):
    """The registering authority's region and the broad entity type."""

    kind: Literal[Kind.REGISTRATION_NUMBER] = Kind.REGISTRATION_NUMBER

    region: Region
    entity_type: str
    entity_type_name: str


def compact(number: str) -> str:
    """Strip separators, fold to half-width.

    >>> compact("１１０１０８ ０００ ０００ ０１６号")
    '110108000000016'
    """
    return _compact(number)


def calc_check_digit(body: str) -> str:
    """The ISO 7064 MOD 11,10 check digit of the first 14 digits.

    >>> calc_check_digit("11010800000001")
    '6'
    """
    product = 10  # ISO 7064 MOD 11,10, the hybrid system
    for digit in body[:14]:
        product = ((product + int(digit)) % 10 or 10) * 2 % 11
    return str((11 - product) % 10)


def _check_charset(outcome: Outcome, value: str) -> bool:
    if all(c in DIGITS for c in value):
        return True
    hint = _LETTER_HINT if any("A" <= c <= "Z" for c in value) else ""
    outcome.error("charset", f"{describe_chars(value, DIGITS)} is not a digit{hint}")
    return False


def _check_region(outcome: Outcome, code: str) -> Region:
    region = regions.lookup(code)
    if code[:2] != "10" and regions.province_name(code[:2]) is None:
        outcome.error(
            "region",
            f"region code {code} names no province ({code[:2]}), expected a province code or 10",
        )
    elif code != NATIONAL and not region.known:
        outcome.warn("region", f"region code {code} is in no version of the division data")
    return region


def _decode(outcome: Outcome, value: str) -> None:
    if not all(c in DIGITS for c in value[:7]):
        return
    region = _check_region(outcome, value[:6])
    entity_type, entity_type_name = ENTITY_TYPES[value[6]]
    outcome.parts = construct(
        RegistrationNumberParts, kind=KIND, region=region, entity_type=entity_type,
        entity_type_name=entity_type_name,
    )


def check(number: str) -> Outcome:
    """Every problem of a registration number, with its decoded parts.

    >>> r = check("321000400012591")
    >>> r.valid(), r.parts.entity_type, r.parts.region.prefecture
    (True, 'foreign_invested', '扬州市')
    >>> check("110108000000015").errors[0].message
    'check digit is 5, expected 6'
    >>> [p.code for p in check("14082500A000118").errors]
    ['charset']
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (15,)):
        return outcome
    digits_ok = _check_charset(outcome, value)
    _decode(outcome, value)
    if digits_ok:
        expected = calc_check_digit(value[:14])
        if value[14] != expected:
            outcome.error("checksum", f"check digit is {value[14]}, expected {expected}")
    return outcome


def validate(number: str) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("140000100028286")
    '140000100028286'
    >>> validate("11010800000001")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 14 characters, expected 15
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the number passes every check; never raises.

    >>> is_valid("110108000000016"), is_valid("110108000000061")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number, 15 digits without spaces.

    >>> format("110108 00000001 6")
    '110108000000016'
    """
    return compact(number)
