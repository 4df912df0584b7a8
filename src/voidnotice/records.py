"""The record contract: what the parser returns, in one place.

A :class:`Notice` for each voidance notice, with its :class:`Party` and
:class:`Item` records and their enums; a :class:`Page` of notices and the
:class:`Skipped` text that gave none. Two records are shared with the
identifier layer, which checks numbers without loading the parser, and are
defined there: :class:`~voidnotice.validation.Identifier` (one number and its
verdict) and :class:`~voidnotice.problems.Problem` (an error or warning
code); they are imported here so that the whole contract reads from this
module. Field names and enum values are a public contract
(``docs/parsing.md``): they are only ever added to.

>>> Notice.model_json_schema()["title"]
'Notice'
>>> Document("official_seal")
<Document.OFFICIAL_SEAL: 'official_seal'>
"""

from __future__ import annotations

import warnings
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from voidnotice.problems import Problem
from voidnotice.validation import Identifier

__all__ = [
    "Copy", "Document", "Event", "Identifier", "Item", "Notice", "Page", "Party", "PartyKind",
    "Problem", "Relation", "Role", "Skipped",
]


class Event(str, Enum):
    """What happened to the document.

    >>> Event.STOLEN.value
    'stolen'
    """

    LOST = "lost"
    STOLEN = "stolen"
    DAMAGED = "damaged"
    VOID = "void"


class PartyKind(str, Enum):
    """A person, or an organisation (company, shop, school, office...).

    >>> PartyKind("organization")
    <PartyKind.ORGANIZATION: 'organization'>
    """

    PERSON = "person"
    ORGANIZATION = "organization"


class Role(str, Enum):
    """How a relative or representative named with a party relates to it.

    >>> Role.FATHER.value
    'father'
    """

    FATHER = "father"
    MOTHER = "mother"
    PARENT = "parent"
    GUARDIAN = "guardian"
    SPOUSE = "spouse"
    LEGAL_REPRESENTATIVE = "legal_representative"


class Copy(str, Enum):
    """Which copy of a licence: 正本, 副本, or both.

    >>> Copy.BOTH.value
    'both'
    """

    ORIGINAL = "original"
    DUPLICATE = "duplicate"
    BOTH = "both"


class Document(str, Enum):
    """The kind of document a notice declares void.

    >>> Document.VAT_ORDINARY_INVOICE.value
    'vat_ordinary_invoice'
    """

    OFFICIAL_SEAL = "official_seal"
    FINANCIAL_SEAL = "financial_seal"
    INVOICE_SEAL = "invoice_seal"
    CONTRACT_SEAL = "contract_seal"
    LEGAL_REPRESENTATIVE_SEAL = "legal_representative_seal"
    BUSINESS_LICENSE = "business_license"
    VAT_SPECIAL_INVOICE = "vat_special_invoice"
    VAT_ORDINARY_INVOICE = "vat_ordinary_invoice"
    INVOICE = "invoice"
    RECEIPT = "receipt"
    TAX_RECEIPT = "tax_receipt"
    BIRTH_CERTIFICATE = "birth_certificate"
    RESIDENT_ID_CARD = "resident_id_card"
    HOUSEHOLD_REGISTER = "household_register"
    PROPERTY_CERTIFICATE = "property_certificate"
    ACCOUNT_PERMIT = "account_permit"
    ORG_CODE_CERTIFICATE = "org_code_certificate"
    TAX_REGISTRATION_CERTIFICATE = "tax_registration_certificate"
    DRIVING_LICENSE = "driving_license"
    VEHICLE_LICENSE = "vehicle_license"
    ROAD_TRANSPORT_PERMIT = "road_transport_permit"
    GRADUATION_CERTIFICATE = "graduation_certificate"
    PROFESSIONAL_CERTIFICATE = "professional_certificate"
    CONTRACT = "contract"
    PERMIT = "permit"
    VEHICLE_CERTIFICATE = "vehicle_certificate"
    TAX_CONTROL_DEVICE = "tax_control_device"
    BANK_ACCEPTANCE_BILL = "bank_acceptance_bill"
    CHEQUE = "cheque"
    PASSBOOK = "passbook"
    BANK_CARD = "bank_card"
    SHARE_CERTIFICATE = "share_certificate"
    MEMBERSHIP_CARD = "membership_card"
    BIRTH_PERMIT = "birth_permit"
    MARRIAGE_CERTIFICATE = "marriage_certificate"
    DISCHARGE_CERTIFICATE = "discharge_certificate"
    DISABILITY_CERTIFICATE = "disability_certificate"
    WORK_ID = "work_id"
    STUDENT_ID = "student_id"
    INSURANCE_POLICY = "insurance_policy"
    SOCIAL_SECURITY_CARD = "social_security_card"
    OTHER = "other"


class Relation(BaseModel):
    """A relative or representative named with a party: ``(父:晏云林)``.

    >>> Relation(role="father", name="晏云林").role
    <Role.FATHER: 'father'>
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    role: Role
    name: str


class Party(BaseModel):
    """Who declares the document void.

    >>> Party(name="骆旭", kind="person", address="磐龙生态社区玉兰谷9栋1502室").address
    '磐龙生态社区玉兰谷9栋1502室'
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    name: str
    kind: PartyKind
    address: str | None = Field(default=None, description="a place written before the name")
    relations: list[Relation] = Field(default_factory=list)


# The contract's field name ``copy`` shadows pydantic's deprecated
# ``BaseModel.copy``; that is intended, so its warning is not shown to users.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message='Field name "copy"', category=UserWarning)

    class Item(BaseModel):
        """One document the notice declares void.

        ``amount`` is in yuan, a decimal; JSON carries it as a string.

        >>> item = Item(document="receipt", label="收据", amount="1234.50")
        >>> item.model_dump(mode="json")["amount"]
        '1234.50'
        """

        model_config = ConfigDict(frozen=True, defer_build=True)

        document: Document
        label: str = Field(description="the document's name as written")
        copy: Copy | None = None  # type: ignore[assignment]
        count: int | None = None
        issuer: str | None = None
        amount: Decimal | None = None
        identifiers: list[Identifier] = Field(default_factory=list)


class Notice(BaseModel):
    """One voidance notice, as found in the text given to the parser.

    ``span`` holds the start and end offsets (end exclusive) of the notice in
    that text, so ``text_given[span[0]:span[1]]`` is the notice as printed,
    line breaks and all; ``text`` has the layout's line breaks joined.

    >>> n = Notice(text="张三遗失身份证", span=(0, 7), event="lost", declared_void=False)
    >>> n.event, n.items
    (<Event.LOST: 'lost'>, [])
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    text: str
    span: tuple[int, int]
    source: str | None = Field(
        default=None, description="the file the text came from, or the id its caller gave"
    )
    event: Event
    declared_void: bool
    parties: list[Party] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)


class Skipped(BaseModel):
    """Text that looked like part of a notice but gave none.

    >>> Skipped(span=(0, 2), text="遗失", reason=Problem(code="unparsed", message="m")).text
    '遗失'
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    span: tuple[int, int]
    text: str
    reason: Problem


class Page(BaseModel):
    """The notices found in a text, and what was seen but not understood.

    >>> Page().notices, Page().skipped
    ([], [])
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    notices: list[Notice] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
