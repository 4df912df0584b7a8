"""Legacy taxpayer identification number (纳税人识别号, 税务登记号).

Before the unified social credit code became every organisation's taxpayer
number (2015-2016), tax registration certificates printed one of:

* 15 characters: the GB/T 2260 code of the tax office (1-6) and the
  holder's GB 11714 organisation code without its hyphen (7-15), position 15
  its check character;
* 17 digits: an individual business owner's legacy 15-digit resident
  identity number (1-15) and a 2-digit serial (16-17);
* 20 characters: an owner's 18-character resident identity number (1-18)
  and a 2-digit serial (19-20).

An 18-character taxpayer number is a USCC (or an owner's resident identity
number) and is checked as that kind, not this one. The resident-ID part is
checked by :mod:`voidnotice.ids.resident_id`; the serial has no check.

More information:

* GB 11714-1997 (the organisation code), GB 11643-1999 (the resident ID)
* 国家税务总局, 税务登记管理办法 (2003)

>>> validate("110108582507564")
'110108582507564'
>>> validate("110101123456789")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidChecksum: embedded organisation code 123456789 has check
  character 9, expected 8
>>> validate("91110108MA01G0FB09")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 18 characters, expected 15, 17 or 20;
  an 18-character taxpayer number is a USCC or a resident ID
>>> validate("990108582507564")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: region code 990108 names no province (99)
>>> format("110108 58250756-4")
'110108582507564'
"""

from __future__ import annotations

from typing import Literal

from voidnotice import regions
from voidnotice.ids import org_code, resident_id
from voidnotice.ids._base import (
    DIGITS,
    Outcome,
    Parts,
    construct,
    describe_chars,
    plural,
    raise_first,
)
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact
from voidnotice.regions import Region

KIND = Kind.TAXPAYER_ID
NAME = "taxpayer identification number (纳税人识别号)"
PATTERN = r"^(?:[0-9]{6}[0-9A-Z]{8}[0-9X]|[0-9]{17}|[0-9]{17}[0-9X][0-9]{2})$"
EXAMPLES = ("110108582507564", "11010519491231002X01")
HAS_CHECK_CHARACTER = True

ORG_FORM = "region_org_code"
RESIDENT_FORM = "resident_id_serial"


class TaxpayerIdParts(Parts):
    """The form, the tax office or holder's region, and the embedded number."""

    kind: Literal[Kind.TAXPAYER_ID] = Kind.TAXPAYER_ID

    form: str
    region: Region
    org_code: str | None = None
    resident_id: str | None = None
    serial: str | None = None


def compact(number: str) -> str:
    """Strip separators, fold to half-width upper case.

    >>> compact("１１０１０８ ５８２５０７５６－４")
    '110108582507564'
    """
    return _compact(number)


def _check_length(outcome: Outcome, length: int) -> bool:
    if length in (15, 17, 20):
        return True
    message = f"has {plural(length, 'character')}, expected 15, 17 or 20"
    if length == 18:
        message += "; an 18-character taxpayer number is a USCC or a resident ID"
    outcome.error("length", message)
    return False


def _check_region(outcome: Outcome, code: str) -> Region:
    region = regions.lookup(code)
    if regions.province_name(code[:2]) is None:
        outcome.error("region", f"region code {code} names no province ({code[:2]})")
    elif not region.known:
        outcome.warn("region", f"region code {code} is in no version of the division data")
    return region


def _check_org_form(outcome: Outcome, value: str) -> None:
    code, org = value[:6], value[6:]
    region_ok = all(c in DIGITS for c in code)
    body_ok = all(c in org_code.BODY_ALPHABET for c in org[:8])
    if not region_ok:
        outcome.error("charset", f"{describe_chars(code, DIGITS)} is not a digit")
    if not body_ok:
        outcome.error("charset", f"{describe_chars(org[:8], org_code.BODY_ALPHABET)}"
                      " is not 0-9 or A-Z (organisation code body)")
    if org[8] not in org_code.CHECK_ALPHABET:
        outcome.error("charset", f"check character {org[8]!r} is not 0-9 or X")
    if not region_ok:
        return
    region = _check_region(outcome, code)
    outcome.parts = construct(
        TaxpayerIdParts, kind=KIND, form=ORG_FORM, region=region, org_code=org,
        resident_id=None, serial=None,
    )
    if not body_ok or org[8] not in org_code.CHECK_ALPHABET:
        return
    expected = org_code.calc_check_digit(org[:8])
    if org[8] != expected:
        outcome.error(
            "org_code_checksum",
            f"embedded organisation code {org} has check character {org[8]}, expected {expected}",
        )


def _check_resident_form(outcome: Outcome, value: str) -> None:
    id_part, serial = value[:-2], value[-2:]
    found = resident_id.check(id_part)
    outcome.errors.extend(found.errors)
    outcome.warnings.extend(found.warnings)
    outcome.table_errors.extend(found.table_errors)
    if not all(c in DIGITS for c in serial):
        outcome.error("charset", f"serial {serial!r} after the resident ID is not 2 digits")
    if isinstance(found.parts, resident_id.ResidentIdParts):
        outcome.parts = construct(
            TaxpayerIdParts, kind=KIND, form=RESIDENT_FORM, region=found.parts.region,
            org_code=None, resident_id=id_part, serial=serial,
        )


def check(number: str) -> Outcome:
    """Every problem of a legacy taxpayer number, with its decoded parts.

    >>> p = check("110108582507564").parts
    >>> p.form, p.region.county, p.org_code
    ('region_org_code', '海淀区', '582507564')
    >>> p = check("11010519491231002X01").parts
    >>> p.form, p.resident_id, p.serial
    ('resident_id_serial', '11010519491231002X', '01')
    >>> check("11010519491231002101").errors[0].message
    'check character is 1, expected X'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not _check_length(outcome, len(value)):
        return outcome
    if len(value) == 15:
        _check_org_form(outcome, value)
    else:
        _check_resident_form(outcome, value)
    return outcome


def validate(number: str, relax_region: bool = False) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    ``relax_region=True`` accepts a resident ID whose region code the
    division history does not have in force.

    >>> validate("11010549123100201")
    '11010549123100201'
    >>> validate("1101084912310020")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 16 characters, expected 15, 17 or 20
    """
    outcome = check(number)
    if relax_region and outcome.valid(relax_tables=True):
        return outcome.value
    return raise_first(outcome)


def is_valid(number: str, relax_region: bool = False) -> bool:
    """Whether the number passes every check; never raises.

    >>> is_valid("110108582507564"), is_valid("440300123456789")
    (True, False)
    >>> is_valid(None)
    False
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid(relax_tables=relax_region)


def format(number: str) -> str:
    """The printed form: the compact number, without spaces or hyphen.

    >>> format("110108-582507564")
    '110108582507564'
    """
    return compact(number)
