"""Organisation code (组织机构代码, GB 11714-1997).

Nine characters, printed ``XXXXXXXX-X``:

* 1-8: the body code, digits and upper-case letters;
* 9: the check character, ``0``-``9`` or ``X``.

Issued until the unified social credit code replaced the separate
certificate (2015-2016); it lives on as positions 9-17 of every USCC.

The check weights positions 1-8 by 3 7 9 10 5 8 4 2, with digits as
themselves and letters ``A``=10 to ``Z``=35, and takes 11 - (sum mod 11),
10 written ``X`` and 11 written ``0``. The check catches every single changed
character except a letter 11 places away (A for L, B for M...), which has the
same value mod 11.

More information:

* GB 11714-1997 《全国组织机构代码编制规则》

>>> validate("D2143569-X")
'D2143569X'
>>> validate("D2143569-1")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidChecksum: check character is 1, expected X
>>> validate("D214-3569X")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: the hyphen belongs before the check character (position 9)
>>> format("d2143569x")
'D2143569-X'
"""

from __future__ import annotations

from operator import mul
from typing import TYPE_CHECKING, Literal

from voidnotice.ids._base import (
    DIGITS_AND_CAPITALS,
    Outcome,
    Parts,
    check_length,
    construct,
    describe_chars,
    raise_first,
)
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact
from voidnotice.normalize import fold

if TYPE_CHECKING:
    from voidnotice.corrections import CheckSum

KIND = Kind.ORG_CODE
NAME = "organisation code (组织机构代码)"
PATTERN = r"^[0-9A-Z]{8}[0-9X]$"
EXAMPLES = ("D2143569X", "600037341")
HAS_CHECK_CHARACTER = True

BODY_ALPHABET = DIGITS_AND_CAPITALS
CHECK_ALPHABET = "0123456789X"
_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# int(c, 36) is the GB 11714 value: digits as themselves, A=10 ... Z=35.
_VALUE = {c: int(c, 36) for c in BODY_ALPHABET}
_CHECK_VALUE = {c: 10 if c == "X" else int(c) for c in CHECK_ALPHABET}
#: The characters each position may hold (for :mod:`voidnotice.corrections`).
ALPHABETS = (BODY_ALPHABET,) * 8 + (CHECK_ALPHABET,)


class OrgCodeParts(Parts):
    """The body code and the check character."""

    kind: Literal[Kind.ORG_CODE] = Kind.ORG_CODE

    body: str
    check_character: str


def compact(number: str) -> str:
    """Strip separators, fold to half-width upper case.

    >>> compact("ｄ２１４３５６９－ｘ")
    'D2143569X'
    """
    return _compact(number)


def calc_check_digit(body: str) -> str:
    """The GB 11714 check character of an 8-character body.

    >>> calc_check_digit("D2143569")
    'X'
    >>> calc_check_digit("MA01G0FB")
    '0'
    """
    # map() runs twice as fast as a generator here, and this is the hot path.
    remainder = 11 - sum(map(mul, map(_VALUE.__getitem__, body[:8]), _WEIGHTS)) % 11
    return "X" if remainder == 10 else str(remainder % 11)


def check_sums(offset: int = 0) -> tuple[CheckSum, ...]:
    """The check as a weighted sum, for a code at ``offset`` in a longer number.

    :func:`calc_check_digit`'s sum plus the check character's value (``X``
    = 10) is 0 mod 11; :mod:`voidnotice.corrections` searches corrections with it.

    >>> modulus, target, terms = check_sums()[0]
    >>> modulus, target, sum(w * v[c] for (_, w, v), c in zip(terms, "D2143569X")) % 11
    (11, 0, 0)
    """
    terms = tuple(zip(range(offset, offset + 8), _WEIGHTS, (_VALUE,) * 8, strict=True))
    return ((11, 0, (*terms, (offset + 8, 1, _CHECK_VALUE))),)


#: See :func:`check_sums`.
CHECK_SUMS = check_sums()


def _hyphen_misplaced(number: str) -> bool:
    spaced = fold(number).replace(" ", "").replace("\u3000", "")
    hyphen = spaced.find("-")
    return hyphen != -1 and (hyphen != 8 or spaced.count("-") > 1)


def check(number: str) -> Outcome:
    """Every problem of an organisation code, with its parts.

    >>> check("D2143569-X").valid()
    True
    >>> [p.code for p in check("D2143569-1").errors]
    ['checksum']
    >>> check("123456789").errors[0].message
    'check character is 9, expected 8'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (9,)):
        return outcome
    if _hyphen_misplaced(number):
        outcome.error("format", "the hyphen belongs before the check character (position 9)")
    body, check_char = value[:8], value[8]
    body_ok = all(c in _VALUE for c in body)
    if not body_ok:
        outcome.error("charset", f"{describe_chars(body, BODY_ALPHABET)}: body takes 0-9 and A-Z")
    if check_char not in CHECK_ALPHABET:
        outcome.error("charset", f"check character {check_char!r} is not 0-9 or X")
    if body_ok:
        outcome.parts = construct(OrgCodeParts, kind=KIND, body=body, check_character=check_char)
        expected = calc_check_digit(body)
        if check_char in CHECK_ALPHABET and check_char != expected:
            outcome.error("checksum", f"check character is {check_char}, expected {expected}")
    return outcome


def validate(number: str) -> str:
    """Return the compact code, or raise the first problem (stdnum style).

    >>> validate("600037341")
    '600037341'
    >>> validate("60003734")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 8 characters, expected 9
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the code passes every check; never raises.

    >>> is_valid("D2143569-X"), is_valid("D2143569-0")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form, ``XXXXXXXX-X``.

    >>> format("600037341")
    '60003734-1'
    """
    value = compact(number)
    return f"{value[:8]}-{value[8:]}" if len(value) == 9 else value
