"""The kinds of identifier that voidance notices print.

The values are the ``kind`` strings of the record contract: stable, and only
ever added to.

>>> Kind("uscc")
<Kind.USCC: 'uscc'>
>>> Kind.RESIDENT_ID.value
'resident_id'
"""

from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    """One kind of identifier, named as in the record contract.

    >>> Kind.USCC == "uscc"
    True
    """

    USCC = "uscc"
    ORG_CODE = "org_code"
    REGISTRATION_NUMBER = "registration_number"
    RESIDENT_ID = "resident_id"
    TAXPAYER_ID = "taxpayer_id"
    INVOICE_CODE = "invoice_code"
    INVOICE_NUMBER = "invoice_number"
    DIGITAL_INVOICE_NUMBER = "digital_invoice_number"
    BIRTH_CERTIFICATE = "birth_certificate"
    ACCOUNT_PERMIT = "account_permit"
    PROPERTY_CERTIFICATE = "property_certificate"
    PLATE = "plate"
    SERIAL = "serial"

    def __str__(self) -> str:
        return self.value
