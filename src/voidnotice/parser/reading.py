"""What one reading of a notice holds, passed between the reader, the parties and the items.

What was recognised in the item text (:class:`Found`), each document word with its label
(:class:`Head`), what the items say of the parties (:class:`ItemContext`), and which
characters of the text are already explained, and by what (:class:`Mask`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from voidnotice.kinds import Kind
from voidnotice.records import (
    Copy,
    Document,
    Relation,
)


@dataclass
class Found:
    """Something recognised in the item text, with its place."""

    start: int
    end: int
    what: str
    label: str | None = None
    kind: Kind | None = None
    raw: str = ""
    value: int | None = None
    each: bool = False
    text: str = ""


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


class Mask:
    """Which characters of the text are already explained."""

    def __init__(self, length: int) -> None:
        self.owner: list[str | None] = [None] * length

    def free(self, start: int, end: int) -> bool:
        return self.owner[start:end].count(None) == max(0, end - start)

    def take(self, start: int, end: int, what: str) -> None:
        if end > start:
            self.owner[start:end] = [what] * (end - start)
