"""Validate a number of any kind, and guess the kind of an unlabelled one.

>>> r = validate("92430203MA41YB4C2X", kind="uscc")
>>> r.valid, sorted(e.code for e in r.errors)
(False, ['checksum', 'org_code_checksum'])
>>> identify("91110108MA01G0FB09")
[<Kind.USCC: 'uscc'>]
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Annotated, Union

from pydantic import BaseModel, ConfigDict, Field

from voidnotice.ids import KindModule, Outcome, module_for
from voidnotice.ids._base import as_of as checked_as_of
from voidnotice.ids._base import construct
from voidnotice.ids.account_permit import AccountPermitParts
from voidnotice.ids.birth_certificate import BirthCertificateParts
from voidnotice.ids.digital_invoice_number import DigitalInvoiceNumberParts
from voidnotice.ids.invoice_code import InvoiceCodeParts
from voidnotice.ids.org_code import OrgCodeParts
from voidnotice.ids.plate import PlateParts
from voidnotice.ids.property_certificate import PropertyCertificateParts
from voidnotice.ids.registration_number import RegistrationNumberParts
from voidnotice.ids.resident_id import ResidentIdParts
from voidnotice.ids.serial import SerialParts
from voidnotice.ids.taxpayer_id import TaxpayerIdParts
from voidnotice.ids.uscc import UsccParts
from voidnotice.kinds import Kind
from voidnotice.problems import Problem, expect_str

if TYPE_CHECKING:
    import regex

#: The order in which :func:`identify` lists kinds that fit equally well.
IDENTIFY_ORDER: tuple[Kind, ...] = (
    Kind.USCC,
    Kind.RESIDENT_ID,
    Kind.REGISTRATION_NUMBER,
    Kind.TAXPAYER_ID,
    Kind.ORG_CODE,
    Kind.INVOICE_CODE,
    Kind.BIRTH_CERTIFICATE,
    Kind.ACCOUNT_PERMIT,
    Kind.DIGITAL_INVOICE_NUMBER,
    Kind.INVOICE_NUMBER,
    Kind.PROPERTY_CERTIFICATE,
    Kind.PLATE,
    Kind.SERIAL,
)


#: The decoded parts of any kind, told apart by their ``kind``: a record read
#: back from JSON gets each kind's own fields again.
AnyParts = Annotated[
    Union[  # noqa: UP007 (a discriminated union needs the Union form under 3.10)
        AccountPermitParts, BirthCertificateParts, DigitalInvoiceNumberParts, InvoiceCodeParts,
        OrgCodeParts, PlateParts, PropertyCertificateParts, RegistrationNumberParts,
        ResidentIdParts, SerialParts, TaxpayerIdParts, UsccParts,
    ],
    Field(discriminator="kind"),
]


class UnknownKindError(ValueError):
    """A kind name that is not in :class:`Kind`, or a number no kind fits.

    >>> validate("91110108MA01G0FB09", kind="usc")
    Traceback (most recent call last):
    ...
    voidnotice.validation.UnknownKindError: unknown kind 'usc'; expected one of uscc, org_code, ...
    """


class Identifier(BaseModel):
    """One number, checked: the ``Identifier`` of the record contract.

    ``valid`` means every check of the kind passed; ``errors`` say why not,
    each with a stable ``code``. ``warnings`` hold what is worth knowing but
    does not make the number invalid. ``parts`` is what the characters
    decode to (region, authority, birth date...), as far as they can be read.

    >>> r = validate("9111 0108 ma01 g0fb 09", kind=Kind.USCC)
    >>> r.raw, r.value, r.valid
    ('9111 0108 ma01 g0fb 09', '91110108MA01G0FB09', True)
    >>> r.parts.region.county, r.parts.authority_name, r.parts.category_name
    ('海淀区', '工商', '企业')
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    raw: str = Field(description="the number as printed, separators and all")
    value: str = Field(description="normalised: half-width, upper case, no separators")
    kind: Kind
    label: str | None = Field(default=None, description="the label printed before it, if any")
    valid: bool = Field(description="every check of its kind passed")
    errors: list[Problem] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)
    parts: AnyParts | None = Field(
        default=None, description="what the characters decode to"
    )


# Kind is a str enum, so a member and its value find the same entry.
_KINDS: dict[str, Kind] = {k.value: k for k in Kind}


def _as_kind(kind: Kind | str) -> Kind:
    found = _KINDS.get(kind) if isinstance(kind, str) else None
    if found is None:
        expected = ", ".join(k.value for k in Kind)
        raise UnknownKindError(f"unknown kind {kind!r}; expected one of {expected}")
    return found


@functools.cache
def _pattern(kind: Kind) -> regex.Pattern[str]:
    import regex  # only identify() and fits() need a kind's pattern: not on import

    return regex.compile(module_for(kind).PATTERN)


def _check(module: KindModule, number: str, relax_region: bool, label: str | None) -> Identifier:
    outcome = module.check(number)
    errors, warnings = outcome.errors, outcome.warnings
    if outcome.table_errors:
        if relax_region:
            warnings = warnings + outcome.table_errors
        else:
            errors = errors + outcome.table_errors
    # Every field is built here from checked values: skip re-validation.
    return construct(
        Identifier,
        raw=number, value=outcome.value, kind=module.KIND, label=label, valid=not errors,
        errors=errors, warnings=warnings, parts=outcome.parts,
    )


def validate(
    number: str,
    kind: Kind | str | None = None,
    *,
    relax_region: bool = False,
    label: str | None = None,
    as_of: datetime.date | None = None,
) -> Identifier:
    """Check a number and say exactly why it fails.

    ``kind`` is a :class:`Kind` or its string; without it the most likely
    kind from :func:`identify` is used. ``relax_region=True`` turns failed
    look-ups in the division data (which goes out of date) into warnings;
    the parts are decoded either way. ``as_of`` is the date the number's dates are
    checked against, the day the notice was printed (default: today): a birth date
    after it is in the future, and an invoice code's year digits are read in its
    century. Never raises on the number's content;
    raises :class:`UnknownKindError` for a kind name that does not exist or
    a number that fits no kind.

    >>> validate("11010519491231002X").kind
    <Kind.RESIDENT_ID: 'resident_id'>
    >>> validate("92430203MA41YB4C2X").errors[-1].message
    'check character is X, expected W'
    >>> validate("110105194912310021").kind, validate("110105194912310021").valid
    (<Kind.RESIDENT_ID: 'resident_id'>, False)
    >>> validate("hello")
    Traceback (most recent call last):
    ...
    voidnotice.validation.UnknownKindError: 'hello' fits no kind of identifier
    >>> validate(None)
    Traceback (most recent call last):
    ...
    TypeError: validate() expects a str, not NoneType
    >>> [validate("4300981130", "invoice_code", as_of=d).valid
    ...  for d in (datetime.date(1998, 6, 1), None)]
    [True, False]
    """
    expect_str("validate", number)
    if as_of is not None:  # (not on every call: the default is checked at full speed)
        with checked_as_of(as_of):
            return validate(number, kind, relax_region=relax_region, label=label)
    if kind is None:
        candidates = identify(number)
        if not candidates:
            shown = number if len(number) <= 40 else number[:37] + "..."
            raise UnknownKindError(f"{shown!r} fits no kind of identifier")
        kind = candidates[0]
    return _check(module_for(_as_kind(kind)), number, relax_region, label)


def is_valid(number: str, kind: Kind | str, *, relax_region: bool = False) -> bool:
    """Whether the number passes every check of its kind; never raises on content.

    >>> is_valid("D2143569-X", "org_code"), is_valid("D2143569-1", "org_code")
    (True, False)
    >>> is_valid(None, "uscc"), is_valid(float("nan"), "uscc"), is_valid(b"91", "uscc")
    (False, False, False)
    """
    if not isinstance(number, str):
        return False
    return validate(number, kind, relax_region=relax_region).valid


_LAST_STEP = frozenset({"checksum", "org_code_checksum"})


def _distance(outcome: Outcome) -> int:
    """How far a number is from its kind: a failed check sum counts 1, any other problem 2."""
    return sum(1 if e.code in _LAST_STEP else 2 for e in (*outcome.errors, *outcome.table_errors))


def fits(number: str, kind: Kind | str) -> bool:
    """Whether the normalised number has the shape of ``kind``, checks aside.

    >>> fits("92430203MA41YB4C2X", "uscc"), fits("00966245", "uscc")
    (True, False)
    """
    resolved = _as_kind(kind)
    return _pattern(resolved).fullmatch(module_for(resolved).compact(number)) is not None


def identify(number: str) -> list[Kind]:
    """The kinds a number can be, most likely first.

    A kind fits when the normalised number has its shape; kinds whose checks
    pass come before those whose checks fail, and ``serial``, which has no
    check to fail, comes after every kind that has one: a resident ID with a
    wrong check digit is a resident ID that failed, not a valid serial. Among
    kinds that fail, the nearest comes first: a wrong check character is one
    misread character, an impossible date or region says the number is
    something else (430121000244767 is a registration number that fails its
    MOD 11,10 check, not an old resident ID born on the 44th). An
    18-digit number can be a USCC or a resident ID: the checks decide.

    >>> identify("11010519491231002X")
    [<Kind.RESIDENT_ID: 'resident_id'>, <Kind.USCC: 'uscc'>]
    >>> identify("110105194912310021")[0], identify("110105194912310021")[-1]
    (<Kind.RESIDENT_ID: 'resident_id'>, <Kind.SERIAL: 'serial'>)
    >>> identify("hello"), identify(None)
    ([], [])
    """
    if not isinstance(number, str):
        return []
    fitting = []
    for kind in IDENTIFY_ORDER:
        if fits(number, kind):
            outcome = module_for(kind).check(number)
            fitting.append(((kind is Kind.SERIAL, not outcome.valid(), _distance(outcome)), kind))
    return [kind for _, kind in sorted(fitting, key=lambda pair: pair[0])]
