"""Vehicle plate number (机动车号牌号码, GA 36-2018).

Seven characters on an ordinary plate, eight on a new-energy one; notices
write ``湘B·12345`` or ``湘B 12345``, and the dot and space are dropped:

* 1: province abbreviation (``湘`` Hunan), one of the 31 mainland ones;
* 2: the issuing authority (发牌机关代号), a capital letter, ``A`` usually
  the provincial capital;
* ordinary, 3-7: digits and capitals, ``I`` and ``O`` never used; the last
  may be a class character: ``挂`` trailer, ``学`` driving school, ``警``
  police, ``港`` ``澳`` cross-border;
* new energy, 3-8: small vehicles ``D`` (pure electric) or ``F`` (other),
  then a letter or digit, then four digits; large vehicles five digits, then
  ``D`` or ``F``.

Checked: length, the province abbreviation, the authority letter, the
characters and the layout. Not checked: whether the authority letter is
assigned in that province; the limit on letters in an ordinary serial;
embassy (``使``), consulate (``领``), military and other special plates,
which have layouts of their own and are rejected; the new-energy letters
beyond ``D`` and ``F`` reported informally since 2022 (rejected, as they
are not confirmed). No check character exists.

More information:

* GA 36-2018 《中华人民共和国机动车号牌》
* press articles on the new-energy plate layout (2016-2017)

>>> validate("湘B·12345")
'湘B12345'
>>> validate("湘B1234")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidLength: has 6 characters, expected 7 or 8
>>> validate("湘B12O45")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'O' at position 5: plates never use I or O; expected ...
>>> validate("X湘12345")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidComponent: 'X' is no province abbreviation used on plates; ...
>>> validate("粤BA12345")
Traceback (most recent call last):
...
stdnum.exceptions.InvalidFormat: 'A12345' does not fit a new-energy plate; expected D or F ...
>>> format("粤b d12345")
'粤B·D12345'
"""

from __future__ import annotations

import re
from typing import Literal

from voidnotice import regions
from voidnotice.ids._base import Outcome, Parts, check_length, construct, raise_first
from voidnotice.kinds import Kind
from voidnotice.normalize import compact as _compact

PLATE_PROVINCES = regions.PLATE_PROVINCES
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_SERIAL = _LETTERS + "0123456789"
CLASS_CHARACTERS = "挂学警港澳"

KIND = Kind.PLATE
NAME = "vehicle plate number (机动车号牌号码)"
PATTERN = (
    rf"^[{PLATE_PROVINCES}][A-HJ-NP-Z]"
    r"(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])$"
)
EXAMPLES = ("湘B12345", "粤BD12345", "沪A12345D")
HAS_CHECK_CHARACTER = False

_NEW_ENERGY = re.compile(r"[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]")


class PlateParts(Parts):
    """The province, authority letter and serial of a plate.

    ``energy`` is ``D`` (pure electric) or ``F`` (other new energy) on a
    new-energy plate, else None; ``class_character`` is ``挂``, ``学``...
    when an ordinary plate ends in one.
    """

    kind: Literal[Kind.PLATE] = Kind.PLATE

    province_abbreviation: str
    province: str | None
    authority: str
    serial: str
    new_energy: bool
    energy: str | None
    class_character: str | None


def compact(number: str) -> str:
    """Drop the dot and spaces, fold to half-width upper case.

    >>> compact("湘Ｂ·１２３４５"), compact("湘b 12345")
    ('湘B12345', '湘B12345')
    """
    return _compact(number)


def _check_head(outcome: Outcome, value: str) -> str | None:
    province = None
    if value[0] in PLATE_PROVINCES:
        province = regions.province_name(regions.PROVINCE_BY_ABBREVIATION[value[0]])
    else:
        outcome.error(
            "region",
            f"{value[0]!r} is no province abbreviation used on plates;"
            f" expected one of {PLATE_PROVINCES}",
        )
    if value[1] not in _LETTERS:
        outcome.error(
            "charset",
            f"{value[1]!r} at position 2 is no authority letter; expected a capital, not I or O",
        )
    return province


def _check_ordinary(outcome: Outcome, serial: str) -> None:
    for position, char in enumerate(serial, 3):
        if char in _SERIAL or (position == 7 and char in CLASS_CHARACTERS):
            continue
        outcome.error("charset", _serial_message(char, position))
        return


def _check_new_energy(outcome: Outcome, serial: str) -> None:
    """Six characters after the authority: a character no plate uses, or one its layout
    puts nowhere (a letter where the layout wants a digit), is ``charset``, as a letter
    in a USCC's digits is (identifiers.md lists no other error of a plate's shape).

    川A·O6158D (set BP): OCR's O for 0; 苏E·D5283G: its G for 6.
    """
    stray = next(((position, char) for position, char in enumerate(serial, 3)
                  if char not in _SERIAL), None)
    if stray is not None and stray[1] in CLASS_CHARACTERS:
        outcome.error("charset", f"{stray[1]!r} at position {stray[0]}: a class character"
                      " ends an ordinary plate of 7 characters, not a new-energy one")
    elif stray is not None:
        outcome.error("charset", _serial_message(stray[1], stray[0]))
    elif not _NEW_ENERGY.fullmatch(serial):
        outcome.error(
            "charset",
            f"{serial!r} does not fit a new-energy plate; expected D or F then a letter or"
            " digit and 4 digits, or 5 digits then D or F",
        )


def _serial_message(char: str, position: int) -> str:
    if char in "IO":
        return (
            f"{char!r} at position {position}: plates never use I or O;"
            " expected digits or capitals"
        )
    if char in CLASS_CHARACTERS:
        return f"{char!r} at position {position}: a class character belongs at position 7"
    return f"{char!r} at position {position}: expected digits or capitals (not I or O)"


def check(number: str) -> Outcome:
    """Every problem of a plate number, with its parts.

    >>> p = check("湘B·12345").parts
    >>> p.province, p.authority, p.serial, p.new_energy
    ('湖南省', 'B', '12345', False)
    >>> p = check("粤BD12345").parts
    >>> p.new_energy, p.energy
    (True, 'D')
    >>> check("粤Z1234港").parts.class_character
    '港'
    """
    outcome = Outcome(compact(number))
    value = outcome.value
    if not check_length(outcome, (7, 8)):
        return outcome
    province = _check_head(outcome, value)
    serial = value[2:]
    new_energy = len(value) == 8
    if new_energy:
        _check_new_energy(outcome, serial)
    else:
        _check_ordinary(outcome, serial)
    if outcome.errors:
        return outcome
    outcome.parts = construct(PlateParts, kind=KIND,
        province_abbreviation=value[0], province=province, authority=value[1],
        serial=serial, new_energy=new_energy,
        energy=(serial[0] if serial[0] in "DF" else serial[-1]) if new_energy else None,
        class_character=serial[-1] if serial[-1] in CLASS_CHARACTERS else None,
    )
    return outcome


def validate(number: str) -> str:
    """Return the compact plate, or raise the first problem (stdnum style).

    >>> validate("沪A 12345D")
    '沪A12345D'
    >>> validate("湘B123456789")
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 11 characters, expected 7 or 8
    """
    return raise_first(check(number))


def is_valid(number: str) -> bool:
    """Whether the plate passes every check; never raises.

    >>> is_valid("湘B·12345"), is_valid("湘I12345")
    (True, False)
    """
    if not isinstance(number, str):  # python-stdnum's promise: is_valid never raises
        return False
    return check(number).valid()


def format(number: str) -> str:
    """The printed form: province and authority, a middle dot, the serial.

    >>> format("湘B12345")
    '湘B·12345'
    """
    value = compact(number)
    return f"{value[:2]}·{value[2:]}" if len(value) in (7, 8) else value
