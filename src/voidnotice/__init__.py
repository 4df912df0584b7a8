"""voidnotice: read Chinese voidance notices and check the numbers in them.

>>> import voidnotice
>>> [n.parties[0].name for n in voidnotice.parse("下列证件声明作废\\n·张三遗失身份证")]
['张三']
>>> r = voidnotice.validate("92430203MA41YB4C2X", kind="uscc")
>>> r.valid, [e.code for e in r.errors]
(False, ['org_code_checksum', 'checksum'])
"""

from voidnotice.bulk import iter_notices, parse_many
from voidnotice.ids import Parts
from voidnotice.kinds import Kind
from voidnotice.lexicon import Lexicon
from voidnotice.notice import Copy, Document, Event, Item, Notice, Party, PartyKind, Relation, Role
from voidnotice.page import Page, Skipped, parse, scan
from voidnotice.parsing import parse_notice
from voidnotice.problems import Problem
from voidnotice.regions import Region
from voidnotice.rows import COLUMNS, to_rows
from voidnotice.suggest import suggest
from voidnotice.validation import Identifier, UnknownKindError, identify, is_valid, validate

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
