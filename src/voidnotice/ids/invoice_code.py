"""Invoice code (发票代码) of a pre-digital paper or electronic invoice.

Ten or twelve digits, printed top left; no check digit exists in either.

Ten digits (增值税专用发票, and 增值税普通发票 until 2017):

* 1-4: tax region: a province's first two GB/T 2260 digits and ``00``
  (``4300`` Hunan), or one of the cities with their own tax bureau
  (计划单列市: ``2102`` Dalian, ``3302`` Ningbo, ``3502`` Xiamen, ``3702``
  Qingdao, ``4403`` Shenzhen);
* 5-6: plate year (制版年度), last two digits;
* 7: printing batch;
* 8: the verification platform reads the type from it: ``1``/``5``
  增值税专用发票 (01), ``3``/``6`` 增值税普通发票 (04), ``2``/``7``
  货物运输业增值税专用发票 (02);
* 9-10: copies and amount version.

Twelve digits, two families told apart by position 1:

* ``0``, VAT family: 2-5 tax region as above, 6-7 year, 8-10 batch, 11-12
  kind (``04``/``05`` folding 04, ``06``/``07`` roll 11, ``11`` electronic
  ordinary 10, ``12`` toll 14, ``13`` electronic special 08, ``17`` used
  vehicles 15);
* ``1`` state tax or ``2`` local tax, general invoices (全国统一普通发票,
  from 2004): 2-5 region at prefecture level, 6-7 year, 8 industry, 9-12 a
  kind each province defines. With industry ``2`` the platform reads a
  motor-vehicle sales invoice (03); four early e-invoice pilot codes are
  electronic ordinary invoices (10).

Checked: length, digits, the region (a mainland tax region of the
verification platform; for the general family a GB/T 2260 prefecture too),
a position 1 of ``0``, ``1`` or ``2`` on twelve digits, and a year not after
the current one. The year is read as 20YY, so a ten-digit code printed in
the 1990s fails the date check, as it does on the verification platform.

Not checked: the batch; positions 9-10 of ten-digit codes; positions 9-12 of
general invoices, which each province defines. A position 8 (ten digits) or
kind (twelve digits, VAT family) the platform does not know is a ``format``
*warning*: new kinds have been added over the years, and the older 专票
description allows language versions the platform ignores.

More information:

* the national VAT invoice verification platform's client code (region
  list, type mapping, year check), copied into many public repositories
* 国家税务总局 announcements on the 2004 general invoices and the 2018 switch
  to 12-digit codes for 增值税普通发票

>>> validate("4300171130")
'4300171130'
>>> validate("4300171130X")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 11 characters, expected 10 or 12
>>> validate("430017113O")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'O' at position 10: an invoice code has only digits
>>> validate("040001500111")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: tax region 4000 is no province; expected a province code ...
>>> validate("340001500111")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: a 12-digit code starts with 0 (VAT), 1 (state tax) or 2 ...
>>> validate("4300991130", today=datetime.date(2026, 11, 26))
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: year digits 99 give 2099, after the current year 2026
>>> format(" 0440 0150 0111 ")
'044001500111'
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

KIND = Kind.INVOICE_CODE
NAME = "invoice code (发票代码)"
PATTERN = r"^(?:[0-9]{10}|[0-2][0-9]{11})$"
EXAMPLES = ("4300171130", "044001500111")
HAS_CHECK_CHARACTER = False

DIGITS = "0123456789"

#: Province codes with a tax bureau on the verification platform: the
#: mainland, without Taiwan, Hong Kong and Macau.
TAX_PROVINCES: dict[str, str] = {
    code: name for code, (name, _) in regions.PROVINCES.items() if code not in ("71", "81", "82")
}

#: Invoice types of the verification platform, by its two-digit type code.
TYPE_NAMES: dict[str, str] = {
    "01": "增值税专用发票",
    "02": "货物运输业增值税专用发票",
    "03": "机动车销售统一发票",
    "04": "增值税普通发票",
    "08": "增值税电子专用发票",
    "10": "增值税电子普通发票",
    "11": "增值税普通发票(卷票)",
    "14": "增值税电子普通发票(通行费)",
    "15": "二手车销售统一发票",
}

#: Ten digits: position 8 to platform type.
TEN_DIGIT_TYPES: dict[str, str] = {
    "1": "01", "5": "01", "3": "04", "6": "04", "2": "02", "7": "02",
}

#: Twelve digits, VAT family: positions 11-12 to platform type.
VAT_KINDS: dict[str, str] = {
    "04": "04", "05": "04", "06": "11", "07": "11", "11": "10", "12": "14", "13": "08",
    "17": "15",
}

#: Early electronic-invoice pilots the platform lists one by one.
PILOT_CODES = frozenset({"144031539110", "131001570151", "133011501118", "111001571071"})

#: General invoices, position 1.
TAX_OFFICES = {"1": "国税", "2": "地税"}

#: General invoices, position 8, per tax office.
INDUSTRIES: dict[str, dict[str, str]] = {
    "1": {"1": "工业", "2": "商业", "3": "加工修理修配业", "4": "收购业", "5": "水电业",
          "6": "其他"},
    "2": {"1": "交通运输业", "2": "建筑业", "3": "金融保险业", "4": "邮电通信业",
          "5": "文化体育业", "6": "娱乐业", "7": "服务业", "8": "转让无形资产",
          "9": "销售不动产", "0": "其他"},
}


class InvoiceCodeParts(Parts):
    """What an invoice code's digits say.

    ``family`` is ``vat`` (10 digits, or 12 starting with 0) or ``general``
    (12 starting with 1 or 2). ``invoice_type`` is the verification
    platform's type code, None when the platform knows no type for it.
    """

    kind: Literal[Kind.INVOICE_CODE] = Kind.INVOICE_CODE

    family: str
    region_code: str
    region_name: str | None
    year: int
    batch: str
    invoice_type: str | None
    invoice_type_name: str | None
    tax_office: str | None = None
    industry: str | None = None


def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width.

    >>> compact("４３００ １７１１ ３０号")
    '4300171130'
    """
    return _compact(number)


def invoice_type(code: str) -> str | None:
    """The verification platform's type code of a 10- or 12-digit code, or None.

    >>> invoice_type("4300171130"), invoice_type("044001500111"), invoice_type("144031539110")
    ('01', '10', '10')
    >>> invoice_type("4300171930") is None
    True
    """
    if len(code) == 10:
        return TEN_DIGIT_TYPES.get(code[7])
    if code in PILOT_CODES:
        return "10"
    if code.startswith("0"):
        return VAT_KINDS.get(code[10:12])
    return "03" if code[7] == "2" else None


def _tax_region(outcome: Outcome, region: str) -> str | None:
    """Check a VAT region: a province's ``xx00`` or a 计划单列市."""
    if region in regions.SEPARATE_PLAN_CITIES:
        return regions.SEPARATE_PLAN_CITIES[region]
    name = TAX_PROVINCES.get(region[:2])
    if name is not None and region.endswith("00"):
        return name
    cities = ", ".join(regions.SEPARATE_PLAN_CITIES)
    what = "no province" if name is None else "not a whole province"
    outcome.error(
        "region",
        f"tax region {region} is {what}; expected a province code followed by 00, or {cities}",
    )
    return None


def _general_region(outcome: Outcome, region: str) -> str | None:
    """Check a general-invoice region: a mainland GB/T 2260 prefecture."""
    if region[:2] not in TAX_PROVINCES:
        outcome.error(
            "region", f"region {region} names no mainland province ({region[:2]})"
        )
        return None
    found = regions.lookup(region + "00")
    if not found.known:
        outcome.table_error(
            "region", f"region {region} is no prefecture in any version of the division data"
        )
    return found.prefecture or found.province


def _check_year(outcome: Outcome, digits: str, today: datetime.date | None) -> int:
    current = (today or checking_date()).year
    # the century of the date it is checked as of: 98 is 1998 on a 1998 page (set CU)
    year = current // 100 * 100 + int(digits)
    if year > current:
        outcome.error(
            "date", f"year digits {digits} give {year}, after the current year {current}"
        )
    return year


def _check_type(outcome: Outcome, value: str) -> str | None:
    found = invoice_type(value)
    if found is not None:
        return found
    if len(value) == 10:
        outcome.warn(
            "format",
            f"type digit {value[7]} (position 8) is unknown to the verification platform;"
            " expected 1, 2, 3, 5, 6 or 7",
        )
    elif value[0] == "0":
        kinds = ", ".join(VAT_KINDS)
        outcome.warn(
            "format",
            f"kind {value[10:12]} (positions 11-12) is unknown to the verification platform;"
            f" expected one of {kinds}",
        )
    return None


def _decode(outcome: Outcome, value: str, today: datetime.date | None) -> InvoiceCodeParts:
    general = len(value) == 12 and value[0] in TAX_OFFICES
    offset = 0 if len(value) == 10 else 1
    region = value[offset : offset + 4]
    name = _general_region(outcome, region) if general else _tax_region(outcome, region)
    year = _check_year(outcome, value[offset + 4 : offset + 6], today)
    batch = value[6] if len(value) == 10 else value[7:10]
    found_type = _check_type(outcome, value)
    return construct(InvoiceCodeParts, kind=KIND,
        family="general" if general else "vat",
        region_code=region,
        region_name=name,
        year=year,
        batch=batch,
        invoice_type=found_type,
        invoice_type_name=TYPE_NAMES.get(found_type or ""),
        tax_office=TAX_OFFICES.get(value[0]) if general else None,
        industry=INDUSTRIES[value[0]].get(value[7]) if general else None,
    )


def check(number: str, *, today: datetime.date | None = None) -> Outcome:
    """Every problem of an invoice code, with its decoded parts.

    ``today`` fixes the date the year is compared with (default: today).

    >>> p = check("4300171130").parts
    >>> p.region_name, p.year, p.batch, p.invoice_type_name
    ('湖南省', 2017, '1', '增值税专用发票')
    >>> check("4300171930").warnings[0].code
    'format'
    >>> check("111001571071").parts.invoice_type_name
    '增值税电子普通发票'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (10, 12)):
        return outcome
    if not (value.isascii() and value.isdigit()):
        outcome.error(
            "charset", f"{describe_chars(value, DIGITS)}: an invoice code has only digits"
        )
        return outcome
    if len(value) == 12 and value[0] not in "012":
        outcome.error(
            "format",
            "a 12-digit code starts with 0 (VAT), 1 (state tax) or 2 (local tax),"
            f" not {value[0]}",
        )
        return outcome
    outcome.parts = _decode(outcome, value, today)
    return outcome


def validate(number: str, *, today: datetime.date | None = None) -> str:
    """Return the compact code, or raise the first problem (stdnum style).

    >>> validate("4403042140", today=datetime.date(2026, 1, 1))
    '4403042140'
    >>> validate("1234171130")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidComponent: tax region 1234 is not a whole province; expected ...
    """
    return raise_first(check(number, today=today))


def is_valid(number: str) -> bool:
    """Whether the code passes every check; never raises.

    >>> is_valid("044001500111"), is_valid("4300171130X")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact code, digits only.

    >>> format("4300-1711-30")
    '4300171130'
    """
    return compact(number)
