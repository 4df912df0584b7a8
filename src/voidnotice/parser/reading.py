"""What one reading of a notice holds, passed between the reader, the parties and the items.

What was recognised in the item text (:class:`Found`), each document word with its label
(:class:`Head`), what the items say of the parties (:class:`ItemContext`), and which
characters of the text are already explained, and by what (:class:`Mask`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from voidnotice.kinds import Kind
from voidnotice.problems import Problem
from voidnotice.records import (
    Copy,
    Document,
    Relation,
)


class Claim(str, Enum):
    """What explains a character of a notice: who holds it in the :class:`Mask`, and what
    a :class:`Found` is (a number, an amount, a count or an issuer).

    >>> Claim.ID.value
    'id'
    """

    PARTY = "party"  # the party, before the items
    EVENT = "event"  # 遗失, 被盗
    VOID = "void"  # 声明作废
    SIGNATURE = "signature"  # …特此声明。 湖南金鹰物流有限公司 2022年1月5日
    ID = "id"  # a number and its label
    AMOUNT = "amount"  # 金额：5000元
    COUNT = "count"  # 一枚, 各两本
    ISSUER = "issuer"  # X开具的, 开户银行：X
    IGNORED = "ignored"  # dates, phone numbers, contacts, where a property stands
    ISSUED_ON = "issued_on"  # the date of X于2020年6月3日核发的, the issuer's
    LABEL = "label"  # a label around a number's own (统一社会信用代码：No.)
    RELATION = "relation"  # 法人章（张三）, （父：张大明）
    ASIDE = "aside"  # what else stands in brackets
    DESCRIPTION = "description"  # 坐落于…的, a house number before a label


@dataclass
class Found:
    """Something recognised in the item text, with its place.

    ``what`` is one of :attr:`Claim.ID`, :attr:`Claim.AMOUNT`, :attr:`Claim.COUNT`
    and :attr:`Claim.ISSUER`; ``label``, ``kind`` and ``raw`` are a number's,
    ``value`` a count's, ``text`` an amount's or an issuer's printed form.
    """

    start: int
    end: int
    what: Claim
    label: str | None = None
    kind: Kind | None = None
    raw: str = ""
    value: int | None = None
    text: str = ""
    # A number before its document (00966245号发票, 湘B12345号车辆…, …的行驶证): the
    # document after it is its owner.
    precedes_document: bool = False
    # A count for each document before it: 公章、财务章各一枚.
    for_each: bool = False
    # The bank of 在X开立的, not of a 开户银行 field: it issued the document it describes.
    opened_at: bool = False


@dataclass
class Head:
    """A document word and the label around it."""

    start: int
    end: int
    word_start: int
    word_end: int
    document: Document
    copy: Copy | None
    known: bool
    count: int | None = None
    amount: Found | None = None
    issuer: str | None = None
    identifiers: list[Found] = field(default_factory=list)


@dataclass
class ItemContext:
    """What the item text says about the parties: 法人章(张三), 开具给张三的."""

    relations: list[Relation] = field(default_factory=list)
    recipient: str | None = None
    # 西安某某公司开具给刘思远的收据: the name before the items issued them to the recipient.
    party_text: str = ""
    party_issued: bool = False
    own_name: str | None = None  # 本公司（X）: the party speaks of itself, by this name
    # 企业名称：X among the items: the party, if none came before; 男方：X；女方：Y, both
    named: list[str] = field(default_factory=list)
    # 经营者：杨丽芬，身份证号：…: a representative's own number, printed among the items
    representative_numbers: list[Found] = field(default_factory=list)


class Mask:
    """Which characters of the text are already explained."""

    def __init__(self, length: int) -> None:
        self.owner: list[Claim | None] = [None] * length

    def free(self, start: int, end: int) -> bool:
        return self.owner[start:end].count(None) == max(0, end - start)

    def take(self, start: int, end: int, what: Claim) -> None:
        if end > start:
            self.owner[start:end] = [what] * (end - start)

    def claim(self, start: int, end: int, what: Claim) -> bool:
        """Take the characters unless something holds one of them already."""
        if not self.free(start, end):
            return False
        self.take(start, end, what)
        return True


@dataclass
class Reading:
    """One notice as it is being read, handed from the reader to the items' rules.

    The text as given (what records hold) and folded (what the rules read: the
    same length, so an offset is good in both), which characters are explained
    and by what, what the items say of the parties, and the warnings so far.

    >>> r = Reading("张三遗失身份证", "张三遗失身份证", Mask(7), ItemContext(), [])
    >>> r.mask.claim(0, 2, Claim.PARTY), r.mask.free(0, 2)
    (True, False)
    """

    text: str
    folded: str
    mask: Mask
    context: ItemContext
    warnings: list[Problem]
