"""What every identifier module shares: the outcome of a check and its parts.

Each module in :mod:`voidnotice.ids` offers the python-stdnum verbs
(``compact``, ``validate``, ``is_valid``, ``format``) and one more,
``check(number) -> Outcome``, which collects *every* problem instead of
raising the first. :func:`voidnotice.validate` is built on ``check``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from voidnotice.kinds import Kind
from voidnotice.problems import Problem

_M = TypeVar("_M", bound=BaseModel)

#: The characters of the kinds' alphabets, written once: the digits, and the
#: digits with the capital Latin letters (GB 11714's body, what corrections try).
DIGITS = "0123456789"
DIGITS_AND_CAPITALS = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


#: The date numbers are checked as of, when a caller gives one (the page's: :func:`as_of`).
_AS_OF: ContextVar[datetime.date | None] = ContextVar("voidnotice_as_of", default=None)


def checking_date() -> datetime.date:
    """The date a number's dates are checked against: the one given to :func:`as_of`
    (the day the notice was printed), else today.

    >>> with as_of(datetime.date(1998, 6, 1)):
    ...     checking_date()
    datetime.date(1998, 6, 1)
    >>> checking_date() == datetime.date.today()
    True
    """
    return _AS_OF.get() or datetime.date.today()


@contextmanager
def as_of(date: datetime.date | None) -> Iterator[None]:
    """Check numbers as of ``date`` inside the block (with ``None``, as before it). A
    context variable: threads and asyncio tasks each have their own.

    A birth date after it is in the future, a certificate's year after it is too late,
    and an invoice code's two year digits are read in its century (98 as 1998 on a 1998
    page, as 2098, a year to come, on a 2026 one). A ``datetime`` counts by its day.

    >>> with as_of(datetime.datetime(2009, 3, 17, 8, 30)):
    ...     checking_date()
    datetime.date(2009, 3, 17)
    >>> with as_of("2009-03-17"):
    ...     pass
    Traceback (most recent call last):
    ...
    TypeError: as_of expects a datetime.date, not str
    """
    if date is None:
        yield
        return
    if not isinstance(date, datetime.date):
        raise TypeError(f"as_of expects a datetime.date, not {type(date).__name__}")
    if isinstance(date, datetime.datetime):
        date = date.date()
    token = _AS_OF.set(date)
    try:
        yield
    finally:
        _AS_OF.reset(token)


def construct(model: type[_M], **values: Any) -> _M:
    """Build a model from values already checked, every field given.

    What ``model_construct`` does, without its per-field search for aliases
    and defaults, which costs more than checking the number itself. Only for
    models without private attributes or ``model_post_init``.

    >>> construct(Problem, code="length", message="too short")
    Problem(code='length', message='too short')
    """
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


class Parts(BaseModel):
    """What a number's characters say, decoded; one subclass per kind.

    >>> Parts(kind=Kind.SERIAL).kind
    <Kind.SERIAL: 'serial'>
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: Kind


@dataclass(slots=True)
class Outcome:
    """Everything one check found.

    ``table_errors`` are failures of a look-up in reference data that goes
    out of date (the division codes): errors by default, warnings when the
    caller relaxes the region check.
    """

    value: str
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    table_errors: list[Problem] = field(default_factory=list)
    parts: Parts | None = None

    def error(self, code: str, message: str) -> None:
        """Record a failure of the kind's rules.

        >>> o = Outcome("1"); o.error("length", "too short"); o.valid()
        False
        """
        self.errors.append(construct(Problem, code=code, message=message))

    def warn(self, code: str, message: str) -> None:
        """Record something worth knowing that does not make the number invalid.

        >>> o = Outcome("1"); o.warn("region", "not in the data"); o.valid()
        True
        """
        self.warnings.append(construct(Problem, code=code, message=message))

    def table_error(self, code: str, message: str) -> None:
        """Record a failed look-up in reference data that may be out of date.

        >>> o = Outcome("1"); o.table_error("region", "withdrawn in 2010")
        >>> o.valid(), o.valid(relax_tables=True)
        (False, True)
        """
        self.table_errors.append(construct(Problem, code=code, message=message))

    def valid(self, relax_tables: bool = False) -> bool:
        """Whether every check passed (look-ups counted unless relaxed).

        >>> Outcome("1").valid()
        True
        """
        return not self.errors and (relax_tables or not self.table_errors)

    def first_problem(self) -> Problem | None:
        """The problem a stdnum-style ``validate`` raises: rule failures first.

        >>> Outcome("1").first_problem() is None
        True
        """
        if self.errors:
            return self.errors[0]
        return self.table_errors[0] if self.table_errors else None


def raise_first(outcome: Outcome) -> str:
    """Raise the first problem as its python-stdnum exception, else return the value.

    >>> raise_first(Outcome("91"))
    '91'
    >>> o = Outcome("9"); o.error("length", "has 1 character, expected 18")
    >>> raise_first(o)
    Traceback (most recent call last):
    ...
    stdnum.exceptions.InvalidLength: has 1 character, expected 18
    """
    problem = outcome.first_problem()
    if problem is not None:
        raise problem.as_exception()
    return outcome.value


def plural(count: int, noun: str) -> str:
    """``1 character``, ``2 characters``: for messages.

    >>> plural(1, "character"), plural(17, "character")
    ('1 character', '17 characters')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def check_length(outcome: Outcome, expected: tuple[int, ...]) -> bool:
    """Record a ``length`` error unless the value has one of the expected lengths.

    >>> o = Outcome("12345"); check_length(o, (18,)), o.errors[0].message
    (False, 'has 5 characters, expected 18')
    >>> check_length(Outcome("1234"), (4, 6))
    True
    """
    if len(outcome.value) in expected:
        return True
    wanted = " or ".join(str(n) for n in expected)
    outcome.error("length", f"has {plural(len(outcome.value), 'character')}, expected {wanted}")
    return False


def describe_chars(value: str, allowed: str) -> str:
    """Name the first characters of ``value`` not in ``allowed``, with positions.

    >>> describe_chars("91O1", "0123456789")
    "'O' at position 3"
    """
    bad = [f"{c!r} at position {i}" for i, c in enumerate(value, 1) if c not in allowed]
    shown = ", ".join(bad[:3])
    return shown + (f" and {len(bad) - 3} more" if len(bad) > 3 else "")
