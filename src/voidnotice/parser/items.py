"""What a notice voids: its document words, and the numbers, counts, amounts
and issuers each is given.

Each kind of thing claims its characters of the text in turn (see
:class:`~voidnotice.parser.reading.Mask`), then each is assigned to the nearest
document that can hold it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from voidnotice.ids._base import construct
from voidnotice.kinds import Kind
from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.amounts import amount_warning
from voidnotice.parser.kind_choice import holder_id
from voidnotice.parser.lexicon import active
from voidnotice.parser.numbers import (
    label_of,
    label_stem,
    labelled_before,
    list_label,
    looks_like_number,
    read_identifier,
    read_number,
)
from voidnotice.parser.numerals import LOWER_DIGITS, chinese_to_int, parse_amount
from voidnotice.parser.parties import read_relation
from voidnotice.parser.reading import Claim, Found, Head, ItemContext, Mask, Reading
from voidnotice.problems import Problem
from voidnotice.records import (
    Document,
    Item,
    Relation,
    Role,
)
from voidnotice.validation import Identifier, fits

#: The words that introduce a list of the documents after them: 遗失以下印章：….
_INTRODUCING = ("以下", "下列")
# Characters that end a label when walking left from a document word.
# <<商品房买卖合同>> (set CR): a title's marks typed as angle brackets, as 《》 are
_LABEL_STOPS = frozenset(",;。、 :()【】[]《》<>\t\n的及和与将")
_STOP_WORDS = frozenset("一各共计其现特此并已均等的了之及和与以下如上述本人单位公司名称号码为是另")


def read_items(r: Reading, start: int, end: int) -> list[Item]:
    """The items of ``r.folded[start:end]``, the notice's text after its party.

    >>> r = Reading("遗失身份证一张", "遗失身份证一张", Mask(7), ItemContext(), [])
    >>> r.mask.take(0, 2, Claim.EVENT)
    >>> [(i.document.value, i.count) for i in read_items(r, 2, 7)]
    [('resident_id_card', 1)]
    """
    text, t, mask, warnings = r.text, r.folded, r.mask, r.warnings
    found = _recognise(r, start, end)
    heads, totals = _referred_back(_named_again(_heads(t, start, end, mask, r.context), t, mask),
                                   t, mask)
    if totals:  # the amount of several documents of different kinds is none of theirs
        found = [f for f in found if not (f.what is Claim.AMOUNT and any(
            a <= f.start < b for a, b in totals))]
    _relations_in_items(t, start, end, mask, r.context)
    found = _beside_representatives(r, found)
    _ignore_remaining_parentheses(t, start, end, mask)
    if not heads and any(f.what is Claim.ID for f in found):
        heads = [Head(start, start, start, start, Document.OTHER, None, known=False)]
    _assign(found, heads, t, mask)
    for f in found:  # 港币5,000元: no amount in yuan, and the notice says why
        problem = amount_warning(f.text) if f.what is Claim.AMOUNT else None
        if problem is not None:
            warnings.append(problem)
    unknown = [text[head.start:head.end] for head in heads if not head.known]
    if unknown == [""]:  # 遗失…签发的，编号：0041726: a number, and no word for its document
        warnings.append(Problem(code="unknown_document",
                                message="a number is printed, but no document is named"))
    elif unknown:  # one warning a notice, naming each
        warnings.append(Problem(code="unknown_document", message="、".join(unknown) + (
            " is not a document kind" if len(unknown) == 1 else " are not document kinds"
        ) + " voidnotice knows"))
    _report_leftovers(r, start, end)
    return [_item(text, t, head) for head in heads]


def _recognise(r: Reading, start: int, end: int) -> list[Found]:
    """Numbers, amounts, counts and issuers in ``t[start:end]``, in order.

    Each kind claims its characters in turn, so the order matters: fields
    to ignore first, then numbers in a fixed form (property certificates),
    amounts, labelled numbers, plates, bare numbers, counts, issuers.
    """
    region = r.folded[start:end]
    found: list[Found] = []
    verbs = list(p.finditer(p.ISSUER_VERB, region))
    for m in verbs:
        if m.group("date"):  # X于2020年6月3日核发的: the date is the issuer verb's, no number
            r.mask.take(start + m.start("date"), start + m.end("date"), Claim.ISSUED_ON)
    _recognise_fields(r, start, region, found)
    _recognise_schools(r, start, region, found)
    _recognise_name_field(r, start, region)
    _recognise_numbers(r, start, region, found)
    _labels_in_a_row(r, start, region, found)
    _recognise_counts(r, start, region, found)
    _recognise_issuers(r, start, verbs, found)
    found.sort(key=lambda f: f.start)
    return found


def _labels_in_a_row(r: Reading, start: int, region: str, found: list[Found]) -> None:
    """``发票代码、发票号码分别为2102172130、03815762`` (set BK): labels in a row before 分别
    name the numbers after it, one each, in order; the numbers took the last label alone."""
    for m in p.finditer(p.LABEL_ROW, region):
        labels = p.group(m, "row").split("、")
        after = sorted((f for f in found if f.what is Claim.ID and f.start >= start + m.start()),
                       key=lambda f: f.start)[:len(labels)]
        if len(after) != len(labels):
            continue
        r.mask.take(start + m.start(), start + m.end(), Claim.ID)
        for number, label in zip(after, labels, strict=True):
            number.label, number.kind = label, active().number_labels.get(label)


def _recognise_fields(r: Reading, start: int, region: str, found: list[Found]) -> None:
    """Dates, phone numbers, account holders (ignored), and the bank of an account."""
    text, mask = r.text, r.mask
    # before 在…遗失 is read as a place
    for pattern in (p.BANK_FIELD, p.ISSUER_FIELD, p.OPENED_AT):
        for m in p.finditer(pattern, region):
            if mask.claim(start + m.start(), start + m.end(), Claim.ISSUER):
                found.append(Found(start + m.start(), start + m.end(), Claim.ISSUER,
                                    text=text[start + m.start("issuer"):start + m.end("issuer")],
                                    opened_at=pattern is p.OPENED_AT))
    for pattern in (p.EMPTY_FIELD, p.IGNORED, p.IGNORED_FIELD):  # the field before its 无
        for m in p.finditer(pattern, region):
            # (因营业执照正本不慎遗失: the 因 alone, before the document)
            end = m.start() + 1 if pattern is p.IGNORED and _document_as_cause(m) else m.end()
            mask.claim(start + m.start(), start + end, Claim.IGNORED)
    # 遗失X公司名下的…行驶证: a description may be found from the event on; it starts after
    for m in _free_matches(p.DESCRIPTION, region, start, mask):
        mask.claim(start + m.start(), start + m.end(), Claim.IGNORED)
    for a, b in _other_language_runs(region):
        mask.claim(start + a, start + b, Claim.IGNORED)


#: A run of another script's text, up to the next Chinese character.
_OTHER_SCRIPT_RUN = re.compile(f"[{v.OTHER_SCRIPTS}][^{v.HAN}]*")


def _other_language_runs(region: str) -> Iterator[tuple[int, int]]:
    """Where ``region`` holds another language's text, four of its letters at least: a
    bilingual paper's Uyghur version of the notice, which an export joined onto its line
    (…声明作废。 نىلقا ناھىيىسى…كىملىك نومۇرى: 654025200109270097…, set DT); its numbers
    repeat the notice's and are no more identifiers of it.

    >>> list(_other_language_runs("声明作废。 كىملىك نومۇرى: 6540252001"))
    [(6, 31)]
    >>> list(_other_language_runs("张三遗失身份证"))
    []
    """
    if p.OTHER_LETTER.search(region) is None:
        return
    for m in _OTHER_SCRIPT_RUN.finditer(region):
        if len(p.OTHER_LETTER.findall(m.group())) >= v.OTHER_LETTERS:
            yield m.start(), m.end()


def _document_as_cause(m: p.Match) -> bool:
    """Is this match of IGNORED a cause before the event that is the document itself
    (…申请简易注销登记，因营业执照正本不慎遗失，特此声明作废, set DN), not why it befell
    (因保管不慎遗失)? Whose it is may stand first (因本公司营业执照正本…, set EH)."""
    said = p.group(m)
    if not said.startswith("因"):
        return False
    # 。因本公司营业执照正本不慎遗失 (set EH, a deregistration's notice): whose it is, first
    speaker = p.match(p.SPEAKER, said, 1)
    # (…申请注销登记，因公章一枚不慎遗失, set EH: with how many)
    named = _COUNT_AT_END.sub("", said[1 if speaker is None else speaker.end():])
    # (…有限公司因公章、财务专用章不慎遗失, set EM: the documents in a list)
    return p.fullmatch(p.DOCUMENT, named) is not None or all(
        p.fullmatch(p.DOCUMENT, part) is not None for part in p.split(p.JOINER, named))


#: How many, after a document named as a cause (因公章一枚不慎遗失).
_COUNT_AT_END = re.compile(rf"(?:各|共)?[\d{LOWER_DIGITS}十]{{1,3}}[{v.MEASURE_WORDS}]$")


def _recognise_name_field(r: Reading, start: int, region: str) -> None:
    """``企业名称：X``: who the notice is about, named after its document; ``男方：X；女方：Y``
    (set BD): both. A field after the first of another kind is the first's again."""
    for m in p.finditer(p.NAME_FIELD, region):
        if r.context.named and p.group(m, "field") not in v.SPOUSE_FIELDS:
            return
        if p.group(m, "field") in v.KEEPER_FIELDS and r.context.party_text:
            continue  # 某某商店…，经营者：张三: the shop's keeper, a relation
        # the relations in brackets between the name and where the holder lives (持有人：刘子墨
        # （监护人：刘建国），住…) are left to be read as the party's
        end = m.end() if m.start("lives") == -1 else m.end("name")
        if r.mask.claim(start + m.start(), start + end, Claim.PARTY):
            r.context.named.append(r.text[start + m.start("name"):start + m.end("name")].strip())
            if end != m.end():
                r.mask.claim(start + m.start("lives"), start + m.end(), Claim.PARTY)
    for m in p.finditer(p.OWNED_BY, region):  # …一份，系X所有，不慎遗失: X's
        if not r.context.named and r.mask.claim(start + m.start(), start + m.end(), Claim.PARTY):
            owners = r.text[start + m.start("name"):start + m.end("name")]
            r.context.named.extend(name.strip() for name in owners.split("、") if name.strip())


def _recognise_numbers(r: Reading, start: int, region: str, found: list[Found]) -> None:
    """Property certificate numbers, amounts, labelled numbers, plates, bare numbers."""
    t, mask = r.folded, r.mask
    listed: Found | None = None
    for m in _free_matches(p.PROPERTY, region, start, mask):
        if mask.claim(start + m.start(), start + m.end(), Claim.ID):
            number = labelled_before(r, start + m.start(), start + m.end(),
                                     Kind.PROPERTY_CERTIFICATE)
            # …房屋所有权证及弥国用（2009）第0827号国有土地使用证 (set CG): right before a
            # document, the number is that one's; not after its label (…房屋所有权证一本证号沂
            # 房权证泉字第20070315号国有土地使用证…, set CS, its punctuation lost: the label
            # says it follows its document)
            number.precedes_document = number.label is None and p.match(
                p.DOCUMENT, t, start + m.end()) is not None
            # 证号分别为：桂（2022）…第0016385号、桂（2021）…第0009527号 (set BH): listed
            # after a labelled one, it shares the label
            number.label = number.label or list_label(listed, t, number.start)
            found.append(number)
            listed = number
    for m in p.finditer(p.AMOUNT, region):
        a, b = start + m.start(), start + m.end()
        if a > 0 and t[a - 1] == "(" and t[b:b + 1] == ")" and (
                m.start("money") == m.start()
                or (t.startswith("面额", a) and t.endswith("发票", 0, a - 1))):
            # 定额发票（壹佰元）, 通用定额发票（面额伍拾元） (set EA): the denomination is part of
            # the label; not a labelled sum in brackets (借条一张（借款金额：人民币拾贰万元整）,
            # set CY)
            continue
        if t.startswith("税额", a):  # an invoice's tax: no sum of the document's (set EA)
            mask.claim(a, b, Claim.IGNORED)
            continue
        if mask.claim(start + m.start(), start + m.end(), Claim.AMOUNT):
            found.append(Found(a, b, Claim.AMOUNT, text=p.group(m, "money")))
    bare = []
    for m in p.finditer(p.NUMBER, region):  # labelled ones first: the label says what it is
        a, b = start + m.start(), start + m.end()
        labelled = label_of(r, region, start, a, b)
        if labelled is None:
            bare.append((a, b))
        else:
            label_start, a, label = labelled
            found.extend(read_number(r, label_start, a, b, label))
    if any(not t[a:b].isdigit() for a, b in bare):  # a plate holds a letter
        for m in p.finditer(p.PLATE, region):
            if mask.claim(start + m.start(), start + m.end(), Claim.ID):
                plate = labelled_before(r, start + m.start(), start + m.end(), Kind.PLATE)
                plate.raw = plate.raw.removesuffix("号")
                # 湘B12345号车辆…, 车牌号为云L·A3529的小型汽车行驶证: the document after it
                plate.precedes_document = (t[start + m.end() - 1] == "号"
                                           or t.startswith("的", start + m.end()))
                found.append(plate)
    numbers = sorted((f for f in found if f.what is Claim.ID), key=lambda f: f.end)
    for a, b in bare:
        if mask.free(a, b) and looks_like_number(t[a:b]):
            previous = bisect.bisect_right(numbers, a, key=lambda f: f.end) - 1
            shared = list_label(numbers[previous] if previous >= 0 else None, t, a)
            for number in read_number(r, a, a, b, shared):
                found.append(number)
                bisect.insort(numbers, number, key=lambda f: f.end)


def _free_matches(
    pattern: p.Pattern, region: str, start: int, mask: Mask
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


def _recognise_counts(r: Reading, start: int, region: str, found: list[Found]) -> None:
    """一枚, 各两本, 共3张: how many, and whether of each document before."""
    for m in p.finditer(p.COUNT, region):
        n = chinese_to_int(str(m.group("n")))
        if n is not None and r.mask.claim(start + m.start(), start + m.end(), Claim.COUNT):
            found.append(Found(start + m.start(), start + m.end(), Claim.COUNT, value=n,
                                for_each=m.group("each") == "各"))


def _recognise_issuers(r: Reading, start: int, verbs: list[p.Match], found: list[Found]) -> None:
    """``X开具的``, ``由X颁发的``; ``开具给Y的`` names the party Y (``verbs``: the issuing
    verbs of the region at ``start``)."""
    text, t, mask, context = r.text, r.folded, r.mask, r.context
    for m in verbs:
        if m.group("to"):
            context.recipient = text[start + m.start("to"):start + m.end("to")]
        a, b = start + m.start(), start + m.end()
        if any(owner not in (None, Claim.ISSUED_ON) for owner in mask.owner[a:b]):
            continue
        mask.take(a, b, Claim.ISSUER)
        issuer_start = _walk_left(t, start + m.start(), start, mask, stop_at_de=False)
        # …，以及新丰县江源房地产开发有限公司开具的购房款收据 (set BF): the joiner of the items
        # is no part of the issuer's name
        joiner = ("以及" if t.startswith("以及", issuer_start)
                  else "及" if t.startswith("及", issuer_start) else "")
        if joiner and start + m.start() - issuer_start - len(joiner) >= _JOINED_ISSUER:
            mask.take(issuer_start, issuer_start + len(joiner), Claim.IGNORED)
            issuer_start += len(joiner)
        issuer = text[issuer_start:start + m.start()].removeprefix("由").strip()
        if issuer in ("已", "己"):  # 遗失已开具的四川增值税普通发票: when, not who
            mask.take(issuer_start, start + m.start(), Claim.IGNORED)
            continue
        if not issuer and issuer_start == start:  # 本公司（X）开具的, X开具给Y的: X issued it
            context.party_issued = context.own_name is None and bool(m.group("to"))
            issuer = context.own_name or (context.party_text if context.party_issued else "")
        if issuer:
            mask.take(issuer_start, start + m.start(), Claim.ISSUER)
            found.append(Found(issuer_start, start + m.end(), Claim.ISSUER, text=issuer))


def _recognise_schools(r: Reading, start: int, region: str, found: list[Found]) -> None:
    """``黔东师范学院2022届小学教育专业本科毕业证书`` (set DA): the school before a graduate's
    class and major issued the diploma; class and major are no part of its label."""
    text, t, mask = r.text, r.folded, r.mask
    for m in p.finditer(p.CLASS_AND_MAJOR, region):
        a, b = start + m.start(), start + m.end()
        if any(owner is not None for owner in mask.owner[a:b]):
            continue
        school_start = _walk_left(t, a, start, mask, stop_at_de=False)
        # 居民身份证及湖南大学2019届…: the school's name starts after the list's last joiner
        # and the documents before it
        before = t[school_start:a]
        cuts = [word.end() for word in p.finditer(p.DOCUMENT, before)]
        cuts += [before.rfind(joiner) + 1 for joiner in "及、" if joiner in before]
        school_start += max(cuts, default=0)
        if not t[school_start:a].endswith(v.SCHOOL_ENDINGS):
            continue
        mask.take(school_start, a, Claim.ISSUER)
        mask.take(a, b, Claim.DESCRIPTION)
        found.append(Found(school_start, b, Claim.ISSUER, text=text[school_start:a]))


#: How long an issuer's name must be after a joiner for the joiner to be no part of it
#: (及 may open a short name).
_JOINED_ISSUER = 4


def _heads(t: str, start: int, end: int, mask: Mask, context: ItemContext) -> list[Head]:
    region = t[start:end]
    # Where each known word's match ends: before its brackets when they hold a number
    # already read (机动车行驶证（车牌号：黑K·6B351）: the plate is the licence's number).
    ends: dict[int, int] = {}
    known = []
    for m in p.finditer(p.DOCUMENT, region):
        trailing = m.group("paren") or ""
        for m_end in (m.end(), m.end() - len(trailing)) if trailing else (m.end(),):
            if mask.free(start + m.start(), start + m_end):
                ends[m.start()] = m_end
                known.append(m)
                break
    unknown = _Spans(list(p.finditer(p.UNKNOWN_WORD, region)))
    # 工会法人资格证书: a longer unknown word names something else than the known one in it.
    known = [m for m in known if not unknown.holds_longer(m.start("word"), m.end("word"))]
    taken = _Spans(known)
    others = [m for m in unknown.matches if not taken.overlaps(m.start(), m.end())]
    heads: list[Head] = []
    for m in sorted(known + others, key=lambda m: m.start()):
        known_word = m.re is not p.UNKNOWN_WORD.compiled
        a, b = start + m.start(), start + (ends[m.start()] if known_word else m.end())
        if not mask.free(a, b):
            continue
        if t.startswith(_INTRODUCING, a - 2) and t.startswith(":", b) and a - 2 >= start:
            # 遗失以下印章：1.公章一枚；2.… (set BD): the list's introduction, no document
            mask.take(a - 2, b + 1, Claim.IGNORED)
            continue
        if not known_word:
            _add(heads, _head(t, a, b, a, b, m.group("copy"), mask, known=False), t)
            continue
        paren = m.group("paren") if b == start + m.end() else None
        if paren:
            # 出生医学证明（父：张大明，母：李红）: every relative in the brackets.
            relations = [read_relation(r) for r in p.finditer(p.ROLE, paren)]
            holder = None if relations else _seal_holder(paren, p.group(m, "word"))
            if holder is not None:
                relations = [holder]
            if relations:
                context.relations.extend(relations)
                mask.take(b - len(paren), b, Claim.RELATION)
                b -= len(paren)
        word_start, word_end = start + m.start("word"), start + m.end("word")
        if paren and b == start + m.end():
            # 数电发票（增值税专用发票） (set AX): the brackets name which kind of invoice
            inner = _kind_named_in(paren, p.group(m, "word"))
            if inner:
                word_start = b - len(paren) + 1
                word_end = word_start + len(inner)
        _add(heads, _head(t, a, b, word_start, word_end, m.group("copy"), mask, known=True), t)
    return heads


def _add(heads: list[Head], head: Head, t: str) -> None:
    """Add ``head`` to ``heads``; or, where a character printed twice joins it to the
    last one (营业执执照正本, set CP: 营业执 and 执照, words of one document that meet in
    the doubled 执), make the two one word.

    >>> from voidnotice.records import Copy
    >>> t = "营业执执照正本"
    >>> heads = [Head(0, 3, 0, 3, Document.BUSINESS_LICENSE, None, True)]
    >>> _add(heads, Head(3, 7, 3, 5, Document.BUSINESS_LICENSE, Copy.ORIGINAL, True), t)
    >>> [(h.start, h.end, h.copy.value) for h in heads]
    [(0, 7, 'original')]
    """
    last = heads[-1] if heads else None
    if (last is not None and last.known and head.known and last.copy is None
            and last.end == head.start and last.document is head.document
            and t[head.start - 1] == t[head.start]):
        heads[-1] = Head(last.start, head.end, last.word_start, head.word_end, head.document,
                         head.copy, known=True)
        return
    heads.append(head)


def _beside_representatives(r: Reading, found: list[Found]) -> list[Found]:
    """The numbers less the resident ID numbers printed right after a representative's
    name (…，经营者：杨丽芬，身份证号：532522…，声明作废。, set BW): the representative's
    own, kept in ``r.context`` to be read as a party's number (an ID card lost takes it;
    otherwise a ``party_identifier`` warning), not any licence's.

    >>> t = "营业执照正本,经营者:杨丽芬,身份证号:532522198409170222"
    >>> r = Reading(t, t, Mask(len(t)), ItemContext(), [])
    >>> number = Found(20, len(t), Claim.ID, label="身份证号", kind=Kind.RESIDENT_ID)
    >>> _beside_representatives(r, [number]), len(r.context.representative_numbers)
    ([], 1)
    """
    kept = []
    for f in found:
        own = f.what is Claim.ID and _a_persons_id_label(f.label)
        if own:  # …结婚证字号：…，女方身份证号：610924…，特此声明作废 (set DN): the wife's own
            f.kind = Kind.RESIDENT_ID
        if f.what is Claim.ID and f.kind is Kind.RESIDENT_ID and f.label and (
                own or _after_representative(r.folded, _label_start(r.folded, f.start, f.label))):
            r.context.representative_numbers.append(f)
        else:
            kept.append(f)
    return kept


def _a_persons_id_label(label: str | None) -> bool:
    """Does ``label`` name a person's resident ID number by who they are (女方身份证号,
    法定代表人身份证号码)?

    >>> _a_persons_id_label("女方身份证号"), _a_persons_id_label("身份证号")
    (True, False)
    """
    if not label or not label.startswith(v.PERSONS_WORDS):
        return False
    who = next(w for w in v.PERSONS_WORDS if label.startswith(w))
    return active().number_labels.get(label[len(who):]) is Kind.RESIDENT_ID


def _label_start(t: str, number_start: int, label: str) -> int:
    """Where the number's label stands, just before it (its colon between), or -1.

    >>> _label_start("身份证号:532522", 5, "身份证号"), _label_start("532522", 0, "证号")
    (0, -1)
    """
    return t.rfind(label, max(0, number_start - len(label) - _LABEL_GAP), number_start)


#: How many characters may stand between a number's label and the number (its colon).
_LABEL_GAP = 3
#: How far before a number a representative's clause may begin (经营者：阿不都热合曼·买买提,).
_CLAUSE_REACH = 24


def _after_representative(t: str, at: int) -> bool:
    """Does a representative's clause (经营者：X, 法定代表人：X) end right before ``at``,
    but for a comma?"""
    end = at
    if at < 0:
        return False
    while end > 0 and t[end - 1] in " ,":
        end -= 1
    if end == at:
        return False
    for m in p.finditer(p.ROLE_CLAUSE, t[max(0, end - _CLAUSE_REACH):end]):
        if m.end() == min(end, _CLAUSE_REACH) and (
                v.ROLES.get(p.group(m, "role")) is Role.LEGAL_REPRESENTATIVE):
            return True
    return False


def _named_again(heads: list[Head], t: str, mask: Mask) -> list[Head]:
    """The heads less a document named again right before its void statement, which is
    the one named first: …遗失食品经营许可证副本一份，许可证编号：…。食品经营许可证副本作废。
    (set BD); or before it is said to be no longer used: 原公章（…）因长期使用破损，…，原公章
    自2026年12月5日起停止使用 (set BF). Its words are then the void statement's."""
    kept: list[Head] = []
    for head in heads:
        if (kept and head.end < len(t)
                and (mask.owner[head.end] is Claim.VOID
                     or p.match(p.STOPPED_FROM, t, head.end) is not None)
                # …，该渔业捕捞许可证现声明作废 (set BF): named again with 该 (that)
                and any(t[k.start:k.end] == t[head.start:head.end].removeprefix("该")
                        for k in kept)):
            mask.take(head.start, head.end, Claim.VOID)
            continue
        kept.append(head)
    return kept


#: Words that point back to the documents named before (以上发票, 上述证件), and to one
#: document of a kind named before (该本收据, 此证).
_BACK = ("以上", "上述")
_THAT = ("该", "此")


def _referred_back(
    heads: list[Head], t: str, mask: Mask
) -> tuple[list[Head], list[tuple[int, int]]]:
    """The heads less those that point back to the documents named before
    (…及江苏增值税普通发票两份…，以上发票价税合计：¥86,420.00元, set CG), and where the
    words after each such one run, when it points back to documents of several kinds:
    the amount there is their total, no one document's. Pointing back to one kind, the
    amount is that document's, as the nearest before.

    >>> heads, totals = _referred_back([], "", Mask(0))
    >>> heads, totals
    ([], [])
    """
    kept: list[Head] = []
    totals: list[tuple[int, int]] = []
    previous_back: Head | None = None
    for index, head in enumerate(heads):
        # 该本收据自即日起作废 (set CJ): 该 and 此 point back to a document of the same kind
        back = t.startswith(_BACK, head.start) or (
            t.startswith(_THAT, head.start) and any(k.document is head.document for k in kept))
        # 现将上述身份证（…）、借记卡（…）声明作废 (set DD): the list after 上述 points back too,
        # each of its documents to one of the same kind named before
        back = back or (previous_back is not None
                        and _joined_to(t, previous_back.end, head.start)
                        and any(k.document is head.document for k in kept))
        previous_back = head if kept and back else None
        if not (kept and back):
            kept.append(head)
            continue
        mask.take(head.start, head.end, Claim.DESCRIPTION)
        if len({k.document for k in kept}) > 1:
            following = heads[index + 1].start if index + 1 < len(heads) else len(t)
            totals.append((head.end, following))
    return kept, totals


#: A bracket and what it holds (folded).
_BRACKETED = re.compile(r"\([^()]*\)")


def _joined_to(t: str, end: int, start: int) -> bool:
    """Does only a joiner, perhaps after a bracket, stand in ``t[end:start]``: is the
    document at ``start`` the next of the same list (上述身份证（…）、借记卡)?

    >>> _joined_to("上述身份证(号:1)、借记卡", 5, 11), _joined_to("身份证,另遗失借记卡", 3, 8)
    (True, False)
    """
    between = _BRACKETED.sub("", t[end:start]).strip()
    return between in v.ITEM_JOINERS and between != "另"  # 另 opens a document lost besides


def _kind_named_in(paren: str, word: str) -> str | None:
    """The VAT invoice word that fills ``paren`` after the invoice ``word``, if so: it
    names which kind. Not 电子发票（普通发票）, where 普通 is no VAT word (corpus n054).

    >>> _kind_named_in("(增值税专用发票)", "发票"), _kind_named_in("(普通发票)", "电子发票")
    ('增值税专用发票', None)
    """
    lexicon = active()
    if "增值税" not in paren or lexicon.document_for(word, word) is not Document.INVOICE:
        return None
    inner = paren[1:-1]
    found = p.fullmatch(p.DOCUMENT, inner)
    if found is None or p.group(found, "word") != inner:
        return None
    return inner if lexicon.document_for(inner, inner) is not Document.INVOICE else None


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


_LATIN_NAME = p.LATIN_NAME_PATTERN


def _seal_holder(paren: str, word: str) -> Relation | None:
    """``法人章(张三)``: the name is the legal representative's."""
    name = paren.strip("()")
    # (法定代表人章（RICHARD TAN WEI MING）, set ED: a name in Latin letters)
    if active().document_for(word) is Document.LEGAL_REPRESENTATIVE_SEAL and (
            p.fullmatch(p.PERSON_NAME, name) is not None
            or _LATIN_NAME.fullmatch(name) is not None):
        return Relation(role=Role.LEGAL_REPRESENTATIVE, name=name)
    return None


def _relations_in_items(
    t: str, start: int, end: int, mask: Mask, context: ItemContext
) -> None:
    """``法人章一枚（法人：郭建平）``, ``经营者王建华``: a representative named among the items;
    ``由其监护人于洪涛代为声明作废``: the one who speaks for the holder."""
    region = t[start:end]
    for m in p.finditer(p.SEAL_HOLDER, region):  # 法人章（钱颂平，编码：…）
        a, b = start + m.start("name"), start + m.end("name")
        if mask.free(a, b):
            context.relations.append(Relation(role=Role.LEGAL_REPRESENTATIVE, name=t[a:b]))
            mask.take(a, b, Claim.RELATION)
    for pattern in (p.SPEAKS_FOR, p.ROLE_CLAUSE, p.PARENTHESES):
        for m in p.finditer(pattern, region):
            a, b = start + m.start(), start + m.end()
            if not mask.free(a, b):
                continue
            roles = ([m] if pattern is not p.PARENTHESES
                     else list(p.finditer(p.ROLE, p.group(m))))
            if roles:
                context.relations.extend(read_relation(role) for role in roles)
                mask.take(a, b, Claim.RELATION)


def _ignore_remaining_parentheses(t: str, start: int, end: int, mask: Mask) -> None:
    """Asides such as ``一份（发票联、抵扣联）`` say nothing the record holds."""
    for m in p.finditer(p.PARENTHESES, t[start:end]):
        a, b = start + m.start(), start + m.end()
        if not mask.free(a, b):
            continue
        for i in range(a, b):
            if mask.owner[i] is None:
                mask.owner[i] = Claim.ASIDE


def _head(
    t: str, a: int, b: int, word_start: int, word_end: int, copy: str | None, mask: Mask,
    known: bool,
) -> Head:
    label_start = _walk_left(t, a, 0, mask, stop_at_de=True)
    # whose the document is (本人士兵退出现役证) is no part of its label; nearly every label
    # opens with none of the words, which one test says
    own = next((w for w in v.SPEAKERS if t.startswith(w, label_start)), "") if t.startswith(
        v.SPEAKERS, label_start) else ""
    if own and label_start + len(own) <= word_start:
        # 不慎将本人士兵退出现役证遗失: whose it is, not which; …公告：本局原公章一枚… (set BI):
        # the speaker is the party named before
        mask.take(label_start, label_start + len(own), Claim.PARTY)
        label_start += len(own)
    if (t.startswith("因", label_start) and label_start < word_start
            and not t.startswith(_PASSPORT_USES, label_start)):
        # 合作社因开户许可证（核准号：…，开户银行：…）不慎遗失 (set EM): why, before the
        # document a long aside keeps from the event; not 因私护照, 因公护照
        mask.take(label_start, label_start + 1, Claim.IGNORED)
        label_start += 1
    listed = p.match(p.NUMBERED, t, label_start) if t[label_start:b][:1].isdigit() else None
    if listed is not None and listed.end() <= word_start:
        # …：1.公章一枚；2.财务专用章一枚 (set BD): the list's number is no part of the label
        mask.take(label_start, listed.end(), Claim.IGNORED)
        label_start = listed.end()
    place = max((t.rfind(w, label_start, word_start) + len(w) for w in v.PLACE_POSTPOSITIONS
                 if w in t[label_start:word_start]), default=-1)
    if place != -1:
        # 在义乌国际商贸城附近护照被盗 (set EJ): where it befell, before a document named first
        mask.take(label_start, place, Claim.DESCRIPTION)
        label_start = place
    house = p.match(p.HOUSE_NUMBER, t, label_start) if t[label_start:b][:1].isdigit() else None
    if house is not None and house.end() <= word_start:
        # 农贸市场12号门面租赁合同: the house number says which premises, not which document.
        mask.take(label_start, house.end(), Claim.DESCRIPTION)
        label_start = house.end()
    if (t.startswith("车", label_start) and label_start + 1 <= word_start
            and t[label_start + 1] not in _VEHICLE_WORDS_GO_ON and label_start > 0
            and t[label_start - 1] == "号" and mask.owner[label_start - 1] is Claim.ID):
        # 湘K·3B726号车道路运输证 (set CS): the vehicle the plate numbers, whose document it
        # is; not 车辆行驶证 or a 车位's
        mask.take(label_start, label_start + 1, Claim.DESCRIPTION)
        label_start += 1
    mask.take(label_start, b, Claim.LABEL)
    # 与X签订的《商品房买卖合同》: the title marks are the label's, not a stop before 的
    # (<<商品房买卖合同>>, set CR: typed as angle brackets)
    de = label_start
    while de > 0 and t[de - 1] in "《< ":
        de -= 1
    if de > 0 and t[de - 1] == "的" and mask.owner[de - 1] is None:
        # 宁波市江北区房屋的不动产权证书: what precedes 的 describes the document.
        described = _walk_left(t, de - 1, 0, mask, stop_at_de=False)
        mask.take(described, label_start, Claim.DESCRIPTION)
    label = t[label_start:b]
    document = active().document_for(label, t[word_start:word_end]) if known else Document.OTHER
    word = label.removesuffix(copy or "")
    if not known and word in v.LICENCE_ALONE and not t.startswith(("码", "号"), b):
        # 某某修理店遗失执照副本一本 (set CC): 执照 with no word before it to say which
        # licence is the business licence; 行医执照, 卫生执照 stay unknown, and 执照码 is a
        # number's label
        document, known = Document.BUSINESS_LICENSE, True
    elif not known:
        corrected = _misprint_undone(word)
        if corrected is not None:
            document, known = corrected, True
    copy_value = v.COPIES.get(copy.strip("()")) if copy else None
    if (copy_value is None and label.startswith(("正本", "副本")) and word_start >= label_start + 2
            and not label.startswith(v.ITEM_JOINERS, 2)):
        # 正本海运提单一套 (set CY): the copy said before the document's name; not the one
        # before a joiner (…营业执照</p>正本及合同专用章…, a damaged page: the licence's)
        copy_value = v.COPIES[label[:2]]
    return Head(label_start, b, word_start, word_end, document, copy_value, known)


#: What a passport is for, before its name (因私普通护照): 因 there is no cause.
_PASSPORT_USES = ("因私", "因公")


#: A Chinese character printed twice.
_DOUBLED_HAN = re.compile(rf"([{p.HAN}])\1")


#: What follows 车 when it opens a word of its own (车辆, 车位, 车船, 车牌, 车库).
_VEHICLE_WORDS_GO_ON = frozenset("辆位船牌库")


def _misprint_undone(label: str) -> Document | None:
    """The document an unknown label names once OCR's misprint in it is undone: a
    character printed twice (生育服服务证, set CF), a word misread (银行承免汇票), a
    character dropped (出生医学证, set CH). None when the label names none even so.

    >>> _misprint_undone("生育服服务证").value, _misprint_undone("银行承免汇票").value
    ('birth_permit', 'bank_acceptance_bill')
    >>> _misprint_undone("农村土地承包经营权证") is None
    True
    """
    undone = _DOUBLED_HAN.sub(r"\1", label)
    for misread, word in v.DOCUMENT_MISREADS.items():
        undone = undone.replace(misread, word)
    if undone != label:
        document = active().document_for(undone)
        if document is not Document.OTHER:
            return document
    return active().document_short_of(label)  # 出生医学证 (set CH): a character dropped


def _walk_left(t: str, position: int, floor: int, mask: Mask, *, stop_at_de: bool) -> int:
    """The start of the word group that ends at ``position``.

    >>> _walk_left("遗失中国银行(香港)有限公司存折", 14, 2, Mask(16), stop_at_de=True)
    2
    >>> _walk_left("某某的(香港)有限公司存折", 11, 0, Mask(13), stop_at_de=True)
    3
    """
    i = position
    while i > floor:
        char = t[i - 1]
        if mask.owner[i - 1] is not None:
            break
        if char in _LABEL_STOPS and not _inside_name(t, i - 1, floor, mask, stop_at_de):
            opening = -1
            if char == ")":
                opening = _bracket_in_name(t, i - 1, floor, mask)
                if opening == -1 and i == position:
                    opening = _qualifier_in_word(t, i - 1, floor, mask)
            if opening == -1:
                break
            i = opening + 1  # the bracket is the name's: on from the character before it
        i -= 1
    return i


#: How long a place in brackets inside an organisation's name may be: (香港), (北京).
_BRACKETED_PLACE = 6


def _bracket_in_name(t: str, closing: int, floor: int, mask: Mask) -> int:
    """Where the bracket closed at ``closing`` opens, when it holds a place inside an
    organisation's name (中國銀行（香港）有限公司存摺, set AY: the bank issued the
    passbook); else -1.

    >>> _bracket_in_name("中国银行(香港)有限公司存折", 7, 0, Mask(15))
    4
    >>> _bracket_in_name("张三(女)身份证", 4, 0, Mask(8))
    -1
    """
    opening = _han_in_brackets(t, closing, floor, mask, _BRACKETED_PLACE)
    if opening == -1:
        return -1
    run = closing + 1  # the name goes on after the bracket, to an organisation's ending
    while run < len(t) and run - closing <= 2 * _BRACKETED_PLACE and p.is_han(t[run]):
        run += 1
    return opening if p.search(p.ORGANIZATION_END, t[closing + 1:run]) is not None else -1


def _han_in_brackets(t: str, closing: int, floor: int, mask: Mask, longest: int) -> int:
    """Where the bracket closed at ``closing`` opens, when it holds two to ``longest``
    Chinese characters and follows one that nothing has read yet; else -1.

    >>> _han_in_brackets("中国银行(香港)", 7, 0, Mask(8), 6)
    4
    >>> _han_in_brackets("张三(女)", 4, 0, Mask(5), 6)
    -1
    """
    opening = t.rfind("(", floor, closing)
    inner = t[opening + 1:closing]
    if (opening <= floor or not 2 <= len(inner) <= longest
            or not all(p.is_han(c) for c in inner) or not p.is_han(t[opening - 1])
            or mask.owner[opening - 1] is not None):
        return -1
    return opening


#: How long a word in brackets inside a document's name may be: (零售), (旅馆业).
_QUALIFIER = 4


def _qualifier_in_word(t: str, closing: int, floor: int, mask: Mask) -> int:
    """Where the bracket closed at ``closing``, right before a document's word, opens when
    it holds a word of two to four characters between two parts of the document's name
    (烟花爆竹经营（零售）许可证, 特种行业（旅馆业）许可证, set CP); else -1. Not one
    character (张三（女）身份证: who, not which).

    >>> _qualifier_in_word("烟花爆竹经营(零售)许可证", 9, 0, Mask(13))
    6
    >>> _qualifier_in_word("张三(女)身份证", 4, 0, Mask(8))
    -1
    >>> _qualifier_in_word("某某合伙企业(有限合伙)营业执照", 11, 0, Mask(16))
    -1
    """
    opening = _han_in_brackets(t, closing, floor, mask, _QUALIFIER)
    if opening == -1:
        return -1
    before = t[max(floor, opening - _QUALIFIER * 2):opening]
    ending = p.search(p.ORGANIZATION_END, before)
    if ending is not None and ending.end() == len(before):
        return -1  # …合伙企业（有限合伙）营业执照: the form of the firm, after its name
    return opening


def _inside_name(t: str, i: int, floor: int, mask: Mask, stop_at_de: bool) -> bool:
    """Is the stop character at ``i`` part of a name (中华人民共和国, 人力资源和社会保障厅)?

    和/与/及 join two documents only right after one (营业执照正副本及公章); an
    issuer's name may hold 的 and 和.
    """
    char = t[i]
    if char in "和与及":
        return i > floor and mask.owner[i - 1] is None and t[i - 1] not in _LABEL_STOPS
    return char == "的" and not stop_at_de


def _assign(found: list[Found], heads: list[Head], t: str, mask: Mask) -> None:
    """Give each number, count, amount and issuer to its document."""
    if not heads:
        return
    given = _respectively(found, heads, t)
    for f in found:
        if any(f is g for g in given):
            continue
        before = [h for h in heads if h.start < f.start]
        after = [h for h in heads if h.start >= f.end]
        if not before and not after:  # its only document overlaps it: 营业执照开具的
            before = heads[:1]
        if f.what is Claim.ISSUER:
            bank_field = not f.opened_at and t.startswith("开户", f.start)
            permits = [h for h in before if h.document is Document.ACCOUNT_PERMIT]
            if bank_field and permits:  # 开户许可证及预留印鉴卡，…开户银行：X
                before = permits
            # 教师资格证书（…，发证机关：隆回县教育局）及…毕业证书 (set BH): a field names who
            # issued the document before it, as the bank's field does
            field = bank_field or t.startswith(v.ISSUER_FIELDS, f.start)
            # …供养证一本（证号：…，由临泉县民政局核发）及老年人优待证… (set BT): inside the
            # brackets after a document, it names who issued that one
            inside = bool(before) and (t.rfind("(", before[-1].end, f.start)
                                       > t.rfind(")", before[-1].end, f.start))
            target = before[-1] if ((field or inside) and before) or not after else after[0]
            target.issuer = target.issuer or f.text
            if after and target is after[0]:
                # 陕西师范大学颁发的硕士研究生毕业证书（…）和硕士学位证书（…）: the documents of
                # the same kind listed after it are its too, up to one that names an issuer of
                # its own, before it (…医院开具的住院预交金收据…及…物业服务有限公司开具的物业费
                # 收据, set BF) or in its field (…及排污许可证副本一份（发证机关：…）, set BH)
                following = next((g.start for g in found
                                  if g.what is Claim.ISSUER and g.start > f.start), len(t))
                for i, head in enumerate(after[1:], start=1):
                    region_end = after[i + 1].start if i + 1 < len(after) else len(t)
                    if head.document is not target.document or following < region_end:
                        break
                    head.issuer = head.issuer or f.text
        elif f.what is Claim.ID:
            owner = _bracketed_after(f, before, t, mask) or _owner(f, before, after, t)
            owner.identifiers.append(f)
        elif f.what is Claim.AMOUNT:
            target = before[-1] if before else after[0]
            # 金额：8,000.00元，…，价税合计：9,040.00元 (set EA): an invoice's total, tax and all,
            # is its sum, printed after the sum before tax
            total = t.startswith("价税合计", f.start)
            target.amount = f if total else target.amount or f
        elif f.what is Claim.COUNT:
            _assign_count(f, t, before, after)
    # 鲁K·8Q526号…道路运输证…，证号分别为：… (set BP): each document's numbers in the order
    # written, those given after 分别 too
    for head in heads:
        head.identifiers.sort(key=lambda f: f.start)


def _after_the_list(f: Found, before: list[Head], t: str) -> bool:
    """Is ``f`` a number of the whole list before it (its first item's)?

    When none of the documents has a number yet; or when ``f`` is the holder's own code
    (a USCC, a registration number) in a clause of its own after the list, and no
    document of the list prints that kind as its own: 开户许可证（核准号：…）及公章一枚，
    统一社会信用代码：… (江津日报), 税控盘一个（盘号：…）、发票专用章…，统一社会信用代码：….
    Not 营业执照副本，注册号：…，组织机构代码证副本，代码：…, each with its number.
    """
    if not any(head.identifiers for head in before):
        return True
    if f.kind not in _HOLDER_KINDS or any(
            v.DOCUMENT_NUMBER_KINDS.get(head.document, ())[:1] == (f.kind,) for head in before):
        return False
    between = t[before[-1].end:f.start]
    return "," in between and "(" not in between.rsplit(")", 1)[-1]


#: The kinds of number that name the holder rather than one of its documents.
_HOLDER_KINDS = frozenset({Kind.USCC, Kind.REGISTRATION_NUMBER})
#: …and those several documents print alike: a vehicle's plate, a serial.
_SHARED_KINDS = _HOLDER_KINDS | {Kind.PLATE, Kind.SERIAL}


def _respectively(found: list[Found], heads: list[Head], t: str) -> list[Found]:
    """``公章、财务专用章、合同专用章各一枚，印章编码分别为：A、B、C``: as many numbers after
    分别 as documents before it, one each, in order; returns the numbers given."""
    marker = t.find("分别")
    if marker == -1:
        return []
    after = [f for f in found if f.what is Claim.ID and f.start > marker]
    # …编码分别为：A、B、C，统一社会信用代码：… (set DU): the run of numbers 分别 gives ends
    # at a number labelled otherwise
    numbers = list(itertools.takewhile(lambda f: f.label in (None, after[0].label), after))
    # 开户许可证（…）及公章、财务专用章各一枚（印章编码分别为：A、B） (set BH): the documents
    # of the list right before 分别, as many as the numbers after it
    listed = [h for h in heads if h.end <= marker][-len(numbers):] if numbers else []
    if len(listed) < 2 or len(numbers) != len(listed) or any(h.identifiers for h in listed):
        return []
    for head, number in zip(listed, numbers, strict=True):
        head.identifiers.append(number)
    return numbers


def _shared(label: str, document: str) -> int:
    """How many characters of a number's label, less its 号 or 编号, the document's
    label holds (土地证号 and 土地证: 3; 房权证号 and 土地证: 1, the 证).

    >>> _shared("土地证号", "土地证"), _shared("房权证号", "房产证"), _shared("房权证号", "土地证")
    (3, 2, 1)
    """
    return sum(1 for c in set(label_stem(label)) if c in document)


def _named_most(label: str, heads: list[Head], t: str) -> Head | None:
    """The one document whose label holds the longest run of the number's label (less
    its 号 or 编号), two characters at least; None when none does, or two do alike.

    >>> t = "机动车行驶证、机动车登记证书"
    >>> heads = [Head(0, 6, 0, 6, Document.VEHICLE_LICENSE, None, True),
    ...          Head(7, 14, 7, 14, Document.VEHICLE_LICENSE, None, True)]
    >>> _named_most("登记证书编号", heads, t) is heads[1], _named_most("证号", heads, t)
    (True, None)
    """
    if len(heads) < 2:
        return None
    stem = label_stem(label)
    runs = [(_longest_run(stem, t[head.start:head.end]), head) for head in heads]
    best = max(run for run, _ in runs)
    top = [head for run, head in runs if run == best]
    return top[0] if best >= _NAMING_RUN and len(top) == 1 else None


#: How many characters in a row a number's label must share with a document's label
#: to name it (登记证书 in 机动车登记证书; not the 证 every certificate has).
_NAMING_RUN = 2
#: The last characters of every certificate's word: one alone names none of them (证号
#: after 不动产权证书及开户许可证), where 卡号 names the card that ends a list.
_EVERY_CERTIFICATES_END = ("证", "书")


def _names_the_last(label: str | None, before: list[Head], t: str) -> bool:
    """Does a number's label of one character (卡号) name the list's last document by its
    word's last character, and not its first (居民身份证及中国建设银行储蓄卡一张，卡号：…)?

    >>> t = "居民身份证及储蓄卡"
    >>> heads = [Head(0, 5, 0, 5, Document.RESIDENT_ID_CARD, None, True),
    ...          Head(6, 9, 6, 9, Document.BANK_CARD, None, True)]
    >>> _names_the_last("卡号", heads, t), _names_the_last("证号", heads, t)
    (True, False)
    """
    stem = label_stem(label) if label else ""
    if len(stem) != 1 or stem in _EVERY_CERTIFICATES_END:
        return False
    return (t[before[-1].start:before[-1].end].endswith(stem)
            and not t[before[0].start:before[0].end].endswith(stem))


def _longest_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share.

    >>> _longest_run("登记证书", "机动车登记证书"), _longest_run("号牌", "机动车行驶证")
    (4, 0)
    """
    best, n = 0, len(a)
    for i in range(n):
        while i + best < n and a[i:i + best + 1] in b:
            best += 1
    return best


def _bracketed_after(f: Found, before: list[Head], t: str, mask: Mask) -> Head | None:
    """``营业执照副本（注册号：…）、税务登记证副本（税号：…）``: in brackets right after
    a document (and its count), a number is that document's."""
    if not before:
        return None
    head = before[-1]
    opening = t.find("(", head.end, f.start)
    if opening == -1 or ")" in t[opening:f.start]:
        return None
    gap = range(head.end, opening)
    return head if all(t[i].isspace() or mask.owner[i] is Claim.COUNT for i in gap) else None


def _owner(f: Found, before: list[Head], after: list[Head], t: str) -> Head:
    """The document a number belongs to.

    ``00966245号湖南增值税普通发票``: the one after it. After a whole list none of
    whose documents has a number yet, the list's first. Otherwise the nearest one
    before it that prints numbers of this shape, else the nearest.
    """
    if f.precedes_document and after:
        return after[0]
    named = active().document_for(f.label) if f.label else Document.OTHER
    if named in _SEALS and (f.label or "").startswith("印章"):
        # 公章一枚，印章编码：…；财务专用章一枚，印章编码：… (set EI): 印章 names any seal, not
        # the official one; the code is placed as an unlabelled one is
        named = Document.OTHER
    if named is not Document.OTHER:  # 身份证号 after 居民身份证及户口簿: the ID card's
        kin = [head for head in [*reversed(before), *after] if head.document is named]
        if kin:
            # 房产证、土地证各一本，房权证号：…，土地证号：… (set BD): of two documents of the
            # kind, the one whose label shares most words with the number's label
            return max(kin, key=lambda head: _shared(f.label or "", t[head.start:head.end]))
    named_most = _named_most(f.label, [*before, *after], t) if f.label else None
    if named_most is not None and (f.kind not in _HOLDER_KINDS or v.DOCUMENT_NUMBER_KINDS.get(
            named_most.document, ())[:1] == (f.kind,)):
        # (not the holder's 统一社会信用代码 by the 信用 of a 机构信用代码证, set BW: a
        # document whose own number is another is not named by the holder's code)
        # 机动车行驶证、机动车登记证书及道路运输证各一本，号牌号码：…，登记证书编号：… (set BH):
        # a label that names one document of the list more than the others is its number
        return named_most
    if not before:
        return after[0]
    own = _the_one_printing(f, before)
    if own is not None:
        # 发票专用章一枚及国税税务登记证正副本，税号：… (set CS): the one document of the list
        # that prints numbers of this shape
        return own
    if (len(before) > 1 and not after and _after_the_list(f, before, t)
            and not _names_the_last(f.label, before, t)):
        # 公章、财务专用章各一枚及营业执照副本，统一社会信用代码：…, 机动车行驶证、道路运输证
        # 一并丢失，车牌号：…: a number after the whole list, none of whose documents has
        # one yet, is the list's (its first item's); not a 卡号 after …及…储蓄卡 (set CO), the
        # card's
        return before[0]
    if f.label and not before[-1].identifiers and all(
            h.identifiers and all(i.label for i in h.identifiers) for h in before[:-1]):
        # 居民身份证一张（公民身份号码：…）及机动车驾驶证一本，证号（…）：… (set BK): the others
        # have their labelled numbers; a labelled one after the last is the last's (not so
        # after 赣E·3M5K7号…行驶证及机动车登记证书, whose plate only describes the first)
        return before[-1]
    plates = [h for h in before if Kind.PLATE in v.DOCUMENT_NUMBER_KINDS.get(h.document, ())]
    if f.kind is Kind.PLATE and not after and len(plates) > 1:
        # …机动车登记证书（…）及道路运输证（…）不慎遗失，号牌号码：甘G·K5273 (set DC): the
        # vehicle's plate after the list is the list's, its first vehicle paper's
        return plates[0]
    # The nearest document whose own kind of number this is; else the first that prints it.
    for primary_only, order in ((True, reversed(before)), (False, iter(before))):
        for head in order:
            kinds = v.DOCUMENT_NUMBER_KINDS.get(head.document, ())[: 1 if primary_only else None]
            if f.kind in kinds or any(fits(f.raw, k) for k in kinds if k is not Kind.SERIAL):
                return head
            # 公章一枚，编号：…: a labelled serial belongs to the nearest document of serials.
            # 1、宁D·3K572号货车道路运输证，证号：…；2、宁D·5M816号…道路运输证，证号：… (set
            # DV): so does one after a document whose plate it prints before it
            serials = kinds == (Kind.SERIAL,) or (
                Kind.SERIAL in v.DOCUMENT_NUMBER_KINDS.get(head.document, ())
                and head.identifiers and all(
                    i.precedes_document for i in head.identifiers))
            if (primary_only and f.label and f.kind is None and serials
                    and fits(f.raw, Kind.SERIAL)):
                return head
    # None of them prints numbers of this shape: the first of them.
    return before[0]


def _the_one_printing(f: Found, before: list[Head]) -> Head | None:
    """The one document of a list before ``f`` that prints numbers of its shape, when it
    has none yet. Not a number several documents share: the holder's code (a USCC, a
    registration number), which the list's first takes (:func:`_after_the_list`), a
    vehicle's plate (号牌、行驶证), a serial.

    >>> heads = [Head(0, 5, 0, 5, Document.INVOICE_SEAL, None, True),
    ...          Head(6, 12, 6, 12, Document.TAX_REGISTRATION_CERTIFICATE, None, True)]
    >>> _the_one_printing(Found(14, 29, Claim.ID, raw="36092273663419X"), heads) is heads[1]
    True
    """
    if len(before) < 2:
        return None
    if f.kind is not None and f.kind not in _SHARED_KINDS:
        # 公章一枚；财务专用章一枚；开户许可证一本，核准号：J37600… (set DD): its label names a
        # kind one document of the list prints, though the number also has a serial's shape
        labelled = [h for h in before if f.kind in v.DOCUMENT_NUMBER_KINDS.get(h.document, ())]
        if len(labelled) == 1 and not labelled[0].identifiers:
            return labelled[0]
    if any(fits(f.raw, kind) for kind in _SHARED_KINDS):
        return None
    own = [head for head in before if any(
        fits(f.raw, kind) for kind in v.DOCUMENT_NUMBER_KINDS.get(head.document, ())
        if kind not in _SHARED_KINDS)]
    return own[0] if len(own) == 1 and not own[0].identifiers else None


_SEALS = frozenset({
    Document.OFFICIAL_SEAL, Document.FINANCIAL_SEAL, Document.INVOICE_SEAL,
    Document.CONTRACT_SEAL, Document.LEGAL_REPRESENTATIVE_SEAL,
})


def _assign_count(f: Found, t: str, before: list[Head], after: list[Head]) -> None:
    uncounted = [h for h in before if h.count is None]
    if f.for_each:
        # 营业执照正副本及公章、财务章各一枚: 枚 counts seals, not the licence; but in one list
        # with them (营业执照副本、公章、财务专用章、法定代表人章（刘振东）各一枚, set DH) it counts
        # every document of the list
        seals_only = t[f.end - 1] == "枚"
        for head in uncounted:
            if (not seals_only or head.document in _SEALS or not head.known
                    or _listed_with_seals(t, before, head)):
                head.count = f.value
    elif before and before[-1].count is None:
        before[-1].count = f.value
    elif after:
        after[0].count = f.value
    elif before:
        before[-1].count = before[-1].count or f.value


def _listed_with_seals(t: str, heads: list[Head], head: Head) -> bool:
    """Does ``head`` stand in one list with the documents after it, 、 right after it
    (营业执照副本、公章、…; 医疗机构执业许可证正本、公章及发票专用章各一枚, set DP: 及 may join
    the list's last), no comma between? After 及 (营业执照正本及公章、财务章各一枚) it is not.

    >>> t = "许可证正本、公章及发票专用章各一枚"
    >>> heads = [Head(a, b, a, b, Document.OTHER, None, known=True)
    ...          for a, b in ((0, 5), (6, 8), (9, 14))]
    >>> _listed_with_seals(t, heads, heads[0])
    True
    >>> _listed_with_seals("许可证正本及公章、发票专用章", heads, heads[0])
    False
    """
    after = heads[heads.index(head):]
    joiners = [t[a.end:b.start].strip() for a, b in itertools.pairwise(after)]
    return bool(joiners) and joiners[0] == "、" and all(j in _LIST_JOINERS for j in joiners)


#: What joins a list's documents that 各 speaks of together.
_LIST_JOINERS = ("、", "及", "和", "以及", "与")


def _report_leftovers(r: Reading, start: int, end: int) -> None:
    """Say what of the item text nothing explained, so no content is dropped unseen."""
    text, t, mask = r.text, r.folded, r.mask
    if None not in mask.owner[start:end]:
        return
    # Explained characters become line breaks, which no content run crosses.
    unexplained = "".join([c if owner is None else "\n"
                           for c, owner in zip(t[start:end], mask.owner[start:end], strict=True)])
    runs = [text[start + m.start():start + m.end()]
            for m in p.finditer(p.CONTENT_RUN, unexplained)]
    meaningful = [run for run in runs if not _says_nothing(run)]
    if meaningful:
        r.warnings.append(Problem(code="unparsed",
                                  message="not understood: " + "、".join(meaningful)))


def _says_nothing(run: str) -> bool:
    """Is ``run`` only words that say nothing a record holds: stop words, and the words an
    organisation or a person speaks of itself by (…，我会自即日起停止使用该印章, set DX)?

    >>> _says_nothing("本公司"), _says_nothing("我会"), _says_nothing("我会声明")
    (True, True, False)
    """
    for word in v.SPEAKERS:
        if word in run:
            run = run.replace(word, "")
    return all(c in _STOP_WORDS for c in run)


def _item(text: str, t: str, head: Head) -> Item:
    label = text[head.start:head.end]
    issuer = head.issuer or _authority_in_label(text, head)
    amount = parse_amount(head.amount.text) if head.amount else None
    # (from the label's start: an unknown card's word is its last character, 老年人优待证)
    if t.endswith(v.HOLDER_ID_DOCUMENT_WORDS, head.start, head.word_end):
        for f in head.identifiers:
            if f.kind is None and holder_id(f.raw):
                f.kind = Kind.RESIDENT_ID  # the holder's ID number, valid or not
    identifiers = [read_identifier(f, head.document) for f in head.identifiers]
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
    Document.SHARE_CERTIFICATE, Document.BANK_ACCEPTANCE_BILL, Document.SOCIAL_SECURITY_CARD,
    Document.CHEQUE,
})
# 中国工商银行转账支票 (set CX): the bank a cheque is drawn on issued it; a company before
# its cheques is the party or the drawer (出票人), whom the label does not name as issuer.
_ONLY_BANKS_ISSUE = frozenset({Document.CHEQUE})

# 兴业银行借记卡: a bank names itself too, and so does a school (稷山中学学生证).
_SELF_NAMED_AUTHORITIES = frozenset({"大学", "学院", "中学", "小学", "医院", "法院", "银行"})


def _authority_in_label(text: str, head: Head) -> str | None:
    """``湖南省株洲市地方税务局预收款专用凭据`` names its issuer in the label."""
    if head.document not in _ISSUED_BY_AUTHORITY:
        return None
    prefix = text[head.start:head.word_start]
    ends = [(prefix.rfind(e) + len(e), e) for e in v.AUTHORITY_ENDINGS if e in prefix]
    if not ends:
        return None
    end, ending = max(ends)
    if ending not in v.BANK_ENDINGS and head.document in _ONLY_BANKS_ISSUE:
        return None
    if ending in v.BANK_ENDINGS and head.document not in v.ISSUED_BY_BANKS:
        return None  # 中国银行借记卡: a bank issues the cards it names, but is no authority
    # 空白小学毕业证书 (set DA): blank forms of a primary school's diploma, no school named
    authority = prefix[:end].removeprefix("空白")
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
