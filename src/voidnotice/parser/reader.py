"""Parse one voidance notice into a :class:`~voidnotice.records.Notice`.

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

import datetime
import re
from typing import TypeVar

from pydantic import BaseModel

from voidnotice.ids._base import as_of as checked_as_of
from voidnotice.ids._base import construct
from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.breaks import COLUMN_RULES, hyphenated
from voidnotice.parser.items import read_items
from voidnotice.parser.kind_choice import choose_kind
from voidnotice.parser.lexicon import Lexicon, active, using
from voidnotice.parser.markup import cells, quote_marks, repost_prefix, scores, table_row
from voidnotice.parser.neighbours import CLAUSE_MARK, voidance_start
from voidnotice.parser.parties import (
    numbers_beside,
    party_span,
    place_party_identifiers,
    read_parties,
    signing_party,
    with_item_context,
)
from voidnotice.parser.reading import Claim, ItemContext, Mask, Reading
from voidnotice.problems import Problem, expect_str
from voidnotice.records import (
    Event,
    Identifier,
    Notice,
)
from voidnotice.validation import validate

# choose_kind lives in kind_choice; it is imported here too, where it was first.
__all__ = ["choose_kind", "parse_notice", "parse_segment"]


#: Longer than this, a piece of text is not one notice: ``too_long``.
MAX_NOTICE = 1000


def parse_notice(
    text: str, *, declared_void: bool = False, lexicon: Lexicon | None = None,
    as_of: datetime.date | None = None,
) -> Notice | None:
    """Parse the text of one notice; None when it declares nothing void.

    ``declared_void`` says the notice stands under a header such as
    ``下列证件声明作废``; a notice that says 作废 or 特此声明 itself is
    declared void either way. ``lexicon`` reads it with more words than the
    default (:class:`~voidnotice.parser.lexicon.Lexicon`). ``as_of``, the day the
    notice was printed, is the date its numbers' dates are checked against (default:
    today; see :func:`voidnotice.validate`). Never raises on text: what
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
    with using(lexicon), checked_as_of(as_of):
        return parse_segment(text, (0, len(text)), declared_void)


def parse_segment(
    text: str, span: tuple[int, int], header_void: bool, *, folded: str | None = None
) -> Notice | None:
    """Parse a notice found at ``span`` of a larger text (its lines joined).

    ``folded`` is ``fold_width(text)``, when the caller has it already.

    >>> parse_segment("张三遗失身份证", (10, 17), True).span
    (10, 17)
    """
    marked = scores(text)
    if marked:  # an OCR engine's confidence after each line: no part of the notice
        return parse_segment(_dropped(text, marked), span, header_void)
    if "|" in text and table_row(text.strip()):  # | 1 | 张三遗失… | 2026-12-06 |
        return parse_segment(cells(text), span, header_void)
    field = _notice_field(text) if "\t" in text or "｜" in text else None
    if field is not None:
        if _never_printed(text, field):
            return None  # 【遗失声明】…｜状态：已撤单（…未见报） (set DJ): withdrawn unprinted
        a, b = field
        # The field's own span, where the text is the span's as it stands; a page's lines
        # joined without their breaks are not, and keep the span they came from.
        contiguous = span[1] - span[0] == len(text)
        return parse_segment(text[a:b], (span[0] + a, span[0] + b) if contiguous else span,
                             header_void)
    if p.TWO_WIDE_GAPS.search(text) is not None:
        ads = gap_ads(p.fold_width(text))
        if ads:  # the ad is the page's: no part of the notice's text, as in a page
            return parse_segment(_without(text, ads), span, header_void)
    # (the text as given, folded: a caller's ``folded`` may be of the text's lines joined)
    own = p.fold_width(text)
    # (招领启事：…认领。遗失声明X…遗失…: other kinds of notice run on before it, set EM)
    head, foot = _glued_head(own) or voidance_start(own), _glued_foot(own)
    if head or foot < len(text):  # the page's running head or foot, glued to the notice
        contiguous = span[1] - span[0] == len(text)
        cut = (span[0] + head, span[1] - len(text) + foot) if contiguous else span
        return parse_segment(text[head:foot], cut, header_void)
    joined = _lines_joined(text)
    if joined is not None:  # records.md: the notice's text has its line breaks joined
        return parse_segment("".join(text[i] for i in joined), span, header_void)
    spaced = spaced_out(text)
    if spaced is not None:
        return _parse_spaced_out(text, span, header_void, spaced)
    folded = _form_edges(own if folded is None else folded)
    try:
        # Every rule reads the folded text (simplified, half-width); what the
        # record holds is then given back as printed. A notice longer than any is read
        # under one deadline, not one a pattern call.
        with p.deadline(folded):
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


def _notice_field(text: str) -> tuple[int, int] | None:
    """Where the notice is in a row of tab-separated fields, when one field holds it.

    ``20261203⇥遗失声明⇥…钟秀兰遗失社会保障卡一张…声明作废。⇥已审核``: a database
    export's row; the date, the title and the status are its columns, not the
    notice's words. None when no field, or more than one, names an event and a
    document.

    >>> text = "20261203\\t遗失声明\\t张三遗失身份证，声明作废。\\t已审核"
    >>> a, b = _notice_field(text); text[a:b]
    '张三遗失身份证，声明作废。'
    >>> text = '10\\t遗失声明\\t"张三遗失身份证，\\n声明作废。"\\t68'
    >>> a, b = _notice_field(text); text[a:b]
    '张三遗失身份证，\\n声明作废。'
    >>> _notice_field("张三遗失教师资格证书，证书号码：\\t2019611024，声明作废。") is None
    True

    A vendor's row sets its fields apart by bars (【遗失声明】张三遗失…声明作废。｜江西日报｜
    2026-12-04｜￥60, set DJ); a notice written as a form (登报人：X｜遗失物品：Y｜…) is read
    whole, its fields being the notice's.

    >>> text = "【遗失声明】张三遗失身份证，声明作废。｜江西日报｜2026-12-04｜￥60"
    >>> a, b = _notice_field(text); text[a:b]
    '【遗失声明】张三遗失身份证，声明作废。'
    >>> _notice_field("登报人：张三｜遗失物品：居民身份证｜声明内容：声明作废") is None
    True
    """
    # (…资格证 | 证号：…: an ASCII bar is a column's rule OCR read, no field's edge)
    separator = "\t" if "\t" in text else "｜"
    bounds: list[tuple[int, int]] = []
    start = 0
    for field in text.split(separator):
        if bounds and text[bounds[-1][0]:bounds[-1][1]].rstrip().endswith((":", "：")):
            # 证书号码：⇥20196110242000173 (set CZ): a tab after a label is a space, no column
            bounds[-1] = (bounds[-1][0], start + len(field))
        else:
            bounds.append((start, start + len(field)))
        start += len(field) + 1
    if len(bounds) < 2:
        return None
    holding = [(a, b) for a, b in bounds if _names_event_and_document(p.fold_width(text[a:b]))]
    if len(holding) != 1:
        return None  # no field, or several, name an event and a document
    a, b = holding[0]
    named = p.match(p.FORM_FIELD, p.fold_width(text[a:b]))
    if named is not None:
        # 订单号：…｜类型：遗失声明｜内容：X遗失公章…作废。｜状态：已刊登 (set DO): a platform's
        # order, the notice the value of its content field; but a form's fields are the
        # notice's own (登报人：X｜遗失物品：Y｜…)
        if not _content_of_a_row(text, bounds, (a, b), p.group(named)):
            return None
        a += named.end()
    piece = text[a:b]
    a, b = a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip())
    if b - a > 2 and text[a] == '"' and '"' not in text[a + 1:b - 1]:
        # a spreadsheet quotes a cell that holds a line break (…"绥宁县…金 / 额：…作废。"⇥68):
        # the quotes are the export's, not the notice's (a page may have cut the closing one
        # off with the row's last fields)
        a, b = a + 1, b - 1 if text[b - 1] == '"' else b
    return a, b


#: The edges of a form's fields, read as a semicolon (each one character for one).
_FORM_EDGES = str.maketrans({"|": ";", "\t": ";"})
_FIELD_EDGE = re.compile(r"[|\t;]")


def _form_edges(folded: str) -> str:
    """A notice written as a form, its fields set apart by bars or tabs (登报人：X｜遗失物品：Y｜
    证件号码：无｜发证单位：Z｜声明：作废, set DJ), with its fields' edges as semicolons, where
    every field's value ends.

    >>> _form_edges("登报人:张三|遗失物品:学生证|发证单位:某中学|声明:作废")
    '登报人:张三;遗失物品:学生证;发证单位:某中学;声明:作废'
    >>> _form_edges("张三遗失身份证 | 证号:1") == "张三遗失身份证 | 证号:1"
    True
    """
    if not written_as_form(folded):
        return folded
    # 单位名称：⇥X⇥遗失证件：⇥开户许可证⇥核准号：⇥J665… (set DO, a form copied from a table's
    # cells): a tab after a field's name is a space, no field's edge
    return folded.replace(":\t", ": ").translate(_FORM_EDGES)


def written_as_form(folded: str, *, wholly: bool = False) -> bool:
    """Is ``folded`` a notice written as a form, fields of a name and a value set apart by
    bars or tabs (two of its fields at least, or ``wholly``: all but one)? A form wholly
    is one notice, whatever its fields say (车主：X⇥遗失证件：行驶证⇥声明内容：遗失作废, set DJ:
    the event in its last field opens no second notice).

    >>> written_as_form("车主:张三\\t遗失证件:行驶证\\t声明内容:遗失作废", wholly=True)
    True
    >>> written_as_form("热线:0718-8226375\\t地址:恩施\\t遗失声明\\t●张三遗失…", wholly=True)
    False
    >>> written_as_form("11\\t2026-12-05\\t张三遗失身份证,声明作废。")
    False
    """
    if "|" not in folded and "\t" not in folded:
        return False
    fields = _FIELD_EDGE.split(folded.replace(":\t", ": "))
    named = sum(p.match(p.FORM_FIELD, f) is not None for f in fields)
    return len(fields) >= 3 and named >= (len(fields) - 1 if wholly else 2)


def _content_of_a_row(
    text: str, bounds: list[tuple[int, int]], holding: tuple[int, int], name: str
) -> bool:
    """Is the field that holds the notice a row's content field (内容：…), the row's other
    fields naming no party (订单号, 类型, 状态, not 登报人)?

    >>> row = "订单号：D1｜内容：张三遗失身份证，声明作废。｜状态：已刊登"
    >>> _content_of_a_row(row, [(0, 6), (7, 23), (24, 30)], (7, 23), "内容:")
    True
    """
    if _field_name(name) not in v.CONTENT_FIELDS:
        return False
    others = (p.match(p.FORM_FIELD, p.fold_width(text[a:b])) for a, b in bounds
              if (a, b) != holding)
    return not any(m is not None and _field_name(p.group(m)) in v.PARTY_FIELDS for m in others)


def _field_name(field: str) -> str:
    """A form field's name as FORM_FIELD matches it (`` 内容 :``), without its colon and spaces."""
    return field.strip().rstrip(":").strip()


def _never_printed(text: str, field: tuple[int, int]) -> bool:
    """Does a field of the row beside the notice's say it was withdrawn and never printed
    (状态：已撤单（客户申请退款，未见报）)?"""
    a, b = field
    return p.search(p.NEVER_PRINTED, p.fold_width(text[:a] + " " + text[b:])) is not None


def gap_ads(folded: str) -> list[tuple[int, int]]:
    """Where the ads and office lines between wide gaps are, inside a notice.

    宜昌市西陵区胡志刚遗失居民身份证，证号：    登报热线：0717-6226688    4205021986…:
    OCR read across the column into the line beside it. So is the opening of the next
    column's notice, its bullet first (…收据编号：0004127，        ●山阳县高坝店镇        金额：…,
    a PDF's export read across two columns, set EQ). A fragment that names an event, a void
    statement or a document is the notice's own and stays; so does one of no ad's or office
    line's words and no bullet (a name set in a table's column).

    >>> text = "周建军遗失毕业证书，    旺铺招租 面积120平米    证书编号：2009"
    >>> [text[a:b] for a, b in gap_ads(text)]
    ['旺铺招租 面积120平米']
    >>> text = "李光明遗失驾驶证，证号：5306，    ■永善县务基镇    声明作废。"
    >>> [text[a:b] for a, b in gap_ads(text)]
    ['■永善县务基镇']
    >>> gap_ads("遗失声明    张三    遗失身份证"), gap_ads("张三    地址：开化镇    遗失身份证")
    ([], [])
    """
    spans = []
    for m in p.finditer(p.GAP_FRAGMENT, folded):
        fragment = p.group(m, "fragment")
        if (fragment[:1] not in p.BULLET_MARKS and p.search(p.AD_WORD, fragment) is None
                and p.match(p.OFFICE_LINE, fragment) is None):
            continue
        if (p.search(p.EVENT, fragment) is not None or p.search(p.VOID, fragment) is not None
                or has_document(fragment)):
            continue
        spans.append(m.span("fragment"))
    return spans


def _dropped(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without these spans (and nothing around them).

    >>> _dropped("张三\\t0.9\\n遗失", [(2, 6)])
    '张三\\n遗失'
    """
    kept, at = [], 0
    for a, b in spans:
        kept.append(text[at:a])
        at = b
    kept.append(text[at:])
    return "".join(kept)


def _glued_head(folded: str) -> int:
    """How far a page's running head runs, glued before the notice in ``folded`` (a text,
    folded) and set off from it by a gap; 0 when there is none. Not the party itself
    (湘潭日报　遗失采访证…).

    >>> text = p.fold_width("肇庆日报　B6　分类广告　封开县罗董镇梁锦华遗失户口簿一本，声明作废。")
    >>> text[_glued_head(text):][:6]
    '封开县罗董镇'
    >>> _glued_head("湘潭日报 遗失采访证一本,声明作废。"), _glued_head("张三遗失身份证")
    (0, 0)
    """
    head = p.match(p.GLUED_HEAD, folded)
    if head is None or p.match(p.EVENT, folded, head.end()) is not None:
        return 0
    return head.end() if _names_event_and_document(folded[head.end():]) else 0


def _glued_foot(folded: str) -> int:
    """Where the notice in ``folded`` (a text, folded) ends, before a page's foot glued after
    it and set off by a gap (…声明作废。　　— A7 —　永州日报　2026年12月5日, set DG), or
    before another kind of notice run on after it (…声明作废。分立公告　…, set EH);
    ``len(folded)`` when none.

    >>> text = p.fold_width("张三遗失身份证，声明作废。　　— A7 —　永州日报　2026年12月5日")
    >>> text[:_glued_foot(text)]
    '张三遗失身份证,声明作废。'
    >>> _glued_foot("张三遗失身份证,声明作废。") == len("张三遗失身份证,声明作废。")
    True
    >>> _glued_foot("张三遗失身份证,声明作废。招领启事 本人拾得钱包一个")
    13
    """
    tail = max(0, len(folded) - 80)
    foot = p.search(p.GLUED_FOOT, folded, tail)
    # …声明作废。招领启事 本人…拾得… (set EH): another kind of notice run on after it
    other = p.search(p.OTHER_NOTICE_AFTER, folded)
    # …声明作废。         ■临沭县曹庄镇, …声明作废。丨 (a PDF read across columns, set EQ): the
    # next column's first words after a wide gap, or its rule, read into the line's end
    after = _NEXT_COLUMN_AFTER.search(folded, tail)
    if after is not None and after.group("words") and (
            has_document(after.group("words"))
            or p.search(p.EVENT, after.group("words")) is not None):
        after = None  # a notice's own words, set apart
    return min(len(folded) if found is None else found.start()
               for found in (foot, other, after))


#: After a notice's last sentence: a wide gap and a few words that open with a bullet or
#: an ad's boxed title (the next column's notice, an ad), or a column's rule. (Not a
#: signature after tags, which fold to a gap: …特此声明。</p><p …>威信县…有限公司.)
_NEXT_COLUMN_AFTER = re.compile(
    rf"(?<=[。.])(?: {{3,}}(?P<words>[{re.escape(p.BULLET_MARKS)}【]\S{{0,20}}"
    rf"(?: \S{{1,20}}){{0,2}})|\s*[{re.escape(COLUMN_RULES)}])\s*$")


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without these spans and the spaces on either side of each.

    >>> _without("证号：    登报热线：0717    4205", [(7, 16)])
    '证号：4205'
    """
    kept, at = [], 0
    for a, b in spans:
        kept.append(text[at:a].rstrip())
        at = b + len(text[b:]) - len(text[b:].lstrip())
    kept.append(text[at:])
    return "".join(kept)


def _names_event_and_document(folded: str) -> bool:
    return ((p.search(p.EVENT, folded) is not None or p.search(p.VOID, folded) is not None)
            and has_document(folded))


def has_document(folded: str) -> bool:
    """Does the folded text name a document, known or not (公章, 离婚证)?

    >>> has_document("张三遗失离婚证"), has_document("今天天气很好")
    (True, False)
    """
    return (p.search(p.DOCUMENT, folded) is not None
            or p.search(p.UNKNOWN_WORD, folded) is not None)


#: At least this share of a text's Chinese characters followed by a space: OCR spaced it out.
_SPACED_SHARE = 0.6


def spaced_out(text: str) -> list[int] | None:
    """The offsets of the characters to read, when OCR put spaces between characters.

    王 小 红 遗 失 户 口 簿 , 声 明 作 废 。 is read as 王小红遗失户口簿,声明作废。
    (every space goes when most characters are spaced out); in 统一社会 信用代码
    and 声 明 作 废 only the spaces between two Chinese characters go. A tab stays: it
    parts a row's fields, and OCR puts none between characters.

    >>> spaced_out("统一社会 信用代码"), spaced_out("张三遗失身份证") is None
    ([0, 1, 2, 3, 5, 6, 7, 8], True)
    """
    if " " not in text and "\u3000" not in text:
        return None
    han = sum(1 for c in text if p.is_han(c))
    runs = [(m.start(), m.end()) for m in _SPACES.finditer(text)]
    after_han = [(a, b) for a, b in runs if a > 0 and p.is_han(text[a - 1])]
    if han >= 4 and len(after_han) >= _SPACED_SHARE * han:
        return [i for i, c in enumerate(text) if not c.isspace() or c == "\t"]
    # 茗 香 源 茶 业 有 - / 限公司…: and the one before the hyphen the column set at the end
    inner = [(a, b) for a, b in after_han
             if b < len(text) and (p.is_han(text[b]) or _hyphen_at_end(text, b))]
    if not inner:
        return None
    dropped = {i for a, b in inner for i in range(a, b)}
    return [i for i in range(len(text)) if i not in dropped]


#: OCR's spaces; not a tab, which parts a row's fields (…声明作废。某某公司 2026年12月1日⇥已审核).
_SPACES = re.compile(r"[^\S\t]+")


def _hyphen_at_end(text: str, at: int) -> bool:
    """Is ``text[at]`` a hyphen with nothing after it but spaces?"""
    return text[at] in "-－" and not text[at + 1:].strip()


def _lines_joined(text: str) -> list[int] | None:
    """The offsets of the characters to read when a notice comes in several lines, or
    holds characters that do not show.

    乾安县…遗失居民身份证，身份证号：220723199 / 408162519，声明作废。: the column
    broke the line, inside a number too. The lines are read joined, without
    their breaks and the spaces around them, as a page's lines are. 王淑芹不慎遗\u00ad失…,
    声\u200d明作\u200d废: an e-paper's soft hyphen or zero-width joiner inside a word is
    not read (``patterns.INVISIBLE``).

    >>> _lines_joined("号：2207 \\n 2519，"), _lines_joined("张三遗失身份证") is None
    ([0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13], True)
    >>> _lines_joined("遗\u00ad失")
    [0, 2]

    A line joined again with the hyphen the column set at its break (…有限公司遗-失公章,
    set DF): the hyphen inside an event or document word goes too.

    >>> _lines_joined("遗-失公章")
    [0, 2, 3, 4]
    """
    shown = p.visible(text)
    # > 张三遗失…: a quotation's marks, as a page's lines drop them; 扩散一下//@某某:…: the
    # reposters' words before the post, as a page skips them
    quoted = quote_marks(text) or repost_prefix(text)
    inside = _hyphens_inside_words(text) if "-" in text or "－" in text else []
    if not any(c in text for c in _LINE_BREAKS) and not quoted and not inside:
        return shown
    dropped: set[int] = set(range(quoted)) | set(inside)
    breaks = list(_BREAK.finditer(text))
    for index, m in enumerate(breaks):
        dropped.update(range(m.start(), m.end()))
        dropped.update(range(m.end(), m.end() + quote_marks(text, m.end())))
        line_start = breaks[index - 1].end() if index else 0
        space = _space_inside_tag(text, line_start, m)
        if space is not None:
            # <p / style="text-indent:2em;">三河市… (fuzz_breaks seed 47): a break inside a
            # tag keeps a space, as a page's markup is read, or the tag is no tag
            dropped.discard(space)
        # …有限公| / 司遗失…: the column's rule a photo's OCR read at the line's end, as a
        # page's lines drop it
        mark = m.start() - 1
        if mark > line_start and text[mark] in COLUMN_RULES:
            rule_start = len(text[line_start:mark].rstrip(" \t\u3000")) + line_start
            if rule_start > line_start:
                dropped.update(range(rule_start, mark + 1))
                continue
        # …MA10- / XK3P7P: the hyphen the column set at the break goes with it, as on a page
        if m.start() > 0 and text[m.start() - 1] in "-－":
            line_end = breaks[index + 1].start() if index + 1 < len(breaks) else len(text)
            if hyphenated(p.fold_width(text[line_start:m.start()].strip()),
                          p.fold_width(text[m.end():line_end].strip())):
                dropped.add(m.start() - 1)
    return [i for i in (range(len(text)) if shown is None else shown) if i not in dropped]


def _space_inside_tag(text: str, line_start: int, m: re.Match[str]) -> int | None:
    """Where a space of the break ``m`` stands, when the break falls inside an HTML tag
    (``<p`` / `` style="…">``): the tag's words must stay apart. None otherwise, or when the
    break holds no space or tab.

    >>> text = '<p\\n style="a">张三'
    >>> _space_inside_tag(text, 0, _BREAK.search(text))
    3
    """
    before = text[line_start:m.start()]
    if before.rfind("<") <= before.rfind(">") or text.find(">", m.end()) == -1:
        return None
    return next((i for i in range(m.start(), m.end()) if text[i] in " \t"), None)


def _hyphens_inside_words(text: str) -> list[int]:
    """Where a hyphen stands between two characters of one event or document word
    (遗-失, 营-业执照): a line's break, joined again with its hyphen kept.

    >>> _hyphens_inside_words("张三遗-失营-业执照"), _hyphens_inside_words("张-三 A-1")
    ([3, 6], [])
    """
    folded = p.fold_width(text)
    lexicon = active()
    return [m.start() for m in _HYPHEN_BETWEEN_HAN.finditer(folded)
            if lexicon.joins(folded[m.start() - 1], folded[m.end()])]


#: A hyphen between two Chinese characters (not one of a number's or a range's).
_HYPHEN_BETWEEN_HAN = re.compile(rf"(?<=[{p.HAN}])-(?=[{p.HAN}])")


#: A line break with the spaces around it. Tried only where a run of spaces begins (the
#: look-behind), so a long run without a break is scanned once, not once a character.
# (a line or paragraph separator, U+2028 and U+2029, as an export may leave one inside a
# notice, set DU)
_LINE_BREAKS = "\r\n\u2028\u2029"
_BREAK = re.compile(rf"(?<![^\S{_LINE_BREAKS}])[^\S{_LINE_BREAKS}]*[{_LINE_BREAKS}]\s*")


def _parse_spaced_out(
    text: str, span: tuple[int, int], header_void: bool, kept: list[int]
) -> Notice | None:
    """Read the text without the spaces OCR put between its characters (``kept`` are
    the others); give labels, issuers and numbers back as printed.

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
    # two void statements, one after the other: nearly every notice has one only
    if t.count("作废") < 2 or p.search(p.INTERLEAVED, t) is None:
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
                   identifiers=[_number_as_printed(i, printed(i.raw), printed(i.label))
                                for i in item.identifiers])
             for item in notice.items]
    return notice.model_copy(update={"text": text, "parties": parties, "items": items})


def _number_as_printed(
    identifier: Identifier, raw: str | None, label: str | None
) -> Identifier:
    """``identifier`` with its number and label as printed. A number read through a
    Cyrillic or Greek capital that looks like a Latin one (92430527MAМM2R8XX1, set DU) is
    checked again as printed: the letter is kept, and fails the check of its characters,
    as OCR's O for 0 does.

    >>> read = validate("92430527MAMM2R8XX1", "uscc")
    >>> [e.code for e in _number_as_printed(read, "92430527MAМM2R8XX1", None).errors]
    ['charset']
    """
    if raw and any(c in p.FOREIGN_CAPITALS for c in raw):
        return validate(raw, identifier.kind, label=label)
    return _with(identifier, raw=raw, label=label)


_Model = TypeVar("_Model", bound=BaseModel)


def _with(model: _Model, **values: object) -> _Model:
    """The model with these values, copied only where one differs (most are as printed)."""
    for key, value in values.items():
        if getattr(model, key) != value:
            return model.model_copy(update=values)
    return model


def _timed_out(text: str, span: tuple[int, int], header_void: bool) -> Notice:
    problem = Problem(code="timeout", message=f"reading this notice ran past its {p.TIMEOUT:g} s"
                      " limit, so nothing of it was read")
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
    # no void word: a notice that only stops a document's use ends there (its signature
    # after); one that names no document says nothing of any
    closing = voids or (list(p.finditer(p.STOP_USING, t)) if has_document(t) else [])
    anchor = _anchor(events, closing, lead_end)
    if anchor is None:
        return None
    # 以下证件声明作废：X的公章、财务专用章各一枚。 (set CW): the void words glued before the
    # notice as its header, and no event: the party follows them
    header_first = not events and anchor.end() <= lead_end and has_document(t[lead_end:])
    if anchor.start() < lead_end and not header_first:
        lead_end = 0
    own_name: tuple[int, int] | None = None
    own_sentence = 0
    if lead_end and p.match(p.OTHER_TITLE, t) is not None:
        # 减资公告　X有限公司…请债权人…。沂水县…宋立华遗失残疾人证… (set EL): another kind of
        # notice first, then a voidance notice; its party is in the event's sentence (not
        # 清算公告　X有限公司…。本公司营业执照副本不慎遗失, which speaks of the company named)
        # (…。另，本社公章…不慎遗失: 本社 speaks of the one named first too)
        sentence = t.rfind("。", lead_end, anchor.start()) + 1
        if sentence and t[sentence:anchor.start()].strip():
            if p.search(p.SELF_REFERENCE, t, sentence, anchor.start()) is None:
                lead_end = sentence
            else:
                # 清算公告 X有限公司（统一社会信用代码：…）股东会决议解散，…申报债权。另，本公司公章
                # …不慎遗失 (set EM): the holder is the one named after the title; what the
                # notice says of it before the loss is its own business
                own_name, own_sentence = _named_after_title(t, lead_end, sentence), sentence
    # the notice as it is read: what explains each character, what the items say of the
    # parties, and the warnings, handed on to the rules of the parties and the items
    r = Reading(text, t, Mask(len(t)), ItemContext(), [])
    mask, context, warnings = r.mask, r.context, r.warnings
    party_start, party_end, items_start = party_span(r, lead_end, anchor)
    if own_name is not None and own_name[1] <= items_start:
        # (…住所由…迁至…12号，原营业执照继续有效。另，本公司食品经营许可证正本…不慎遗失, set
        # EM: a document the business names is no item; the items are the loss sentence's)
        party_start, party_end = own_name
        items_start = max(items_start, own_sentence)
    title = p.match(p.TITLE_BEFORE_SELF, t, anchor.end())
    if title is not None and items_start <= anchor.end():
        items_start = title.end()  # the items are the body's: its title named them first
    context.party_text = text[party_start:party_end].strip(" ,:;、")
    mask.take(0, items_start, Claim.PARTY)
    for m in [*(e for e in events if e.start() >= items_start), anchor]:
        mask.take(m.start(), m.end(), Claim.EVENT)
    for m in voids:
        mask.take(m.start(), m.end(), Claim.VOID)
    signer, labelled, signer_code = _mask_signature(t, closing, mask)
    if voids and p.match(p.OTHER_TITLE, t) is not None:
        _mask_other_business(t, voids[-1].end(), mask)
    parties, party_ids = read_parties(r, party_start, party_end)
    heirs = p.search(p.HEIRS_SPEAK, t, items_start) if "继承人" in t else None
    if heirs is not None and mask.free(heirs.start(), heirs.end()):
        # …（已故）名下…遗失，现由其继承人A、B声明作废 (set DC): the heirs speak, and are the
        # parties; the holder who died is whose the document was
        mask.take(heirs.start(), heirs.end(), Claim.PARTY)
        parties, _ = read_parties(r, heirs.start("names"), heirs.end("names"))
    if signer_code is not None:  # the signer's own code: its number, as one beside a party
        party_ids = [*party_ids, *numbers_beside(r, *signer_code)]
    for a, name_start, name_end in _relatives(t, events, items_start):
        mask.take(a, name_end, Claim.PARTY)
        more, more_ids = read_parties(r, name_start, name_end)
        parties, party_ids = [*parties, *more], [*party_ids, *more_ids]
    about_parties = len(warnings)
    items = read_items(r, items_start, len(t))
    # 本公司…法定代表人章（那顺）…特此声明。X有限公司: the relation is the signer's too.
    parties = (with_item_context(parties, context)
               or with_item_context(signing_party(t, lead_end, signer, labelled), context))
    # in the order written: what is said of a party's number before what is said of the items
    warnings[about_parties:about_parties] = place_party_identifiers(
        [*party_ids, *context.representative_numbers], items)
    titled = p.match(p.TITLE_NAMES, t) if not parties else None
    if titled is not None and titled.end() <= items_start:
        # 关于X遗失公章的声明　本社公章…遗失 (set DC): the body speaks of itself, the title names it
        parties, _ = read_parties(r, titled.start("name"), titled.end("name"))
    event = _event([e for e in events if e.start() >= lead_end] or events)
    if ((event is Event.VOID or _titles_only(t, events)) and not items
            and _A_NUMBER.search(t) is None):
        # 声明：本人吴家珍与养子吴国庆自即日起解除收养关系…特此声明。 (set EM, under a 声明
        # header): a declaration that names nothing lost, no document and no number voids
        # nothing (a piece a break left, …发票号码：06173925，声明作废。, still says a number);
        # nor does a sentence whose only loss is a title's word (以上共11条，其中遗失声明6条、
        # 作废声明3条…，请核对。, an ad department's day sheet, set EQ)
        return None
    if not parties:
        warnings.append(Problem(code="no_party", message="no party named before the event"))
    if not items:
        warnings.append(Problem(code="no_item", message="no document named"))
    return construct(
        Notice,
        text=text, span=span, source=None,
        event=event,
        declared_void=header_void or any(_voids(m) for m in voids) or _titled_void(lead),
        parties=parties, items=items, warnings=warnings,
    )


def _named_after_title(t: str, start: int, stop: int) -> tuple[int, int] | None:
    """The organisation named right after another kind of notice's title, from ``start``
    (before ``stop``): up to its ending, with the code in brackets after it (X有限公司（统一
    社会信用代码：…）); None when the first clause names none.

    >>> t = "清算公告 某某山货有限公司(代码:9114)股东会决议解散,已成立清算组。"
    >>> start, end = _named_after_title(t, 5, 34); t[start:end]
    '某某山货有限公司(代码:9114)'
    """
    clause = CLAUSE_MARK.search(t, start, stop)
    first = t[start:clause.start() if clause else stop]
    ends = [first.find(e) + len(e) for e in v.REGISTERED_ENDINGS if e in first]
    if not ends:
        return None
    end = start + min(ends)
    if t.startswith("(", end) and ")" in t[end:stop]:
        end = t.index(")", end) + 1
    while start < end and t[start].isspace():  # (清算公告 X…: the space after the title)
        start += 1
    return start, end


#: A number longer than a year's: what a notice that names no document may still void.
_A_NUMBER = re.compile(r"\d{5,}")


def _titles_only(t: str, events: list[p.Match]) -> bool:
    """Is every event of ``t`` the first word of a title (遗失声明, 遗失启事)?

    >>> t = "其中遗失声明6条"
    >>> _titles_only(t, list(p.finditer(p.EVENT, t))), _titles_only("张三遗失", [])
    (True, False)
    """
    return bool(events) and all(t.startswith(v.TITLE_WORDS, e.end()) for e in events)


def _mask_other_business(t: str, start: int, mask: Mask) -> None:
    """After the void statement of another kind of notice that voids what its holder lost,
    what it goes on to say is that notice's own business, no content of the voidance:
    注销公告：X…因公章…不慎遗失，声明作废；经股东会决议，本公司拟…申请注销登记… (set EM); 变更公告：
    X…声明作废；另，本社住所自即日起变更为…68号，特此公告. Not when it names a document or
    a loss (…声明作废。另遗失发票专用章一枚…).

    >>> t = "注销公告:声明作废;经股东会决议"
    >>> mask = Mask(len(t))
    >>> _mask_other_business(t, 9, mask)
    >>> mask.free(9, len(t)), mask.owner[9].value
    (False, 'ignored')
    """
    rest = t[start:]
    if p.search(p.DOCUMENT, rest) is not None or p.search(p.EVENT, rest) is not None:
        return
    for i in range(start, len(t)):
        mask.claim(i, i + 1, Claim.IGNORED)


def _relatives(t: str, events: list[p.Match], items_start: int) -> list[tuple[int, int, int]]:
    """Where a relative of the party is named before an event of its own, after the
    party's items (…遗失居民身份证…；其妻林淑贤遗失机动车驾驶证…, set BF): the clause's
    start and the name's span. The relative is a party of the same notice.

    >>> t = "于海波遗失身份证;其妻林淑贤遗失驾驶证"
    >>> _relatives(t, list(p.finditer(p.EVENT, t)), 5)
    [(9, 11, 14)]
    """
    found: list[tuple[int, int, int]] = []
    all_void = p.search(p.VOIDS_THEM_ALL, t) is not None
    if "其" not in t and not all_void:  # nearly every notice: no other holder is named so
        return found
    for event in events:
        if event.start() <= items_start:
            continue
        clause = max(t.rfind(mark, items_start, event.start()) for mark in ",;。") + 1
        words = t[clause:event.start()]
        relative = p.fullmatch(p.RELATIVE_CLAUSE, words) if clause else None
        if relative is None and clause and all_void and not has_document(words):
            # …；房山区十渡镇谷秀英遗失居民户口簿…，均声明作废 (set DD): another holder
            relative = p.fullmatch(p.SECOND_PARTY_CLAUSE, words)
        if relative is not None:
            found.append((clause, clause + relative.start("name"), clause + relative.end("name")))
    return found


def _titled_void(lead: p.Match | None) -> bool:
    """Do the words before the party declare the notice void: its title glued before it
    (遗失声明扶风县…赵红霞不慎遗失…, set BZ), or 兹声明下列证件作废：…? Not 遗失启事, a
    notice's title that declares nothing (records.md: 声明, 作废).

    >>> t = "遗失声明扶风县赵红霞遗失教师资格证书"
    >>> _titled_void(p.search(p.LEADING_WORDS, t)), _titled_void(None)
    (True, False)
    """
    said = p.group(lead) if lead is not None else ""
    # (挂失声明: the loss reported, as 现登报挂失 is, see _voids)
    return ("声明" in said and "挂失" not in said) or "作废" in said


def _voids(statement: p.Match) -> bool:
    """Does this statement declare the document void? ``现登报挂失`` reports the loss
    to the paper (``办理挂失手续`` to the bank), and says nothing of the document's
    validity (records.md: its own 声明作废, 作废, 特此声明)."""
    return not p.group(statement).endswith(("挂失", "挂失手续"))


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


def _signed_before_void(t: str, statement: int, mask: Mask) -> str:
    """Who signed before the last void statement, at ``statement``, with the date: an empty
    string when no one did.

    >>> _signed_before_void("遗失公章。某某有限公司 2026年12月4日 此证作废", 23, Mask(27))
    '某某有限公司'
    """
    if not t[:statement].rstrip().endswith(("日", "曰")):
        return ""  # nearly every notice: no date right before its last statement
    signature = p.search(p.SIGNATURE_BEFORE_VOID, t, 0, statement)
    if signature is None:
        return ""
    signer = p.group(signature, "signer").strip()
    if p.search(p.DOCUMENT, signer) is not None or p.search(p.EVENT, signer) is not None:
        return ""
    mask.take(signature.start() + 1, statement, Claim.SIGNATURE)
    return signer


def _mask_signature(
    t: str, statements: list[p.Match], mask: Mask
) -> tuple[str, bool, tuple[int, int] | None]:
    """``…特此声明。湖南金鹰物流有限公司 2022年1月5日``: a signature, not content.

    Returns who signed (or an empty string), whether a label said so (声明人：X), and
    where the signer's own code stands in brackets after the name, if it does.
    """
    closings = [*statements, *p.finditer(p.CLOSING, t)]
    if not closings:
        return "", False, None
    tail = max(m.end() for m in closings)
    advice = p.match(p.READERS_ADVICE, t, tail) if "如" in t[tail:] else None
    if advice is not None:  # …声明作废），如有人持此支票…拒绝受理。X有限公司 (set CW)
        tail = advice.end()
    rest = t[tail:]
    if not rest.strip(" 。."):
        signer = _signed_before_void(t, max(closings, key=lambda m: m.end()).start(), mask)
        return signer, False, None
    if p.search(p.DOCUMENT, rest) is not None:
        return "", False, None
    role = p.search(p.ROLE_CLAUSE, rest)
    if role is not None and not rest[:role.start()].strip(" 。.,;") and not rest[
            role.end():].strip(" 。."):
        # …特此声明。经营者：郑家豪 (set AT): who runs it, read with the items
        return "", False, None
    signature = p.fullmatch(p.SIGNATURE, rest)
    if signature is None:
        return "", False, None
    mask.take(tail, len(t), Claim.SIGNATURE)
    code = (tail + signature.start("code"), tail + signature.end("code")) if signature.group(
        "code") else None
    return p.group(signature, "signer").strip(), signature.group("label") is not None, code
