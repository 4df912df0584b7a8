"""voidnotice: read Chinese voidance notices and check the numbers in them.

>>> import voidnotice
>>> r = voidnotice.validate("92430203MA41YB4C2X", kind="uscc")
>>> r.valid, [e.code for e in r.errors]
(False, ['org_code_checksum', 'checksum'])
"""

from voidnotice.ids import Parts
from voidnotice.kinds import Kind
from voidnotice.problems import Problem
from voidnotice.regions import Region
from voidnotice.suggest import suggest
from voidnotice.validation import Identifier, UnknownKindError, identify, is_valid, validate

__all__ = [
    "Identifier",
    "Kind",
    "Parts",
    "Problem",
    "Region",
    "UnknownKindError",
    "identify",
    "is_valid",
    "suggest",
    "validate",
]

__version__ = "0.1.0.dev0"
