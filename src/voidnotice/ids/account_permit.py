"""Account-opening permit approval number (开户许可证核准号, 基本存款账户编号).

Fourteen characters, a letter and thirteen digits, assigned by the People's
Bank of China (人民币银行结算账户管理办法):

* 1: ``J`` for a basic deposit account (基本存款账户); bank systems also
  accept ``L`` and ``Z``;
* 2-14: digits.

After permits were abolished (2019-2020) the same number is printed as the
基本存款账户编号 on the account information sheet.

Checked: length, the letter, the digits. Not checked, because none of it is
confirmed: the meaning of ``L`` and ``Z`` (commonly said to be temporary
and special-purpose accounts); the split of positions 2-14 (a PBOC area code
at 2-5 such as ``2900``, a serial, a change counter) and so any region; a
check digit, of which none is known. The permit's separate printed form
number (编号) is a different number: check it as a ``serial``.

More information:

* 《人民币银行结算账户管理办法》 and its 实施细则 (PBOC)
* bank-system validators ``^J\\d{13}$`` and ``^[JLZ]\\d{13}$``

>>> validate("J2900123456789")
'J2900123456789'
>>> validate("J290012345678")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 13 characters, expected 14
>>> validate("X2900123456789")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'X' at position 1 is no account letter; expected J, L or Z
>>> format("j 2900 1234 5678 9")
'J2900123456789'
"""

from __future__ import annotations

from typing import Literal

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

KIND = Kind.ACCOUNT_PERMIT
NAME = "account-opening permit approval number (开户许可证核准号)"
PATTERN = r"^[JLZ][0-9]{13}$"
EXAMPLES = ("J2900123456789",)
HAS_CHECK_CHARACTER = False

#: Only ``J`` is confirmed; ``L`` and ``Z`` are accepted, their meaning unknown.
ACCOUNT_LETTERS: dict[str, str | None] = {"J": "基本存款账户", "L": None, "Z": None}


class AccountPermitParts(Parts):
    """The account letter and the digits of an approval number.

    ``account_type`` is named only for ``J``; the others are unconfirmed.
    """

    kind: Literal[Kind.ACCOUNT_PERMIT] = Kind.ACCOUNT_PERMIT

    letter: str
    account_type: str | None
    body: str


def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width upper case.

    >>> compact("ｊ２９００－１２３４５６７８９")
    'J2900123456789'
    """
    return _compact(number)


def check(number: str) -> Outcome:
    """Every problem of an approval number, with its parts.

    >>> p = check("J2900123456789").parts
    >>> p.letter, p.account_type, p.body
    ('J', '基本存款账户', '2900123456789')
    >>> check("L2900123456789").parts.account_type is None
    True
    >>> check("J29001234S6789").errors[0].message
    "'S' at position 10: positions 2-14 take digits only"
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (14,)):
        return outcome
    letter, body = value[0], value[1:]
    if letter not in ACCOUNT_LETTERS:
        outcome.error(
            "charset", f"{letter!r} at position 1 is no account letter; expected J, L or Z"
        )
    if not (body.isascii() and body.isdigit()):
        # The leading blank keeps the positions counted from the letter.
        bad = describe_chars(" " + body, " " + DIGITS)
        outcome.error("charset", f"{bad}: positions 2-14 take digits only")
    if not outcome.errors:
        outcome.parts = construct(AccountPermitParts, kind=KIND,
            letter=letter, account_type=ACCOUNT_LETTERS[letter], body=body
        )
    return outcome


def validate(number: str) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("Z2900123456789")
    'Z2900123456789'
    >>> validate("J29001234567890")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 15 characters, expected 14
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the number has the shape ``[JLZ]`` and 13 digits; never raises.

    >>> is_valid("J2900123456789"), is_valid("2900123456789")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number.

    >>> format("J2900 1234 56789")
    'J2900123456789'
    """
    return compact(number)
