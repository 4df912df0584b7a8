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

from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from voidnotice import patterns as p
from voidnotice import vocabulary as v
from voidnotice.kinds import Kind
from voidnotice.notice import Copy, Document, Event, Item, Notice, Party, PartyKind, Relation
from voidnotice.numerals import chinese_to_int, parse_amount
from voidnotice.problems import Problem
from voidnotice.validation import Identifier, fits, validate

# Characters that end a label when walking left from a document word.
_LABEL_STOPS = frozenset(",;。、 :()\t\n的及和与将")
_STOP_WORDS = frozenset("一各共计其现特此并已均等的了之及和与以下如上述本人单位公司名称号码为是")
_MIN_DIGITS_BARE = 3


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


class _Mask:
    """Which characters of the text are already explained."""

    def __init__(self, length: int) -> None:
        self.owner: list[str | None] = [None] * length

    def free(self, start: int, end: int) -> bool:
        return all(o is None for o in self.owner[start:end])

    def take(self, start: int, end: int, what: str) -> None:
        for i in range(start, end):
            self.owner[i] = what


def parse_notice(text: str, *, declared_void: bool = False) -> Notice | None:
    """Parse the text of one notice; None when it declares nothing void.

    ``declared_void`` says the notice stands under a header such as
    ``下列证件声明作废``; a notice that says 作废 or 特此声明 itself is
    declared void either way. Never raises on text: what cannot be placed
    is reported in ``warnings``.

    >>> n = parse_notice(
    ...     "周欢遗失株洲嘉合伟业投资开发有限公司开具的01638246号购房首付款票据一张,金额102770元")
    >>> item = n.items[0]
    >>> item.document.value, item.label, item.issuer, item.count, item.amount
    ('receipt', '购房首付款票据', '株洲嘉合伟业投资开发有限公司', 1, Decimal('102770'))
    >>> parse_notice("今天天气很好") is None
    True
    """
    return parse_segment(text, (0, len(text)), declared_void)


def parse_segment(text: str, span: tuple[int, int], header_void: bool) -> Notice | None:
    """Parse a notice found at ``span`` of a larger text (its lines joined).

    >>> parse_segment("张三遗失身份证", (10, 17), True).span
    (10, 17)
    """
    folded = p.fold_width(text)
    try:
        return _parse(text, folded, span, header_void)
    except TimeoutError:
        return _unparsed(text, span, header_void)


def _unparsed(text: str, span: tuple[int, int], header_void: bool) -> Notice:
    problem = Problem(code="unparsed", message="the notice took too long to read and was skipped")
    return Notice.model_construct(
        text=text, span=span, event=Event.VOID, declared_void=header_void,
        parties=[], items=[], warnings=[problem],
    )


def _parse(text: str, t: str, span: tuple[int, int], header_void: bool) -> Notice | None:
    event_match = p.search(p.EVENT, t)
    voids = [m for m in p.finditer(p.VOID, t) if m.group() not in ("声明",) or m.start() > 0]
    if event_match is None and not voids:
        return None
    warnings: list[Problem] = []
    lead = p.search(p.LEADING_WORDS, t)
    lead_end = lead.end() if lead else 0
    anchor = event_match if event_match is not None else voids[0]
    if anchor.start() < lead_end:
        lead_end = 0
    before_start, before_end = lead_end, anchor.start()
    boundary = _party_boundary(t, before_start, before_end)
    party_end = boundary[0]
    items_start = boundary[1]
    mask = _Mask(len(t))
    mask.take(0, items_start, "party")
    mask.take(anchor.start(), anchor.end(), "event")
    for m in voids:
        mask.take(m.start(), m.end(), "void")
    parties, party_ids = _parties(text, t, before_start, party_end, warnings)
    items = _items(text, t, items_start, len(t), mask, warnings)
    _place_party_identifiers(party_ids, items, warnings)
    event = v.EVENTS[event_match.group("verb")] if event_match is not None else Event.VOID
    if not parties:
        warnings.append(Problem(code="no_party", message="no party named before the event"))
    if not items:
        warnings.append(Problem(code="no_item", message="no document named"))
    return Notice.model_construct(
        text=text, span=span, event=event, declared_void=header_void or bool(voids),
        parties=parties, items=items, warnings=warnings,
    )


def _party_boundary(t: str, start: int, end: int) -> tuple[int, int]:
    """Where the party ends and the items begin, in ``t[start:end]``.

    When no document word stands before the event verb, all of it is the
    party and the items follow the verb.
    """
    document = _first_document_outside_parentheses(t, start, end)
    if document is None:
        return end, end
    general = t.rfind("将", start, document)
    if general != -1:
        return general, general + 1
    last_org_end = None
    for m in p.finditer(p.ORGANIZATION_END, t[start:document]):
        last_org_end = start + m.end()
    cut = last_org_end if last_org_end is not None else document
    party_end = cut - 1 if t[start:cut].endswith("的") else cut
    return party_end, cut


def _first_document_outside_parentheses(t: str, start: int, end: int) -> int | None:
    depth = 0
    bracketed = set()
    for i in range(start, end):
        if t[i] in "([【〔":
            depth += 1
        elif t[i] in ")]】〕":
            depth = max(0, depth - 1)
        elif depth:
            bracketed.add(i)
    for m in p.finditer(p.DOCUMENT, t[start:end]):
        if start + m.start() not in bracketed:
            return start + int(m.start())
    return None


# --- parties -----------------------------------------------------------------


def _parties(
    text: str, t: str, start: int, end: int, warnings: list[Problem]
) -> tuple[list[Party], list[_Found]]:
    """The parties written in ``t[start:end]``, and numbers printed beside them."""
    chunks: list[tuple[int, int]] = []
    relations_after: dict[int, list[Relation]] = {}
    party_ids: list[_Found] = []
    cursor = start
    for group in p.finditer(p.PARENTHESES, t[start:end]):
        g_start, g_end = start + group.start(), start + group.end()
        inner = t[g_start + 1:g_end - 1]
        relations = [Relation(role=v.ROLES[m.group("role")], name=m.group("name"))
                     for m in p.finditer(p.ROLE, inner)]
        numbers = _numbers_in(text, t, g_start + 1, g_end - 1)
        if not relations and not numbers:
            continue  # part of the name: 某某合伙企业(普通合伙)
        chunks.append((cursor, g_start))
        relations_after.setdefault(g_start, []).extend(relations)
        party_ids.extend(numbers)
        cursor = g_end
    tail = p.search(p.PARTY_TAIL, t[cursor:end])
    chunks.append((cursor, cursor + tail.start() if tail else end))
    parties: list[Party] = []
    for c_start, c_end in chunks:
        names = _split_names(text[c_start:c_end].strip(" ,:;、"))
        for name in names:
            parties.append(_party(name))
        relations = relations_after.get(c_end, [])
        if relations and parties:
            last = parties[-1]
            parties[-1] = last.model_copy(update={"relations": [*last.relations, *relations]})
    return parties, party_ids


def _numbers_in(text: str, t: str, start: int, end: int) -> list[_Found]:
    found = []
    for m in p.finditer(p.LABELLED, t[start:end]):
        found.append(_Found(start + m.start(), start + m.end(), "id", label=m.group("label"),
                            kind=v.NUMBER_LABELS[m.group("label")],
                            raw=text[start + m.start("num"):start + m.end("num")]))
    if not found:
        for m in p.finditer(p.NUMBER, t[start:end]):
            if _looks_like_number(m.group("num")):
                found.append(_Found(start + m.start(), start + m.end(), "id",
                                    raw=text[start + m.start("num"):start + m.end("num")]))
    return found


def _split_names(chunk: str) -> list[str]:
    names: list[str] = []
    for piece in regex.split(r"[、,;，]+", chunk):
        piece = piece.strip()
        if not piece:
            continue
        parts = regex.split(r"以及|及|和|与", piece)
        if len(parts) > 1 and all(_name_like(part) for part in parts):
            names.extend(part for part in parts if part)
        else:
            names.append(piece)
    return names


def _name_like(text: str) -> bool:
    return 2 <= len(text) <= 4 or _is_organization(text)


def _is_organization(name: str) -> bool:
    if len(name) >= 8:
        return True
    return len(name) >= 4 and name.endswith(v.ORGANIZATION_ENDINGS)


def _party(chunk: str) -> Party:
    name, address = chunk, None
    match = p.search(p.ADDRESS, chunk)
    if match is not None and not _is_organization(match.group("name")):
        name, address = match.group("name"), match.group("address")
    name = name.removesuffix("的")
    kind = PartyKind.ORGANIZATION if _is_organization(name) else PartyKind.PERSON
    return Party.model_construct(name=name, kind=kind, address=address, relations=[])


def _place_party_identifiers(
    found: list[_Found], items: list[Item], warnings: list[Problem]
) -> None:
    """A number beside a party belongs to a lost ID card; otherwise it is reported."""
    for number in found:
        card = next((i for i in items if i.document is Document.RESIDENT_ID_CARD
                     and not i.identifiers), None)
        if card is not None:
            card.identifiers.append(_identifier(number, card.document))
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
    text: str, t: str, start: int, end: int, mask: _Mask, warnings: list[Problem]
) -> list[Item]:
    found = _recognise(text, t, start, end, mask)
    heads = _heads(t, start, end, mask)
    if not heads and any(f.what == "id" for f in found):
        heads = [_Head(start, start, start, start, Document.OTHER, None, known=False)]
    _assign(found, heads, t, mask)
    for head in heads:
        if not head.known:
            label = text[head.start:head.end] or "?"
            warnings.append(Problem(code="unknown_document",
                                    message=f"{label} is not a document kind voidnotice knows"))
    _report_leftovers(text, t, start, end, mask, warnings)
    return [_item(text, head) for head in heads]


def _recognise(text: str, t: str, start: int, end: int, mask: _Mask) -> list[_Found]:
    """Numbers, amounts, counts and issuers in ``t[start:end]``, in order."""
    region = t[start:end]
    found: list[_Found] = []

    def claim(m: regex.Match[str], what: str) -> bool:
        a, b = start + m.start(), start + m.end()
        if not mask.free(a, b):
            return False
        mask.take(a, b, what)
        return True

    for pattern in (p.IGNORED, p.IGNORED_FIELD):
        for m in p.finditer(pattern, region):
            claim(m, "ignored")
    for m in p.finditer(p.PROPERTY, region):
        if claim(m, "id"):
            found.append(_Found(start + m.start(), start + m.end(), "id",
                                kind=Kind.PROPERTY_CERTIFICATE,
                                raw=text[start + m.start():start + m.end()]))
    for m in p.finditer(p.AMOUNT, region):
        if claim(m, "amount"):
            found.append(_Found(start + m.start(), start + m.end(), "amount",
                                text=m.group("money")))
    for m in p.finditer(p.LABELLED, region):
        if mask.free(start + m.start(), start + m.end()):
            found.extend(_number(text, t, start, m, m.group("label"), mask))
    for m in p.finditer(p.PLATE, region):
        if claim(m, "id"):
            found.append(_Found(start + m.start(), start + m.end(), "id", kind=Kind.PLATE,
                                raw=text[start + m.start():start + m.end()]))
    for m in p.finditer(p.NUMBER, region):
        if mask.free(start + m.start(), start + m.end()) and _looks_like_number(m.group("num")):
            found.extend(_number(text, t, start, m, None, mask))
    for m in p.finditer(p.COUNT, region):
        n = chinese_to_int(str(m.group("n")))
        if n is not None and claim(m, "count"):
            found.append(_Found(start + m.start(), start + m.end(), "count", value=n,
                                each=m.group("each") == "各"))
    for m in p.finditer(p.ISSUER_VERB, region):
        if claim(m, "issuer"):
            issuer_start = _walk_left(t, start + m.start(), start, mask, stop_at_de=False)
            issuer = text[issuer_start:start + m.start()].removeprefix("由").strip()
            if issuer:
                mask.take(issuer_start, start + m.start(), "issuer")
                found.append(_Found(issuer_start, start + m.end(), "issuer", text=issuer))
    found.sort(key=lambda f: f.start)
    return found


def _looks_like_number(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    masked = any(c in "*×" for c in candidate)
    return len(candidate) >= 4 and (digits >= _MIN_DIGITS_BARE or (masked and digits >= 2))


def _number(
    text: str, t: str, start: int, m: regex.Match[str], label: str | None, mask: _Mask
) -> list[_Found]:
    """One number (or both ends of a range) and the ``号`` after it."""
    a, b = start + m.start("num"), start + m.end("num")
    raw = text[a:b]
    ends = [(a, b, raw)]
    split = _split_range(raw)
    if split is not None:
        first, second = split
        ends = [(a, a + len(first), first), (b - len(second), b, second)]
    else:
        tail = p.search(p.RANGE_TAIL, t, b)
        if tail is not None and tail.start() == b and _is_range(raw, tail.group("num")):
            tail_raw = text[tail.start("num"):tail.end("num")]
            ends.append((tail.start("num"), tail.end("num"), tail_raw))
            b = tail.end()
    kind = v.NUMBER_LABELS.get(label) if label else None
    hao = b < len(t) and t[b] == "号" and not t.startswith("号码", b)
    whole_end = b + 1 if hao else b
    mask.take(start + m.start(), whole_end, "id")
    found = []
    for e_start, e_end, e_raw in ends:
        full = _fill_short_tail(ends[0][2], e_raw) if e_start != ends[0][0] else e_raw
        found.append(_Found(e_start, whole_end if hao else e_end, "id", label=label, kind=kind,
                            raw=full, each=hao))
    return found


def _split_range(raw: str) -> tuple[str, str] | None:
    for separator in ("-", "−", "–"):
        first, sep, second = raw.partition(separator)
        if sep and first.isdigit() and second.isdigit() and _is_range(first, second):
            return first, second
    return None


def _is_range(first: str, second: str) -> bool:
    """``00123456-00123460`` and ``02550485-90`` are ranges; ``5510-01234567`` is not."""
    return (first.isdigit() and second.isdigit() and len(first) >= 4
            and (len(second) == len(first) or (len(second) < len(first) and len(second) <= 4)))


def _fill_short_tail(first: str, second: str) -> str:
    """``02550485～90`` ends at 02550490: the tail keeps the head's leading digits."""
    if len(second) < len(first) and second.isdigit():
        return first[: len(first) - len(second)] + second
    return second


def _heads(t: str, start: int, end: int, mask: _Mask) -> list[_Head]:
    region = t[start:end]
    heads: list[_Head] = []
    for m in p.finditer(p.DOCUMENT, region):
        a, b = start + m.start(), start + m.end()
        if mask.free(a, b):
            heads.append(_head(t, a, b, start + m.start("word"), start + m.end("word"),
                               m.group("copy"), mask, known=True))
    for m in p.finditer(p.UNKNOWN_WORD, region):
        a, b = start + m.start(), start + m.end()
        if mask.free(a, b):
            heads.append(_head(t, a, b, a, b, m.group("copy"), mask, known=False))
    heads.sort(key=lambda h: h.start)
    return heads


def _head(
    t: str, a: int, b: int, word_start: int, word_end: int, copy: str | None, mask: _Mask,
    known: bool,
) -> _Head:
    label_start = _walk_left(t, a, 0, mask, stop_at_de=True)
    mask.take(label_start, b, "label")
    label = t[label_start:b]
    document = v.document_for(label) if known else Document.OTHER
    copy_value = v.COPIES.get(copy.strip("()")) if copy else None
    return _Head(label_start, b, word_start, word_end, document, copy_value, known)


def _walk_left(t: str, position: int, floor: int, mask: _Mask, *, stop_at_de: bool) -> int:
    """The start of the word group that ends at ``position``."""
    i = position
    while i > floor:
        char = t[i - 1]
        if mask.owner[i - 1] is not None or char in _LABEL_STOPS:
            if char == "的" and not stop_at_de and mask.owner[i - 1] is None:
                i -= 1
                continue
            break
        i -= 1
    return i


def _assign(found: list[_Found], heads: list[_Head], t: str, mask: _Mask) -> None:
    """Give each number, count, amount and issuer to its document."""
    if not heads:
        return
    pending_each: list[_Head] = []
    for f in found:
        before = [h for h in heads if h.start < f.start]
        after = [h for h in heads if h.start >= f.end]
        if f.what == "issuer":
            target = after[0] if after else before[-1]
            target.issuer = target.issuer or f.text
        elif f.what == "id":
            _owner(f, before, after).identifiers.append(f)
        elif f.what == "amount":
            target = before[-1] if before else after[0]
            target.amount = target.amount or f
        elif f.what == "count":
            _assign_count(f, before, after, pending_each)


def _owner(f: _Found, before: list[_Head], after: list[_Head]) -> _Head:
    """The document a number belongs to.

    ``00966245号湖南增值税普通发票``: the one after it. Otherwise the nearest
    one before it that prints numbers of this shape (营业执照正副本及公章一枚,
    统一社会信用代码…: the licence, not the seal), else the nearest.
    """
    if f.each and after:
        return after[0]
    if not before:
        return after[0]
    for primary_only in (True, False):
        for head in reversed(before):
            kinds = v.DOCUMENT_NUMBER_KINDS.get(head.document, ())[: 1 if primary_only else None]
            if f.kind in kinds or any(fits(f.raw, k) for k in kinds if k is not Kind.SERIAL):
                return head
    return before[-1]


def _assign_count(
    f: _Found, before: list[_Head], after: list[_Head], pending: list[_Head]
) -> None:
    uncounted = [h for h in before if h.count is None]
    if f.each:
        for head in uncounted:
            head.count = f.value
    elif before and before[-1].count is None:
        before[-1].count = f.value
    elif after:
        after[0].count = f.value
    elif before:
        before[-1].count = before[-1].count or f.value
    pending.clear()


def _report_leftovers(
    text: str, t: str, start: int, end: int, mask: _Mask, warnings: list[Problem]
) -> None:
    """Say what of the item text nothing explained, so no content is dropped unseen."""
    runs: list[str] = []
    current: list[str] = []
    for i in range(start, end):
        if mask.owner[i] is None and regex.match(r"[\p{Han}A-Za-z0-9]", t[i]):
            current.append(text[i])
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    meaningful = [r for r in runs if not all(c in _STOP_WORDS for c in r)]
    if meaningful:
        warnings.append(Problem(code="unparsed",
                                message="not understood: " + "、".join(meaningful)))


def _item(text: str, head: _Head) -> Item:
    label = text[head.start:head.end]
    issuer = head.issuer or _authority_in_label(text, head)
    amount = parse_amount(head.amount.text) if head.amount else None
    identifiers = [_identifier(f, head.document) for f in head.identifiers]
    return Item.model_construct(
        document=head.document, label=label, copy=head.copy, count=head.count, issuer=issuer,
        amount=amount, identifiers=identifiers,
    )


_ISSUED_BY_AUTHORITY = frozenset({
    Document.TAX_RECEIPT, Document.RECEIPT, Document.INVOICE, Document.BIRTH_CERTIFICATE,
    Document.GRADUATION_CERTIFICATE, Document.PROFESSIONAL_CERTIFICATE, Document.OTHER,
    Document.PROPERTY_CERTIFICATE,
})


def _authority_in_label(text: str, head: _Head) -> str | None:
    """``湖南省株洲市地方税务局预收款专用凭据`` names its issuer in the label."""
    if head.document not in _ISSUED_BY_AUTHORITY:
        return None
    prefix = text[head.start:head.word_start]
    for ending in v.AUTHORITY_ENDINGS:
        position = prefix.rfind(ending)
        if position != -1 and position + len(ending) >= 3:
            return prefix[: position + len(ending)]
    return None


def _identifier(f: _Found, document: Document) -> Identifier:
    kind = choose_kind(f.raw, f.kind, document)
    return validate(f.raw, kind, label=f.label.rstrip(".") if f.label else None)


def choose_kind(raw: str, label_kind: Kind | None, document: Document) -> Kind:
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
    if label_kind is not None and fits(raw, label_kind):
        return label_kind
    preferred = [k for k in v.DOCUMENT_NUMBER_KINDS.get(document, ()) if fits(raw, k)]
    valid = [k for k in preferred if validate(raw, k).valid]
    if valid:
        return valid[0]
    if preferred:
        return preferred[0]
    if label_kind is not None:
        return label_kind
    return _any_fitting(raw, (k for k in Kind))


def _any_fitting(raw: str, kinds: Iterable[Kind]) -> Kind:
    for kind in kinds:
        if kind is not Kind.SERIAL and fits(raw, kind):
            return kind
    return Kind.SERIAL
