"""USCC (Unified Social Credit Code, 统一社会信用代码, GB 32100-2015).

Eighteen characters:

* 1: registration authority (登记管理部门代码): ``9`` market regulation, ``5``
  civil affairs, ``N`` agriculture...;
* 2: organisation category (机构类别代码), defined per authority;
* 3-8: GB/T 2260 code of the registering authority (``100000`` national);
* 9-17: the subject code, a GB 11714 organisation code whose last character
  is its own check character;
* 18: the check character, MOD 31 over positions 1-17.

The alphabet is ``0-9`` and ``A-Z`` without ``I O S V Z``. Every change of a
single character and every swap of two unequal neighbours changes the check.

Beyond python-stdnum's ``stdnum.cn.uscc`` this checks the authority and
category table, the province of the region code, and the embedded
organisation code's check character; and it accepts authorities written as
letters (``N``, ``Y``, ``A``), which python-stdnum rejects. A region code in
no version of the division data (development zones such as ``320594``) is a
warning, not an error.

More information:

* GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》
* GB 11714-1997 (the embedded organisation code)

>>> validate("91110108MA01G0FB09")
'91110108MA01G0FB09'
>>> validate("92430203MA41YB4C2X")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidChecksum: embedded organisation code MA41YB4C2 has check character 2,
  expected 4
>>> validate("91110108MA01GOFB09")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'O' at position 14 is not in the USCC alphabet
  (0-9, A-Z without I O S V Z)
>>> format("9111 0108 ma01 g0fb 09")
'91110108MA01G0FB09'
"""

from __future__ import annotations

from operator import mul
from typing import TYPE_CHECKING, Literal

from voidnotice import regions
from voidnotice.ids import org_code
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

if TYPE_CHECKING:
    from voidnotice.corrections import CheckSum

KIND = Kind.USCC
NAME = "unified social credit code (统一社会信用代码)"
PATTERN = r"^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$"
EXAMPLES = ("91110108MA01G0FB09", "91110000600037341L")
HAS_CHECK_CHARACTER = True

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_ALPHABET_SET = frozenset(ALPHABET)

#: GB 32100 table A: registration authority and the categories it may assign.
AUTHORITIES: dict[str, tuple[str, dict[str, str]]] = {
    "1": ("机构编制", {"1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体",
                      "9": "其他"}),
    "2": ("外交", {"1": "外国常驻新闻机构", "9": "其他"}),
    "3": ("司法行政", {"1": "律师执业机构", "2": "公证处", "3": "基层法律服务所",
                      "4": "司法鉴定机构", "5": "仲裁委员会", "9": "其他"}),
    "4": ("文化", {"1": "外国在华文化中心", "9": "其他"}),
    "5": ("民政", {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"}),
    "6": ("旅游", {"1": "外国旅游部门常驻代表机构",
                  "2": "港澳台地区旅游部门常驻内地(大陆)代表机构", "9": "其他"}),
    "7": ("宗教", {"1": "宗教活动场所", "2": "宗教院校", "9": "其他"}),
    "8": ("工会", {"1": "基层工会", "9": "其他"}),
    "9": ("工商", {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}),
    "A": ("中央军委改革和编制办公室", {"1": "军队事业单位", "9": "其他"}),
    "N": ("农业", {"1": "组级集体经济组织", "2": "村级集体经济组织",
                  "3": "乡镇级集体经济组织", "9": "其他"}),
    "Y": ("其他", {"1": "其他"}),
}

#: The characters each position may hold (for :mod:`voidnotice.corrections`).
ALPHABETS = (
    "".join(AUTHORITIES),
    "".join(sorted({c for _, categories in AUTHORITIES.values() for c in categories})),
    *(DIGITS,) * 6,
    *(ALPHABET,) * 8,
    org_code.CHECK_ALPHABET,
    ALPHABET,
)
#: Both checks as weighted sums (for :mod:`voidnotice.corrections`): the MOD 31
#: sum of :func:`calc_check_digit` plus the check character's value is 0 mod
#: 31, and the embedded organisation code's sum (positions 9-17).
CHECK_SUMS: tuple[CheckSum, ...] = (
    (31, 0, tuple(zip(range(18), (*WEIGHTS, 1), (_VALUE,) * 18, strict=True))),
    *org_code.check_sums(offset=8),
)


class UsccParts(Parts):
    """The decoded parts of a USCC."""

    kind: Literal[Kind.USCC] = Kind.USCC

    authority: str
    authority_name: str | None
    category: str
    category_name: str | None
    region: Region
    org_code: str


def compact(number: str) -> str:
    """Strip separators, fold to half-width upper case.

    >>> compact("９１１１ ０１０８-ma01g0fb09")
    '91110108MA01G0FB09'
    """
    return _compact(number)


def calc_check_digit(number: str) -> str:
    """The MOD 31 check character of the first 17 characters.

    >>> calc_check_digit("91110108MA01G0FB0")
    '9'
    """
    # map() runs twice as fast as a generator here, and this is the hot path.
    total = sum(map(mul, map(_VALUE.__getitem__, number[:17]), WEIGHTS))
    return ALPHABET[-total % 31]


def _check_authority(outcome: Outcome, value: str) -> tuple[str | None, str | None]:
    entry = AUTHORITIES.get(value[0])
    if entry is None:
        outcome.error("authority", f"registration authority {value[0]!r} is not in GB 32100")
        return None, None
    name, categories = entry
    category = categories.get(value[1])
    if category is None:
        allowed = ", ".join(categories)
        outcome.error(
            "authority",
            f"category {value[1]!r} is not one that authority {value[0]} ({name}) assigns;"
            f" expected one of {allowed}",
        )
    return name, category


def _check_region(outcome: Outcome, code: str) -> Region:
    region = regions.lookup(code)
    if code != "100000" and regions.province_name(code[:2]) is None:
        outcome.error("region", f"region code {code} names no province ({code[:2]})")
    elif code != "100000" and not region.known:
        outcome.warn("region", f"region code {code} is in no version of the division data")
    return region


def _checksum_hint(value: str, org_ok: bool) -> str:
    if org_ok and value[2:4] == "35" and value[8:12] == "M000":
        return "; it may be a Fujian pilot-era code issued before GB 32100"
    if value.endswith("000"):
        return "; it ends in 000, possibly cut short by a spreadsheet"
    return ""


def check(number: str) -> Outcome:
    """Every problem of a USCC, with its decoded parts.

    >>> sorted(p.code for p in check("92430203MA41YB4C2X").errors)
    ['checksum', 'org_code_checksum']
    >>> check("92430203MA41YB4C2X").errors[-1].message
    'check character is X, expected W'
    >>> check("91350100M0001TGQXM").errors[0].message
    'check character is M, expected 1; it may be a Fujian pilot-era code issued before GB 32100'
    >>> check("91320594780268314T").warnings[0].code
    'region'
    >>> [p.code for p in check("9I620982MA72PK3NXU").errors]
    ['charset']
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (18,)):
        return outcome
    alphabet_ok = _ALPHABET_SET.issuperset(value)
    if not alphabet_ok:
        outcome.error(
            "charset",
            f"{describe_chars(value, ALPHABET)} is not in the USCC alphabet"
            " (0-9, A-Z without I O S V Z)",
        )
    region_code = value[2:8]
    if not region_code.isdigit() or not region_code.isascii():
        # One rule (the character set), one error: say both halves in one message.
        message = f"positions 3-8 must be digits, found {region_code}"
        if outcome.errors:
            first = outcome.errors.pop()
            message = f"{first.message}; {message}"
        outcome.error("charset", message)
        return outcome
    # a character outside the alphabet in positions 1-2 (9I62…, OCR's I for 1) is the
    # charset's error alone: the authority table cannot be read for it (set DM)
    authority_name, category_name = (
        _check_authority(outcome, value) if _ALPHABET_SET.issuperset(value[:2]) else (None, None))
    region = _check_region(outcome, region_code)
    outcome.parts = construct(
        UsccParts, kind=KIND, authority=value[0], authority_name=authority_name, category=value[1],
        category_name=category_name, region=region, org_code=value[8:17],
    )
    if not alphabet_ok:
        return outcome
    expected_org = org_code.calc_check_digit(value[8:16])
    org_ok = value[16] == expected_org
    if not org_ok:
        outcome.error(
            "org_code_checksum",
            f"embedded organisation code {value[8:17]} has check character {value[16]},"
            f" expected {expected_org}",
        )
    expected = calc_check_digit(value)
    if value[17] != expected:
        outcome.error(
            "checksum",
            f"check character is {value[17]}, expected {expected}{_checksum_hint(value, org_ok)}",
        )
    return outcome


def validate(number: str) -> str:
    """Return the compact code, or raise the first problem (stdnum style).

    >>> validate("N2330106MA2111114K")  # authority N: python-stdnum rejects it
    'N2330106MA2111114K'
    >>> validate("91110108MA01G0FB0")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 17 characters, expected 18
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the code passes every check; never raises.

    >>> is_valid("91110108MA01G0FB09"), is_valid("91110108MA01G0FB08")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact code, 18 characters without spaces.

    >>> format("91 110000 600037341 L")
    '91110000600037341L'
    """
    return compact(number)
