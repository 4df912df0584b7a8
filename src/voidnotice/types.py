"""Pydantic field types, one per kind of identifier.

Each type is a ``str`` subclass: input is normalised (full-width, spaces,
hyphens, lower case) and checked with every rule of its kind; the stored
value is the compact form. A failure raises ``pydantic.ValidationError``
whose error ``type`` is the code of the number's first problem in the record
contract (``checksum``, ``region``...) and whose message names every
problem; ``ctx["problems"]`` lists them with their codes.

The JSON Schema of a field says what the field takes in validation mode: a
string of the ``format`` ``cn-uscc``, ``cn-resident-id``... (every spelling
the type accepts, so no pattern), a description and examples; in
serialization mode it adds the ``pattern`` of the compact form the type
gives out. Validators of JSON Schema let unknown formats through.

Per-field options go in an ``Annotated`` validator, as pydantic-extra-types
does for phone numbers: ``Annotated[str, ResidentIDValidator(relax_region=True)]``.

>>> from pydantic import BaseModel, ValidationError
>>> class Company(BaseModel):
...     code: USCC
>>> Company(code="９２４３ ０２０３ ma4l yb4c 2x").code
'92430203MA4LYB4C2X'
>>> try:
...     Company(code="92430203MA41YB4C2X")
... except ValidationError as exc:
...     print(exc.errors()[0]["type"], "|", exc.errors()[0]["msg"])
org_code_checksum | embedded organisation code MA41YB4C2 has check character 2, expected 4;
  check character is X, expected W
>>> Company.model_json_schema()["properties"]["code"]["format"]
'cn-uscc'
>>> "pattern" in Company.model_json_schema(mode="serialization")["properties"]["code"]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from voidnotice.ids import Parts, module_for
from voidnotice.kinds import Kind
from voidnotice.validation import _as_kind

__all__ = [
    "USCC",
    "AccountPermitNumber",
    "BirthCertificateNumber",
    "DigitalInvoiceNumber",
    "IdentifierStr",
    "IdentifierValidator",
    "InvoiceCode",
    "InvoiceNumber",
    "OrgCode",
    "Plate",
    "PropertyCertificateNumber",
    "RegistrationNumber",
    "ResidentID",
    "ResidentIDValidator",
    "Serial",
    "TaxpayerID",
    "TaxpayerIDValidator",
    "json_format",
]

_T = TypeVar("_T", bound="IdentifierStr")


def json_format(kind: Kind) -> str:
    """The JSON Schema ``format`` of a kind: ``cn-`` and its name with hyphens.

    >>> json_format(Kind.RESIDENT_ID)
    'cn-resident-id'
    """
    return "cn-" + kind.value.replace("_", "-")


def _checked(kind: Kind, value: str, relax_region: bool = False) -> str:
    """The compact number, or ``PydanticCustomError`` naming every problem.

    The error's type is the first problem's code; ``ctx`` holds ``kind``
    and ``problems`` (each a ``{"code", "message"}`` dictionary).

    >>> _checked(Kind.ORG_CODE, "d2143569-x")
    'D2143569X'
    """
    outcome = module_for(kind).check(value)
    problems = outcome.errors + ([] if relax_region else outcome.table_errors)
    if problems:
        raise PydanticCustomError(
            problems[0].code,
            "{message}",
            {
                "message": "; ".join(p.message for p in problems),
                "kind": kind.value,
                "problems": [{"code": p.code, "message": p.message} for p in problems],
            },
        )
    return outcome.value


def _json_schema(
    kind: Kind, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
) -> JsonSchemaValue:
    module = module_for(kind)
    json_schema = handler(schema)
    json_schema.update(
        format=json_format(kind),
        description=f"{module.NAME}, normalised and checked by voidnotice",
        examples=list(module.EXAMPLES),
    )
    if handler.mode == "serialization":  # what the type gives out: the compact form
        json_schema["pattern"] = module.PATTERN
    return json_schema


class IdentifierStr(str):
    """Base of the field types: a checked, compact identifier.

    >>> USCC.validate_str("91110108MA01G0FB09").parts.region.province
    '北京市'
    """

    kind: ClassVar[Kind]

    @classmethod
    def validate_str(cls: type[_T], value: str) -> _T:
        """Check ``value`` and return it compact, or raise ``PydanticCustomError``.

        >>> OrgCode.validate_str("d2143569-x")
        'D2143569X'
        """
        return cls(_checked(cls.kind, value))

    @property
    def parts(self) -> Parts | None:
        """What the characters decode to (see ``docs/identifiers.md``).

        >>> USCC("91110108MA01G0FB09").parts.org_code
        'MA01G0FB0'
        """
        return module_for(self.kind).check(self).parts

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            cls.validate_str,
            core_schema.str_schema(),
            serialization=core_schema.to_string_ser_schema(),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _json_schema(cls.kind, schema, handler)


@dataclass(frozen=True)
class IdentifierValidator:
    """Per-field options, for ``Annotated[str, IdentifierValidator(kind, ...)]``.

    The field holds a plain ``str``, the compact number; ``relax_region``
    is as in :func:`voidnotice.validate` (a failed look-up in the division
    history is let through).

    >>> from typing import Annotated
    >>> from pydantic import TypeAdapter
    >>> code = TypeAdapter(Annotated[str, IdentifierValidator("org_code")])
    >>> code.validate_python("d2143569-x")
    'D2143569X'
    >>> code.json_schema()["format"]
    'cn-org-code'
    """

    kind: Kind | str
    relax_region: bool = False

    def __post_init__(self) -> None:
        # An unknown kind name fails here, when the model is defined.
        object.__setattr__(self, "kind", _as_kind(self.kind))

    def validate(self, value: str) -> str:
        """The compact number, or ``PydanticCustomError`` naming every problem.

        >>> ResidentIDValidator(relax_region=True).validate("110201199312010077")
        '110201199312010077'
        """
        return _checked(_as_kind(self.kind), value, self.relax_region)

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self.validate, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _json_schema(_as_kind(self.kind), schema, handler)


@dataclass(frozen=True, kw_only=True)
class ResidentIDValidator(IdentifierValidator):
    """A resident ID field's options: ``Annotated[str, ResidentIDValidator(relax_region=True)]``.

    >>> from typing import Annotated
    >>> from pydantic import BaseModel
    >>> class Person(BaseModel):
    ...     strict: Annotated[str, ResidentIDValidator()]
    ...     relaxed: Annotated[str, ResidentIDValidator(relax_region=True)]
    >>> Person(strict="11010519491231002x", relaxed="110201199312010077").relaxed
    '110201199312010077'
    """

    kind: Kind | str = Kind.RESIDENT_ID


@dataclass(frozen=True, kw_only=True)
class TaxpayerIDValidator(IdentifierValidator):
    """A taxpayer number field's options (``relax_region`` for its embedded resident ID).

    >>> TaxpayerIDValidator().validate("110108-58250756-4")
    '110108582507564'
    """

    kind: Kind | str = Kind.TAXPAYER_ID


class USCC(IdentifierStr):
    """Unified social credit code (统一社会信用代码).

    >>> USCC.validate_str("91110000600037341L")
    '91110000600037341L'
    """

    kind = Kind.USCC


class OrgCode(IdentifierStr):
    """Organisation code (组织机构代码), stored without the hyphen.

    >>> OrgCode.validate_str("60003734-1")
    '600037341'
    """

    kind = Kind.ORG_CODE


class RegistrationNumber(IdentifierStr):
    """Business registration number (工商注册号), 15 digits.

    >>> RegistrationNumber.validate_str("110108000000016")
    '110108000000016'
    """

    kind = Kind.REGISTRATION_NUMBER


class ResidentID(IdentifierStr):
    """Resident identity number (居民身份证号码), 18 or legacy 15 characters.

    >>> ResidentID.validate_str("11010519491231002x")
    '11010519491231002X'
    """

    kind = Kind.RESIDENT_ID


class TaxpayerID(IdentifierStr):
    """Legacy taxpayer identification number (纳税人识别号), 15, 17 or 20 characters.

    >>> TaxpayerID.validate_str("110108582507564")
    '110108582507564'
    """

    kind = Kind.TAXPAYER_ID


class InvoiceCode(IdentifierStr):
    """Invoice code (发票代码), 10 or 12 digits.

    >>> InvoiceCode.validate_str("4300171130")
    '4300171130'
    """

    kind = Kind.INVOICE_CODE


class InvoiceNumber(IdentifierStr):
    """Invoice number (发票号码), 8 digits.

    >>> InvoiceNumber.validate_str("00966245")
    '00966245'
    """

    kind = Kind.INVOICE_NUMBER


class DigitalInvoiceNumber(IdentifierStr):
    """Fully digital invoice number (数电发票号码), 20 digits.

    >>> DigitalInvoiceNumber.validate_str("24942000000012660383")
    '24942000000012660383'
    """

    kind = Kind.DIGITAL_INVOICE_NUMBER


class BirthCertificateNumber(IdentifierStr):
    """Birth certificate number (出生医学证明编号), a letter and 9 digits.

    >>> BirthCertificateNumber.validate_str("P430935842")
    'P430935842'
    """

    kind = Kind.BIRTH_CERTIFICATE


class AccountPermitNumber(IdentifierStr):
    """Account-opening permit approval number (开户许可证核准号).

    >>> AccountPermitNumber.validate_str("J2900123456789")
    'J2900123456789'
    """

    kind = Kind.ACCOUNT_PERMIT


class PropertyCertificateNumber(IdentifierStr):
    """Real-estate certificate number (不动产权证书号, 房屋所有权证号).

    >>> PropertyCertificateNumber.validate_str("湘(2020)株洲市不动产权第0012345号")
    '湘(2020)株洲市不动产权第0012345号'
    """

    kind = Kind.PROPERTY_CERTIFICATE


class Plate(IdentifierStr):
    """Vehicle plate number (机动车号牌号码).

    >>> Plate.validate_str("湘B·12345")
    '湘B12345'
    """

    kind = Kind.PLATE


class Serial(IdentifierStr):
    """Any other printed number: well-formed, nothing more can be checked.

    >>> Serial.validate_str("01638246")
    '01638246'
    """

    kind = Kind.SERIAL
