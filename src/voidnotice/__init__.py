"""voidnotice: read Chinese voidance notices and check the numbers in them.

>>> import voidnotice
>>> [n.parties[0].name for n in voidnotice.parse("下列证件声明作废\\n·张三遗失身份证")]
['张三']
>>> r = voidnotice.validate("92430203MA41YB4C2X", kind="uscc")
>>> r.valid, [e.code for e in r.errors]
(False, ['org_code_checksum', 'checksum'])

``import voidnotice`` loads the identifier layer (pydantic, the kinds' checks
and their types), so that the first check pays only for what it reads: the
division table. Everything else is imported on first use (PEP 562): a caller
who only checks numbers never loads the parser or its patterns, the notice
records load with the first notice, the process pool with the first
``parse_many(jobs=N)``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Loaded now, not on the first check: pydantic's own import is most of a first check
# that loads it (60-80 ms), and the import is where a library's types are paid for.
import voidnotice.validation  # noqa: F401

if TYPE_CHECKING:
    from voidnotice.bulk import iter_notices, parse_many
    from voidnotice.corrections import suggest
    from voidnotice.ids import Parts
    from voidnotice.kinds import Kind
    from voidnotice.parser.lexicon import Lexicon
    from voidnotice.parser.page_date import page_date
    from voidnotice.parser.reader import parse_notice
    from voidnotice.parser.segmentation import parse, scan
    from voidnotice.problems import Problem
    from voidnotice.records import (
        Copy,
        Document,
        Event,
        Item,
        Notice,
        Page,
        Party,
        PartyKind,
        Relation,
        Role,
        Skipped,
    )
    from voidnotice.regions import Region
    from voidnotice.rows import COLUMNS, to_rows
    from voidnotice.validation import Identifier, UnknownKindError, identify, is_valid, validate

#: Where each public name lives.
_EXPORTS: dict[str, str] = {
    "COLUMNS": "voidnotice.rows",
    "Copy": "voidnotice.records",
    "Document": "voidnotice.records",
    "Event": "voidnotice.records",
    "Identifier": "voidnotice.validation",
    "Item": "voidnotice.records",
    "Kind": "voidnotice.kinds",
    "Lexicon": "voidnotice.parser.lexicon",
    "Notice": "voidnotice.records",
    "Page": "voidnotice.records",
    "Parts": "voidnotice.ids",
    "Party": "voidnotice.records",
    "PartyKind": "voidnotice.records",
    "Problem": "voidnotice.problems",
    "Region": "voidnotice.regions",
    "Relation": "voidnotice.records",
    "Role": "voidnotice.records",
    "Skipped": "voidnotice.records",
    "UnknownKindError": "voidnotice.validation",
    "identify": "voidnotice.validation",
    "is_valid": "voidnotice.validation",
    "iter_notices": "voidnotice.bulk",
    "parse": "voidnotice.parser.segmentation",
    "parse_many": "voidnotice.bulk",
    "parse_notice": "voidnotice.parser.reader",
    "page_date": "voidnotice.parser.page_date",
    "scan": "voidnotice.parser.segmentation",
    "suggest": "voidnotice.corrections",
    "to_rows": "voidnotice.rows",
    "validate": "voidnotice.validation",
}

__all__ = [
    "COLUMNS",
    "Copy",
    "Document",
    "Event",
    "Identifier",
    "Item",
    "Kind",
    "Lexicon",
    "Notice",
    "Page",
    "Parts",
    "Party",
    "PartyKind",
    "Problem",
    "Region",
    "Relation",
    "Role",
    "Skipped",
    "UnknownKindError",
    "identify",
    "is_valid",
    "iter_notices",
    "page_date",
    "parse",
    "parse_many",
    "parse_notice",
    "scan",
    "suggest",
    "to_rows",
    "validate",
]

#: The version, defined here only (pyproject.toml reads it).
__version__ = "0.1.0.dev0"


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'voidnotice' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
