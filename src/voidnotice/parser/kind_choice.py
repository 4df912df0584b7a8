"""Which kind of identifier a number printed in a notice is.

The label says most (``发票代码``), but newspapers often call a credit code
注册号, so a label decides only when the number has its shape; then the
kinds the document prints, valid ones first; then a misprint of one of
them; then any kind that fits.

>>> choose_kind("00966245", None, Document.VAT_ORDINARY_INVOICE)
<Kind.INVOICE_NUMBER: 'invoice_number'>
"""

from __future__ import annotations

from voidnotice import lookalikes
from voidnotice.kinds import Kind
from voidnotice.parser import vocabulary as v
from voidnotice.records import Document
from voidnotice.validation import Identifier, fits, identify, validate


def choose_kind(
    raw: str, label_kind: Kind | None, document: Document, label: str | None = None
) -> Kind:
    """The kind of a number, from its label, its document, then its shape.

    A label wins when the number has the label's shape (newspapers often
    call a credit code 注册号, so a label alone does not decide); then the
    kinds the document prints, valid ones first; then any kind that fits.

    >>> choose_kind("00966245", None, Document.VAT_ORDINARY_INVOICE)
    <Kind.INVOICE_NUMBER: 'invoice_number'>
    >>> choose_kind("91430203MA4L0U3B5T", Kind.REGISTRATION_NUMBER, Document.BUSINESS_LICENSE)
    <Kind.USCC: 'uscc'>
    >>> choose_kind("01638246", None, Document.RECEIPT)
    <Kind.SERIAL: 'serial'>
    """
    return choose_with_check(raw, label_kind, document, label)[0]


def choose_with_check(
    raw: str, label_kind: Kind | None, document: Document, label: str | None
) -> tuple[Kind, Identifier | None]:
    """:func:`choose_kind`, with the check of the chosen kind when it was made on the way.

    >>> kind, checked = choose_with_check("00966245", None, Document.VAT_ORDINARY_INVOICE, None)
    >>> kind.value, checked.valid
    ('invoice_number', True)
    """
    if label_kind is not None and fits(raw, label_kind):
        return label_kind, None
    candidates = v.DOCUMENT_NUMBER_KINDS.get(document, ())
    specific: list[Kind] = [k for k in candidates if k is not Kind.SERIAL]
    for kind in specific:
        if fits(raw, kind):
            checked = validate(raw, kind, label=label)
            if checked.valid:
                return kind, checked
    if specific and fits(raw, Kind.RESIDENT_ID):
        # 某某卡一张，卡号：11010519491231002X (set CY): a valid ID number where the document
        # prints none of its own kinds validly is its holder's, not a USCC that fails; a
        # document of serials only keeps its own, whatever it looks like (毕业证书编号：
        # 130181202406183176, set DA: school, type, year, level, serial)
        # (where the document prints ID numbers, a valid one was taken above, and a
        # misprinted one is its own kind's too)
        checked = validate(raw, Kind.RESIDENT_ID, label=label)
        own = Kind.RESIDENT_ID in specific
        if (checked.valid and not own) or (own and _misprinted_id(checked, raw, specific, label)):
            return Kind.RESIDENT_ID, checked
    return _choose_misfit(raw, label_kind, candidates, specific, label), None


def _misprinted_id(checked: Identifier, raw: str, specific: list[Kind], label: str | None) -> bool:
    """Is ``raw``, checked as an ID number, one whose place and birth date read true and
    only its check character fails, where the document's other kinds fail more? A
    税务登记证's 纳税人识别号：432322197406113251 (set EA) is its holder's ID number
    misprinted, not a credit code failing its authority too.

    >>> raw = "432322197406113251"
    >>> _misprinted_id(validate(raw, Kind.RESIDENT_ID), raw, [Kind.USCC], None)
    True
    """
    if [e.code for e in checked.errors] != ["checksum"]:
        return False
    return all(len(validate(raw, kind, label=label).errors) > 1
               for kind in specific if kind is not Kind.RESIDENT_ID and fits(raw, kind))


def _choose_misfit(
    raw: str, label_kind: Kind | None, candidates: tuple[Kind, ...], specific: list[Kind],
    label: str | None,
) -> Kind:
    """The kind of a number that is not a valid number of any kind its document prints."""
    fitting = [k for k in specific if fits(raw, k)]
    serial = fits(raw, Kind.SERIAL)
    if serial and candidates[:1] == (Kind.SERIAL,) and not (
            label_kind is not None and label_kind is not Kind.SERIAL
            and _nearly_fits(raw, label_kind)):
        # a certificate's own serial, even when it is 15 or 17 digits long; but not a number
        # its label calls an ID number (从业资格证号：43062319804190094, set CE)
        return Kind.SERIAL
    if fitting:
        return fitting[0]
    # A misprint (O for 0, a digit short) of the label's kind or the document's own is that
    # kind, failing: 核准号 J551000732560, a 19-digit 数电发票 number.
    misread = [k for k in (label_kind, *specific)
               if k is not None and k is not Kind.SERIAL and _nearly_fits(raw, k)]
    if misread:
        return misread[0]
    if label_kind is Kind.REGISTRATION_NUMBER and _legacy_registration(raw):
        # 企业法人营业执照…，注册号：1308282100417 (set CU, a 1990s paper): identifiers.md §3
        # reads a pre-2007 number of 13 digits as a serial, no check to fail
        return Kind.SERIAL
    if label_kind is not None and label_kind is not Kind.SERIAL:
        return label_kind
    if label is not None and label in v.LABEL_FALLBACK_KINDS:
        return v.LABEL_FALLBACK_KINDS[label]
    if serial or label_kind is Kind.SERIAL:
        return Kind.SERIAL
    return _any_fitting(raw)


#: How long a business registration number was before 2007 (identifiers.md §3).
_LEGACY_REGISTRATION_LENGTH = 13


def _legacy_registration(raw: str) -> bool:
    """Is ``raw`` a registration number as issued before 2007: 13 digits, no check digit?

    >>> _legacy_registration("1308282100417"), _legacy_registration("130828210041")
    (True, False)
    """
    return len(raw) == _LEGACY_REGISTRATION_LENGTH and raw.isdigit()


#: How long a resident ID number is.
_ID_LENGTH = 18


def holder_id(raw: str) -> bool:
    """Is ``raw`` the holder's ID number, printed on a certificate that numbers itself so
    (从业资格证)? Eighteen characters, or one fewer or more with the shape of one: a digit
    dropped (从业资格证号：43062319804190094, set CE) fails ``length`` as an ID number.

    >>> holder_id("430623198004190094"), holder_id("43062319804190094"), holder_id("4306231980")
    (True, True, False)
    """
    compact = "".join(raw.split())
    if len(compact) == _ID_LENGTH:
        return True
    return abs(len(compact) - _ID_LENGTH) == 1 and _nearly_fits(compact, Kind.RESIDENT_ID)


# The library's one table of look-alikes (voidnotice.lookalikes), read both ways.
_LOOK_ALIKES = lookalikes.TO_DIGIT_ANY_CASE
_LETTER_LOOK_ALIKES = lookalikes.TO_LETTER


def _nearly_fits(raw: str, kind: Kind) -> bool:
    """Would it fit ``kind`` with look-alikes read as digits, or one digit more or less?"""
    # The leading letter of a birth certificate or permit number is often printed as a digit.
    lettered = raw[:1].translate(_LETTER_LOOK_ALIKES) + raw[1:]
    # S41O312457: the letter stays, the O in the digits is a misread 0.
    kept = raw[:1] + raw[1:].translate(_LOOK_ALIKES)
    # 6328221970203031X (set DT): a digit dropped before the check character
    variants = (raw.translate(_LOOK_ALIKES), lettered, kept, raw + "0", raw[:-1],
                raw[:-1] + "0" + raw[-1:])
    return any(fits(variant, kind) for variant in variants)


def _any_fitting(raw: str) -> Kind:
    """The likeliest kind ``raw`` fits, by its checks (:func:`identify`'s order); serial
    last: 11010519491231002X under an unknown card's 证号 is an ID number, not a USCC.

    >>> _any_fitting("11010519491231002X"), _any_fitting("A-12")
    (<Kind.RESIDENT_ID: 'resident_id'>, <Kind.SERIAL: 'serial'>)
    """
    return next((kind for kind in identify(raw) if kind is not Kind.SERIAL), Kind.SERIAL)
