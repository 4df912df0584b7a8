"""Real-estate certificate number (不动产权证书号) and legacy house certificates.

Unified real-estate certificates (from 2015), ``湘(2020)株洲市不动产权第0012345号``:

* province abbreviation (``湘``; ``黔`` for Guizhou; ``甬`` for Ningbo, a
  city with its own plan);
* ``(YYYY)``: year of registration;
* the registering city or county, with or without 市/县/区 (``株洲市``,
  ``北湖``; Shanghai writes a district ``徐字``);
* ``不动产权`` (a certificate of ownership) or ``不动产证明`` (a
  certificate of another right, such as a mortgage);
* ``第N号``: the serial, 7 digits usually, 6 and 8 also seen.

Pre-2015 house ownership certificates, ``株房权证天字第…号``,
``道房权证字第713000590号``: a city abbreviation, ``房权证`` (or ``房他证``
/ ``房他`` for rights of others, ``房预`` for advance registration), an
optional district abbreviation, ``字第N号``; some cities print a series
letter in front (``X京房权证…``). Land-use certificates of the same era:
``株国用(2008)第0321号`` (国有, state land) or ``集用`` (集体, collective land).

Checked: the shape (``format``); for unified certificates the province
abbreviation (``region``), a year from 2015 to the current one (``date``),
and a serial of 6-8 digits (a ``format`` warning unless 7). Not checked:
whether the city or county exists, or matches the province; any legacy
abbreviation or serial length, which each city chose (Nanning: 8 digits for
房权证, 7 for 预字, 6 for 他字); the year of a land-use certificate. No
check digit exists.

The compact form is NFKC (full-width parentheses become half-width) with
whitespace removed; the Chinese text and the final 号 are kept, as they are
part of the number.

More information:

* 《不动产登记暂行条例》 (2015) and the Ministry of Land and Resources'
  不动产登记簿证 templates (primary text not retrieved)

>>> validate("湘(2020)株洲市不动产权第0012345号")
'湘(2020)株洲市不动产权第0012345号'
>>> validate("湘(2020)株洲市不动产第0012345号")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: expected 省简称(YYYY)市县不动产权第N号, ...
>>> validate("港(2020)株洲市不动产权第0012345号")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: '港' is no province abbreviation of the certificates; ...
>>> validate("湘(2014)株洲市不动产权第0012345号")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: year 2014 is before the first unified certificates (2015)
>>> format("甬（2016）宁波市 不动产权第 158545 号")
'甬(2016)宁波市不动产权第158545号'
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Literal

from voidnotice import regions
from voidnotice.ids._base import Outcome, Parts, checking_date, construct, raise_first
from voidnotice.kinds import Kind

if TYPE_CHECKING:
    import regex

#: Abbreviations on unified certificates: every abbreviation of a mainland
#: province in the province table (``贵`` and ``黔`` both for Guizhou); the
#: registration law does not reach Taiwan, Hong Kong and Macau.
PROVINCE_ABBREVIATIONS = "".join(
    abbreviation
    for abbreviation, code in regions.PROVINCE_BY_ABBREVIATION.items()
    if code not in ("71", "81", "82")
)
#: Only Ningbo's ``甬`` is confirmed by a real certificate.
CITY_ABBREVIATIONS: dict[str, str] = {"甬": "3302"}
FIRST_YEAR = 2015
#: Longest plausible number; anything longer is cut off before any regex runs.
MAX_LENGTH = 64

_HAN = r"\u4e00-\u9fff"
_ABBREVIATIONS = PROVINCE_ABBREVIATIONS + "".join(CITY_ABBREVIATIONS)
_UNIFIED = (
    rf"(?P<abbreviation>[{_HAN}])\((?P<year>[0-9]{{4}})\)(?P<place>[{_HAN}]{{1,12}}?)"
    r"(?P<certificate>不动产权|不动产证明)第(?P<serial>[0-9]{1,12})号"
)
# A leading capital is a city's series letter (Beijing prints X京房权证…);
# 国用/集用 are the land-use certificates (株国用(2008)第0321号).
_LEGACY = (
    rf"[A-Z]?(?P<city>[{_HAN}]{{1,4}}?)(?P<certificate>房权证|房他证|房他|房预)"
    rf"(?P<district>[{_HAN}]{{0,4}}?)字第(?P<serial>[0-9]{{1,12}})号"
    rf"|(?P<city>[{_HAN}]{{1,4}}?)(?P<certificate>国用|集用)\((?P<year>[0-9]{{4}})\)"
    r"字?第(?P<serial>[0-9]{1,12})号"
)
_WHITESPACE_RE = re.compile(r"\s+")


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The unified and the legacy forms, compiled on the first check: the legacy form
    names the same groups in two branches, which only ``regex`` allows, and
    ``import voidnotice`` should not wait for ``regex``."""
    import regex

    return regex.compile(_UNIFIED), regex.compile(_LEGACY, regex.VERSION1)

KIND = Kind.PROPERTY_CERTIFICATE
NAME = "real-estate certificate number (不动产权证书号, 房屋所有权证号)"
PATTERN = (
    rf"^(?:[{_ABBREVIATIONS}]\([0-9]{{4}}\)[{_HAN}]{{1,12}}?(?:不动产权|不动产证明)第[0-9]{{6,8}}号"
    rf"|[A-Z]?[{_HAN}]{{1,4}}?(?:房权证|房他证|房他|房预)[{_HAN}]{{0,4}}?字第[0-9]{{1,12}}号"
    rf"|[{_HAN}]{{1,4}}?(?:国用|集用)\([0-9]{{4}}\)字?第[0-9]{{1,12}}号)$"
)
EXAMPLES = ("湘(2020)株洲市不动产权第0012345号", "道房权证字第713000590号")
HAS_CHECK_CHARACTER = False


class PropertyCertificateParts(Parts):
    """What a certificate number says.

    ``form`` is ``unified`` (不动产权证书, from 2015) or ``legacy`` (房屋所有权证
    and land-use certificates). For a unified certificate ``abbreviation`` is
    the province's (or Ningbo's), ``place`` the registering city or county;
    for a legacy one ``place`` is the city abbreviation, ``district`` the
    district's if any, and ``year`` is printed only on land-use certificates.
    """

    kind: Literal[Kind.PROPERTY_CERTIFICATE] = Kind.PROPERTY_CERTIFICATE

    form: str
    certificate: str
    abbreviation: str | None
    province: str | None
    year: int | None
    place: str
    district: str | None
    serial: str


def compact(number: str) -> str:
    """NFKC (half-width parentheses) and no whitespace; the text and 号 are kept.

    >>> compact("湘（２０２０）株洲市　不动产权第 0012345 号")
    '湘(2020)株洲市不动产权第0012345号'
    """
    return str(_WHITESPACE_RE.sub("", unicodedata.normalize("NFKC", number)))


def _province(abbreviation: str) -> str | None:
    if abbreviation in CITY_ABBREVIATIONS:
        return regions.province_name(CITY_ABBREVIATIONS[abbreviation][:2])
    code = regions.PROVINCE_BY_ABBREVIATION.get(abbreviation)
    return regions.province_name(code) if code else None


def _check_unified(outcome: Outcome, match: regex.Match[str], today: datetime.date | None) -> None:
    abbreviation, year, serial = match["abbreviation"], int(match["year"]), match["serial"]
    if abbreviation not in _ABBREVIATIONS:
        outcome.error(
            "region",
            f"{abbreviation!r} is no province abbreviation of the certificates;"
            f" expected one of {PROVINCE_ABBREVIATIONS} or {''.join(CITY_ABBREVIATIONS)}",
        )
    current = (today or checking_date()).year
    if year < FIRST_YEAR:
        outcome.error("date", f"year {year} is before the first unified certificates (2015)")
    elif year > current:
        outcome.error("date", f"year {year} is after the current year {current}")
    if not 6 <= len(serial) <= 8:
        outcome.error("format", f"serial {serial} has {len(serial)} digits, expected 6 to 8")
    elif len(serial) != 7:
        outcome.warn(
            "format", f"serial {serial} has {len(serial)} digits; most certificates print 7"
        )
    outcome.parts = construct(PropertyCertificateParts, kind=KIND,
        form="unified", certificate=match["certificate"], abbreviation=abbreviation,
        province=_province(abbreviation), year=year, place=match["place"], district=None,
        serial=serial,
    )


def _legacy_parts(match: regex.Match[str]) -> PropertyCertificateParts:
    return construct(PropertyCertificateParts, kind=KIND,
        form="legacy", certificate=match["certificate"], abbreviation=None,
        province=None, year=int(match["year"]) if match["year"] else None, place=match["city"],
        district=match["district"] or None,
        serial=match["serial"],
    )


def check(number: str, *, today: datetime.date | None = None) -> Outcome:
    """Every problem of a certificate number, with its parts.

    ``today`` fixes the date the year is compared with (default: today).

    >>> p = check("黔（2017）黔西县不动产证明第0003901号").parts
    >>> p.certificate, p.province, p.year, p.place, p.serial
    ('不动产证明', '贵州省', 2017, '黔西县', '0003901')
    >>> p = check("株房权证天字第0012345号").parts
    >>> p.form, p.place, p.district
    ('legacy', '株', '天')
    >>> check("皖(2018)合肥市不动产权第10023999号").warnings[0].message
    'serial 10023999 has 8 digits; most certificates print 7'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if len(value) > MAX_LENGTH:
        outcome.error("length", f"has {len(value)} characters, expected at most {MAX_LENGTH}")
        return outcome
    unified_form, legacy_form = _patterns()
    unified = unified_form.fullmatch(value)
    if unified is not None:
        _check_unified(outcome, unified, today)
        return outcome
    legacy = legacy_form.fullmatch(value)
    if legacy is not None:
        outcome.parts = _legacy_parts(legacy)
        return outcome
    outcome.error(
        "format",
        "expected 省简称(YYYY)市县不动产权第N号, 省简称(YYYY)市县不动产证明第N号"
        ", 市简称房权证X字第N号 or 市简称国用(YYYY)第N号",
    )
    return outcome


def validate(number: str, *, today: datetime.date | None = None) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("道房权证字第713000590号")
    '道房权证字第713000590号'
    >>> validate("湘(2020)株洲市不动产权第00123号")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidFormat: serial 00123 has 5 digits, expected 6 to 8
    """
    return raise_first(check(number, today=today))


def is_valid(number: str) -> bool:
    """Whether the number passes every check; never raises.

    >>> is_valid("苏(2017)海门市不动产权第0000183号"), is_valid("苏(2017)海门市第0000183号")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number.

    >>> format("沪 (2018) 徐字不动产权第015979号")
    '沪(2018)徐字不动产权第015979号'
    """
    return compact(number)
