"""The numbers of a notice: their labels, ranges and bare forms, and the identifier each gives.

>>> has_digit("No.12"), looks_like_number("2021")
(True, True)
"""

from __future__ import annotations

import string

from voidnotice.kinds import Kind
from voidnotice.lookalikes import TO_DIGIT_ANY_CASE
from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.kind_choice import choose_with_check
from voidnotice.parser.lexicon import active
from voidnotice.parser.reading import Claim, Found, Mask, Reading
from voidnotice.records import (
    Document,
)
from voidnotice.validation import Identifier, fits, validate

_MIN_DIGITS_BARE = 3
# How far before a number its label may start (统一社会信用代码 : No. 湘地税字).
_LABEL_REACH = 40


def prints_number(document: Document, number: Found) -> bool:
    """Does this document print numbers like this one (an ID card, a driving licence...)?"""
    if document not in (Document.RESIDENT_ID_CARD, Document.DRIVING_LICENSE,
                        Document.BUSINESS_LICENSE, Document.TAX_REGISTRATION_CERTIFICATE,
                        Document.ORG_CODE_CERTIFICATE):
        return False
    kinds = v.DOCUMENT_NUMBER_KINDS[document]
    if number.kind is not None:  # 身份证号：4401**********2228: the label says, even if masked
        return number.kind in kinds
    return any(fits(number.raw, k) for k in kinds)


def labelled_found(text: str, start: int, m: p.Match) -> Found:
    """A LABELLED match in ``text[start:]``, as a number with its label."""
    label = m.group("inner") or p.group(m, "label")
    return Found(start + m.start(), start + m.end(), Claim.ID, label=label,
                  kind=active().number_labels.get(label),
                  raw=text[start + m.start("num"):start + m.end("num")])


def label_of(r: Reading, region: str, start: int, a: int, b: int) -> tuple[int, int, str] | None:
    """The label printed just before the number at ``r.folded[a:b]``: its start, the
    number's start (after a fused ``No``), and the label itself. ``region`` is the
    folded text from ``start`` on."""
    t, mask = r.folded, r.mask
    if not has_digit(t[a:b]):
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
    if label in active().number_labels:
        head = _with_document_head(t, start, label_start, label)
        if head < label_start and mask.free(head, label_start):
            label_start, label = head, t[head:label_start] + label
    if not mask.free(label_start, b):
        # 遗失号码为3212…的居民身份证 (set AW): a label read from its shape took the event
        # before it; the known label it ends in is the number's
        known = _known_end(label)
        label_end = label_start + len(label)
        if known is None or not mask.free(label_end - len(known), b):
            return None
        label_start, label = label_end - len(known), known
    _claim_outer_label(region, start, label_start, mask)
    inner = before.group("inner")
    return label_start, a, str(inner) if inner else label


#: The words that end a number's label and say "its number", longer first.
NUMBER_WORDS = ("号码", "编号", "代码", "编码", "号")


def label_stem(label: str) -> str:
    """A number's label less the word that says it is a number (土地证号: 土地证; 统一社会
    信用代码: 统一社会信用, which names no 组织机构代码证 by its 代码, set BQ).

    >>> label_stem("土地证号"), label_stem("统一社会信用代码"), label_stem("组织机构代码")
    ('土地证', '统一社会信用', '组织机构')
    """
    for word in NUMBER_WORDS:
        if label.endswith(word):
            return label[:-len(word)]
    return label


#: How many characters of a document's name may stand before a known label.
_HEAD_REACH = 8


def _with_document_head(t: str, floor: int, label_start: int, label: str) -> int:
    """Where a label starts that names a document printed before it by more of its name
    than the known label holds: 农药经营许可证正本…，农药经营许可证编号：… (set BT), whose
    known label is 许可证编号.

    >>> t = "农药经营许可证正本,农药经营许可证编号:62042220210083"
    >>> _with_document_head(t, 0, 14, "许可证编号")
    10
    """
    stem = label_stem(label)
    if not stem or t.find(stem, 0, label_start) == -1:
        return label_start  # nearly every label: its words are printed nowhere before it
    run = 0  # the Chinese characters right before the label, as many as may be a name's
    while (run < _HEAD_REACH and label_start - run > floor
           and p.is_han(t[label_start - run - 1])):
        run += 1
    for k in range(run, 0, -1):
        if t.find(t[label_start - k:label_start] + stem, 0, label_start - k) != -1:
            return label_start - k
    return label_start


def _known_end(label: str) -> str | None:
    """The longest known label that ends ``label``, if any.

    >>> _known_end("遗失号码"), _known_end("遗失")
    ('号码', None)
    """
    ends = [known for known in active().number_labels if label.endswith(known)]
    return max(ends, key=len) if ends else None


def _claim_outer_label(region: str, start: int, label_start: int, mask: Mask) -> None:
    """``票号：（2020）黔财通字No.0045123``: a label before the series, before the No."""
    outer_end = label_start
    while outer_end > start and mask.owner[outer_end - 1] is Claim.IGNORED:
        outer_end -= 1
    if outer_end == label_start:
        return
    outer = p.search(p.LABEL_BEFORE, region, max(0, outer_end - start - _LABEL_REACH),
                     outer_end - start)
    if outer is not None and mask.free(start + outer.start(), outer_end):
        mask.take(start + outer.start(), outer_end, Claim.LABEL)


def labelled_before(r: Reading, a: int, b: int, kind: Kind) -> Found:
    """A number found by its shape, with the label printed just before it (证号: …)."""
    text, t, mask = r.text, r.folded, r.mask
    label = None
    window = max(0, a - 16)
    before = p.search(p.LABEL_BEFORE, t[window:a])
    if before is not None and mask.free(window + before.start(), a):
        label = before.group("inner") or before.group("label")
        mask.take(window + before.start(), a, Claim.ID)
    return Found(a, b, Claim.ID, label=label, kind=kind, raw=text[a:b])


def list_label(previous: Found | None, t: str, position: int) -> str | None:
    """``号码10245631、10245632``: a number listed after a labelled one shares its label."""
    if previous is not None and previous.label and t[previous.end:position].strip() == "、":
        return previous.label
    return None


def has_letter(text: str) -> bool:
    """Any cased character (a Latin letter); Chinese characters have no case."""
    return text.upper() != text.lower()


def has_digit(candidate: str) -> bool:
    return any(map(str.isdigit, candidate))


def looks_like_number(candidate: str) -> bool:
    digits = sum(map(str.isdigit, candidate))
    masked = "*" in candidate or "×" in candidate
    return len(candidate) >= 4 and (digits >= _MIN_DIGITS_BARE or (masked and digits >= 2))


def read_number(r: Reading, label_start: int, a: int, b: int, label: str | None) -> list[Found]:
    """One number at ``r.folded[a:b]`` (or both ends of a range) and the ``号`` after it."""
    text, t, mask = r.text, r.folded, r.mask
    raw = text[a:b]
    ends = [(a, b, raw)]
    split = _split_range(raw)
    if split is not None:
        first, second = split
        ends = [(a, a + len(first), first), (b - len(second), b, second)]
    else:
        tail = p.match(p.RANGE_TAIL, t, b)
        if tail is not None and any(test(raw.replace(" ", ""),
                                         p.group(tail, "num").replace(" ", ""))
                                    for test in (_is_range, _end_lost_a_digit)):
            tail_raw = text[tail.start("num"):tail.end("num")]
            ends.append((tail.start("num"), tail.end("num"), tail_raw))
            b = tail.end()
    kind = active().number_labels.get(label) if label else None
    hao = b < len(t) and t[b] == "号" and not t.startswith("号码", b)
    whole_end = b + 1 if hao else b
    if hao and label_start == a and a > 0 and t[a - 1] == "第" and mask.owner[a - 1] is None:
        # 遗失第0417号粮油供应证一本 (set CS): 第…号 round a number with no label are its own
        label_start = a - 1
    mask.take(label_start, whole_end, Claim.ID)
    found = []
    for e_start, e_end, e_raw in ends:
        full = _fill_short_tail(ends[0][2], e_raw) if e_start != ends[0][0] else e_raw
        found.append(Found(e_start, whole_end if hao else e_end, Claim.ID, label=label, kind=kind,
                            raw=full, precedes_document=hao))
    return found


def _split_range(raw: str) -> tuple[str, str] | None:
    """Both ends of a range printed as one run: ``00123456-00123460``, and with the digits
    grouped, ``31305512 00471826-31305512 00471828`` (a bank's cheque numbers)."""
    for separator in ("-", "−", "–"):
        first, sep, second = p.fold_width(raw).partition(separator)
        ends = first.replace(" ", ""), second.replace(" ", "")
        if sep and (_is_range(*ends) or _end_lost_a_digit(*ends)):
            return first, second
    return None


def _is_range(first: str, second: str) -> bool:
    """``00123456-00123460`` and ``02550485-90`` are ranges; ``5510-01234567`` is not, nor
    is ``410185-000371`` (a permit number in two parts: a range never runs backwards).

    >>> _is_range("00123456", "00123460"), _is_range("410185", "000371")
    (True, False)
    >>> _is_range("Q320714261", "Q320714265"), _is_range("Q320714261", "65")
    (True, True)
    """
    # Q320714261至Q320714265 (set AW, blank birth-certificate forms): a series letter
    # before both ends, or before the first of a shortened tail
    letters = len(first) - len(first.lstrip(string.ascii_uppercase))
    if letters and (second[:letters] == first[:letters] or second.isdigit()):
        first, second = first[letters:], second.removeprefix(first[:letters])
    first, second = _misread_digit(first), _misread_digit(second)
    if not (first.isdigit() and second.isdigit() and len(first) >= 4):
        return False
    if len(second) == len(first):
        return second >= first
    return len(first) > len(second) >= 2 and len(second) <= _SHORT_TAIL \
        and _fill_short_tail(first, second) >= first


def _misread_digit(number: str) -> str:
    """``0318l726-03181730`` (set BE, an OCR'd invoice range): one letter OCR reads for a
    digit (lookalikes.TO_DIGIT_ANY_CASE) inside a run of digits does not hide the range;
    read as that digit here, to see the range, it stays as printed in the identifier.

    >>> _misread_digit("0318l726"), _misread_digit("A1234567"), _misread_digit("12O4O678")
    ('03181726', 'A1234567', '12O4O678')
    """
    odd = [i for i, c in enumerate(number) if not c.isdigit()]
    if len(odd) == 1 and odd[0] > 0 and len(number) > 4:
        return number.translate(TO_DIGIT_ANY_CASE)
    return number


def _end_lost_a_digit(first: str, second: str) -> bool:
    """Is this a range one of whose ends lost a digit (发票号码：03817251至0381720, set BY;
    0572631至05726335, set BZ; 00681251-0061300, set CD)? One end a digit shorter, its
    head the longer one's head (all but the last three digits), but for the digit lost
    from it: read as the range's, it fails its ``length``.

    >>> _end_lost_a_digit("03817251", "0381720"), _end_lost_a_digit("0572631", "05726335")
    (True, True)
    >>> _end_lost_a_digit("00681251", "0061300"), _end_lost_a_digit("03817251", "5102738")
    (True, False)

    So with a series letter before both ends (编号：X450173226至X45017325, set EG):

    >>> _end_lost_a_digit("X450173226", "X45017325")
    True
    """
    letters = len(first) - len(first.lstrip(string.ascii_uppercase))
    if letters and second[:letters] == first[:letters]:
        first, second = first[letters:], second[letters:]
    if not (first.isdigit() and second.isdigit() and abs(len(first) - len(second)) == 1):
        return False
    shorter, longer = sorted((first, second), key=len)
    keep = len(longer) - _RANGE_SPREAD
    return keep >= _RANGE_SPREAD and any(
        (longer[:i] + longer[i + 1:])[:keep - 1] == shorter[:keep - 1] for i in range(keep))


#: How many last digits two ends of a range may differ in, as a range of forms runs.
_RANGE_SPREAD = 3
#: The most digits a range's shortened end keeps (02550485～90, 00125001-5050).
_SHORT_TAIL = 4


def _fill_short_tail(first: str, second: str) -> str:
    """``02550485～90`` ends at 02550490: the tail keeps the head's leading digits."""
    if len(second) < len(first) and len(second) <= _SHORT_TAIL and second.isdigit():
        return first[: len(first) - len(second)] + second
    return second


def read_identifier(f: Found, document: Document) -> Identifier:
    kind, checked = choose_with_check(f.raw, f.kind, document, f.label)
    return checked or validate(f.raw, kind, label=f.label)
