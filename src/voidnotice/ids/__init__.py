"""One module per kind of identifier, each with the python-stdnum verbs.

>>> from voidnotice.ids import uscc
>>> uscc.is_valid("91110108MA01G0FB09")
True
>>> module_for(Kind.USCC) is uscc
True
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Protocol, cast

from voidnotice.ids._base import Outcome, Parts
from voidnotice.kinds import Kind

__all__ = ["KindModule", "Outcome", "Parts", "module_for"]


class KindModule(Protocol):
    """What :func:`voidnotice.validate` needs of an identifier module."""

    KIND: Kind
    NAME: str
    PATTERN: str
    EXAMPLES: tuple[str, ...]
    HAS_CHECK_CHARACTER: bool

    def compact(self, number: str) -> str: ...

    def check(self, number: str) -> Outcome: ...

    def is_valid(self, number: str) -> bool: ...

    def format(self, number: str) -> str: ...


_loaded: dict[Kind, KindModule] = {}


def module_for(kind: Kind) -> KindModule:
    """The module that checks one kind (imported on first use).

    >>> module_for(Kind.ORG_CODE).NAME
    'organisation code (组织机构代码)'
    """
    module = _loaded.get(kind)
    if module is None:
        imported: ModuleType = importlib.import_module(f"voidnotice.ids.{kind.value}")
        module = _loaded[kind] = cast(KindModule, imported)
    return module
