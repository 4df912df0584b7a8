"""Birth certificate number (出生医学证明编号).

Ten characters, a capital letter and nine digits, since the 2nd edition
(2000); forms are printed centrally and numbered per province:

* 1: letter standing for the printing year (batch) of the form;
* 2-3: province, the first two digits of its GB/T 2260 code (``43`` Hunan);
* 4-10: serial within the province.

Checked: length, the shape, and that positions 2-3 are a province code.
Not checked, because it is not public: the table from letter to printing
year (only ``X`` is pinned down, the 7th edition of 2023), and whether some
letters (``I``, ``O``) are skipped; any structure inside positions 4-10
(``X320101001`` was issued in Yixing, Wuxi, so positions 4-5 are no city
code). No check digit is known; ``valid`` means the shape and the province
are right, nothing more.

More information:

* 《母婴保健法》; 国家卫生健康委 announcement 2018 No. 14 (6th edition);
  press reports on the 7th edition (2023-04-01, "1 letter + 9 digits + bar
  code")

>>> validate("P430935842")
'P430935842'
>>> validate("P43093584")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 9 characters, expected 10
>>> validate("430935842P")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: '4' at position 1 is not a capital letter; expected ...
>>> validate("P990935842")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: positions 2-3 (99) are no province code
>>> format("p 430 935 842")
'P430935842'
"""

from __future__ import annotations

from typing import Literal

from voidnotice import regions
from voidnotice.ids._base import (
    Outcome,
    Parts,
    check_length,
    construct,
    describe_chars,
    raise_first,
)
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact

KIND = Kind.BIRTH_CERTIFICATE
NAME = "birth certificate number (出生医学证明编号)"
PATTERN = r"^[A-Z][0-9]{9}$"
EXAMPLES = ("P430935842", "X320101001")
HAS_CHECK_CHARACTER = False

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


class BirthCertificateParts(Parts):
    """The letter, the province and the serial of a birth certificate number."""

    kind: Literal[Kind.BIRTH_CERTIFICATE] = Kind.BIRTH_CERTIFICATE

    letter: str
    province_code: str
    province: str | None
    serial: str


def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width upper case.

    >>> compact("ｐ４３０９３５８４２号")
    'P430935842'
    """
    return _compact(number)


def _check_shape(outcome: Outcome, value: str) -> bool:
    letter_ok = value[0] in LETTERS
    if not letter_ok:
        outcome.error(
            "charset",
            f"{value[0]!r} at position 1 is not a capital letter; expected a letter and 9 digits",
        )
    digits = value[1:]
    digits_ok = digits.isascii() and digits.isdigit()
    if not digits_ok:
        # The leading blank keeps the positions counted from the letter.
        bad = describe_chars(" " + digits, " " + DIGITS)
        outcome.error("charset", f"{bad}: positions 2-10 take digits only")
    return letter_ok and digits_ok


def check(number: str) -> Outcome:
    """Every problem of a birth certificate number, with its parts.

    >>> p = check("X320101001").parts
    >>> p.letter, p.province, p.serial
    ('X', '江苏省', '0101001')
    >>> [e.code for e in check("P99093584Z").errors]
    ['charset']
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (10,)) or not _check_shape(outcome, value):
        return outcome
    province = regions.province_name(value[1:3])
    if province is None:
        outcome.error("region", f"positions 2-3 ({value[1:3]}) are no province code")
    outcome.parts = construct(BirthCertificateParts, kind=KIND,
        letter=value[0], province_code=value[1:3], province=province,
        serial=value[3:],
    )
    return outcome


def validate(number: str) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("X320101001")
    'X320101001'
    >>> validate("XX20101001")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidFormat: 'X' at position 2: positions 2-10 take digits only
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the number has the shape and a province; never raises.

    >>> is_valid("P430935842"), is_valid("P990935842")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number.

    >>> format("p430935842")
    'P430935842'
    """
    return compact(number)
