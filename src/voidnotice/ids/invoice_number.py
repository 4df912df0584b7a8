"""Invoice number (发票号码) of a pre-digital invoice.

Eight digits, printed top right:

* 1-8: a serial, sequential within one invoice code; leading zeros count.

There is no check digit, and a number alone identifies nothing: it is
unique only together with the invoice code printed beside it. Introduced
nationally with the 12-digit general invoice code on 2004-07-01 and used on
every VAT paper and electronic invoice before the fully digital ones (whose
20-digit numbers are ``digital_invoice_number``).

Checked: eight digits, and not ``00000000``, which the verification
platform rejects (serials start at 1). Not checked, because nothing can be:
whether the number was ever issued. A range written ``02550485-02550490``
is two numbers; splitting it is the parser's job, and the length error says
so.

More information:

* the national VAT invoice verification platform's client code (8 digits,
  not all zeros)

>>> validate("00966245")
'00966245'
>>> validate("0096624")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 7 characters, expected 8
>>> validate("0096624S")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'S' at position 8: an invoice number has only digits
>>> validate("00000000")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 00000000 is never issued; serials start at 00000001
>>> format("0096 6245")
'00966245'
"""

from __future__ import annotations

from voidnotice.ids._base import DIGITS, Outcome, check_length, describe_chars, raise_first
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact

KIND = Kind.INVOICE_NUMBER
NAME = "invoice number (发票号码)"
PATTERN = r"^(?!0{8}$)[0-9]{8}$"
EXAMPLES = ("00966245", "02550485")
HAS_CHECK_CHARACTER = False



def compact(number: str) -> str:
    """Strip separators and a trailing 号, fold to half-width.

    >>> compact("００９６ ６２４５号")
    '00966245'
    """
    return _compact(number)


def _range_hint(value: str) -> str:
    if len(value) == 16 and value.isascii() and value.isdigit():
        return f"; {value[:8]}-{value[8:]} looks like a range of two numbers"
    return ""


def check(number: str) -> Outcome:
    """Every problem of an invoice number (it has no parts to decode).

    >>> check("02550485").valid()
    True
    >>> check("02550485-02550490").errors[0].message
    'has 16 characters, expected 8; 02550485-02550490 looks like a range of two numbers'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (8,)):
        hint = _range_hint(value)
        if hint:
            first = outcome.errors.pop()
            outcome.error(first.code, first.message + hint)
        return outcome
    if not (value.isascii() and value.isdigit()):
        outcome.error(
            "charset", f"{describe_chars(value, DIGITS)}: an invoice number has only digits"
        )
    elif value == "00000000":
        outcome.error("format", "00000000 is never issued; serials start at 00000001")
    return outcome


def validate(number: str) -> str:
    """Return the compact number, or raise the first problem (stdnum style).

    >>> validate("81966722")
    '81966722'
    >>> validate("819667221")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 9 characters, expected 8
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the number is eight digits, not all zeros; never raises.

    >>> is_valid("00966245"), is_valid("966245")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: the compact number, eight digits.

    >>> format("0255 0485号")
    '02550485'
    """
    return compact(number)
