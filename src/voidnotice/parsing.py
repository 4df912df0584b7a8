"""Parse one voidance notice into a :class:`~voidnotice.notice.Notice`.

A notice says who (parties), what happened (event), to which documents
(items, with their numbers, issuer, amount, count), and that they are void.
Newspapers write these parts in several orders:

* party, event, items: ``陈永萍遗失92430203MA41YB4C2X号营业执照副本``;
* party, items, event: ``株洲市某某有限公司营业执照副本遗失,声明作废``;
* party 将 items event: ``张三不慎将身份证遗失``;
* party, items, void: ``某某公司公章一枚作废``.

The parser finds the event verb (or the void statement), splits the party
from the items there, then reads the items by their document words and
assigns numbers, counts, amounts and issuers to the nearest document.

>>> n = parse_notice("陈永萍遗失92430203MA41YB4C2X号营业执照副本")
>>> n.parties[0].name, n.items[0].document.value, n.items[0].copy.value
('陈永萍', 'business_license', 'duplicate')
>>> n.items[0].identifiers[0].valid
False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel

from voidnotice import patterns as p
from voidnotice import vocabulary as v
from voidnotice.amounts import amount_warning
from voidnotice.ids._base import construct
from voidnotice.kind_choice import choose_kind, choose_with_check
from voidnotice.kinds import Kind
from voidnotice.lexicon import Lexicon, active, using
from voidnotice.normalize import compact
from voidnotice.notice import (
    Copy,
    Document,
    Event,
    Item,
    Notice,
    Party,
    PartyKind,
    Relation,
    Role,
)
from voidnotice.numerals import chinese_to_int, parse_amount
from voidnotice.problems import Problem, expect_str
from voidnotice.validation import Identifier, fits, validate

# choose_kind lives in kind_choice; it is imported here too, where it was first.
__all__ = ["choose_kind", "parse_notice", "parse_segment"]

# Characters that end a label when walking left from a document word.
_LABEL_STOPS = frozenset(",;。、 :()【】[]\t\n的及和与将")
_STOP_WORDS = frozenset("一各共计其现特此并已均等的了之及和与以下如上述本人单位公司名称号码为是另")
_MIN_DIGITS_BARE = 3
# How far before a document word 的 may end the party (刘晓梅的机动车驾驶证).
_DESCRIBED_DOCUMENT = 6
_PLACE_ENDINGS = ("镇", "乡", "村", "街道", "社区", "组")
# How far before a number its label may start (统一社会信用代码 : No. 湘地税字).
_LABEL_REACH = 40


@dataclass
class _Found:
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
class _Head:
    """A document word and the label around it."""

    start: int
    end: int
    word_start: int
    word_end: int
    document: Document
    copy: Copy | None
    known: bool
    count: int | None = None
    amount: _Found | None = None
    issuer: str | None = None
    identifiers: list[_Found] = field(default_factory=list)


@dataclass
class _ItemContext:
    """What the item text says about the parties: 法人章(张三), 开具给张三的."""

    relations: list[Relation] = field(default_factory=list)
    recipient: str | None = None
    # 西安某某公司开具给刘思远的收据: the name before the items issued them to the recipient.
    party_text: str = ""
    party_issued: bool = False
    own_name: str | None = None  # 本公司（X）: the party speaks of itself, by this name


class _Mask:
    """Which characters of the text are already explained."""

    def __init__(self, length: int) -> None:
        self.owner: list[str | None] = [None] * length

    def free(self, start: int, end: int) -> bool:
        return self.owner[start:end].count(None) == max(0, end - start)

    def take(self, start: int, end: int, what: str) -> None:
        if end > start:
            self.owner[start:end] = [what] * (end - start)


#: Longer than this, a piece of text is not one notice: ``too_long``.
MAX_NOTICE = 1000


def parse_notice(
    text: str, *, declared_void: bool = False, lexicon: Lexicon | None = None
) -> Notice | None:
    """Parse the text of one notice; None when it declares nothing void.

    ``declared_void`` says the notice stands under a header such as
    ``下列证件声明作废``; a notice that says 作废 or 特此声明 itself is
    declared void either way. ``lexicon`` reads it with more words than the
    default (:class:`~voidnotice.lexicon.Lexicon`). Never raises on text: what
    cannot be placed is reported in ``warnings``.

    >>> n = parse_notice(
    ...     "周欢遗失株洲嘉合伟业投资开发有限公司开具的01638246号购房首付款票据一张,金额102770元")
    >>> item = n.items[0]
    >>> item.document.value, item.label, item.issuer, item.count, item.amount
    ('receipt', '购房首付款票据', '株洲嘉合伟业投资开发有限公司', 1, Decimal('102770'))
    >>> parse_notice("今天天气很好") is None
    True
    >>> parse_notice(None)
    Traceback (most recent call last):
    ...
    TypeError: parse_notice() expects a str, not NoneType
    """
    expect_str("parse_notice", text)
    with using(lexicon):
        return parse_segment(text, (0, len(text)), declared_void)


def parse_segment(
    text: str, span: tuple[int, int], header_void: bool, *, folded: str | None = None
) -> Notice | None:
    """Parse a notice found at ``span`` of a larger text (its lines joined).

    ``folded`` is ``fold_width(text)``, when the caller has it already.

    >>> parse_segment("张三遗失身份证", (10, 17), True).span
    (10, 17)
    """
    spaced = spaced_out(text)
    if spaced is not None:
        return _parse_spaced_out(text, span, header_void, spaced)
    if folded is None:
        folded = p.fold_width(text)
    try:
        # Every rule reads the folded text (simplified, half-width); what the
        # record holds is then given back as printed.
        notice = _interleaved(folded, span, header_void) or _parse(folded, folded, span,
                                                                     header_void)
        if notice is not None:
            notice = _as_printed(notice, text, folded)
    except TimeoutError:
        notice = _timed_out(text, span, header_void)
    if notice is not None and len(text) > MAX_NOTICE:
        # Said wherever the notice is read, alone or in a block.
        long = Problem(code="too_long", message=f"{len(text)} characters is long for one notice")
        notice = notice.model_copy(update={"warnings": [*notice.warnings, long]})
    return notice


#: At least this share of a text's Chinese characters followed by a space: OCR spaced it out.
_SPACED_SHARE = 0.6


def spaced_out(text: str) -> list[int] | None:
    """The offsets of the characters to read, when OCR put spaces between characters.

    王 小 红 遗 失 户 口 簿 , 声 明 作 废 。 is read as 王小红遗失户口簿,声明作废。
    (every space goes when most characters are spaced out); in 统一社会 信用代码
    and 声 明 作 废 only the spaces between two Chinese characters go.

    >>> spaced_out("统一社会 信用代码"), spaced_out("张三遗失身份证") is None
    ([0, 1, 2, 3, 5, 6, 7, 8], True)
    """
    if " " not in text and "\u3000" not in text:
        return None
    han = sum(1 for c in text if _is_han(c))
    runs = [(m.start(), m.end()) for m in _SPACES.finditer(text)]
    after_han = [(a, b) for a, b in runs if a > 0 and _is_han(text[a - 1])]
    if han >= 4 and len(after_han) >= _SPACED_SHARE * han:
        return [i for i, c in enumerate(text) if not c.isspace()]
    inner = [(a, b) for a, b in after_han if b < len(text) and _is_han(text[b])]
    if not inner:
        return None
    dropped = {i for a, b in inner for i in range(a, b)}
    return [i for i in range(len(text)) if i not in dropped]


_SPACES = re.compile(r"\s+")


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _parse_spaced_out(
    text: str, span: tuple[int, int], header_void: bool, kept: list[int]
) -> Notice | None:
    """Read the text without its spaces; give labels, issuers and numbers back as printed.

    Names and addresses hold no space (the corpus convention), so they stay as read.
    """
    compact = "".join(text[i] for i in kept)
    notice = parse_segment(compact, span, header_void)
    if notice is None:
        return None
    folded = p.fold_width(compact)

    def printed(value: str | None) -> str | None:
        i = folded.find(p.fold_width(value)) if value else -1
        return text[kept[i]:kept[i + len(value) - 1] + 1] if value and i >= 0 else value

    items = [item.model_copy(update={
        "label": printed(item.label), "issuer": printed(item.issuer),
        "identifiers": [i.model_copy(update={"raw": printed(i.raw), "label": printed(i.label)})
                        for i in item.identifiers],
    }) for item in notice.items]
    return notice.model_copy(update={"text": text, "items": items})


def _interleaved(t: str, span: tuple[int, int], header_void: bool) -> Notice | None:
    """Two notices that two-column OCR read as one line, as one record that says so.

    渝中区刘德明遗失机动车驾驶证，声明 沙坪坝区张小燕遗失结婚证，声明 作废。 作废。
    Which words belong to which notice cannot be told for sure, so the record
    holds both parties and both items in the order written, and the warning
    ``interleaved``.
    """
    if p.search(p.INTERLEAVED, t) is None:
        return None
    events = list(p.finditer(p.EVENT, t))
    if len(events) != 2:
        return None
    split = max(t.rfind(c, events[0].end(), events[1].start()) for c in " ,") + 1
    halves = [_parse(part, part, span, header_void) for part in (t[:split], t[split:])]
    first, second = halves
    if first is None or second is None or not first.parties or not second.parties:
        return None
    problem = Problem(code="interleaved", message="two notices read across two columns "
                      "are mixed in this text; parties and items are listed in the order written")
    return first.model_copy(update={
        "text": t, "declared_void": True, "parties": [*first.parties, *second.parties],
        "items": [*first.items, *second.items], "warnings": [problem],
    })


def _as_printed(notice: Notice, text: str, folded: str) -> Notice:
    """The notice with its names, labels, issuers and numbers as printed.

    Folding keeps every offset, so a string read from the folded text is at
    the same place in the text as given: 廣州市天河區恒達貿易有限公司 stays in
    traditional characters, 广东增值税普通发票（卷票） keeps its full-width
    brackets. A string that is not a slice of the text (a name whose OCR
    spaces were dropped) stays as read.
    """
    if text == folded:
        return notice.model_copy(update={"text": text}) if notice.text != text else notice

    def printed(value: str | None) -> str | None:
        if not value:
            return value
        i = folded.find(value)
        return text[i:i + len(value)] if i >= 0 else value

    parties = [_with(party, name=printed(party.name), address=printed(party.address),
                     relations=[_with(r, name=printed(r.name)) for r in party.relations])
               for party in notice.parties]
    items = [_with(item, label=printed(item.label), issuer=printed(item.issuer),
                   identifiers=[_with(i, raw=printed(i.raw), label=printed(i.label))
                                for i in item.identifiers])
             for item in notice.items]
    return notice.model_copy(update={"text": text, "parties": parties, "items": items})


_Model = TypeVar("_Model", bound=BaseModel)


def _with(model: _Model, **values: object) -> _Model:
    """The model with these values, copied only where one differs (most are as printed)."""
    if all(getattr(model, key) == value for key, value in values.items()):
        return model
    return model.model_copy(update=values)


def _timed_out(text: str, span: tuple[int, int], header_void: bool) -> Notice:
    problem = Problem(code="timeout", message=f"a pattern ran past the {p.TIMEOUT:g} s limit on"
                      " this notice, so nothing of it was read")
    return construct(
        Notice,
        text=text, span=span, source=None, event=Event.VOID, declared_void=header_void,
        parties=[], items=[], warnings=[problem],
    )


def _parse(text: str, t: str, span: tuple[int, int], header_void: bool) -> Notice | None:
    lead = p.search(p.LEADING_WORDS, t)
    lead_end = lead.end() if lead else 0
    events = list(p.finditer(p.EVENT, t))
    voids = list(p.finditer(p.VOID, t))
    anchor = _anchor(events, voids, lead_end)
    if anchor is None:
        return None
    if anchor.start() < lead_end:
        lead_end = 0
    context = _ItemContext()
    party_start, party_end, items_start = _party_span(text, t, lead_end, anchor, context)
    context.party_text = text[party_start:party_end].strip(" ,:;、")
    mask = _Mask(len(t))
    mask.take(0, items_start, "party")
    for m in [*(e for e in events if e.start() >= items_start), anchor]:
        mask.take(m.start(), m.end(), "event")
    for m in voids:
        mask.take(m.start(), m.end(), "void")
    signer = _mask_signature(t, voids, mask)
    warnings: list[Problem] = []
    parties, party_ids = _parties(text, t, party_start, party_end, warnings)
    items = _items(text, t, items_start, len(t), mask, warnings, context)
    parties = _with_item_context(parties, context) or _signing_party(t, lead_end, signer)
    _place_party_identifiers(party_ids, items, warnings)
    if not parties:
        warnings.append(Problem(code="no_party", message="no party named before the event"))
    if not items:
        warnings.append(Problem(code="no_item", message="no document named"))
    return construct(
        Notice,
        text=text, span=span, source=None,
        event=_event([e for e in events if e.start() >= lead_end] or events),
        declared_void=header_void or bool(voids),
        parties=parties, items=items, warnings=warnings,
    )


def _anchor(
    events: list[p.Match], voids: list[p.Match], lead_end: int
) -> p.Match | None:
    """Where the party ends: the event after the leading words, else the void statement."""
    for candidates in (events, voids):
        if candidates:
            return next((m for m in candidates if m.start() >= lead_end), candidates[0])
    return None


def _event(events: list[p.Match]) -> Event:
    """What happened; a theft outweighs a loss (被抢，身份证、驾驶证一并丢失)."""
    happened = [active().events[p.group(m, "verb")] for m in events]
    if Event.STOLEN in happened:
        return Event.STOLEN
    return happened[0] if happened else Event.VOID


def _party_span(
    text: str, t: str, start: int, anchor: p.Match, context: _ItemContext
) -> tuple[int, int, int]:
    """Where the party starts and ends, and where the items begin.

    The party stands between the leading words (at ``start``) and the anchor,
    or, in ``遗失：王秀兰居民身份证一张``, right after the event and its colon.
    """
    end: int = anchor.start()
    after: int = anchor.end()
    if not t[start:end].strip(" :,。") and t.startswith(":", after):
        party_end, items_start = _party_boundary(t, after + 1, len(t))
        if party_end < len(t):
            return after + 1, party_end, items_start
    own = p.match(p.OWN_NAME, t, start) if start else None
    if own is not None and own.end() <= end:
        # 本公司（长沙恒信达商贸有限公司）开具的…: the name in brackets is the party's.
        context.own_name = text[own.start("name"):own.end("name")]
        return own.start("name"), own.end("name"), own.end()
    party_end, items_start = _party_boundary(t, start, end)
    return start, party_end, items_start


def _mask_signature(t: str, voids: list[p.Match], mask: _Mask) -> str:
    """``…特此声明。湖南金鹰物流有限公司 2022年1月5日``: a signature, not content.

    Returns who signed, or an empty string.
    """
    closings = [*voids, *p.finditer(p.CLOSING, t)]
    if not closings:
        return ""
    tail = max(m.end() for m in closings)
    rest = t[tail:]
    if not rest.strip(" 。.") or p.search(p.DOCUMENT, rest) is not None:
        return ""
    signature = p.fullmatch(p.SIGNATURE, rest)
    if signature is None:
        return ""
    mask.take(tail, len(t), "signature")
    return p.group(signature, "signer").strip()


def _signing_party(t: str, lead_end: int, signer: str) -> list[Party]:
    """本公司不慎遗失公章一枚，…特此声明。 南京玄武恒信科技有限公司: the organisation that
    speaks of itself is the one that signs. Without a signature it stays unnamed."""
    if p.search(p.SELF_REFERENCE, t, 0, max(lead_end, 1) + 4) is None:
        return []
    party = _party(signer) if signer else None
    return [party] if party is not None and party.kind is PartyKind.ORGANIZATION else []


def _party_boundary(t: str, start: int, end: int) -> tuple[int, int]:
    """Where the party ends and the items begin, in ``t[start:end]``.

    When no document word stands before the event verb, all of it is the
    party and the items follow the verb.
    """
    document = _first_document_outside_parentheses(t, start, end)
    stop = end if document is None else document
    plate = p.search(p.PLATE, t, start, stop) if _has_letter(t[start:stop]) else None
    if plate is not None:  # 韩立新的鲁C·3N8K6号小型轿车行驶证: the items begin at the plate
        cut: int = plate.start()
        return (cut - 1 if t[start:cut].endswith("的") else cut), cut
    if document is None:
        general = t.rfind("将", start, end)  # 不慎将中华人民共和国残疾人证遗失
        return (general, general + 1) if general != -1 else (end, end)
    opened = p.search(p.OPENED_AT, t[start:document])
    if opened is not None:  # 某公司在某银行开立的基本账户开户许可证遗失
        return start + opened.start(), start + opened.start()
    general = t.rfind("将", start, document)
    if general != -1:
        return general, general + 1
    last_org_end = None
    for m in p.finditer(p.ORGANIZATION_END, t[start:document]):
        last_org_end = start + m.end()
    possessive = t.rfind("的", start, document)
    after_org = last_org_end or start
    # After a company, 原使用的公章 describes the seal; after a town, 潘志刚的 is a person.
    place = last_org_end is None or t[:last_org_end].endswith(_PLACE_ENDINGS)
    if (place and after_org < possessive and document - possessive <= _DESCRIBED_DOCUMENT
            and p.search(p.ISSUER_VERB, t, after_org, possessive) is None):
        # 刘晓梅的机动车驾驶证, 舟溪镇潘志刚的居民身份证: what follows 的 is the label
        return possessive, possessive + 1
    cut = last_org_end if last_org_end is not None else document
    party_end = cut - 1 if t[start:cut].endswith("的") else cut
    return party_end, cut


def _first_document_outside_parentheses(t: str, start: int, end: int) -> int | None:
    bracketed = _bracketed(t, start, end)
    firsts = []
    for pattern in (p.DOCUMENT, p.UNKNOWN_WORD):  # 食品经营许可证副本一份不慎遗失
        for m in p.finditer(pattern, t[start:end]):
            if start + m.start() not in bracketed and not t.startswith("号", start + m.end()):
                firsts.append(start + int(m.start()))  # 身份证号：…: a label, not a document
                break
    return min(firsts, default=None)


def _bracketed(t: str, start: int, end: int) -> set[int]:
    """The positions inside brackets in ``t[start:end]``, unbalanced ones included."""
    bracketed: set[int] = set()
    if not any(opening in t for opening in "([【〔"):
        return bracketed
    depth = 0
    for i in range(start, end):
        if t[i] in "([【〔":
            depth += 1
        elif t[i] in ")]】〕":
            depth = max(0, depth - 1)
        elif depth:
            bracketed.add(i)
    return bracketed


# --- parties -----------------------------------------------------------------


def _parties(
    text: str, t: str, start: int, end: int, warnings: list[Problem]
) -> tuple[list[Party], list[_Found]]:
    """The parties written in ``t[start:end]``, and numbers printed beside them."""
    if t.startswith("【", start):
        # 【楼国庆、楼国华】系已故楼德明之继承人: a listing prints the names in brackets.
        closing = t.find("】", start, end)
        start, end = start + 1, closing if closing != -1 else end
    chunks: list[tuple[int, int]] = []
    relations_after: dict[int, list[Relation]] = {}
    party_ids: list[_Found] = []
    cursor = start
    for group in p.finditer(p.PARENTHESES, t[start:end]):
        g_start, g_end = start + group.start(), start + group.end()
        inner = t[g_start + 1:g_end - 1]
        relations = [_relation(m) for m in p.finditer(p.ROLE, inner)]
        numbers = _numbers_in(text, t, g_start + 1, g_end - 1)
        if not relations and not numbers:
            continue  # part of the name: 某某合伙企业(普通合伙)
        chunks.append((cursor, g_start))
        relations_after.setdefault(g_start, []).extend(relations)
        party_ids.extend(numbers)
        cursor = g_end
    tail = p.search(p.PARTY_TAIL, t[cursor:end])
    chunks.append((cursor, cursor + tail.start() if tail else end))
    chunks = [piece for chunk in chunks for piece in _without_annotations(t, *chunk)]
    parties: list[Party] = []
    for c_start, c_end in _split_off_numbers(text, t, chunks, party_ids):
        # 陈家豪（身份证号：…）与林美珍: the joiner after the brackets starts no name.
        names = _split_names(text[c_start:c_end].strip(" ,:;、").lstrip("与和及"))
        for name in map(_without_description, names):
            if name in v.KIN_WORDS:  # 何春生（男）、何春兰（女）兄妹: the kin word alone
                continue
            role = p.search(p.ROLE, name)
            if role is not None and role.start() == 0 and parties:
                last = parties[-1]
                relation = _relation(role)
                parties[-1] = last.model_copy(update={"relations": [*last.relations, relation]})
            elif p.search(p.NOT_A_NAME, name) is None:
                parties.append(_party(name))
        relations = relations_after.get(c_end, [])
        if relations and parties:
            last = parties[-1]
            parties[-1] = last.model_copy(update={"relations": [*last.relations, *relations]})
    return parties, party_ids


def _without_annotations(t: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of ``t[start:end]`` around what a party is, not who: 何春生（男）、
    何春兰（女）兄妹; 李淑珍（退休教师）; 某某店(个体工商户)."""
    cursor = start
    for m in p.finditer(p.PARTY_ANNOTATION, t[start:end]):
        yield cursor, start + m.start()
        cursor = start + m.end()
    yield cursor, end


def _without_descriptor(name: str) -> str:
    """菜农王二 is 王二: what the party is, before a name of two characters or more."""
    descriptor = p.search(p.DESCRIPTOR, name)
    if descriptor is not None and len(name) - descriptor.end() >= 2:
        return name[descriptor.end():]
    return name


def _without_description(name: str) -> str:
    """本人系蚌埠学院2018届毕业生张雨欣: the person is named after what they are."""
    described = p.search(p.DESCRIBED_PERSON, name)
    return p.group(described, "name") if described is not None else name


def _prints(document: Document, number: _Found) -> bool:
    """Does this document print numbers like this one (an ID card, a driving licence...)?"""
    if document not in (Document.RESIDENT_ID_CARD, Document.DRIVING_LICENSE,
                        Document.BUSINESS_LICENSE, Document.TAX_REGISTRATION_CERTIFICATE,
                        Document.ORG_CODE_CERTIFICATE):
        return False
    kinds = v.DOCUMENT_NUMBER_KINDS[document]
    if number.kind is not None:  # 身份证号：4401**********2228: the label says, even if masked
        return number.kind in kinds
    return any(fits(number.raw, k) for k in kinds)


def _labelled_found(text: str, start: int, m: p.Match) -> _Found:
    """A LABELLED match in ``text[start:]``, as a number with its label."""
    label = m.group("inner") or p.group(m, "label")
    return _Found(start + m.start(), start + m.end(), "id", label=label,
                  kind=active().number_labels.get(label),
                  raw=text[start + m.start("num"):start + m.end("num")])


def _split_off_numbers(
    text: str, t: str, chunks: list[tuple[int, int]], party_ids: list[_Found]
) -> list[tuple[int, int]]:
    """``马建军，身份证号：6101…``: a labelled number among the names is not a name."""
    pieces = []
    for c_start, c_end in chunks:
        cursor = c_start
        if not _has_digit(t[c_start:c_end]):
            pieces.append((c_start, c_end))
            continue
        for m in p.finditer(p.LABELLED, t[c_start:c_end]):
            if _has_digit(p.group(m, "num")):
                party_ids.append(_labelled_found(text, c_start, m))
                pieces.append((cursor, c_start + m.start()))
                cursor = c_start + m.end()
        pieces.append((cursor, c_end))
    return pieces


def _numbers_in(text: str, t: str, start: int, end: int) -> list[_Found]:
    found = []
    for m in p.finditer(p.LABELLED, t[start:end]):
        found.append(_labelled_found(text, start, m))
    if not found:
        for m in p.finditer(p.NUMBER, t[start:end]):
            if _looks_like_number(p.group(m, "num")) and not t.startswith("年", start + m.end()):
                found.append(_Found(start + m.start(), start + m.end(), "id",
                                    raw=text[start + m.start("num"):start + m.end("num")]))
    return found


def _split_names(chunk: str) -> list[str]:
    names: list[str] = []
    for piece in p.split(p.NAME_SEPARATOR, chunk):
        piece = piece.strip()
        if not piece:
            continue
        parts = p.split(p.NAME_JOINER, piece)
        people = all(_is_person(part) for part in parts)
        # Organisations joined by 和 each end like one: 呼和浩特分公司 is one name.
        organizations = all(part.endswith(active().organization_endings) for part in parts)
        if len(parts) > 1 and (people or organizations):
            names.extend(part for part in parts if part)
        else:
            names.append(piece)
    return names


def _is_person(name: str) -> bool:
    """张三, or 贯洞镇石老旺 (a person after an address); not 社区党支部."""
    if name.endswith(active().organization_endings):
        return False
    match = p.search(p.ADDRESS, name)
    person = p.group(match, "name") if match is not None else name
    return 2 <= len(person) <= 4 and not _is_organization(person)


def _is_organization(name: str) -> bool:
    if len(name) >= 4 and name.endswith(active().organization_endings):
        return True
    # 阿依古丽·买买提 is long for a name, but a person's.
    return len(name) >= 8 and "·" not in name


_SOLE_TRADER = ("个体工商户", "个体户")
_ROOMS = ("办公室", "营业厅", "财务室")


def _relation(m: p.Match) -> Relation:
    """A ROLE match: 父亲:李 强 is the father 李强."""
    return Relation(role=v.ROLES[p.group(m, "role")], name=_unspaced(p.group(m, "name")))


def _unspaced(name: str) -> str:
    """OCR spaces names out (梁　志　明, 李 强); a name holds no space."""
    return "".join(name.split())


def _party(chunk: str) -> Party:
    name, address = _unspaced(chunk), None
    trader = next((w for w in _SOLE_TRADER if name.startswith(w) and len(name) > len(w) + 1), "")
    name = name[len(trader):]  # 个体工商户李桂芳: a business, named by its owner
    name = _without_descriptor(name)  # 养殖户刘二柱: 户 ends no address here
    match = p.search(p.ADDRESS, name)
    if match is not None and not p.group(match, "name").endswith(active().organization_endings):
        name, address = p.group(match, "name"), p.group(match, "address")
    name = _without_descriptor(name)  # 株洲市新生儿张三: after the address too
    name = name.removesuffix("的")
    kin = next((w for w in v.KIN_WORDS if name.endswith(w)), "")
    if kin and len(name) >= len(kin) + 2:  # 王芳夫妇, 王大勇兄弟: named by one of them
        name = name.removesuffix(kin)
    if name.endswith(("已", "己", "巳")) and len(name) >= 3:
        # 五金店已遗失, and OCR's 己 and 巳 for 已 (王德胜己遗失, 刘芳己遗失): far more
        # notices misprint 已 so than names end in 己 (李克己 would lose it).
        name = name[:-1]
    room = next((r for r in _ROOMS if name.endswith(r)), "")
    if room and name.removesuffix(room).endswith(active().organization_endings):
        name = name.removesuffix(room)  # 某某公司办公室于…被盗: the room is where, not who
    kind = PartyKind.ORGANIZATION if trader or _is_organization(name) else PartyKind.PERSON
    return construct(Party, name=name, kind=kind, address=address, relations=[])


def _with_item_context(parties: list[Party], context: _ItemContext) -> list[Party]:
    if context.recipient and (context.party_issued or not parties):
        parties = [_party(context.recipient)]
    if context.relations and parties:
        target = next((i for i, party in enumerate(parties)
                       if party.kind is PartyKind.ORGANIZATION), 0)
        party = parties[target]
        # 某店(经营者:孙立民)遗失法人章(孙立民): one representative, named twice.
        added = [r for r in context.relations if r not in party.relations]
        update: dict[str, object] = {"relations": [*party.relations, *added]}
        if party.address and any(r.role is Role.LEGAL_REPRESENTATIVE for r in context.relations):
            # 武汉市江岸区育才二小…法定代表人章（刘红梅）: only an organisation has a legal
            # representative, so what looked like an address is part of its name.
            update.update(name=party.address + party.name, address=None,
                          kind=PartyKind.ORGANIZATION)
        parties[target] = party.model_copy(update=update)
    return parties


def _place_party_identifiers(
    found: list[_Found], items: list[Item], warnings: list[Problem]
) -> None:
    """A number beside a party belongs to a lost ID card; otherwise it is reported.

    Printed again as an item's own number (王小明（身份证号：X）…驾驶证，证号X),
    it is already in the record, and nothing is said.
    """
    recorded = {compact(i.raw) for item in items for i in item.identifiers}
    for number in found:
        if compact(number.raw) in recorded:
            continue
        owner = next((i for i in items if not i.identifiers and _prints(i.document, number)), None)
        if owner is not None:
            owner.identifiers.append(_identifier(number, owner.document))
            continue
        checked = _identifier(number, Document.OTHER)
        verdict = "valid" if checked.valid else "not valid"
        warnings.append(Problem(
            code="party_identifier",
            message=f"{checked.kind.value} {checked.value} ({verdict}) is printed beside a party,"
                    " not as a lost document's number",
        ))


# --- items -------------------------------------------------------------------


def _items(
    text: str, t: str, start: int, end: int, mask: _Mask, warnings: list[Problem],
    context: _ItemContext,
) -> list[Item]:
    found = _recognise(text, t, start, end, mask, context)
    heads = _heads(t, start, end, mask, context)
    _relations_in_items(t, start, end, mask, context)
    _ignore_remaining_parentheses(t, start, end, mask)
    if not heads and any(f.what == "id" for f in found):
        heads = [_Head(start, start, start, start, Document.OTHER, None, known=False)]
    _assign(found, heads, t, mask)
    for f in found:  # 港币5,000元: no amount in yuan, and the notice says why
        problem = amount_warning(f.text) if f.what == "amount" else None
        if problem is not None:
            warnings.append(problem)
    unknown = [text[head.start:head.end] or "?" for head in heads if not head.known]
    if unknown:  # one warning a notice, naming each
        warnings.append(Problem(code="unknown_document", message="、".join(unknown) + (
            " is not a document kind" if len(unknown) == 1 else " are not document kinds"
        ) + " voidnotice knows"))
    _report_leftovers(text, t, start, end, mask, warnings)
    return [_item(text, head) for head in heads]


def _recognise(
    text: str, t: str, start: int, end: int, mask: _Mask, context: _ItemContext
) -> list[_Found]:
    """Numbers, amounts, counts and issuers in ``t[start:end]``, in order.

    Each kind claims its characters in turn, so the order matters: fields
    to ignore first, then numbers in a fixed form (property certificates),
    amounts, labelled numbers, plates, bare numbers, counts, issuers.
    """
    region = t[start:end]
    found: list[_Found] = []
    for m in p.finditer(p.ISSUER_VERB, region):
        if m.group("date"):  # X于2020年6月3日核发的: the date is the issuer verb's, no number
            mask.take(start + m.start("date"), start + m.end("date"), "issued_on")
    _recognise_fields(text, start, region, mask, found)
    _recognise_numbers(text, t, start, region, mask, found)
    _recognise_counts(start, region, mask, found)
    _recognise_issuers(text, t, start, region, mask, found, context)
    found.sort(key=lambda f: f.start)
    return found


def _claim(mask: _Mask, start: int, m: p.Match, what: str) -> bool:
    """Take the characters of a match in ``t[start:]`` unless something holds them."""
    a, b = start + m.start(), start + m.end()
    if not mask.free(a, b):
        return False
    mask.take(a, b, what)
    return True


def _recognise_fields(
    text: str, start: int, region: str, mask: _Mask, found: list[_Found]
) -> None:
    """Dates, phone numbers, account holders (ignored), and the bank of an account."""
    # before 在…遗失 is read as a place
    for pattern in (p.BANK_FIELD, p.ISSUER_FIELD, p.OPENED_AT):
        for m in p.finditer(pattern, region):
            if _claim(mask, start, m, "issuer"):
                found.append(_Found(start + m.start(), start + m.end(), "issuer",
                                    text=text[start + m.start("issuer"):start + m.end("issuer")],
                                    each=pattern is p.OPENED_AT))
    for pattern in (p.IGNORED, p.IGNORED_FIELD, p.DESCRIPTION):
        for m in p.finditer(pattern, region):
            _claim(mask, start, m, "ignored")


def _recognise_numbers(
    text: str, t: str, start: int, region: str, mask: _Mask, found: list[_Found]
) -> None:
    """Property certificate numbers, amounts, labelled numbers, plates, bare numbers."""
    for m in _free_matches(p.PROPERTY, region, start, mask):
        if _claim(mask, start, m, "id"):
            found.append(_labelled_before(text, t, start + m.start(), start + m.end(), mask,
                                          Kind.PROPERTY_CERTIFICATE))
    for m in p.finditer(p.AMOUNT, region):
        a, b = start + m.start(), start + m.end()
        if a > 0 and t[a - 1] == "(" and t[b:b + 1] == ")":
            continue  # 定额发票（壹佰元）: the denomination is part of the label
        if _claim(mask, start, m, "amount"):
            found.append(_Found(a, b, "amount", text=p.group(m, "money")))
    bare = []
    for m in p.finditer(p.NUMBER, region):  # labelled ones first: the label says what it is
        a, b = start + m.start(), start + m.end()
        labelled = _label_of(t, region, start, a, b, mask)
        if labelled is None:
            bare.append((a, b))
        else:
            label_start, a, label = labelled
            found.extend(_number(text, t, label_start, a, b, label, mask))
    if any(not t[a:b].isdigit() for a, b in bare):  # a plate holds a letter
        for m in p.finditer(p.PLATE, region):
            if _claim(mask, start, m, "id"):
                plate = _labelled_before(text, t, start + m.start(), start + m.end(), mask,
                                         Kind.PLATE)
                plate.raw = plate.raw.removesuffix("号")
                # 湘B12345号车辆…, 车牌号为云L·A3529的小型汽车行驶证: the document after it
                plate.each = t[start + m.end() - 1] == "号" or t.startswith("的", start + m.end())
                found.append(plate)
    numbers = sorted((f for f in found if f.what == "id"), key=lambda f: f.end)
    for a, b in bare:
        if mask.free(a, b) and _looks_like_number(t[a:b]):
            previous = bisect.bisect_right(numbers, a, key=lambda f: f.end) - 1
            shared = _list_label(numbers[previous] if previous >= 0 else None, t, a)
            for number in _number(text, t, a, a, b, shared, mask):
                found.append(number)
                bisect.insort(numbers, number, key=lambda f: f.end)


def _free_matches(
    pattern: p.Pattern, region: str, start: int, mask: _Mask
) -> Iterator[p.Match]:
    """Matches in ``region`` (at ``start`` of the text) clear of what is already explained.

    遗失宾国用(2011)第0235号: the first match starts inside the event; the one
    after it does not. Each match is retried only inside its own span.
    """
    for m in p.finditer(pattern, region):
        retry: p.Match | None = m
        while retry is not None and not mask.free(start + retry.start(), start + retry.end()):
            nxt = p.search(pattern, region, retry.start() + 1, m.end())
            retry = nxt if nxt is not None and nxt.start() < m.end() else None
        if retry is not None:
            yield retry


def _recognise_counts(start: int, region: str, mask: _Mask, found: list[_Found]) -> None:
    for m in p.finditer(p.COUNT, region):
        n = chinese_to_int(str(m.group("n")))
        if n is not None and _claim(mask, start, m, "count"):
            found.append(_Found(start + m.start(), start + m.end(), "count", value=n,
                                each=m.group("each") == "各"))


def _recognise_issuers(
    text: str, t: str, start: int, region: str, mask: _Mask, found: list[_Found],
    context: _ItemContext,
) -> None:
    """``X开具的``, ``由X颁发的``; ``开具给Y的`` names the party Y."""
    for m in p.finditer(p.ISSUER_VERB, region):
        if m.group("to"):
            context.recipient = text[start + m.start("to"):start + m.end("to")]
        a, b = start + m.start(), start + m.end()
        if any(owner not in (None, "issued_on") for owner in mask.owner[a:b]):
            continue
        mask.take(a, b, "issuer")
        issuer_start = _walk_left(t, start + m.start(), start, mask, stop_at_de=False)
        issuer = text[issuer_start:start + m.start()].removeprefix("由").strip()
        if not issuer and issuer_start == start:  # 本公司（X）开具的, X开具给Y的: X issued it
            context.party_issued = context.own_name is None and bool(m.group("to"))
            issuer = context.own_name or (context.party_text if context.party_issued else "")
        if issuer:
            mask.take(issuer_start, start + m.start(), "issuer")
            found.append(_Found(issuer_start, start + m.end(), "issuer", text=issuer))


def _label_of(
    t: str, region: str, start: int, a: int, b: int, mask: _Mask
) -> tuple[int, int, str] | None:
    """The label printed just before the number at ``t[a:b]``: its start, the
    number's start (after a fused ``No``), and the label itself."""
    if not _has_digit(t[a:b]):
        return None
    if t.startswith(("No", "NO"), a) and t[a + 2:a + 3].isdigit():
        a += 2  # No0045612: the letters are the label
    before = p.search(p.LABEL_BEFORE, region, max(0, a - start - _LABEL_REACH), a - start)
    if before is None:
        return None
    label_start = start + before.start()
    label = p.group(before, "label")
    if label not in active().number_labels:
        # 公章一枚编号: a label read from its shape starts after a count.
        after_count = max((m.end() for m in p.finditer(p.COUNT, label)), default=0)
        label_start, label = label_start + after_count, label[after_count:]
    if not mask.free(label_start, b):
        return None
    _claim_outer_label(region, start, label_start, mask)
    return label_start, a, before.group("inner") or label


def _claim_outer_label(region: str, start: int, label_start: int, mask: _Mask) -> None:
    """``票号：（2020）黔财通字No.0045123``: a label before the series, before the No."""
    outer_end = label_start
    while outer_end > start and mask.owner[outer_end - 1] == "ignored":
        outer_end -= 1
    if outer_end == label_start:
        return
    outer = p.search(p.LABEL_BEFORE, region, max(0, outer_end - start - _LABEL_REACH),
                     outer_end - start)
    if outer is not None and mask.free(start + outer.start(), outer_end):
        mask.take(start + outer.start(), outer_end, "label")


def _labelled_before(
    text: str, t: str, a: int, b: int, mask: _Mask, kind: Kind
) -> _Found:
    """A number found by its shape, with the label printed just before it (证号: …)."""
    label = None
    window = max(0, a - 16)
    before = p.search(p.LABEL_BEFORE, t[window:a])
    if before is not None and mask.free(window + before.start(), a):
        label = before.group("inner") or before.group("label")
        mask.take(window + before.start(), a, "id")
    return _Found(a, b, "id", label=label, kind=kind, raw=text[a:b])


def _list_label(previous: _Found | None, t: str, position: int) -> str | None:
    """``号码10245631、10245632``: a number listed after a labelled one shares its label."""
    if previous is not None and previous.label and t[previous.end:position].strip() == "、":
        return previous.label
    return None


def _has_letter(text: str) -> bool:
    """Any cased character (a Latin letter); Chinese characters have no case."""
    return text.upper() != text.lower()


def _has_digit(candidate: str) -> bool:
    return any(c.isdigit() for c in candidate)


def _looks_like_number(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    masked = any(c in "*×" for c in candidate)
    return len(candidate) >= 4 and (digits >= _MIN_DIGITS_BARE or (masked and digits >= 2))


def _number(
    text: str, t: str, label_start: int, a: int, b: int, label: str | None, mask: _Mask
) -> list[_Found]:
    """One number at ``t[a:b]`` (or both ends of a range) and the ``号`` after it."""
    raw = text[a:b]
    ends = [(a, b, raw)]
    split = _split_range(raw)
    if split is not None:
        first, second = split
        ends = [(a, a + len(first), first), (b - len(second), b, second)]
    else:
        tail = p.match(p.RANGE_TAIL, t, b)
        if tail is not None and _is_range(raw.replace(" ", ""),
                                          p.group(tail, "num").replace(" ", "")):
            tail_raw = text[tail.start("num"):tail.end("num")]
            ends.append((tail.start("num"), tail.end("num"), tail_raw))
            b = tail.end()
    kind = active().number_labels.get(label) if label else None
    hao = b < len(t) and t[b] == "号" and not t.startswith("号码", b)
    whole_end = b + 1 if hao else b
    mask.take(label_start, whole_end, "id")
    found = []
    for e_start, e_end, e_raw in ends:
        full = _fill_short_tail(ends[0][2], e_raw) if e_start != ends[0][0] else e_raw
        found.append(_Found(e_start, whole_end if hao else e_end, "id", label=label, kind=kind,
                            raw=full, each=hao))
    return found


def _split_range(raw: str) -> tuple[str, str] | None:
    """Both ends of a range printed as one run: ``00123456-00123460``, and with the digits
    grouped, ``31305512 00471826-31305512 00471828`` (a bank's cheque numbers)."""
    for separator in ("-", "−", "–"):
        first, sep, second = p.fold_width(raw).partition(separator)
        if sep and _is_range(first.replace(" ", ""), second.replace(" ", "")):
            return first, second
    return None


def _is_range(first: str, second: str) -> bool:
    """``00123456-00123460`` and ``02550485-90`` are ranges; ``5510-01234567`` is not."""
    return (first.isdigit() and second.isdigit() and len(first) >= 4
            and (len(second) == len(first) or (len(first) > len(second) >= 2 and len(second) <= 4)))


def _fill_short_tail(first: str, second: str) -> str:
    """``02550485～90`` ends at 02550490: the tail keeps the head's leading digits."""
    if len(second) < len(first) and second.isdigit():
        return first[: len(first) - len(second)] + second
    return second


def _heads(t: str, start: int, end: int, mask: _Mask, context: _ItemContext) -> list[_Head]:
    region = t[start:end]
    known = [m for m in p.finditer(p.DOCUMENT, region) if mask.free(start + m.start(),
                                                                    start + m.end())]
    unknown = _Spans(list(p.finditer(p.UNKNOWN_WORD, region)))
    # 工会法人资格证书: a longer unknown word names something else than the known one in it.
    known = [m for m in known if not unknown.holds_longer(m.start("word"), m.end("word"))]
    taken = _Spans(known)
    others = [m for m in unknown.matches if not taken.overlaps(m.start(), m.end())]
    heads: list[_Head] = []
    for m in sorted(known + others, key=lambda m: m.start()):
        a, b = start + m.start(), start + m.end()
        if not mask.free(a, b):
            continue
        if m.re is p.UNKNOWN_WORD.compiled:
            heads.append(_head(t, a, b, a, b, m.group("copy"), mask, known=False))
            continue
        paren = m.group("paren")
        if paren:
            # 出生医学证明（父：张大明，母：李红）: every relative in the brackets.
            relations = [_relation(r) for r in p.finditer(p.ROLE, paren)]
            holder = None if relations else _seal_holder(paren, p.group(m, "word"))
            if holder is not None:
                relations = [holder]
            if relations:
                context.relations.extend(relations)
                mask.take(b - len(paren), b, "relation")
                b -= len(paren)
        heads.append(_head(t, a, b, start + m.start("word"), start + m.end("word"),
                           m.group("copy"), mask, known=True))
    return heads


class _Spans:
    """The matches of one pattern (sorted, never overlapping), searched by position.

    Looking up each match of another pattern here keeps a notice with
    thousands of document words linear.
    """

    def __init__(self, matches: list[p.Match]) -> None:
        self.matches = matches
        self.starts: list[int] = [m.start() for m in matches]

    def _last_starting_before(self, position: int) -> p.Match | None:
        j = bisect.bisect_left(self.starts, position) - 1
        return self.matches[j] if j >= 0 else None

    def overlaps(self, a: int, b: int) -> bool:
        # Only the last span starting before b can reach past a: the earlier ones end sooner.
        last = self._last_starting_before(b)
        return last is not None and last.end() > a

    def holds_longer(self, a: int, b: int) -> bool:
        """Does a match hold ``[a, b)`` and more?"""
        last = self._last_starting_before(a + 1)
        return last is not None and b <= last.end() and last.end() - last.start() > b - a


def _seal_holder(paren: str, word: str) -> Relation | None:
    """``法人章(张三)``: the name is the legal representative's."""
    name = paren.strip("()")
    if active().document_for(word) is Document.LEGAL_REPRESENTATIVE_SEAL and p.fullmatch(
        p.PERSON_NAME, name
    ):
        return Relation(role=Role.LEGAL_REPRESENTATIVE, name=name)
    return None


def _relations_in_items(
    t: str, start: int, end: int, mask: _Mask, context: _ItemContext
) -> None:
    """``法人章一枚（法人：郭建平）``, ``经营者王建华``: a representative named among the items."""
    region = t[start:end]
    for pattern in (p.ROLE_CLAUSE, p.PARENTHESES):
        for m in p.finditer(pattern, region):
            a, b = start + m.start(), start + m.end()
            if not mask.free(a, b):
                continue
            roles = [m] if pattern is p.ROLE_CLAUSE else list(p.finditer(p.ROLE, p.group(m)))
            if roles:
                context.relations.extend(_relation(role) for role in roles)
                mask.take(a, b, "relation")


def _ignore_remaining_parentheses(t: str, start: int, end: int, mask: _Mask) -> None:
    """Asides such as ``一份（发票联、抵扣联）`` say nothing the record holds."""
    for m in p.finditer(p.PARENTHESES, t[start:end]):
        a, b = start + m.start(), start + m.end()
        if not mask.free(a, b):
            continue
        for i in range(a, b):
            if mask.owner[i] is None:
                mask.owner[i] = "aside"


def _head(
    t: str, a: int, b: int, word_start: int, word_end: int, copy: str | None, mask: _Mask,
    known: bool,
) -> _Head:
    label_start = _walk_left(t, a, 0, mask, stop_at_de=True)
    house = p.match(p.HOUSE_NUMBER, t, label_start) if t[label_start:b][:1].isdigit() else None
    if house is not None and house.end() <= word_start:
        # 农贸市场12号门面租赁合同: the house number says which premises, not which document.
        mask.take(label_start, house.end(), "description")
        label_start = house.end()
    mask.take(label_start, b, "label")
    if label_start > 0 and t[label_start - 1] == "的" and mask.owner[label_start - 1] is None:
        # 宁波市江北区房屋的不动产权证书: what precedes 的 describes the document.
        described = _walk_left(t, label_start - 1, 0, mask, stop_at_de=False)
        mask.take(described, label_start, "description")
    label = t[label_start:b]
    document = active().document_for(label, t[word_start:word_end]) if known else Document.OTHER
    copy_value = v.COPIES.get(copy.strip("()")) if copy else None
    return _Head(label_start, b, word_start, word_end, document, copy_value, known)


def _walk_left(t: str, position: int, floor: int, mask: _Mask, *, stop_at_de: bool) -> int:
    """The start of the word group that ends at ``position``."""
    i = position
    while i > floor:
        char = t[i - 1]
        if mask.owner[i - 1] is not None:
            break
        if char in _LABEL_STOPS and not _inside_name(t, i - 1, floor, mask, stop_at_de):
            break
        i -= 1
    return i


def _inside_name(t: str, i: int, floor: int, mask: _Mask, stop_at_de: bool) -> bool:
    """Is the stop character at ``i`` part of a name (中华人民共和国, 人力资源和社会保障厅)?

    和/与/及 join two documents only right after one (营业执照正副本及公章); an
    issuer's name may hold 的 and 和.
    """
    char = t[i]
    if char in "和与及":
        return i > floor and mask.owner[i - 1] is None and t[i - 1] not in _LABEL_STOPS
    return char == "的" and not stop_at_de


def _assign(found: list[_Found], heads: list[_Head], t: str, mask: _Mask) -> None:
    """Give each number, count, amount and issuer to its document."""
    if not heads:
        return
    for f in found:
        before = [h for h in heads if h.start < f.start]
        after = [h for h in heads if h.start >= f.end]
        if not before and not after:  # its only document overlaps it: 营业执照开具的
            before = heads[:1]
        if f.what == "issuer":
            bank_field = not f.each and t.startswith("开户", f.start)
            permits = [h for h in before if h.document is Document.ACCOUNT_PERMIT]
            if bank_field and permits:  # 开户许可证及预留印鉴卡，…开户银行：X
                before = permits
            target = before[-1] if (bank_field and before) or not after else after[0]
            target.issuer = target.issuer or f.text
        elif f.what == "id":
            owner = _bracketed_after(f, before, t, mask) or _owner(f, before, after)
            owner.identifiers.append(f)
        elif f.what == "amount":
            target = before[-1] if before else after[0]
            target.amount = target.amount or f
        elif f.what == "count":
            _assign_count(f, t, before, after)


def _bracketed_after(f: _Found, before: list[_Head], t: str, mask: _Mask) -> _Head | None:
    """``营业执照副本（注册号：…）、税务登记证副本（税号：…）``: in brackets right after
    a document (and its count), a number is that document's."""
    if not before:
        return None
    head = before[-1]
    opening = t.find("(", head.end, f.start)
    if opening == -1 or ")" in t[opening:f.start]:
        return None
    gap = range(head.end, opening)
    return head if all(t[i].isspace() or mask.owner[i] == "count" for i in gap) else None


def _owner(f: _Found, before: list[_Head], after: list[_Head]) -> _Head:
    """The document a number belongs to.

    ``00966245号湖南增值税普通发票``: the one after it. Otherwise the nearest
    one before it that prints numbers of this shape (营业执照正副本及公章一枚,
    统一社会信用代码…: the licence, not the seal), else the nearest.
    """
    if f.each and after:
        return after[0]
    named = active().document_for(f.label) if f.label else Document.OTHER
    if named is not Document.OTHER:  # 身份证号 after 居民身份证及户口簿: the ID card's
        for head in [*reversed(before), *after]:
            if head.document is named:
                return head
    if not before:
        return after[0]
    # The nearest document whose own kind of number this is; else the first that prints it.
    for primary_only, order in ((True, reversed(before)), (False, iter(before))):
        for head in order:
            kinds = v.DOCUMENT_NUMBER_KINDS.get(head.document, ())[: 1 if primary_only else None]
            if f.kind in kinds or any(fits(f.raw, k) for k in kinds if k is not Kind.SERIAL):
                return head
            # 公章一枚，编号：…: a labelled serial belongs to the nearest document of serials.
            if (primary_only and f.label and f.kind is None and kinds == (Kind.SERIAL,)
                    and fits(f.raw, Kind.SERIAL)):
                return head
    # 公章及财务专用章各一枚，统一社会信用代码…: a number after a list is the list's.
    return before[0]


_SEALS = frozenset({
    Document.OFFICIAL_SEAL, Document.FINANCIAL_SEAL, Document.INVOICE_SEAL,
    Document.CONTRACT_SEAL, Document.LEGAL_REPRESENTATIVE_SEAL,
})


def _assign_count(f: _Found, t: str, before: list[_Head], after: list[_Head]) -> None:
    uncounted = [h for h in before if h.count is None]
    if f.each:
        # 营业执照正副本及公章、财务章各一枚: 枚 counts seals, not the licence.
        seals_only = t[f.end - 1] == "枚"
        for head in uncounted:
            if not seals_only or head.document in _SEALS or not head.known:
                head.count = f.value
    elif before and before[-1].count is None:
        before[-1].count = f.value
    elif after:
        after[0].count = f.value
    elif before:
        before[-1].count = before[-1].count or f.value


def _report_leftovers(
    text: str, t: str, start: int, end: int, mask: _Mask, warnings: list[Problem]
) -> None:
    """Say what of the item text nothing explained, so no content is dropped unseen."""
    if None not in mask.owner[start:end]:
        return
    # Explained characters become line breaks, which no content run crosses.
    unexplained = "".join(t[i] if mask.owner[i] is None else "\n" for i in range(start, end))
    runs = [text[start + m.start():start + m.end()]
            for m in p.finditer(p.CONTENT_RUN, unexplained)]
    meaningful = [r for r in runs if not all(c in _STOP_WORDS for c in r)]
    if meaningful:
        warnings.append(Problem(code="unparsed",
                                message="not understood: " + "、".join(meaningful)))


def _item(text: str, head: _Head) -> Item:
    label = text[head.start:head.end]
    issuer = head.issuer or _authority_in_label(text, head)
    amount = parse_amount(head.amount.text) if head.amount else None
    identifiers = [_identifier(f, head.document) for f in head.identifiers]
    if "基本存款账户" in label or "基本户" in label:
        identifiers = [_basic_account(i) for i in identifiers]
    return construct(
        Item,
        document=head.document, label=label, copy=head.copy, count=head.count, issuer=issuer,
        amount=amount, identifiers=identifiers,
    )


def _basic_account(identifier: Identifier) -> Identifier:
    """A basic deposit account's permit number starts with J (identifiers.md, account_permit)."""
    letter = identifier.value[:1]
    if identifier.kind is not Kind.ACCOUNT_PERMIT or letter not in ("L", "Z"):
        return identifier
    problem = Problem(code="format",
                      message=f"a 基本存款账户 permit number starts with J, not {letter}")
    return identifier.model_copy(update={"valid": False, "errors": [*identifier.errors, problem]})


_ISSUED_BY_AUTHORITY = frozenset({
    Document.TAX_RECEIPT, Document.RECEIPT, Document.INVOICE, Document.BIRTH_CERTIFICATE,
    Document.GRADUATION_CERTIFICATE, Document.PROFESSIONAL_CERTIFICATE, Document.OTHER,
    Document.PROPERTY_CERTIFICATE, Document.ACCOUNT_PERMIT, Document.STUDENT_ID,
    Document.WORK_ID, Document.PASSBOOK, Document.PERMIT, Document.BANK_CARD,
})
#: Documents a bank named before them issued: 中国银行开户许可证, 农村信用合作联社存折,
#: 中国农业银行借记卡.
_ISSUED_BY_BANKS = frozenset({Document.ACCOUNT_PERMIT, Document.PASSBOOK, Document.BANK_CARD})


_SELF_NAMED_AUTHORITIES = frozenset({"大学", "学院", "医院", "法院"})
_BANKS = frozenset({"银行", "支行", "分行", "联社", "信用社"})


def _authority_in_label(text: str, head: _Head) -> str | None:
    """``湖南省株洲市地方税务局预收款专用凭据`` names its issuer in the label."""
    if head.document not in _ISSUED_BY_AUTHORITY:
        return None
    prefix = text[head.start:head.word_start]
    ends = [(prefix.rfind(e) + len(e), e) for e in v.AUTHORITY_ENDINGS if e in prefix]
    if not ends:
        return None
    end, ending = max(ends)
    if ending in _BANKS and head.document not in _ISSUED_BY_BANKS:
        return None  # 中国银行借记卡: a bank issues the cards it names, but is no authority
    authority = prefix[:end]
    generic = authority.removesuffix(ending)
    for word in v.GENERIC_INSTITUTION_WORDS:
        generic = generic.replace(word, "")
    if not generic:
        return None  # 普通高等学校: a kind of school, not one
    # 北京大学 names itself; 民办学校 or 税务局 alone needs a place or a longer name.
    named = ending in _SELF_NAMED_AUTHORITIES and len(authority) >= len(ending) + 2
    if len(authority) >= 3 and (named or len(authority) >= 6 or p.search(p.PLACE, authority)):
        return authority
    return None


def _identifier(f: _Found, document: Document) -> Identifier:
    kind, checked = choose_with_check(f.raw, f.kind, document, f.label)
    return checked or validate(f.raw, kind, label=f.label)

