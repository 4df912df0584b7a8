"""What went wrong with a number or a notice: a stable code and a sentence.

Codes are part of the public contract (see ``docs/identifiers.md``):
``length``, ``charset``, ``format``, ``checksum``, ``org_code_checksum``,
``region``, ``date``, ``authority``, and for the parser ``unknown_document``,
``unparsed`` and friends.

>>> Problem(code="checksum", message="check character is X, expected W")
Problem(code='checksum', message='check character is X, expected W')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from stdnum.exceptions import ValidationError

# python-stdnum's exception for each code (stdnum.exceptions is imported when one is
# raised: importing it loads stdnum.util, about 30 ms that a first check should not wait).
_EXCEPTION_FOR_CODE: dict[str, str] = {
    "length": "InvalidLength",
    "charset": "InvalidFormat",
    "format": "InvalidFormat",
    "checksum": "InvalidChecksum",
    "org_code_checksum": "InvalidChecksum",
}


class Problem(BaseModel):
    """One reason a number or a notice is not what it should be.

    >>> p = Problem(code="length", message="has 17 characters, expected 18")
    >>> p.code
    'length'
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    message: str

    def as_exception(self) -> ValidationError:
        """The python-stdnum exception that stands for this problem.

        ``length`` gives ``InvalidLength``; ``charset`` and ``format`` give
        ``InvalidFormat``; the two checksum codes give ``InvalidChecksum``;
        codes about a component (``region``, ``date``, ``authority``) give
        ``InvalidComponent``. The message is kept.

        >>> Problem(code="region", message="no province 99").as_exception()
        InvalidComponent('no province 99')
        """
        from stdnum import exceptions

        error: type[ValidationError] = getattr(
            exceptions, _EXCEPTION_FOR_CODE.get(self.code, "InvalidComponent"))
        return error(self.message)


def expect_str(function: str, value: object) -> None:
    """Raise a ``TypeError`` that names the expected ``str``, before any internal error.

    >>> expect_str("parse", b"x")
    Traceback (most recent call last):
    ...
    TypeError: parse() expects a str, not bytes
    """
    if not isinstance(value, str):
        raise TypeError(f"{function}() expects a str, not {type(value).__name__}")
