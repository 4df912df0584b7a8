"""Find the voidance notices in a block or a whole page of text.

A page holds notice blocks among news. A block starts under a header
(``下列证件声明作废``, ``遗失声明``...) or is a run of bulleted notices; it
ends at a blank line followed by something that is not a notice, at a
prose paragraph, or at the header of another kind of public notice
(注销公告, 寻人启事...), whose text is never returned.

Inside a block, narrow columns break lines anywhere, even inside names and
numbers. A line continues the notice before it unless that notice is
complete and the line starts a notice of its own. Blocks without bullets
run one notice into the next: they are cut after a sentence end or a void
statement, or between a document and the next party's event. Outside any
block (among news, other public notices or ads), text is read by
sentences, and a sentence that declares itself void is a notice.

>>> page = scan("下列证件声明作废\\n·张三遗失身份证\\n·李四遗失营业执\\n照副本\\n\\n市委召开会议")
>>> [(n.text, n.span) for n in page.notices]
[('张三遗失身份证', (10, 17)), ('李四遗失营业执照副本', (19, 30))]
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import string
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace

from voidnotice import regions
from voidnotice.ids._base import DIGITS
from voidnotice.ids._base import as_of as checked_as_of
from voidnotice.parser import gutters
from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.breaks import COLUMN_RULES, hyphenated
from voidnotice.parser.lexicon import Lexicon, active, using
from voidnotice.parser.markup import (
    NO_MARKS,
    as_read,
    emphasis,
    not_read,
    quote_marks,
    repost_prefix,
    rows_filed_void,
)
from voidnotice.parser.neighbours import (
    CLAUSE_MARK,
    closed_at,
    inside_brackets,
    losses,
    opens_with_document,
    read_whole,
    title_cuts,
    voidance_start,
    voids_its_loss,
)
from voidnotice.parser.numerals import CAPITAL_DIGITS, LOWER_DIGITS, NUMERALS_TO_TEN
from voidnotice.parser.reader import (
    MAX_NOTICE,
    gap_ads,
    has_document,
    parse_segment,
    spaced_out,
    written_as_form,
)
from voidnotice.problems import Problem, expect_str
from voidnotice.records import Notice, Page, Skipped

#: A place, all its words Chinese, ending at a level of division (江陵县资市镇永丰村).
_PLACE_LEFT = re.compile(rf"[{p.HAN}]{{2,24}}(?:[{v.DIVISION_LEVELS}村屯组]|街道|社区|嘎查)")

#: Longer than this, a line without a bullet is prose unless most of its
#: sentences are notices.
_PROSE_LENGTH = 160
#: Longer than any document word or event: how much of a line's end is read
#: again with the next line.
_WORD_REACH = 24

# A count ends a notice only after its numeral: in 302户张 / 明远遗失…, 张 is a surname.
_COMPLETE_END = p._compile(
    rf"(?:[。.!)]|作废|声明|无效|(?:[\d{LOWER_DIGITS}十{CAPITAL_DIGITS}拾]|各)[枚张本份册个套件]"
    r"|元|整|正本|副本|[证照章据票书簿卡]|合同|凭证|证明|(?:电话|手机)\s*[:]?\s*[\d\- ]{7,}"
    rf"|[\d{NUMERALS_TO_TEN}]日)\s*$"
)
# …遗失以下印章：1.公章一枚；2.财务专用章一枚；3. / 法定代表人章（李振川）一枚。… (a narrow
# column, fuzz_breaks seed 25): a list's next number at a line's end, its item on the next
# line; the dot is the number's, no full stop.
_LIST_NUMBER_AT_END = p._compile(r"[;,、:]\s*(?:\d{1,2}[.、]|\(\d{1,2}\))\s*$")
_SENTENCE_END = p._compile(r"[。;!?！？]+")
#: What ends a sentence on a line, folded (…声明作废。).
_SENTENCE_ENDS = ("。", ".")
#: How a notice's last sentence ends, folded (…声明作废。).
_ENDED = (*_SENTENCE_ENDS, "!")
#: The head of a property certificate's number, its province and year, at a line's end:
#: the rest is on the next line.
_PROPERTY_OPENED = p._compile(rf"[{p.HAN}]\s*\(\s*[\dOolI]{{4}}\s*\)\s*$", plain=True)
# A legacy property certificate's number broken after its certificate's words (…遗失莒房权证 /
# 峤山字第00201736号房屋所有权证…, break fuzz seed 39): its series and serial open the next line.
_LEGACY_PROPERTY_REST = p._compile(rf"[{p.HAN}]{{1,6}}字第\s*\d", plain=True, anchored=True)
# The end of a number at a line's start, closing the bracket the line before opened
# (…子（身份证号：2224031987092504 / 62）遗失…): no numbering.
_CLOSING_DIGITS = p._compile(r"[0-9A-Za-z]{1,3}\)")
#: Digits, a list's 、, and another number: a number's rest and the next one, not a notice's
#: number before its first words (a place's or a name's characters).
_NUMBER_LISTED_ON = p._compile(r"\d+、[0-9A-Za-z]", plain=True)
_PLATE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _plate_begun(end: str) -> bool:
    """Does a line end in a plate's province and letter (…遗失桂N / ·K7362号…)? Then
    the · that starts the next line is the plate's, not a bullet."""
    return len(end) == 2 and end[0] in regions.PLATE_PROVINCES and end[1] in _PLATE_LETTERS


# A notice's number glued between two Chinese characters starts a notice of its own:
# …声明单位：汉中市汉台区天汉建设工程有限公司8.安康市漢濱區陳建華遺失…, and so does a
# circled number or a mark (…声明单位：信宜市镇隆镇中心卫生院⑥茂南区…); never · or •,
# which stand inside names (阿力木江·吐尔逊); and a number in brackets
# (…声明单位：荣昌区仁义镇中心小学校（7）荣昌区吴家镇…). A cut there still needs a
# notice before it (_cuts): 三年级(1)班张三遗失… is not cut.
_NUMBER_BREAK = p._compile(
    rf"(?<=\p{{Han}})(?=(?:\d{{1,2}}[.、]|\(\d{{1,2}}\)|[{p.NUMBER_SIGNS}{p.MARKS_BETWEEN_NOTICES}])\p{{Han}})")
_PHONE_END = p._compile(
    r"(?:电话|手机|热线)\s*[:]?\s*\d[\d\- ]{6,}\d(?:[\p{Han}](?:先生|女士|小姐|生|总|经理))?"
)
# The spaces before each part are taken possessively (*+): the parts may begin with
# spaces of their own, and giving spaces back to them made a run of spaces cubic.
_ITEM_TAIL = p._compile(lambda lex: (
    rf"(?:\s*+(?:[、及和,]\s*+)?(?:{p.DOCUMENT.source(lex)}|{p.COUNT.source(lex)}|{p.AMOUNT.source(lex)}"
    rf"|{p.LABELLED.source(lex)}"
    r"|(?:[至到~—\-]\s*)?[0-9A-Za-z]+号?"
    r"|[(][^()]{1,40}[)]))*"  # 道路运输证（证号：330782017362）: its number, in brackets
))
# …，声明作废 after the items: the void statement still belongs to the notice.
_VOID_AFTER = p._compile(rf"[,;]?\s*(?:{p.VOID.pattern})")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    folded: str
    bullet: bool
    void_mark: bool = False  # opened by a title that declares it void: 【遗失声明】
    furniture: bool = False  # a line of the page itself, not of any notice
    # opened by a field that names another kind of notice (a database row's 注销公告)
    other_notice: bool = False
    # Where each character of ``folded`` stands in the text, when OCR spaced the line
    # out and ``folded`` is read without the spaces (王 小 红 遗 失…); else start + i.
    offsets: tuple[int, ...] | None = None
    # opened by a paragraph's indent (one or two ideographic spaces, two to four spaces),
    # as a column whose notices are paragraphs prints each one's first line
    indented: bool = False
    # in another language than Chinese (a bilingual paper's Korean version of a notice):
    # skipped, as furniture is, with a reason of its own
    language: bool = False

    def positions(self) -> range | tuple[int, ...]:
        return self.offsets if self.offsets is not None else range(self.start, self.end)


@dataclass
class _Block:
    """A run of notices under one header.

    ``void``: the header declares them void (下列证件声明作废, 遗失声明); a
    遗失启事 asks the finder to get in touch and declares nothing.
    """

    void: bool


@dataclass
class _Draft:
    """A notice being gathered from one or more lines.

    What makes it complete is kept as lines are added, each line read with
    the end of the one before (a word may be broken between them), so that
    a paragraph of many lines costs time in proportion to its length.
    """

    header_void: bool
    # another kind of notice that voids what its holder lost (注销公告：…申报债权。另，本公司
    # 公章不慎遗失，声明作废。): one notice from its title to the next, never cut
    whole: bool = False
    pieces: list[tuple[int, int]] = field(default_factory=list)
    folded_pieces: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # of each folded character
    tail: str = ""
    has_trigger: bool = False
    has_document: bool = False
    # the last line left a bracket open: …（票据号码：0062718340，金额：3216. / 80元）及…
    bracket_open: bool = False
    depth: int = 0  # how many brackets the lines so far left open
    # the page as its lines are read (markup.as_read), where it is not the text given: a
    # Markdown table's pipes read as a spreadsheet's tabs part the notice from its row
    page: str | None = None
    last: _Line | None = None  # the line added last, as it was added

    def add(self, line: _Line) -> None:
        if self.pieces and hyphenated(self.folded_pieces[-1], line.folded):
            self._drop_last_character()
        self.last = line
        self.pieces.append((line.start, line.end))
        self.folded_pieces.append(line.folded)
        # …（证明号：藏(2051) / 革吉县不动产证明第0000083号）… (set BK, broken): a bracket
        # closed inside one still open leaves it open
        self.depth = max(0, self.depth + line.folded.count("(") - line.folded.count(")"))
        self.bracket_open = (self.depth > 0 or line.folded.rfind("(") > line.folded.rfind(")")
                             or (self.bracket_open and ")" not in line.folded))
        self.positions.extend(line.positions())
        window = self.tail + line.folded
        self.has_trigger = self.has_trigger or has_trigger(window)
        self.has_document = self.has_document or has_document(window)
        self.tail = window[-_WORD_REACH:]

    def place_left_behind(self, line: _Line) -> _Line | None:
        """…声明作废。江陵县资市镇永丰村 / 刘 桂 香己遗失户口簿… (荆州日报's OCR, set EH): the
        place that opens the next notice, left at the end of this one's last line when the
        column broke before the name on ``line``. It is taken from this draft and returned,
        to open the next; None when the last line ends otherwise, or ``line`` names a place
        of its own."""
        last = self.last
        if last is None or last.offsets is not None or not self.folded_pieces:
            return None
        folded = self.folded_pieces[-1]
        if len(folded) != last.end - last.start or len(folded) != len(last.folded):
            return None  # the line as added was cut (a hyphen dropped): leave it whole
        k = folded.rfind("。") + 1
        place = folded[k:]
        if k == 0 or not _PLACE_LEFT.fullmatch(place) or has_trigger(place):
            return None
        event = p.search(p.EVENT, line.folded)
        if event is None or p.search(p.PLACE, line.folded, 0, event.start()) is not None:
            return None
        self.pieces[-1] = (last.start, last.start + k)
        self.folded_pieces[-1] = folded[:k]
        del self.positions[len(self.positions) - len(place):]
        self.tail = self.tail[:len(self.tail) - len(place)] if self.tail.endswith(place) else ""
        self.last = None
        return replace(last, start=last.start + k, text=last.text[k:], folded=place,
                       bullet=False, indented=False)

    def _drop_last_character(self) -> None:
        """临洮县八里铺镇…不慎遗失营- / 业执照正副本: the hyphen a narrow column set where
        it broke a word or a number goes with the break."""
        start, end = self.pieces[-1]
        self.pieces[-1] = (start, end - 1)
        self.folded_pieces[-1] = self.folded_pieces[-1][:-1]
        self.positions.pop()
        self.tail = self.tail[:-1]

    def broken_word(self, line: _Line) -> bool:
        """Does a document word run on from the draft into ``line`` (毕业证 / 书两本), or the
        label of who signs (…声明作废。声明 / 单位：贵阳市…)?"""
        head = self.tail[-_WORD_REACH // 2:]
        # with its colon: …特此声明 / 人民路小学遗失… is the next notice
        if any(head.endswith(label[:k]) and line.folded.startswith(label[k:] + ":")
               for label in v.SIGNER_LABELS for k in range(1, len(label))):
            return True
        if head.endswith("房权证") and p.match(_LEGACY_PROPERTY_REST, line.folded) is not None:
            return True  # …遗失莒房权证 / 峤山字第00201736号…: a legacy property number
        window = head + line.folded[:_WORD_REACH // 2]
        return any(m.start() < len(head) < m.end()
                   for pattern in (p.DOCUMENT, p.UNKNOWN_WORD)
                   for m in p.finditer(pattern, window))

    def complete(self) -> bool:
        """Does it read as a whole notice that ends here (with a document, 作废, 元...), or
        signed on its last line after its last sentence (本公司…特此声明。凉城县…温泉酒店
        有限公司: a portal's list, a notice a line)? A name on a line of its own may be the
        next notice's party, which a narrow column broke off (宾阳县邹圩镇利民农资店 / 遗失…)."""
        if not (self.has_trigger and self.has_document):
            return False
        if self.tail.endswith((".", "、", ")")) and p.search(_LIST_NUMBER_AT_END,
                                                           self.tail) is not None:
            return False
        if self.tail.endswith(")") and p.search(_PROPERTY_OPENED, self.tail) is not None:
            return False  # …证号分别为：桂（2022） / 全州县不动产权第0016385号… (set BI, broken)
        if p.search(_COMPLETE_END, self.tail) is not None:
            return True
        last = self.folded_pieces[-1] if self.folded_pieces else ""
        end = last.rfind("。")
        return end >= 0 and _signs(last[end + 1:])

    def text(self, source: str) -> str:
        return "".join(source[a:b] for a, b in self.pieces)


def parse(
    text: str, *, lexicon: Lexicon | None = None, as_of: datetime.date | None = None
) -> list[Notice]:
    """Every voidance notice in ``text``, in order; never raises on text.

    ``lexicon`` reads with more words than the default, and ``as_of`` checks the
    numbers as of the page's date (see :func:`scan`).

    >>> text = "遗失声明\\n张三遗失身份证,声明作废。李四遗失户口本,声明作废。"
    >>> [n.parties[0].name for n in parse(text)]
    ['张三', '李四']
    >>> parse(None)
    Traceback (most recent call last):
    ...
    TypeError: parse() expects a str, not NoneType
    """
    expect_str("parse", text)
    return scan(text, lexicon=lexicon, as_of=as_of).notices


def scan(
    text: str, *, lexicon: Lexicon | None = None, as_of: datetime.date | None = None
) -> Page:
    """The notices in ``text`` and the notice-like text that gave none.

    ``lexicon`` (a :class:`~voidnotice.parser.lexicon.Lexicon`) reads with more words
    than the default: those of a paper the default does not know. ``as_of``, the day
    the page was printed, is the date its numbers' dates are checked against (default:
    today): on a page of 2009, a person born in 2015 is in the future.

    >>> page = "遗失声明\\n张三遗失身份证，身份证号：110105201501010017，声明作废。"
    >>> [i.errors for n in scan(page, as_of=datetime.date(2009, 3, 17)).notices
    ...  for item in n.items for i in item.identifiers][0][0].code
    'date'

    >>> page = scan("他说遗失身份证后要及时挂失补办,以免被人冒用。")
    >>> page.notices, [s.reason.code for s in page.skipped]
    ([], ['outside_block'])
    """
    expect_str("scan", text)
    with using(lexicon), checked_as_of(as_of):
        return _scan(text)


def _scan(text: str) -> Page:
    notices: list[Notice] = []
    skipped: list[Skipped] = []
    for draft in drafts(text, skipped):
        notices.extend(draft_notices(text, draft, skipped))
    skipped.extend(_unread(text, notices, skipped))
    skipped.sort(key=lambda s: s.span)
    return Page.model_construct(notices=notices, skipped=skipped)


def draft_notices(text: str, draft: _Draft, skipped: list[Skipped]) -> list[Notice]:
    """The notices of one draft; a piece that gives none goes to ``skipped``.

    >>> text, skipped = "遗失声明\\n张三遗失身份证，声明作废。", []
    >>> [n.text for d in drafts(text, skipped) for n in draft_notices(text, d, skipped)]
    ['张三遗失身份证，声明作废。']
    """
    found = []
    for a, b, piece, folded, at in _cut(text, draft):
        if folded.endswith(":") and not has_document(folded):
            # #乐山分类信息# 今日遗失声明三则：, 明天请刊登下面这条遗失声明：: what introduces
            # the notices below it names no document of its own
            skipped.append(_skip(text, a, b, "not_a_notice",
                                 "introduces what follows and names no document"))
            continue
        if p.search(p.NOTICE_SERVICE, folded) is not None:
            # ●本报办理遗失声明、注销公告…等登报业务，当天受理，次日见报 (set CW): the paper's
            # ad for its notice service, bulleted as the notices are
            skipped.append(_skip(text, a, b, "other_notice",
                                 "the paper's advertisement for placing notices"))
            continue
        if (p.match(p.OTHER_TITLE, folded) is not None and not voids_its_loss(folded)
                and not voidance_start(folded)):  # (…特此公告。遗失声明X…, set EM: read from there)
            # …声明作废。　　【出售】…电话：…　寻物启事：本人…遗失黑色双肩包…必有酬谢。 (a grid's
            # cell, set BS): another kind of notice, under the block's header or not
            skipped.append(_skip(text, a, b, "other_notice", "another kind of public notice"))
            continue
        notice = _notice(piece, folded, a, b, draft.header_void)
        if notice is None:
            skipped.append(_skip(text, a, b, "not_a_notice", "no event or void statement"))
        else:
            found.append(_spanned(notice, piece, at))
    return found


def _spanned(notice: Notice, piece: str, at: list[int]) -> Notice:
    """The notice with the span of its own text, when it is a part of the piece read (a
    row's field holding the notice: …作废。⇥58⇥174 / 2⇥2026-12-05⇥…⇥汉寿县…): ``at`` is
    where each character of the piece stands in the page, whose lines it joins."""
    k = piece.find(notice.text) if notice.text != piece else -1
    if k < 0 or not notice.text:
        return notice
    # read side by side, its characters may stand in the page out of their order (_cut)
    held = at[k:k + len(notice.text)]
    span = (min(held), max(held) + 1)
    return notice if span == notice.span else notice.model_copy(update={"span": span})


def _unread(text: str, notices: list[Notice], skipped: list[Skipped]) -> Iterator[Skipped]:
    """Lines that say something is lost or void but lie in no notice and no skipped entry.

    The net under every rule above: a phrasing no rule reads yet (遗失发票联声明作废,
    a notice in traditional characters) is reported, never dropped in silence.
    """
    covered = _merged(sorted([n.span for n in notices] + [s.span for s in skipped]))
    starts = [a for a, _ in covered]

    def read(a: int, b: int) -> bool:  # a line a notice or a skipped entry holds is not read
        j = bisect.bisect_right(starts, a) - 1
        return not (j >= 0 and covered[j][1] >= b)

    for line in _lines_saying_void(text, read):
        if not line.text or line.furniture:
            continue
        # #遗失声明#我朋友的身份证丢了，…吗？: the word may be in the line's bullet alone (not
        # in what a skipped entry holds before it, a repost's words)
        opened = text.rfind("\n", 0, line.start) + 1
        said = (p.fold_width(text[opened:line.end])
                if text[opened:line.start].strip() and read(opened, line.start) else line.folded)
        # <a href="…遗失…">…: a tag's words fold to spaces, but they were printed in the
        # source; what says something is lost is reported, whatever holds it (the mutation
        # fuzz put 遗失 inside a link's address)
        in_markup = p.search(p.UNREAD_TRIGGER, said) is None
        printed = text[opened:line.end]  # with the tags before the line's words
        if in_markup and ("<" not in printed or p.search(p.UNREAD_TRIGGER, printed) is None):
            continue
        # <p style="…运输证因雨水浸泡损坏…"><strong>声　明</strong></p> (mutation fuzz, seed
        # 139): a heading whose tag holds the words is reported, not taken for the heading;
        # so is one that says 遗失 itself (<p styl张雨桐遗失居民身份证…"><strong>遗失声明…, seed
        # 164)
        tag_says = not in_markup and _markup_says_void(printed)
        if not in_markup and not tag_says and p.search(p.HEADER, line.folded.replace(" ", "")):
            continue
        j = bisect.bisect_left(starts, line.end) - 1  # the last span starting before the end
        if j >= 0 and covered[j][1] > line.start:
            continue
        yield _skip(text, opened if in_markup or tag_says else line.start, line.end, "unread",
                    "says something is lost or void, but no notice could be read from it")
    # 1,作废声明,"某银行关于撤并…的公告：…存折、存单继续有效。…" (mutation fuzz, seed 162): a
    # row of a database's export that the database files as lost or void, whose words gave
    # no notice, is reported too; its category is no word of the page, and is not read
    for a, b in rows_filed_void(text):
        j = bisect.bisect_left(starts, b) - 1
        if not (j >= 0 and covered[j][1] > a):
            yield _skip(text, a, b, "unread", "a row the export files as lost or void, but "
                        "no notice could be read from it")


def _markup_says_void(printed: str) -> bool:
    """Do the characters of ``printed`` that are read as spaces (a tag's, an entity's)
    say something is lost or void?

    >>> _markup_says_void('<p s张三遗失身份证="x"><strong>遗失声明</strong></p>')
    True
    >>> _markup_says_void('<p style="x"><strong>遗失声明</strong></p>')
    False
    """
    if "<" not in printed and "&" not in printed:
        return False
    hidden = "".join(c for c, f in zip(printed, p.fold_width(printed), strict=True)
                     if f == " " and not c.isspace())
    return p.search(p.UNREAD_TRIGGER, hidden) is not None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans joined where they overlap, so one search finds what covers a line."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _skip(text: str, a: int, b: int, code: str, message: str) -> Skipped:
    return Skipped.model_construct(span=(a, b), text=text[a:b],
                                   reason=Problem(code=code, message=message))


def _lines_saying_void(text: str, read: Callable[[int, int], bool]) -> Iterator[_Line]:
    """The lines in which UNREAD_TRIGGER finds a word, found with one search of the text.

    A page of news says 遗失 or 作废 in few of its lines; the others are not read, nor
    is a line whose printed characters ``read(start, end)`` declines (one that lies
    whole in a notice: in a block of notices, nearly all).
    """
    seen = -1
    text = as_read(text)
    # The text as given: the pattern holds the traditional forms itself, and folding a
    # whole page again would cost as much as reading it.
    for m in p.finditer(p.UNREAD_TRIGGER, text):
        if m.start() < seen:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        seen = len(text) if end == -1 else end + 1
        chunk = text[start:seen]
        first, last = start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())
        if first < last and text[first] in p.BULLET_STARTS:  # the notice starts after it
            bullet = p.match(p.BULLET, text, first, last)
            first = bullet.end() if bullet is not None else first
        if first < last and not read(first, last):
            continue
        for line in _lines(chunk):
            yield replace(line, start=line.start + start, end=line.end + start,
                          offsets=None if line.offsets is None else tuple(
                              i + start for i in line.offsets))


#: The page's number in a running head (第6版, A7版, 第07版) or a folio alone (6, A7).
_PAGE_IN_HEAD = re.compile(r"(?:第\s*|(?<![A-Za-z0-9]))[A-Z]?0*(\d{1,3})\s*版")
_FOLIO = re.compile(r"[A-Z]?0*(\d{1,3})")


def _page_number(folded: str, *, alone: bool = False) -> str:
    """The page's number a running head names, or that a folio ``alone`` on its line is;
    empty when none.

    >>> _page_number("黔东南日报　2026年12月4日　第6版　分类信息"), _page_number("6", alone=True)
    ('6', '6')
    >>> _page_number("4205021986", alone=True)
    ''
    """
    found = (_FOLIO.fullmatch(folded.strip()) if alone
             else _PAGE_IN_HEAD.search(folded))
    return found.group(1) if found else ""


def _gap_of_markup(stripped: str, folded: str, end: int) -> bool:
    """Does the bullet up to ``end`` stand only by a gap after its digits that markup made
    (``15<br/>声明作废。`` folds to ``15     声明作废。``), where a table's row number has
    spaces printed?

    >>> _gap_of_markup("15<br/>声明", "15     声明", 7), _gap_of_markup("15   声明", "15   声明", 5)
    (True, False)
    """
    digits = len(folded[:end].rstrip())
    return (folded[:digits].isdigit() and digits < end
            and not stripped[digits:end].isspace())


def _lines(text: str) -> Iterator[_Line]:
    """The lines of ``text``, stripped, folded, their bullets found."""
    previous = ""  # the end of the line before
    opened = False  # the line before left a bracket open
    row_number = False  # the line before was a table's row number standing alone
    row_opened = False  # a row's number stood alone above, perhaps with its date cell
    page_before = False  # the line before was the page's own
    # the line before opened a notice and ended inside its party's name, no event yet
    # (●布尔津县布尔津镇叶尔兰 / ·努尔别克遗失…, or after the header): a · opening this
    # line is the name's
    name_open = False
    before = ""  # the line before, folded
    folio = ""  # the page's number the running head just before named (第6版: 6)
    for offset, raw, remarks in _physical_lines(text):
        stripped = raw.strip()
        start = offset + len(raw) - len(raw.lstrip())
        folded = p.fold_width(stripped) if stripped else ""
        # (the search first: nearly every line holds no letter of another script)
        language = _other_language(folded) if p.OTHER_LETTER.search(folded) else 0
        if language:
            # ◆ 연길시 … 분실하였기에 무효임을 성명합니다. / 　延吉市…遗失…声明作废。: a bilingual
            # paper's Korean (or Tibetan, Mongolian, Uyghur, Yi) version of a notice beside
            # the Chinese one (延边日报朝鲜文版, set BY): not read, and skipped as such; its
            # bullet opens the Chinese text after it, as a row's number does
            yield _Line(start, start + language, stripped[:language], folded[:language],
                        bullet=False, furniture=True, language=True)
            row_opened = row_opened or p.match(p.BULLET, folded) is not None
            name_open = False
            rest = stripped[language:]
            if not rest.strip():
                page_before = True
                continue
            start += language + len(rest) - len(rest.lstrip())
            stripped = rest.strip()
            folded = p.fold_width(stripped)
        # <link>https://…</link>, <pubDate>Sun, 06 Dec 2026 07:38:00 +0800</pubDate>: an
        # element of a page's source alone on its line, no Chinese in it, is the source's own
        # (not a number in a paragraph of its own, <p>91440300MA5HB7RU8N</p>: a notice's)
        tagged = (folded[:1] == " " and folded[-1:] == " " and _HAN.search(folded) is None
                  and not set(folded.strip()) <= _NUMBER_SHAPE) or (
                      "</" in stripped and _link_bar(stripped, folded))
        if folded != folded.strip():
            # <p style="text-align:right">第三师…二连</p>: the tags of a page's HTML source fold
            # to spaces; they are no part of the line (a line of tags alone is a blank one)
            if not folded.strip() and p.search(p.UNREAD_TRIGGER, stripped) is not None:
                # <meta name="description" content="…遗失声明" />: what a tag says is the
                # source's, not the page's; skipped as furniture, so it is accounted for
                yield _Line(start, start + len(stripped), stripped, folded, bullet=False,
                            furniture=True)
            lead, end = len(folded) - len(folded.lstrip()), len(folded.rstrip())
            # …增值税专用发票三份，， / 发票代码：…: a mark printed twice folds to one and a
            # space (p.fold_width), but the line as printed ends with both (伊春日报, set BE)
            while (end < len(folded) and end > lead
                   and p.fold_width(stripped[end]) in p.DOUBLED_MARKS):
                end += 1
            stripped, folded = stripped[lead:end], folded[lead:end]
            start += lead
        quoted = quote_marks(folded)
        reposted = 0 if quoted else repost_prefix(folded)
        if reposted:
            # 扩散一下//@米易县融媒体中心:#遗失声明# …: the reposters' words are not read, but
            # skipped as the page's own, so that no words go unaccounted for
            yield _Line(start, start + reposted, stripped[:reposted], folded[:reposted],
                        bullet=False, furniture=True)
            quoted = reposted
        if quoted:  # > 张三遗失…: a quotation's marks are no part of the line
            stripped, folded, start = stripped[quoted:], folded[quoted:], start + quoted
        opening_rule = p.match(_RULE_AT_START, folded) if folded[:1] in COLUMN_RULES else None
        if (opening_rule is not None and opening_rule.end() < len(folded)
                and not any(c in COLUMN_RULES for c in folded[opening_rule.end():])):
            # │  3.安泽县…遗失… (a day sheet's table copied to text, its columns read one after
            # the other, set EQ): the rule drawn before the next column opens its lines; it
            # is no part of them (not a Markdown table's row, | 1 | 木里…|, its cells parted
            # by more rules)
            cut = opening_rule.end()
            stripped, folded, start = stripped[cut:], folded[cut:], start + cut
        rule = p.search(_RULE_AT_END, folded) if folded[-1:] in COLUMN_RULES else None
        if rule is not None and rule.start() > 0:
            # …汉牡丹文化传媒有限公| / 司遗失…: a photo's OCR reads the column's rule at a
            # line's end (牛城晚报); it is no part of the line
            stripped, folded = stripped[:rule.start()], folded[:rule.start()]
        if folded.endswith("...") and folded.strip("."):
            # …统一社会信用代码：91530823MA6P...: where a search engine cut its snippet of the
            # page; the dots are no part of the notice
            kept = len(folded.rstrip(".").rstrip())
            stripped, folded = stripped[:kept], folded[:kept]
        if stripped:
            markup = not_read(stripped) if "*" in stripped or "[" in stripped else NO_MARKS
            if markup:
                # - **开远市…合作社**原公章…: Markdown's emphasis is markup (and a browser's
                # [8] before a link); read as spaces, it leaves the bullet before it to be
                # found, and is not read
                folded = "".join(" " if i in markup else c for i, c in enumerate(folded))
            plate_begun, closes = _plate_begun(previous), opened
            # 编号：3950 / -01738265, 身份证号：4401** / ********2228, 导游证号：D / -5203-008712:
            # the dash or mask of a number the column broke, no bullet
            # 许可证编号：L-YN / -CJ00218 (n223, broken by scripts/fuzz_breaks.py): or a series
            # letter
            # J411721- / -2016-000429 (fuzz_breaks seed 23): the number's own dash, and the
            # layout's hyphen at the break after it
            number_dash = ((previous[-1:] in _BEFORE_NUMBER_DASH
                            or (previous[-1:] == "-" and previous[-2:-1] in _BEFORE_NUMBER_DASH))
                           and folded[:1] in "-—*" and folded[1:2] in _BEFORE_NUMBER_DASH)
            # …花海农家乐 / （经营者：努尔兰 / ·别克波拉提）遗失…: inside a bracket a name opened,
            # a · goes on with the name, as no bullet stands inside brackets
            name_dot = folded[:1] == "·" and (
                hyphenated(previous, folded)
                or ((name_open or (opened and p.is_han(previous[-1:])))
                    and p.is_han(folded[1:2])))
            opens_paragraph = not previous
            # …声明作废。 / 寻物启事：本人于…遗失… (a grid's cell, set BS): a sentence ended
            # before the line
            after_sentence = previous[-1:] in _SENTENCE_ENDS
            # 序号 / 日期 / 声明内容 / 1 / 2026-12-05 / 疏附县…遗失…: a web table a browser
            # copied a cell a line (喀什新闻网); a row's number after a sentence's end, and the
            # date cell after it, are the table's, and no part of the notice that follows
            # 黔东南日报　2026年12月4日　星期五　第6版　分类信息 / 6 (set EQ, a PDF read down its
            # columns): the folio under the running head, the same page's number, is the
            # page's too, and no row's number (not a number's last digits a running head
            # broke: 3 digits or fewer, and the head's)
            folio_line = bool(folio) and _page_number(folded, alone=True) == folio
            cell = (not folio_line and p.fullmatch(_ROW_NUMBER_CELL, folded) is not None
                    and (not previous or page_before
                         or p.match(_SENTENCE_END, previous[-1]) is not None)
                    ) or (row_number and p.fullmatch(_DATE_LINE, folded) is not None)
            previous = folded[-2:]
            # (车牌 / 号：黑K·6B35 / 1）及…: a bracket stays open until a line closes it
            opened = folded.rfind("(") > folded.rfind(")") or (opened and ")" not in folded)
            row_number = cell and folded.isdigit()
            page_before = (cell or bool(remarks) or tagged or _furniture(folded)
                           or folio_line)
            folio = "" if folio_line or not page_before else _page_number(folded)
            if page_before:  # before bullets: — B3 — is no bullet
                # the row's number opens the row's notice, as a bullet would, and so does
                # the label of an order's notice alone on its line (登报内容： / 云州区…遗失…)
                row_opened = (row_number or (row_opened and cell)
                              or p.fullmatch(_BODY_LABEL_ALONE, folded) is not None)
                name_open = False
                yield _Line(start, start + len(stripped), stripped, folded, bullet=False,
                            furniture=True)
                if folded.strip(v.RULE_MARKS + " ") == "" and len(folded) >= _RULE_PARTS:
                    # ------ between an advertising office's orders (set AQ): the rule
                    # parts them as a blank line would; what follows it is no notice's rest
                    previous, opened, name_open, before = "", False, False, ""
                    yield _Line(start + len(stripped), start + len(stripped), "", "",
                                bullet=False)
                continue
            # Lines are stripped, so a bullet is the first character. Not the · of a plate
            # the column broke (…遗失桂N / ·K7362号车辆道路运输证), nor one after a word
            # the column hyphenated (巴合提别克- / ·努尔兰) or inside a name (name_open).
            plate_dot = (plate_begun and _opens_with_plate_dot(folded)) or name_dot
            # …朴英 / 子（身份证号：2224031987092504 / 62）遗失…: the number's end closes the
            # bracket the line before opened, and is no numbering
            number_end = closes and p.match(_CLOSING_DIGITS, folded) is not None
            # …合格证编号：WCB2401736- / 251、WCB2401736252，…: the rest of a number the column
            # hyphenated, then a list's 、, is no numbering either
            # …字号：J220302-2008-00153- / 6、J220302-…: the number's own dash at the break
            # (set BI's line, broken) goes on with it too
            # （身份证号：3502- / **********1536）: or its mask
            number_end = number_end or (before[-1:] == "-" and folded[:1] in _NUMBER_OR_MASK
                                        and (hyphenated(before, folded)
                                             # 4401********- / **2228）… (fuzz_breaks seed
                                             # 22): a mask before the dash, too
                                             or before[-2:-1].isalnum()
                                             or before[-2:-1] == "*"))
            # …结婚证字号：J360781-2015-000 / 385、J360781-2015-000386，… (fuzz_breaks seed 18): a
            # number's last digits, then a list's 、 before the next number, are no numbering
            number_end = number_end or (before[-1:].isdigit()
                                        and p.match(_NUMBER_LISTED_ON, folded) is not None)
            bullet = (p.search(p.BULLET, folded)
                      if folded[0] in p.BULLET_STARTS
                      and not (plate_dot or number_end or number_dash)
                      else None)
            if bullet is not None and p.fullmatch(p.ENTRY_META, folded[bullet.end():]) is not None:
                # 【遗失声明】益阳日报　2025-06-18　A7版 (set BS): an entry's title and where it
                # was printed, the heading of the notice below, not a bullet before it
                bullet = None
            if (bullet is not None and before[-1:].isascii() and before[-1:].isalnum()
                    and _gap_of_markup(stripped, folded, bullet.end())):
                # …编号：Q4205836 / 15<br/>声明作废。 (fuzz_breaks seed 48): a number's last digits
                # before a tag, which folds to a gap, are no row's number, after a line that
                # ended in a number (not 0<title…>遗失声明 after a line of tags: a row's)
                bullet = None
            cut = bullet.end() if bullet and bullet.end() < len(stripped) else 0
            while cut > 0 and cut - 1 in markup:  # the notice keeps its emphasis whole
                cut -= 1
            mark = folded[:cut]
            # 寻物启事：本人于11月29日…遗失黑色手提包… opening a table's cell or a paragraph
            # under 遗失声明 (陇东报): another kind of notice, unless it says 作废 itself
            other_title = p.match(p.OTHER_TITLE, folded[cut:]) is not None and (
                cut > 0 or row_opened
                or ((opens_paragraph or after_sentence) and "作废" not in folded)
            ) and not voids_its_loss(folded[cut:]) and not voidance_start(folded[cut:])
            line = _Line(start + cut, start + len(stripped), stripped[cut:], folded[cut:],
                         bullet=cut > 0 or row_opened,
                         void_mark=("声明" in mark or "作废" in mark)
                         and p.search(p.SHARE_TITLE, mark) is None,
                         other_notice=other_title or (cut > 0 and _other_notice(mark)),
                         indented=_indent(raw))
            row_opened = False
            # (not a date's 日 ending a line: …南城支行　2026年12月4日 / ·祁东县人民法院公告…,
            # set DZ in the corpus's block, opens with a bullet; a name's part is two
            # characters or more)
            name_open = (p.is_han(folded[-1:]) and p.is_han(folded[-2:-1])
                         and not has_trigger(folded)
                         and not folded.endswith(active().organization_endings)
                         and (cut > 0 or opens_paragraph or name_dot
                              or p.search(p.HEADER, before.replace(" ", "")) is not None))
            before = folded
            yield _read_through_spaces(line)
        elif "\x0c" in raw:
            # …新（2020）乌什县不动 / 第 7 版 / \f阿克苏日报…第 8 版 / 产权第0003827号…: a PDF
            # export's page break, which splitting lines makes a line of its own, is no
            # blank line; the page's foot and head around it are furniture
            continue
        elif not remarks:
            previous, opened, row_number, row_opened, page_before = "", False, False, False, False
            name_open, before = False, ""
            yield _Line(offset, offset, "", "", bullet=False)


# 001   …，声明作废。   刊登日期：12月5日: a table's remarks column, glued after the notice
# by a PDF's text export (今日沂南). A wide gap, then a field of the remarks.
# …声明作废。      2026-12-05: a portal's list, each line's date after a wide gap at its end
# (乌兰察布市政务服务网).
# …声明作废。 @攀枝花发布: the accounts a microblog post mentions after it (攀枝花日报's Weibo).
# Each run of spaces is tried from its first one only (the lookbehinds): tried from each of
# its spaces, a long run would cost its length squared (benchmarks/parse.py, case i2).
_REMARKS = re.compile(r"(?<![ \t\u3000])[ \t\u3000]{3,}"
                      r"(?=(?:刊登日期|见报日期|登报日期|联系人|联系电话|备注)"
                      rf"[ \u3000]*[:：]|{p._DATE}[ \t\u3000]*$)"
                      r"|(?<=[。.])[ \t\u3000]*(?=(?:@[^\s@]{1,30}[ \t\u3000]*)+$)"
                      # …声明作废。 点击链接查看更多 https://… 来自温州日报客户端: an app's share
                      # text (set AR), its prompt, link and app after the notice; …身份证号：
                      # 3301……展开全文 https://…: where the app cut it, too
                      r"|(?<=[。.])[ \t\u3000]*(?=(?:点击链接查看更多|查看更多|阅读原文|查看原文)?"
                      r"[ \t\u3000]*https?://\S+(?:[ \t\u3000]+来自\S{1,20})?[ \t\u3000]*$)"
                      r"|(?<![ \t\u3000])[ \t\u3000]*(?:…|\.\.\.)?"
                      r"(?=展开全文[ \t\u3000]*(?:https?://\S+)?[ \t\u3000]*$)")


def _physical_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each line of ``text`` with its offset, and whether it is the page's, not a notice's:
    a table's remarks column, or an ad read into a notice between wide gaps (a line
    that holds one gives its pieces one by one)."""
    columns: int | None = None  # where a table's columns after the notice's begin
    for offset, raw, column, aside in gutters.reading_order(text, _LAYOUT):
        if aside:
            yield offset, raw, True
            continue
        if column:
            yield from _pieces(offset, raw)
            continue
        if (columns is not None and raw[:1].strip() and not raw[:1].isdigit()
                and not _furniture(p.fold_width(raw.strip()))):
            columns = None  # a table's rows open with a number or an indent; a page's
            # head or foot between them (a page break) leaves the table as it was
        if columns is None:
            columns = _table_columns(raw)
        elif (cut := _column_cut(raw, columns)) is not None and not page_line(raw):
            # (a line of the page between the rows is no row: 登报热线:0731-…  58223456)
            yield from _pieces(offset, raw[:cut])
            yield offset + cut, raw[cut:], True
            continue
        # @: a post's mentions, ://: a share's link, 展开全文: where it was cut (_REMARKS)
        if ("   " in raw or "\u3000" in raw or "@" in raw or "://" in raw
                or "展开全文" in raw):
            yield from _pieces(offset, raw)
        else:
            yield offset, raw, False


#: 序号  声明内容        受理日期      备注: a table's head, the notice's column named.
_TABLE_HEAD = re.compile(r"^\s*序号\s{2,}")
_CELL = re.compile(r"\S+(?: \S+)*")
_NOTICE_COLUMN = ("内容", "正文", "声明")


def _table_columns(raw: str) -> int | None:
    """Where, in display width, the columns after the notice's begin, if ``raw`` is the
    head of a table that has such columns (湘西团结报's PDF: 受理日期, 备注).

    >>> _table_columns("  序号  声明内容          受理日期      备注")
    26
    >>> _table_columns("序号  内容") is None, _table_columns("张三遗失身份证") is None
    (True, True)
    """
    if "序号" not in raw:
        return None
    folded = p.fold_width(raw)
    if _TABLE_HEAD.match(folded) is None:
        return None
    cells = list(_CELL.finditer(folded))
    notice = next((i for i, c in enumerate(cells)
                   if any(w in c.group() for w in _NOTICE_COLUMN)), None)
    if notice is None or notice + 1 >= len(cells):
        return None
    return gutters.display_width(raw[:cells[notice + 1].start()])


def _column_cut(raw: str, columns: int) -> int | None:
    """Where a table's row leaves the notice's column: the first wide gap after which
    the text stands in the columns after it (12月1日       单位, 身份证已核)."""
    folded = p.fold_width(raw)
    for gap in _COLUMN_GAP.finditer(folded.rstrip()):
        if gap.start() > 0 and folded[:gap.start()].strip() and (
                gutters.display_width(raw[:gap.end()]) >= columns - 4):
            return gap.start()
    return None


def _pieces(offset: int, raw: str) -> Iterator[tuple[int, str, bool]]:
    """A line's content, the ads between wide gaps in it, and its remarks column.

    …发票代码：5300242130，       旺铺招租　13887612093       发票号 (文山日报): the ad
    is skipped as the page's, and the notice goes on past it.
    """
    remarks = _REMARKS.search(raw)
    content = raw if remarks is None else raw[:remarks.start()]
    ads: list[tuple[int, int]] = []
    if p.TWO_WIDE_GAPS.search(content) is not None:
        folded = p.fold_width(content)
        # a running head (今日沂南   2026年12月5日　星期六   第4版) is the page's as a whole
        if not _furniture(folded.strip()):
            ads = gap_ads(folded)
    at = 0
    for a, b in ads:
        yield offset + at, content[at:a], False
        yield offset + a, content[a:b], True
        at = b
    yield offset + at, content[at:], False
    if remarks is not None:
        yield offset + remarks.start(), raw[remarks.start():], True


def _indent(raw: str) -> bool:
    """Does a line as given open with a paragraph's indent (　　沁阳市…, two spaces), not
    with the many spaces that set a signature or a date at the column's right?

    >>> _indent("　　沁阳市西向镇杨丽娜"), _indent("沁阳市"), _indent("　　　　　　2020年11月17日")
    (True, False, False)
    """
    indent = raw[:len(raw) - len(raw.lstrip())]
    return indent in _INDENTS


#: The indents of a paragraph's first line.
_INDENTS = frozenset({"\u3000", "\u3000\u3000", "  ", "   ", "    "})


def _read_through_spaces(line: _Line) -> _Line:
    """A line OCR spaced out is read without the spaces, and any line without the
    characters that do not show (遗\u00ad失) and its emphasis (**陶春燕**); its offsets
    keep where each character stands (王 小 红 遗 失 户 口 簿 , 声 明 作 废 。)."""
    kept = spaced_out(line.text)
    shown = p.visible(line.text)
    if shown is not None:
        spaced = None if kept is None else set(kept)
        kept = [i for i in shown if spaced is None or i in spaced]
    if kept is None:
        return line
    folded = "".join(line.folded[i] for i in kept)
    return replace(line, folded=folded, offsets=tuple(line.start + i for i in kept))


def page_line(raw: str) -> bool:
    """Is ``raw`` (a line as given) a line of the page itself?"""
    stripped = raw.strip()
    return bool(stripped) and _furniture(p.fold_width(stripped))


def _opens_with_mark(raw: str) -> bool:
    """Does ``raw`` (a piece as given) open with a notice's mark or number (●, 1.)?"""
    folded = p.fold_width(raw.strip())
    if _opens_with_plate_dot(folded):
        return False  # …己遗失云A / ·5N726号…: a plate the column broke, not a bullet
    return bool(folded) and folded[0] in p.BULLET_STARTS and p.match(p.BULLET, folded) is not None


def _opens_with_plate_dot(folded: str) -> bool:
    """Does ``folded`` open with the dot of a plate (·K7362号…), not a bullet (·张三…)?"""
    return folded[:1] in ("·", "•") and folded[1:2].isascii() and folded[1:2].isalnum()


def _furniture(folded: str) -> bool:
    """A line of the page itself (湘潭日报 2024年5月9日 星期四 B3, 登报热线:…, 责任编辑:…).

    Never one that holds an event or 作废, except the advertising office's own
    terms (刊登须知:刊登遗失声明须持…, 遗失声明每条60元), a web page's
    breadcrumb (当前位置:首页 > 便民服务 > 遗失声明) and a list's link to a notice
    by its title (关于X遗失居民身份证的声明), which states nothing itself.
    """
    if p.match(p.SPEAKS_OF_NOTICES, folded) is not None:
        return True
    if "\u2500" <= folded[:1] <= "\u257f":  # (a line all markup folds to nothing)
        # ┌──┐ / │【招聘】…│ / └──┘: a box the layout drew round an ad or a table, which OCR
        # reads between the two halves of a notice (宾阳报): skipped alone, like a page's foot;
        # not a heading between rules (━━ 遗失声明 ━━)
        return p.search(p.HEADER, folded.replace(" ", "")) is None
    return p.match(p.FURNITURE_LINE, folded) is not None and not has_trigger(folded)


#: A link of a page's source: its opening tag, its words, its closing tag.
_LINK = re.compile(r"<a\s[^<>]{0,300}>[^<>]{0,40}</a>", re.IGNORECASE)


def _link_bar(stripped: str, folded: str) -> bool:
    """Is the line a bar of links, a site's navigation (<a href="…">兵团日报（汉）</a> |
    <a href="…">往期回顾</a>, 兵团日报's e-paper source), with no word of a notice in what
    it shows? Its words are the page's; read as a notice's opening, they made the notice
    under it 兵团日报(汉)|往期回顾王五遗失… (the mutation fuzz, seed 103).

    >>> line = '<a href="node_1.htm">兵团日报</a> | <a href="node_2.htm">往期回顾</a>'
    >>> from voidnotice.parser.patterns import fold_width
    >>> _link_bar(line, fold_width(line)), _link_bar("张三遗失身份证", "张三遗失身份证")
    (True, False)
    """
    if "</" not in stripped or len(_LINK.findall(stripped)) < 2:
        return False
    return not has_trigger(folded) and not has_document(folded)


def _other_language(folded: str) -> int:
    """How much of the line's start is in another language (no Chinese character in it,
    and four letters of another script at least): the whole line, or up to where its
    Chinese text begins; 0 when none.

    >>> _other_language("◆ 화룡시 리춘화는 주민호구부를 분실하였기에 무효임을 성명합니다.")
    36
    >>> _other_language("분류광고 · 分类广告"), _other_language("张三遗失身份证")
    (7, 0)
    """
    han = _HAN.search(folded)
    end = han.start() if han is not None else len(folded)
    return end if len(p.OTHER_LETTER.findall(folded, 0, end)) >= v.OTHER_LETTERS else 0


def _notice_like(folded: str) -> bool:
    return has_trigger(folded) and has_document(folded)


def has_trigger(folded: str) -> bool:
    """Does ``folded`` (a line, folded) tell of a loss or a voidance (遗失, 被盗, 作废)?

    >>> has_trigger("张三遗失身份证"), has_trigger("2026年12月5日　星期六")
    (True, False)
    """
    return p.search(p.EVENT, folded) is not None or "作废" in folded


def _two_notices_abreast(left: str, right: str) -> bool:
    """Two columns' texts as given, side by side: a notice on the left, and on the right
    one with its own party: an event after it (not 另遗失…, the left one's), or a void
    statement after it and a document (…有限公司原公章一枚…停止使用，声明作废。)."""
    folded_left, folded = p.fold_width(left), p.fold_width(right)
    if not has_trigger(folded_left):
        return False
    event = p.search(p.EVENT, folded, 1)  # not the title of 遗失声明：怀柔区…周德福遗失…
    if event is None:
        return ("作废" in folded and has_document(folded)
                and not opens_with_document(folded))
    return _own_party(folded[:event.start()])


def _heading(raw: str) -> bool:
    """Is ``raw`` (a piece as given) a voidance block's header?"""
    return p.search(p.HEADER, p.fold_width(raw.strip()).replace(" ", "")) is not None


#: What the layout of columns asks of the reader of notices.
_LAYOUT = gutters.Judge(notice_like=has_trigger, page_line=page_line,
                        opens_notice=_opens_with_mark, abreast=_two_notices_abreast,
                        heading=_heading)


def _other_notice(folded: str) -> bool:
    authority = (p.match(p.AUTHORITY_TITLE, folded) is not None
                 or p.match(p.REISSUE_TITLE, folded) is not None)
    if authority and p.search(p.REISSUE, folded) is not None:
        # 永靖县不动产登记中心公告：马文清称其…不动产权证书…遗失，现申请补发。…原证书作废 (set BH):
        # the authority that will issue the document again speaks, of another's loss
        return True
    return ((p.search(p.OTHER_NOTICE_WORDS, folded) is not None or authority)
            and p.search(p.EVENT, folded) is None)


def _prose(line: _Line) -> bool:
    if line.bullet or len(line.folded) <= _PROSE_LENGTH:
        return False
    sentences = [s for s in p.split(_SENTENCE_END, line.folded) if s.strip()]
    notices = sum(1 for s in sentences if _notice_like(s))
    return notices * 2 < len(sentences)


def sentence_goes_on(folded: str) -> bool:
    """Does a line end inside a sentence, so that a header's words on the next line
    (…金额贰万元整， / 声明 / 作废。) are its rest, not a header?

    >>> sentence_goes_on("金额贰万元整,"), sentence_goes_on("声明作废。")
    (True, False)
    """
    return folded.rstrip().endswith((",", ";", "、", ":"))


def _starts_notice(folded: str) -> bool:
    """Does this line begin a notice (a party, then an event or a void statement)?

    Text that opens with a document continues the list of the notice before
    it: ``…统一社会信用代码：91440106MA5DKP3R52；开户许可证一份，核准号：…``; so
    does text that opens with a count, a list's mark or joiner, or the end of a
    label (``…购房款收据`` / ``一张，收据编号：…``, ``…各一枚`` / ``及法定代表人章…``,
    ``…证`` / ``号：1509…``): a narrow column broke the notice there.
    """
    if p.match(_MID_NOTICE, folded) is not None or p.match(p.COUNT, folded) is not None:
        return False
    # (遗失启事北票市…刘淑芬遗失…, set EM: the loss, not its title's word; a title's word
    # where nothing else is an event, 撤销声明：…刊登的遗失声明…)
    event = next(losses(folded), None) or p.search(p.EVENT, folded)
    if event is None and folded.startswith(("(", "[")):
        return False  # (票据号码:0083615274,…),声明作废。: the brackets of the notice above
    trigger = event.start() if event else folded.find("作废")
    if trigger > 0 and opens_with_document(folded[:trigger]):
        return False
    if trigger > 0 and p.fullmatch(p.SAME_PARTY, folded[:trigger].strip(" ,")) is not None:
        return False  # …被盗，内有…；另不慎遗失…(set BC): the same party's second event
    if trigger > 0 and p.fullmatch(p.RELATIVE_CLAUSE, folded[:trigger].strip(" ,;")) is not None:
        return False  # …；/ 其妻林淑贤遗失… (set BF): the party's relative, in the same notice
    if trigger > 0 and p.search(_POINTS_BACK, folded[:trigger]) is not None:
        return False  # …遗失。经局务会研究，该印章自…起作废 (set CJ): the seal named before
    return trigger > 0 or (trigger == 0 and event is None)


#: A clause that points back to the documents named before (该印章, 上述发票): no notice
#: opens with one.
_POINTS_BACK = p._compile(r"(?:^|[,;:])\s*(?:该|此|上述|以上)", plain=True)


#: A bracket that opens a line with a label and a number in it: （证号：130213…）. The
#: digit is looked ahead for, so an unclosed bracket is scanned once, not once a digit.
_LABELLED_ASIDE = p._compile(r"\([^():]{0,12}:(?=[^()]*\d)[^()]*\)", plain=True)
#: What no notice opens with (see _starts_notice). …发票 / 代码043002000104，…: a label's
#: end before its number, with or without its colon.
_MID_NOTICE = p._compile(r"[、,;:)。.]|及|与|(?:代码|编码|号码|编号|码|号)\s*:"
                         # …面议。 / 电话：1505771…: a phone's field, an ad's or a notice's
                         r"|(?:联系)?(?:电话|手机)\s*:"
                         # …各一本，结婚证 / 字号：J420882-…: a label's last characters
                         rf"|[{p.HAN}]{{1,2}}号\s*:"
                         # …人民币贰拾万元 / 整，该汇票作废。: the amount's last word
                         r"|整(?=[,;。.]|$)"
                         r"|(?:代码|编码|号码|编号)\s*[\dA-Z]"
                         # …证号：乐房权证 / 字第 / 0012875号…: a certificate's number broken
                         # after its series (break fuzz, seed 29)
                         r"|字\s*第(?=\s*\d|\s*$)", plain=True)


#: The rest of a number a break parted from its digits, and no date or row number.
_NUMBER_GOES_ON = p._compile(r"\d+(?![\d年月日.、)\s])", plain=True)
#: How long a line of rule marks must be to part notices as a blank line does: a
#: dash or two (— B3 —) is a page number's, a rule is drawn across the column.
_RULE_PARTS = 10
_BODY_LABEL_ALONE = p._compile(p.BODY_LABEL_ALONE, plain=True)
#: A column's rule OCR read at a line's end, with the spaces before it.
_RULE_AT_END = p._compile(rf"\s*[{re.escape(COLUMN_RULES)}]$", plain=True)
#: The same rule opening a line, and the gap after it (one space at least: not 丨 in a name).
_RULE_AT_START = p._compile(rf"[{re.escape(COLUMN_RULES)}]\s+", plain=True, anchored=True)
#: A digit, or the * that masks one (4401**********2228).
_NUMBER_OR_MASK = frozenset(DIGITS + "*")
#: What a number's dash may follow: a digit, a mask, or a series letter (导游证号：D-5203-…).
_BEFORE_NUMBER_DASH = _NUMBER_OR_MASK | frozenset(string.ascii_uppercase)
#: The characters a number is written with (91440300MA5HB7RU8N, 4401**2228, 桂N·K7362).
_NUMBER_SHAPE = frozenset(DIGITS + string.ascii_uppercase + "-*·")
#: A Chinese character.
_HAN = p._compile(f"[{p.HAN}]", plain=True)
#: A table's row number standing alone on its line (its date cell is a _DATE_LINE).
_ROW_NUMBER_CELL = p._compile(r"\d{1,3}", plain=True)


#: How many lines may stand between (转下版) and (接上版): a page's foot and the next head.
BREAK_REACH = 24


def _across_breaks(lines: Iterator[_Line]) -> Iterator[_Line]:
    """The lines with a notice that the layout cut joined across the page break.

    …陈思琪(父:陈勇,母:谭敏)遗失出生医学证明,编(转下版) / the page's foot, the next
    page's head / (接上版)号:S430298761,声明作废。 The marks are dropped, the blank
    lines between go (so the paragraph goes on), the furniture stays to be skipped,
    and a repeated header between is not read as a new block. Without (接上版)
    within reach, the lines are given as they were.
    """
    pending = iter(lines)
    for line in pending:
        below = p.search(p.CONTINUED_BELOW, line.folded) if line.text else None
        if below is None:
            yield line
            continue
        held: list[_Line] = []
        resumed: _Line | None = None
        for following in itertools.islice(pending, BREAK_REACH):
            held.append(following)
            if p.match(p.CONTINUED_FROM, following.folded) is not None:
                resumed = following
                break
        if resumed is None:
            yield line
            yield from held
            continue
        if line.folded[:below.start()].strip():
            yield _part(line, 0, len(line.folded[:below.start()].rstrip()))
        for between in held[:-1]:
            if between.furniture:
                yield between
        mark = p.match(p.CONTINUED_FROM, resumed.folded)
        assert mark is not None
        rest = len(resumed.folded) - len(resumed.folded[mark.end():].lstrip())
        if rest < len(resumed.folded):
            yield _part(resumed, rest, len(resumed.folded))


def _across_labels(lines: Iterator[_Line]) -> Iterator[_Line]:
    """The lines, without the blank ones between a line that ends open and the line
    that goes on with it.

    …发票代码： / 第 1 页 共 3 页 / the next page's head / 3700252130，发票号码：… (a PDF's
    table, 今日沂南): the page broke the notice without a (转下版) to say so. So too
    …，声 / the page's foot and the next head / 明作废。 (云南法制报's PDF): a void
    phrase broken. The furniture between stays, to be skipped; a bulleted line or a
    header does not go on with the number.
    """
    held: list[_Line] = []
    waiting: _Line | None = None  # the last line of content, when it ended open
    for line in lines:
        if waiting is None:
            yield line
            waiting = line if _ends_open(line) else None
            continue
        held.append(line)
        if (line.text and not line.furniture) or len(held) >= BREAK_REACH:
            goes_on = _goes_on(waiting, line)
            yield from (h for h in held if h.text or not goes_on)
            held, waiting = [], line if _ends_open(line) else None
    yield from held


def _ends_open(line: _Line) -> bool:
    """Does this line of content end in a label, inside a void phrase (…，声), or in
    digits (…开具的018294)?"""
    if line.folded[-1:] not in _OPEN_ENDS or line.furniture:
        return False  # nearly every line ends in none of them
    return (line.folded.endswith(":") or line.folded[-1:].isdigit()
            or bool(_void_phrase_rests(line.folded)))


def _phrases_begun(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each beginning of a phrase, and what may follow it to make the phrase whole.

    >>> _phrases_begun(("声明作废",))["声明"]
    ('作废',)
    """
    begun: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        for k in range(len(phrase) - 1, 0, -1):
            begun[phrase[:k]] = (*begun.get(phrase[:k], ()), phrase[k:])
    return begun


_PHRASES_BEGUN = _phrases_begun(v.VOID_PHRASES)
_PHRASE_BEGUN_ENDS = frozenset(begun[-1] for begun in _PHRASES_BEGUN)
#: The last characters of a line that may end it open: a label's colon, a digit, or a
#: void phrase's beginning.
_OPEN_ENDS = _PHRASE_BEGUN_ENDS | frozenset(":" + DIGITS)


def _void_phrase_rests(folded: str) -> tuple[str, ...]:
    """What may follow ``folded`` to end it in a whole void phrase (…，声: 明作废); none
    when it ends in a whole one already (…特此声明 is not 特此声明 / 作废).

    >>> _void_phrase_rests("张三遗失身份证，特此"), _void_phrase_rests("…，特此声明")
    (('声明', '登报声明'), ())
    """
    if folded[-1:] not in _PHRASE_BEGUN_ENDS or folded.endswith(v.VOID_PHRASES):
        return ()  # nearly every line: its last character begins no phrase
    return tuple(rest for begun, rests in _PHRASES_BEGUN.items() if folded.endswith(begun)
                 for rest in rests)


def _goes_on(before: _Line, line: _Line) -> bool:
    """Does ``line``, the next line of content, go on with ``before``, which ended open?"""
    if not line.text or line.furniture or line.bullet:
        return False
    if line.folded.startswith(_void_phrase_rests(before.folded)):
        return True
    if before.folded[-1:].isdigit():
        # …开具的018294 / the scan's column break / 57号四川增值税普通发票… (成都商报, set AS):
        # the number goes on, not a date (2026年…) or a row's number (2. 张三…)
        return p.match(_NUMBER_GOES_ON, line.folded) is not None
    # (…写道： / > 宋老师您好： / > / > 明天请刊登…： / > / > 祁阳市…遗失…: what a
    # colon ends before a notice of its own is no label)
    return (before.folded.endswith(":") and p.search(p.HEADER, line.folded) is None
            and not (p.search(p.EVENT, line.folded) is not None
                     and _starts_notice(line.folded)))


def _paragraphs(text: str) -> Iterator[list[_Line]]:
    """Runs of non-blank lines; a notice's closing paragraphs joined to it.

    ◆本单位不慎遗失公章一枚…自即日起作废。 / 特此声明。 / 柘城县胡襄镇卫生院 /
    2026年12月4日, each its own paragraph (an article exported from WeChat, 柘城发布):
    the paragraphs after a bulleted one that only close it (a void statement, who
    signs, the date) are that notice's.
    """
    held: list[_Line] = []
    for paragraph in _blank_separated(text):
        if held and any(line.bullet for line in held) and _closes_only(paragraph):
            held.extend(paragraph)
            continue
        if held:
            yield held
        held = paragraph
    if held:
        yield held


#: Two columns' lines read as one: a gap of two spaces or more between them (ideographic
#: spaces fold to spaces).
_COLUMN_GAP = re.compile(r" {2,}")


def _columns(line: _Line) -> tuple[int, int] | None:
    """Where the one wide gap of a line is in its folded text, when the line has one and
    text on both sides.

    Looked for in the line as printed: between two Chinese characters the gap is
    not in the folded text, which drops OCR's spaces there (…声明作        小型轿车…).
    """
    if line.furniture or ("  " not in line.text and "\u3000" not in line.text):
        return None
    # the folded text is the printed one's, character for character, unless spaces went
    printed = line.folded if line.offsets is None else p.fold_width(line.text)
    gaps = list(_COLUMN_GAP.finditer(printed))
    if len(gaps) != 1:
        return None
    a, b = gaps[0].span()
    if line.offsets is None:
        return a, b
    cut = bisect.bisect_left(line.offsets, line.start + b)
    return cut, cut


def _two_notices(left: str, right: str) -> bool:
    """Does each half name an event, the right one after a party of its own?

    Not …不慎遗失公章，　　另遗失财务专用章…: one notice, its second event the same
    party's (另, 同时, 并).
    """
    if p.search(p.EVENT, left) is None:
        return False
    event = p.search(p.EVENT, right)
    return event is not None and _own_party(right[:event.start()])


def _own_party(before: str) -> bool:
    """Is what stands before a half's event a party of its own, not 另 or 同时 (the same
    party's second event)?"""
    party = before.strip(" ,")
    return len(party) >= 2 and p.fullmatch(p.SAME_PARTY, party) is None


def _two_bullets(line: _Line, right: str) -> bool:
    """A bulleted line whose right half opens with a mark or a boxed title too:
    ●建始县…（父亲：黄德亮，　　●巴东县…（妻：牟秋菊）, the second notice of the row set
    beside the first; ●咸丰县…驾驶证，　　【招租】建始县…, an ad beside it."""
    return line.bullet and (right[:1] in p.MARKS_BETWEEN_NOTICES
                            or _BOXED_TITLE.match(right) is not None)


_BOXED_TITLE = re.compile(r"【[^】]{1,8}】")


def _ad_paragraph(paragraph: list[_Line]) -> bool:
    """Is this paragraph an ad alone: its first line (past the page's furniture) opens with
    an ad's boxed title, and no line says anything is lost or void?

    >>> ad = ["【旺铺转让】宁武县新华街临街商铺", "120平米,价格面议。", "电话:13834051726"]
    >>> _ad_paragraph([_Line(0, 0, line, line, bullet=False) for line in ad])
    True
    >>> said = "【招租】张三遗失身份证"
    >>> _ad_paragraph([_Line(0, 0, said, said, bullet=False)])
    False
    """
    lines = [line for line in paragraph if not line.furniture]
    return (bool(lines) and _opens_an_ad(lines[0].folded)
            and not any(has_trigger(line.folded) for line in lines))


def _opens_an_ad(folded: str) -> bool:
    """Does an ad's boxed title open ``folded`` (【诚聘】本港物流公司…, 【招租】…)?

    >>> _opens_an_ad("【诚聘】本港物流公司诚聘司机两名。"), _opens_an_ad("【遗失声明】张三…")
    (True, False)
    """
    title = _BOXED_TITLE.match(folded.lstrip())
    return title is not None and p.search(p.AD_WORD, title.group()) is not None


def _ends_left_column(line: _Line, left: _Line, right: _Line) -> bool:
    """Is this line, after a run side by side, the end of the left column's notice?

    Only when it does not split in two, opens no notice, and the left notice stopped
    mid-sentence while the right one ended.
    """
    if not line.text or line.bullet or line.furniture or _columns(line) is not None:
        return False
    if _notice_like(line.folded) and _starts_notice(line.folded):
        return False  # 本公司不慎遗失…特此声明。X有限公司 (乐清日报, set BS): a notice of its own
    return (not left.folded.rstrip().endswith(_SENTENCE_ENDS)
            and right.folded.rstrip().endswith(_SENTENCE_ENDS))


def _side_by_side(lines: Iterator[_Line]) -> Iterator[_Line]:
    """The lines, with two notices printed side by side read one after the other.

    宿州市埇桥区刘建华遗失居民身份证，　　　　六安市金安区周桂兰遗失残疾人证， /
    证号：341302199904110034，声明作废。　　证号：34150219560723004042，声明作废。
    (合肥晚报): OCR read the two columns across. A line whose two halves each name
    an event begins such a run; the lines after it that split at one wide gap go
    on with it. The left halves are given first, then the right ones.
    """
    pending = iter(lines)
    line = next(pending, None)
    while line is not None:
        gap = _columns(line)
        if gap is None or not (_two_notices(line.folded[:gap[0]], line.folded[gap[1]:])
                               or _two_bullets(line, line.folded[gap[1]:])):
            yield line
            line = next(pending, None)
            continue
        left = [replace(_part(line, 0, gap[0]), bullet=line.bullet, void_mark=line.void_mark)]
        right = [_part(line, gap[1], len(line.folded))]
        line = next(pending, None)
        while line is not None and (gap := _columns(line)) is not None:
            left.append(_part(line, 0, gap[0]))
            right.append(_part(line, gap[1], len(line.folded)))
            line = next(pending, None)
        if line is not None and _ends_left_column(line, left[-1], right[-1]):
            # …声明作 / 声明作废。 then 废。 alone: the longer notice's last line is its own
            left.append(line)
            line = next(pending, None)
        elif not _runs_on(left) and not _runs_on(right):
            # 乐清日报's classifieds (set BS): a grid of cells two a row, each cell whole; read
            # row by row, as printed
            yield from (half for row in zip(left, right, strict=True) for half in row)
            continue
        yield from left
        yield from right


def _runs_on(column: list[_Line]) -> bool:
    """Does a notice of this column go on from one line to the next (…遗失居民身份证， /
    证号：…，声明作废。), so that the column is read down, not across?"""
    return any(not above.folded.rstrip().endswith(_CELL_ENDS)
               and not (_notice_like(below.folded) and _starts_notice(below.folded))
               for above, below in itertools.pairwise(column))


#: How a grid's whole cell ends: a sentence, a phone number, or 声明作废 without its mark.
_CELL_ENDS = (*_ENDED, *DIGITS, "废")


def _blank_separated(text: str) -> Iterator[list[_Line]]:
    """Runs of non-blank lines."""
    paragraph: list[_Line] = []
    for line in _across_breaks(_across_labels(_side_by_side(_lines(text)))):
        if line.text:
            paragraph.append(line)
        elif paragraph:
            yield paragraph
            paragraph = []
    if paragraph:
        yield paragraph


#: 2026年12月4日, 2026.12.4: the date under a signature.
_DATE_LINE = p._compile(r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[.\-/]\d{1,2}[.\-/]\d{1,2})")


def _closes_only(paragraph: list[_Line]) -> bool:
    """Is every line of it a short void statement, a signature or a date?"""
    return all(
        not line.bullet and not line.furniture and len(line.folded) <= _PROSE_LENGTH
        and p.search(p.EVENT, line.folded) is None
        and (_declares_void(line.folded) or _signs(line.folded)
             or p.fullmatch(_DATE_LINE, line.folded.strip(" 。.")) is not None)
        for line in paragraph)


def drafts(text: str, skipped: list[Skipped]) -> Iterator[_Draft]:
    """Group the lines of notice blocks into drafts of one or more notices.

    A paragraph is judged whole first, because a narrow column breaks a
    notice anywhere: its first line alone may hold no event at all. A header
    inside a paragraph ends the run of lines before it, which is judged the
    same way. :func:`scan` reads each draft with :func:`draft_notices`; the
    bulk reader does too, one draft at a time.

    >>> skipped = []
    >>> text = "下列证件声明作废\\n·张三遗失身份证\\n·李四遗失户口簿"
    >>> [d.text(text) for d in drafts(text, skipped)]
    ['张三遗失身份证', '李四遗失户口簿']
    """
    read = as_read(text)
    page = None if read is text else read
    for draft in _drafts(text, read, skipped):
        draft.page = page
        yield draft


def _drafts(text: str, read: str, skipped: list[Skipped]) -> Iterator[_Draft]:
    """:func:`drafts`, the lines read from ``read``, the text as its lines are read."""
    block: _Block | None = None
    suspended: _Block | None = None  # the block another kind of notice printed inside broke
    for paragraph in _paragraphs(read):
        lines: list[_Line] = []
        ad = _ad_paragraph(paragraph)  # (once a paragraph: a narrow column's holds thousands)
        for line in paragraph:
            compact = line.folded.replace(" ", "")
            if line.language:
                skipped.append(_skip(text, line.start, line.end, "other_language",
                                     "in another language than Chinese; the Chinese text "
                                     "beside it is read"))
            elif line.furniture:
                # Skipped alone: the block goes on, and a notice cut by it is joined.
                skipped.append(_skip(text, line.start, line.end, "furniture",
                                     "page furniture: a running head, page number, "
                                     "advertising office line or editor's credit"))
            elif block is not None and ad:
                # ●…声明作废。 / 【广告】正阳县顺心家政服务中心：月嫂、育儿嫂…电话：… / ●…赵红梅遗失
                # 宅基地使用证一本… (今日正阳, set EB): an ad a paragraph of its own inside the
                # block is skipped alone; the block goes on, and the notices after it are
                # still declared void by its header (not one a notice was glued to). (Of
                # several lines between two column rules, set EO: 【旺铺转让】宁武县… / 120平米…
                # / 电话：…)
                skipped.append(_skip(text, line.start, line.end, "furniture",
                                     "an advertisement inside a notice block"))
            elif ((p.search(p.HEADER, compact)  # the whole line, or all after its bullet:
                   # 一、遗失声明 / １．泸定县…, a numbered section's heading (甘孜日报社
                   # 广告部's day sheet from a word processor)
                   or _headers_abreast(line.text))
                  and not (lines and sentence_goes_on(lines[-1].folded))):
                yield from _run_drafts(text, lines, block, skipped, suspended)
                lines, block = [], _Block(void="声明" in compact or "作废" in compact)
                suspended = None
            elif p.search(p.OTHER_HEADER, compact):
                going_on = yield from _run_drafts(text, lines, block, skipped, suspended)
                lines, block, suspended = [], None, going_on or suspended
            elif p.fullmatch(p.LINK_HEADING, compact) is not None:
                # 相关链接 / · 市民公交车上遗失钱包 司机拾金不昧送还 (濮阳日报's e-paper, set BG):
                # the page's links to other articles end the block; their titles are no
                # notices, and only one that declares itself void is read
                yield from _run_drafts(text, lines, block, skipped, suspended)
                skipped.append(_skip(text, line.start, line.end, "furniture",
                                     "the heading of a page's links to other articles"))
                lines, block, suspended = [], None, None
            else:
                lines.append(line)
        block = yield from _run_drafts(text, lines, block, skipped, suspended)
        # A block broken by another notice resumes in the same paragraph only: past a
        # blank line, bullets belong to what that line began (the next page, an ad).
        suspended = None


#: What parts two columns' text on a line: a gap of two spaces or more.
_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}")


def _headers_abreast(text: str) -> bool:
    """Is this line (as printed) two columns' headers side by side (遗失声明      下列证件声明
    作废, 今日府谷's PDF, set AT)? The block below is declared void as under either."""
    if "  " not in text and "\u3000" not in text and "\t" not in text:
        return False  # nearly every line: no gap to part two headers
    parts = _WIDE_GAP.split(text.strip())
    return len(parts) >= 2 and all(
        p.search(p.HEADER, p.fold_width(part)) is not None for part in parts)


def _run_drafts(
    text: str, lines: list[_Line], block: _Block | None, skipped: list[Skipped],
    suspended: _Block | None = None,
) -> Generator[_Draft, None, _Block | None]:
    """The drafts in a run of lines; returns the block that goes on after them.

    ``suspended`` is the block that a header of another kind of notice ended.
    """
    if not lines:
        return block
    if block is None and suspended is not None and any(line.bullet for line in lines):
        return (yield from _resumed(text, lines, suspended, skipped))
    joined = _joined(lines)
    if block is None and not has_trigger(joined) and not any(line.bullet for line in lines):
        # a page's news and ads, outside any block: no sentence of it is a notice or looks
        # like one (each would name an event or 作废, as the paragraph would), so none is
        # read or skipped, and no block begins (株洲日报's news, most lines of a page)
        return None
    other = _other_notice(joined)
    if other or any(_prose(line) for line in lines):
        yield from _void_sentences(text, lines, skipped, "other_notice" if other else
                                   "outside_block")
        return None
    if block is not None and not _block_paragraph(lines, joined):
        if not any(line.bullet for line in lines):
            runs = list(_runs_by_bullet_or_news(lines))
            first = runs[0]
            if len(runs) > 1 and _block_paragraph(first, _joined(first)):
                # 遗失声明 / …声明作废。 / 声明人：苏德海 / 本报讯（记者…）…: a report printed
                # after the block's last notice with no blank line between (临洮报) ends the
                # block; the notice before it is still the block's.
                yield from _paragraph_drafts(text, first, block, skipped)
                for run in runs[1:]:
                    _skip_notice_like(text, run, skipped, "outside_block")
                return None
            _skip_notice_like(text, lines, skipped, "outside_block")
            return None
        # ·张三遗失…作废。 / 记者昨日从…获悉，…遗失… / ·李四遗失…: a report printed in the
        # block's paragraph (e-paper exports drop the blank lines) is skipped alone; the
        # bulleted notices around it are read.
        for run in _runs_by_bullet_or_news(lines):
            if run[0].bullet:
                yield from _paragraph_drafts(text, run, block, skipped)
                continue
            for line in run:  # each line of the report that speaks of a loss
                if p.search(p.UNREAD_TRIGGER, line.folded) is not None:
                    skipped.append(_skip(text, line.start, line.end, "outside_block",
                                         "a report printed among the notices of a block"))
        return block
    if block is None and not any(line.bullet for line in lines):
        # Outside any block (after a 注销公告, among ads), a notice must declare itself
        # void, and a narrow column breaks it anywhere: read it by sentences.
        yield from _void_sentences(text, lines, skipped, "outside_block")
        return None
    yield from _paragraph_drafts(text, lines, block, skipped)
    return block


def _resumed(
    text: str, lines: list[_Line], block: _Block, skipped: list[Skipped]
) -> Generator[_Draft, None, _Block | None]:
    """The lines after another kind of notice printed inside a block: that notice's
    body, then bulleted notices that are the block's again.

    下列证件声明作废 / ·…遗失… / 注销公告 / …申报债权。 / ·孔德顺遗失…存折… (宣威日报):
    the 注销公告 sits among the block's notices, and the notices after it are still
    declared void by the block's header. Each run is judged alone, so a news report
    printed further down does not make the bulleted notices news.
    """
    resumed: _Block | None = None
    for run in _runs_by_bullet_or_news(lines):
        # (■X有限公司…拟…申请注销登记，公司原公章…自即日起作废。请债权人…申报债权 (陕西法制报's
        # 注销公告 section, set DN): a bulleted notice of that kind is no notice of the block's)
        if run[0].bullet and _bulleted_notice(run) and not _other_notice(_joined(run)):
            yield from _paragraph_drafts(text, run, block, skipped)
            resumed = block
            continue
        joined = _joined(run)
        other = resumed is None or _other_notice(joined)  # first: the body of that notice
        yield from _void_sentences(text, run, skipped, "other_notice" if other else
                                   "outside_block")
    return resumed


def _news_line(line: _Line) -> bool:
    return (not line.bullet and _notice_like(line.folded)
            and p.news(line.folded) is not None)


def _runs_by_bullet_or_news(lines: list[_Line]) -> Iterator[list[_Line]]:
    """The lines in runs that each begin at a bullet or a line of news, with the
    unbulleted lines that follow (a notice or a report the column broke)."""
    run: list[_Line] = []
    for line in lines:
        if run and (line.bullet or _news_line(line)):
            yield run
            run = []
        run.append(line)
    if run:
        yield run


def _block_paragraph(lines: list[_Line], joined: str) -> bool:
    """Under a header: notices, not the news headline or report that follows the block.

    A bulleted line is a notice by its layout, whatever words it uses.
    """
    # Among bulleted notices, only an unbulleted line that reads like a notice can make
    # the paragraph news: an ad's line in the column (代办登报…) cannot.
    bulleted = any(line.bullet for line in lines)
    # (joined as a draft joins them: …申请补- / 领，原证声明作废。, break fuzz seed 48, is the
    # notice's own 申请补领, no news's cue)
    unbulleted = _joined(line for line in lines
                         if not line.bullet and (not bulleted or _notice_like(line.folded)))
    # 更正声明：…将“公章”误刊为“财务章”，现更正为：X遗失… (set CJ): the quotation is the
    # correction's own, no news
    if p.news(unbulleted, p.correction_end(unbulleted)) is not None:
        return False
    if any(line.bullet for line in lines) and p.search(p.VOID, joined) is not None:
        return True  # ·本公司…不慎将工会法人资格证书…，登报挂失
    return p.search(p.EVENT, joined) is not None or p.search(p.VOID_STATEMENT, joined) is not None


def _void_sentences(
    text: str, lines: list[_Line], skipped: list[Skipped], code: str
) -> Iterator[_Draft]:
    """In news or another public notice, a sentence that is a voidance notice of its own.

    寻人启事：…必有重谢。沈阳某某公司遗失公章一枚，…声明作废。 The other sentences
    that look like notices are listed as skipped. Inside another public notice a
    sentence must report a loss or theft too: a 催告函's ``原约定的分期付款协议同时作废``
    voids something of that notice's own.
    """
    for piece in _titled_pieces(lines):
        folded = _joined(piece)
        if not read_whole(folded):
            yield from _sentence_drafts(text, piece, skipped, code)
            continue
        # another kind's notice is one from its title to the next; a voidance notice's title
        # heads its notice up to the sentence that closes it (…特此公告。公告（2026）辽1303民催
        # 9号…, set EM: a court's notice after it, no title of a kind between), or several
        # run on that close nowhere (遗失声明1、…；2、…)
        whole = p.match(p.VOID_TITLE, folded) is None
        closed = len(folded) if whole else closed_at(folded)
        own, rest = (piece, []) if closed == len(folded) else _cut_at(
            piece, [closed, len(folded)], keep_bullets=True)
        draft = _Draft(header_void=False, whole=whole)
        for part in own:
            draft.add(part)
        yield draft
        if rest:
            yield from _sentence_drafts(text, rest, skipped, code)


def _titled_pieces(lines: list[_Line]) -> Iterator[list[_Line]]:
    """The lines cut where a notice's title is run on after the last sentence of another
    (…特此公告。遗失公告石首市…, …申报债权。减资公告洪湖市…): each piece is one notice's."""
    joined = _joined(lines)
    cuts = [*title_cuts(joined), len(joined)]
    if len(cuts) == 1:
        yield lines
        return
    yield from _cut_at(lines, cuts, keep_bullets=True)


def _sentence_drafts(
    text: str, lines: list[_Line], skipped: list[Skipped], code: str
) -> Iterator[_Draft]:
    """:func:`_void_sentences` in a piece that is no voidance notice whole."""
    joined = _joined(lines)
    if "作废" not in joined and "声明" not in joined:  # no sentence can declare itself void
        _skip_notice_like(text, lines, skipped, code)
        return
    for sentence in _notices_by_sentence(lines):
        while len(sentence) > 1 and _introduces(sentence[0].folded, sentence[1].folded):
            sentence = sentence[1:]  # the introduction is the chat's, not the notice's
        folded = _joined(sentence)
        if not _notice_like(folded):
            continue
        reports = code != "other_notice" or p.search(p.EVENT, folded) is not None
        if reports and _declares_void(folded) and not _other_notice(folded):
            draft = _Draft(header_void=False)
            for piece in sentence:
                draft.add(piece)
            yield draft
        else:
            # min and max, not first and last: columns read side by side give a sentence's
            # pieces out of the text's order
            whole = _Line(min(piece.start for piece in sentence),
                          max(piece.end for piece in sentence), "", folded, bullet=False)
            _skip_notice_like(text, [whole], skipped, code)


def _notices_by_sentence(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Sentences, a notice-like one joined by the void statement that follows it
    (``张三遗失身份证。特此声明。``)."""
    pending: list[_Line] = []
    pending_like = False
    for sentence in _sentences(lines):
        folded = _joined(sentence)
        like = _notice_like(folded)
        # 20261203⇥遗失声明⇥…声明作废。株洲市某某有限公司⇥已审核: a database row's cell ends at
        # its tab; the signature before it is the notice's, the fields after are the row's
        cell = folded.split("\t", 1)[0]
        if pending_like and not like and (_declares_void(folded) or _signs(cell)):
            yield pending + sentence
            pending, pending_like = [], False
            continue
        if pending:
            yield pending
        pending, pending_like = sentence, like
    if pending:
        yield pending


def _sentences(lines: list[_Line]) -> Iterator[list[_Line]]:
    """The sentences of a paragraph, each as its pieces of the paragraph's lines.

    A phone number (and the name after it) also ends one: ads print no 。
    (``…月租3.8万元。电话：13926015588黄生`` then the next notice).
    """
    joined = _joined(lines)
    ends = sorted({m.end() for pattern in (_SENTENCE_END, _PHONE_END, _NUMBER_BREAK)
                   for m in p.finditer(pattern, joined)} | {len(joined)}
                  | set(_bullet_starts(lines)))
    yield from _cut_at(lines, ends)


def _cut_at(
    lines: list[_Line], ends: list[int], *, keep_bullets: bool = False
) -> Iterator[list[_Line]]:
    """The lines cut at these places of their joined text (in order, the last its end),
    each part as its pieces of the lines; no part is empty. A line's bullet stays with
    its first piece if ``keep_bullets``; a sentence's pieces have none."""
    pieces: list[_Line] = []
    offset = 0  # where the current line starts in joined
    cursor = 0  # where the current sentence starts
    lines_left = iter(lines)
    line = next(lines_left, None)
    for end in ends:
        while line is not None and cursor < end:
            line_end = offset + len(line.folded)
            stop = min(end, line_end)
            if cursor < stop:
                pieces.append(_part(line, cursor - offset, stop - offset,
                                    bullet=keep_bullets and line.bullet and cursor == offset))
            cursor = stop
            if stop == line_end:
                offset, line = line_end, next(lines_left, None)
        if pieces:
            yield pieces
            pieces = []


def _bullet_starts(lines: list[_Line]) -> Iterator[int]:
    """Where each bulleted line starts in the joined lines: a bullet always starts a notice,
    and so does a row of an export (:func:`_opens_row`)."""
    offset = 0
    for line in lines:
        if (line.bullet or _opens_row(line)) and offset:
            yield offset
        offset += len(line.folded)


def _part(line: _Line, a: int, b: int, *, bullet: bool = False) -> _Line:
    if line.offsets is None:
        return _Line(line.start + a, line.start + b, line.text[a:b], line.folded[a:b],
                     bullet=bullet)
    offsets = line.offsets[a:b]
    start, end = (offsets[0], offsets[-1] + 1) if offsets else (line.start, line.start)
    return _Line(start, end, line.text[start - line.start:end - line.start], line.folded[a:b],
                 bullet=bullet, offsets=offsets)


def _skip_notice_like(text: str, lines: list[_Line], skipped: list[Skipped], code: str) -> None:
    for line in lines:
        if _notice_like(line.folded):
            message = ("part of another kind of public notice" if code == "other_notice"
                       else "notice-like text outside a notice block, without 声明作废")
            skipped.append(_skip(text, line.start, line.end, code, message))


#: A row of a tab-separated export opens with its number or date, then a tab.
_ROW_START = re.compile(r"(?:\d{1,8}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\t")


def _vendor_row(line: _Line) -> bool:
    """Is this line a vendor's row, its fields set apart by full-width bars (【注销公告】…｜
    甘南日报｜2026-12-05｜已刊登, set DJ)? A record of its own: it ends the notice before it,
    and the line after it opens another.

    >>> _vendor_row(_Line(0, 9, "【遗失声明】张三遗失身份证。｜江西日报｜￥60", "", bullet=False))
    True
    """
    return line.text.count("｜") >= 2


def _row_goes_on(text: str, row: _Line, line: _Line) -> bool:
    """Does ``line`` go on with the vendor's row on the line before it, broken at a field's
    edge or inside its last field (…｜证号：41018119930305017042 / ｜声明：自即日起作废, break
    fuzz seed 37): the row ended at a bar (which its line may have dropped as a column's
    rule), or the line holds one bar and no row of its own?

    >>> page = "遗失人：张三｜遗失物品：学生证｜证号：1\\n｜声明：作废"
    >>> row = _Line(0, 20, page[:20], "", bullet=False)
    >>> _row_goes_on(page, row, _Line(21, 27, page[21:], "", bullet=False))
    True
    >>> page = "遗失人：张三｜遗失物品：学生证｜证号：1\\n李四遗失身份证，声明作废。"
    >>> _row_goes_on(page, row, _Line(21, 34, page[21:], "", bullet=False))
    False
    """
    return ("｜" in text[row.end - 1:line.start] or line.text.lstrip().startswith("｜")
            or line.text.count("｜") == 1
            # …｜声明： / 自即日起作废 (seed 38): its last field's name, its value on the next line
            or row.text.rstrip().endswith((":", "："))
            # …｜姓名：吕雪 / 松｜地址：｜…, …｜证号：41018119 / 93030501 / 7042｜… (seed 40): the
            # rest of a value the break cut, no field's name, no notice's word, before any bar
            or _rest_of_a_value(row, line))


def _rest_of_a_value(row: _Line, line: _Line) -> bool:
    """Does ``line`` open with the rest of the value the row's line ended in: short, no
    field's name (no colon) and no word of a notice before its first bar?

    >>> row = _Line(0, 9, "遗失人：张三｜遗失物品：学生证｜证号：4101", "", bullet=False)
    >>> _rest_of_a_value(row, _Line(0, 9, "8119｜声明：作废", "", bullet=False))
    True
    >>> _rest_of_a_value(row, _Line(0, 9, "李四遗失身份证｜江西日报｜…", "", bullet=False))
    False
    """
    if row.text.rstrip().endswith(("。", ".", "｜")):
        return False
    first = p.fold_width(line.text.split("｜", 1)[0]).strip()
    return (0 < len(first) <= _VALUE_REST and ":" not in first and not has_trigger(first)
            and not has_document(first))


#: How long the rest of a row's value broken onto the next line may be.
_VALUE_REST = 20


def _opens_row(line: _Line) -> bool:
    """Does this line open a row of a tab-separated export (``11⇥2026-12-05⇥恩施晚报⇥…``)?

    …声明作废。 利川市…有限公司 2026年12月4日⇥待审核 / 12⇥2026-12-06⇥…⇥建始县…遗失… (set CO):
    each row is a record of its own, so the notice before ends with its row, its
    signature with it; a line that goes on with a quoted cell (…金 / 额：…作废。"⇥68)
    opens with the cell's words, no row.

    >>> _opens_row(_Line(0, 9, "11\\t2026-12-05\\t恩施晚报", "", bullet=False))
    True
    >>> _opens_row(_Line(0, 9, '额：138,600.00元，声明作废。"\\t68', "", bullet=False))
    False
    """
    return "\t" in line.text and _ROW_START.match(line.text) is not None


def _paragraph_drafts(
    text: str, lines: list[_Line], block: _Block | None, skipped: list[Skipped]
) -> Iterator[_Draft]:
    """The drafts in one paragraph's lines."""
    draft: _Draft | None = None
    other = False  # in a row whose field names another kind of notice (注销公告)
    row = False  # the line before was a vendor's row, a record of its own
    for index, line in enumerate(lines):
        after_row, this_row = row, _vendor_row(line)
        # a row's line broken: its rest is the row's too, and the line after it opens another
        goes_on = after_row and _row_goes_on(text, lines[index - 1], line)
        row, after_row = this_row or goes_on, after_row and not goes_on
        if line.other_notice or (other and not line.bullet and not _new_paragraph(lines, index)):
            if draft:
                yield draft
                draft = None
            other = True
            _skip_notice_like(text, [line], skipped, "other_notice")
            continue
        other = False
        notice_like = _notice_like(line.folded)
        following = lines[index + 1] if index + 1 < len(lines) else None
        # (a row goes on with what a broken line left before it, incomplete: 姓名：X｜ / 遗失物品：
        # Y｜…, 【作废声明】- / X…现声明作废。｜重庆日报｜…, break fuzz)
        # (nor after a bracket left open: …公章一枚（印章 / 编码：…），声明作废。｜济南日报｜…,
        # seed 39)
        if draft is not None and (_opens_row(line) or after_row or (
                this_row and not goes_on and draft.complete() and not draft.bracket_open)):
            yield draft
            draft = None
        if draft is not None and _indented_after_end(draft, line):
            # …特此声明。 / 灵宝市…有限公司 / 2020年11月17日 / 　　沁阳市…杨丽娜于11月15曰 /
            # 遗失… (河南法制报, set BR): a column of notices as paragraphs, each indented;
            # after a whole one, the indent opens the next, though its first line names no
            # event
            yield draft
            draft = None
        if draft is not None and not line.bullet and not _introduced(draft, line) and (
            _opens_mid_notice(line)
            or not draft.complete()
            or draft.broken_word(line)
            # inside the brackets the line before opened, unless it names an event (a
            # bracket OCR lost must not glue the next notice to this one)
            or (draft.bracket_open and p.search(p.EVENT, line.folded) is None)
            or (not (notice_like and _starts_notice(line.folded))
                and _continues(line, following, ended=draft.tail.rstrip().endswith(_ENDED),
                               signed=_after_last_sentence(draft.tail)))
            or _title_broken(draft, line)
        ):
            draft.add(line)
            continue
        left = draft.place_left_behind(line) if draft and notice_like else None
        if draft:
            yield draft
            draft = None
        if notice_like and p.search(p.QUESTION, line.folded) is not None:
            # · 营业执照遗失后还要登报吗？看完就懂: a headline that asks (a page's related
            # links under its notices) is no notice
            _skip_notice_like(text, [line], skipped, "outside_block")
        elif block is not None or (line.bullet and _bulleted_notice(lines)) or (
            notice_like and _declares_void(line.folded)
        ):
            draft = _Draft(header_void=(block is not None and block.void) or line.void_mark)
            if left is not None:
                draft.add(left)
            draft.add(line)
        elif notice_like:
            skipped.append(_skip(text, line.start, line.end, "outside_block",
                                 "notice-like text outside a notice block, without 声明作废"))
    if draft:
        yield draft


def _new_paragraph(lines: list[_Line], index: int) -> bool:
    """Does the line at ``index`` open a notice of its own after another kind of notice's
    sentence ended: a party, an event and a document (寻物启事：本人…遗失身份证一张。 /
    周七遗失机动车驾驶证，声明作废。, a grid's cells read as columns, set BS)? Not a line of
    that notice's body (…公司公章、财务专用章同时作废。), which names no event."""
    line = lines[index]
    return (index > 0 and lines[index - 1].folded.rstrip().endswith(_ENDED)
            and p.search(p.EVENT, line.folded) is not None and _notice_like(line.folded)
            and _starts_notice(line.folded))


def _indented_after_end(draft: _Draft, line: _Line) -> bool:
    """Does an indented line follow a notice whose last sentence has ended (its void
    statement, a signature or a date after it)?"""
    if not line.indented or _opens_mid_notice(line) or not draft.complete():
        return False
    if _signs(line.folded) or p.fullmatch(_DATE_LINE, line.folded.strip(" 。.")) is not None:
        return False  # …特此声明。 / 　　沽源县…有限公司 (ic04): who signs, set in a little
    if p.search(p.EVENT, line.folded) is None and p.search(p.VOID, line.folded) is not None:
        # …遗失身份证一张。 / 　　特此声明。: a closing on a line of its own, every line
        # indented
        return False
    last = draft.folded_pieces[-1].rstrip() if draft.folded_pieces else ""
    return (last.endswith(_ENDED) or _signs(last)
            or p.fullmatch(_DATE_LINE, last.strip(" 。.")) is not None)


def _introduced(draft: _Draft, line: _Line) -> bool:
    """Does ``line`` open a notice that the draft only introduces (:func:`_introduces`)?
    The draft is then no part of it."""
    return not draft.has_trigger and _introduces(draft.tail, line.folded)


def _introduces(before: str, after: str) -> bool:
    """Is ``before``, text of no event ending in a colon, only the introduction of the
    notice that ``after`` opens (刚才那条公司名打错了，重发： / 本公司不慎遗失…, a chat's
    message; …写道：, an e-mail's quotation)?

    >>> _introduces("重发:", "本公司不慎遗失公章一枚,特此声明。"), _introduces("证号:", "1234")
    (True, False)
    >>> _introduces("张海涛,身份证号:", "411602198407054174,不慎遗失机动车驾驶证,声明作废。")
    False
    """
    # not a role's label inside brackets: …黎嘉豪（父：黎志强，母： / 邓美玲）遗失…
    # nor a label whose number the line opens with: …张海涛，身份证号： / 4116021984…，不慎
    # 遗失… (break fuzz, seed 41)
    return (before.rstrip().endswith(":") and before.rfind("(") <= before.rfind(")")
            and not has_trigger(before) and _VALUE_FIRST.match(after) is None
            and _notice_like(after) and _starts_notice(after))


#: A number that opens a line: the value of the label the line before ended with.
_VALUE_FIRST = re.compile(r"\s*[\dA-Z][\dA-Z\- ]{5}")


def _bulleted_notice(lines: list[_Line]) -> bool:
    """Bulleted lines that read as a notice, or that say so themselves: OCR may break the
    document word (…遗失新疆增值税专用发遗失票（发票联）壹份,…,声明作废.)."""
    joined = _joined(lines)
    if p.news(joined) is not None:  # 3.区市场监管局提醒：营业执照遗失后可…
        return False
    return _notice_like(joined) or (has_trigger(joined) and _declares_void(joined))


def _continues(
    line: _Line, following: _Line | None = None, *, ended: bool = False, signed: str = ""
) -> bool:
    """After a complete notice, is this short line still part of it (金额…元, 声明作废)?
    ``ended``: the notice's last sentence has ended; ``signed``: what follows its last
    sentence, a signature the column may have broken."""
    if _opens_mid_notice(line):
        return True
    if _opens_an_ad(line.folded):
        return False  # …声明作废。 / 【出售】九成新电动三轮车…电话：… (set BS): the next cell's ad
    event = p.search(p.EVENT, line.folded)
    if event is not None:
        # …原公章一枚（…）于2026年12月2日 / 不慎遗失，自即日起作废… (set BI, broken): an event
        # with no party before it goes on with the notice above (not 遗失：王秀兰…, whose
        # party follows the colon, nor 遗失声明1、刘杰遗失…, a header); nor one after a word
        # that points back to the party or its items (…车内道路运输证、行驶证 / 一并丢失，…,
        # fuzz_breaks seed 19)
        # (…该证已于2026年11月28日 / 在县城农贸市场遗失。, fuzz_breaks seed 46: where it befell,
        # no party; 在 names no one, where 于 may be a surname)
        before = line.folded[:event.start()].strip(" ,")
        return ((not before or p.fullmatch(p.SAME_PARTY, before) is not None
                 or before.startswith("在"))
                and not ended and not line.folded.startswith((":", *v.TITLE_WORDS), event.end()))
    if line.folded.startswith("(") and ")" not in line.folded:
        return True  # …营业执照正本一份 / （统一社 / 会信用代码：…）: the aside goes on below
    if line.folded.startswith("(") and not ended:
        # …开户许可证 / （核准号：…），开户行：…，特此声明。: the aside of the sentence above
        return True
    if len(line.folded) > 40:
        return False
    if p.search(p.FURNITURE, line.folded) is not None:
        return False  # 上一页 1 2 3 下一页 共58条
    if _signs(line.folded):
        return True  # …声明作废。 / 厦门鹭岛永信物流有限公司: who signs the notice above
    if following is not None and not following.bullet and _signs(line.folded + following.folded):
        return True  # …特此声明。 / 沿河土家族自治县和平街道乌江渔家 / 乐饭店: the column broke it
    if signed and _signs(signed + line.folded):
        # …特此声明作废。平遥县段村镇 / 卫生院 (fuzz_breaks seed 24): the signature goes on
        return True
    return p.search(p.CONTINUATION, line.folded) is not None


def _after_last_sentence(tail: str) -> str:
    """What follows the last sentence's end in ``tail`` (a signature's start), or "".

    >>> _after_last_sentence("特此声明作废。平遥县段村镇"), _after_last_sentence("声明作废。")
    ('平遥县段村镇', '')
    """
    end = max(tail.rfind("。"), tail.rfind("."))
    return tail[end + 1:].strip() if end >= 0 else ""


def _joined(lines: Iterable[_Line]) -> str:
    """The lines' folded texts joined as a draft joins them: the hyphen a column set at a
    break goes with it (…声明作- / 废。 says 声明作废), and a fold that reads a character's
    neighbour is made across the break (…各 / —枚 says 各一枚, break fuzz seed 44)."""
    parts: list[str] = []
    for line in lines:
        if parts and hyphenated(parts[-1], line.folded):
            parts[-1] = parts[-1][:-1]
        parts.append(line.folded)
    return p.fold_joined("".join(parts)) if len(parts) > 1 else "".join(parts)


def _title_broken(draft: _Draft, line: _Line) -> bool:
    """Did the column break a title before its ``声明：``, whose body speaks of itself
    (…煤化工有限公司遗失合同专用章 / 声明：本公司不慎遗失…, break fuzz seed 31)? Read
    joined, the title names who speaks (``X遗失…声明：本公司…``)."""
    return (not line.bullet and not draft.tail.rstrip().endswith(_ENDED)
            and p.match(_TITLE_BODY, line.folded) is not None)


#: A title of one word and its colon, opening a sentence: 声明：….
_BARE_TITLE = p._compile(rf"(?:{p._alternation(v.TITLE_WORDS)})\s*:", anchored=True)
#: A title's last word and the body that speaks of itself after it: 声明：本公司….
_TITLE_BODY = p._compile(
    rf"(?:{p._alternation(v.TITLE_WORDS)})\s*:\s*(?:{p._alternation(v.SPEAKERS)})", anchored=True)


def _opens_mid_notice(line: _Line) -> bool:
    """Does this line go on with the notice before it, however long and whatever it says?

    …遗失公章、财务专用章 / 各一枚，统一社会信用代码：…，声明作废。 (宝鸡日报, the line at
    the next column's head): a line that opens with a count counts what came before;
    one that opens with a list's mark, a joiner, a label's end (…驾驶证，证 / 号：1509…,
    …发票 / 代码：…) or the end of a number in the brackets the line before opened
    (…（车牌 / 号：黑K·6B35 / 1）及…遗失) goes on with it too. Never a bulleted line.
    """
    if line.bullet:
        return False
    folded = line.folded
    # …及机动车驾驶证 / （证号：130213…）一并被盗，声明作废。: the number of the document
    # above, in its brackets, before the event they share (not a list's (2))
    return (p.match(p.COUNT, folded) is not None or p.match(_MID_NOTICE, folded) is not None
            or p.match(_CLOSING_DIGITS, folded) is not None
            or p.match(_LABELLED_ASIDE, folded) is not None)


def _signs(folded: str) -> bool:
    """Is this only a signature, an organisation's name with perhaps a date?"""
    signature = p.fullmatch(p.SIGNATURE, folded)
    if signature is None:
        return False
    signer = p.group(signature, "signer").strip()
    # a name of Chinese characters only: 【旺铺招租】临街商铺 is an ad, not who signs
    endings = (*active().organization_endings, *v.SIGNING_UNIT_ENDINGS)
    return len(signer) >= 5 and signer.endswith(endings) and all(
        p.is_han(c) for c in signer)


def _declares_void(folded: str) -> bool:
    """A line outside any block counts only when it declares itself void, and is no news."""
    if p.news(folded) is not None:
        return False
    return p.search(p.VOID_STATEMENT, folded) is not None


def _cut(text: str, draft: _Draft) -> Iterator[tuple[int, int, str, str, list[int]]]:
    """Cut a draft into single notices; yields (start, end, joined text, folded, where
    each character of the joined text stands in ``text``)."""
    joined = draft.text(draft.page or text)
    positions = draft.positions
    folded = p.fold_joined("".join(draft.folded_pieces))  # …各 / —枚: 各一枚 (see _joined)
    # where each character of the text stands in ``joined`` (the lines without breaks)
    page_at = [i for a, b in draft.pieces for i in range(a, b)]
    where = {at: j for j, at in enumerate(page_at)}
    for a, b in [(0, len(folded))] if draft.whole else _notice_bounds(folded):
        a += _opening(folded[a:b])
        while a < b and folded[a].isspace():
            a += 1
        while b > a and folded[b - 1].isspace():
            b -= 1
        if a < b:
            first, last = positions[a], positions[b - 1]
            # read side by side, a notice's pieces may stand in the text out of their order:
            # its span runs from the first character it holds to the last
            held = positions[a:b]
            i, j = _with_emphasis(joined, where[first], where[last] + 1)
            yield (min(held), max(held) + 1, joined[i:j], folded[a:b], page_at[i:j])


def _with_emphasis(joined: str, i: int, j: int) -> tuple[int, int]:
    """``joined[i:j]`` widened by the asterisks of an emphasis it begins or ends inside
    (- **开远市…合作社**原公章…: the bullet's cut left the opening ones out), so that the
    notice's text drops them both."""
    if i >= 2 and joined.startswith("**", i - 2) and {0, 1} <= emphasis(joined[i - 2:j]):
        i -= 2
    if joined.startswith("**", j) and {j - i, j - i + 1} <= emphasis(joined[i:j + 2]):
        j += 2
    return i, j


def _opening(folded: str) -> int:
    """How much of a cut piece is the paragraph's title or a notice's number, not the notice.

    遗失声明1、郑州市…声明作废。2、郑州鑫隆达…: the title glued to the first notice,
    and each number, open the pieces of a run-on paragraph.
    """
    title = p.match(p.TITLE_BEFORE_NUMBERING, folded)
    start = title.end() if title else 0
    bullet = p.match(p.BULLET, folded[start:start + _WORD_REACH])  # anchored at its start
    return start + bullet.end() if bullet and start + bullet.end() < len(folded) else start


def _notice_bounds(folded: str) -> Iterator[tuple[int, int]]:
    start = 0
    # 更正声明：…将“X”误刊为“Y”，现更正为：… (set CJ): a correction is one notice
    floor = p.correction_end(folded)
    if written_as_form(folded, wholly=True):
        yield 0, len(folded)
        return
    for cut in _cuts(folded):
        if cut < floor:
            continue
        # …许可证编号：JY14113230045871。·寻物启事 本人… (set EL): the sentence's end is the
        # notice's, as when it is read alone, not the next piece's
        while cut < len(folded) and folded[cut] == "。":
            cut += 1
        if cut <= start:
            continue
        yield start, cut
        start = cut
    yield start, len(folded)


def _cuts(folded: str) -> Iterator[int]:
    """Offsets where one notice ends and the next begins."""
    # 【出售】九成新电动三轮车…面议。电话：15057718263乐清市翁垟街道…遗失… (a grid's cells,
    # set BS): an ad's phone number ends it
    sentence_starts = sorted({0} | {m.end() for m in p.finditer(_SENTENCE_END, folded)
                                     if not inside_brackets(folded, m.start())}
                             | {m.end() for m in p.finditer(_NUMBER_BREAK, folded)}
                             | {m.end() for m in p.finditer(_PHONE_END, folded)})
    sentence_starts = [s for s in sentence_starts if s < len(folded)]
    kept = [0]
    for index, s in enumerate(sentence_starts[1:], 1):
        window = folded[s:s + MAX_NOTICE]  # never the whole rest: a run-on page stays linear
        if folded[s - 1] == "。" and p.match(_BARE_TITLE, window) is not None:
            # …现声明作废。声明：本人吴家珍与养子吴国庆自即日起解除收养关系… (set EM's e-paper
            # export): a declaration of its own kind, titled alone, after a notice's last sentence
            kept.append(s)
            continue
        if not (_starts_notice(window) and _notice_like(window)):
            continue
        if window.startswith("其"):
            # …号牌号码：新N·6K213；其居民户口簿一本因房屋漏雨污损…，一并声明作废。 (set EE, in a
            # block): its, the same party's, goes on with the notice
            continue
        # 张三丢失…证书；结婚证…声明作废: a sentence with no event of its own is the void
        # statement of a notice that has none yet, not a notice of its own.
        following = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(folded)
        if _title(folded[kept[-1]:s]):
            continue  # 遗失声明1、刘杰遗失…: the block's title is no notice of its own
        title = p.match(p.TITLE_BEFORE_NUMBERING, folded, kept[-1], s + 4)
        if title is not None and title.end() >= s:
            continue  # 第7版 厦门晚报·分类 … 遗失声明●厦门市…: the masthead and title too
        void_before = p.search(p.VOID, folded, kept[-1], s) is not None
        second = p.search(p.EVENT, folded, s, following)
        if not void_before and second is not None \
                and p.search(p.VOIDS_THEM_ALL, folded, s, following) is not None \
                and p.fullmatch(p.SECOND_PARTY_CLAUSE, folded[s:second.start()].strip()):
            continue  # …；房山区十渡镇谷秀英遗失…，均声明作废 (set DD): a holder of the same notice
        if second is None and not (
                # …特此声明。声明单位：X⑥…: a signature, though the notice before is whole
                void_before and _notice_like(folded[s:following])):
            continue
        # 李四残疾人证，号码：湘B5K218；结婚证损毁…: what comes before must be a notice itself,
        # or an ad between notices (【誠聘】本港物流公司…, set AY's 大公報)
        if (not void_before and p.search(p.EVENT, folded, kept[-1], s) is None
                and not _opens_an_ad(folded[kept[-1]:s])):
            continue
        signed = p.match(_DATED_SIGNATURE, folded, s)
        if (signed is not None and signed.end() < following
                and p.search(p.SPEAKER, folded, kept[-1], s) is not None
                and _signs(p.group(signed))):
            # 本公司不慎遗失财务专用章一枚，声明作废。朝阳市龙城区万兴汽车配件有限公司2026年12月4日
            # 喀左县…遗失… (set EM's OCR): the signature and date of a notice that speaks of
            # itself, run into the next notice with no full stop between, are the first's
            s = signed.end()
        kept.append(s)
    if "【" in folded:
        # …有限公司【门窗定制】断桥铝门窗… (今日永新, set CN): an ad's boxed title after a
        # notice (its signature) ends the notice, though no sentence ended before it
        kept = sorted({*kept, *(m.start() for m in _BOXED_TITLE.finditer(folded)
                                if m.start() and _opens_an_ad(folded[m.start():]))})
    for index, s in enumerate(kept):
        end = kept[index + 1] if index + 1 < len(kept) else len(folded)
        if s:
            yield s
        if p.search(p.INTERLEAVED, folded[s:end]) is None:  # two columns mixed: one record
            yield from _run_on_cuts(folded, s, end)


#: Who signs, and the day, at a sentence's start: 朝阳市龙城区万兴汽车配件有限公司2026年12月4日.
_DATED_SIGNATURE = p._compile(rf"[^\d,;。.:]{{5,40}}?\s*{p.SIGNED_DAY}", plain=True,
                              anchored=True)


#: Longer than any block title (下列证件遗失声明作废:), with room for spaces.
_TITLE_REACH = 32


def _title(folded: str) -> bool:
    """Is this only a block's title (遗失声明), glued before the notice that follows?"""
    return len(folded) <= _TITLE_REACH and p.match(p.HEADER, folded.strip(" ,:;。")) is not None


def _names_a_document(folded: str, start: int, end: int) -> bool:
    """Does ``folded[start:end]`` name a document, not in a label or an aside?

    赵敏（身份证号码：520102…）遗失机动车驾驶证: 身份证 there labels a number.
    """
    for m in p.finditer(p.DOCUMENT, folded[start:end]):
        at = start + m.end()
        if not folded.startswith("号", at) and not inside_brackets(folded, start + m.start()):
            return True
    return False


def _next_party(folded: str, cut: int, event: int) -> bool:
    """Can ``folded[cut:event]`` be the party of a notice of its own?

    Not when it is empty, a word that goes on with the same party
    (``…公章、发票专用章及空白收据一本一并丢失``, ``…一枚，另遗失…``), or the
    colon after a title (``公章遗失声明：X公司不慎遗失…``).
    """
    if folded[cut:event].lstrip(" ").startswith("、"):
        # …被抢，挎包内的居民身份证、中国工商银行借记卡各一张及户口簿一本被抢走 (set EE, in a
        # block): the list of the items goes on to the same party's second event
        return False
    between = folded[cut:event].strip(" ,、")
    if not between or between[0] in ":;":
        return False
    if p.match(p.TITLE_END, between) is not None:
        return False  # …遗失公章 / 公告：本局原公章…遗失 (set BI): the title's end, then its body
    if between.endswith(v.SAME_PARTY_WORDS) and has_document(between):
        # …包内机动车驾驶证一本、中国农业银行借记卡一张一并被盗 (set DD): the list goes on up
        # to the same party's second event; the bank issued the card, it is no party
        return False
    last = CLAUSE_MARK.split(between)[-1].strip()
    if last.startswith("其"):
        # …，号牌号码：新N·6K213；其居民户口簿一本因房屋漏雨污损 (set EE): its, the same
        # party's (其妻X遗失…, a relative, is a party of the same notice too)
        return False
    sentence_end = folded.find("。", event)
    if p.search(p.VOIDS_THEM_ALL, folded, event, sentence_end if sentence_end != -1 else len(
            folded)) is not None and p.fullmatch(p.SECOND_PARTY_CLAUSE, last) is not None:
        # …；房山区十渡镇谷秀英遗失居民户口簿…，均声明作废 (set DD): another holder of the same
        # notice, which voids them all
        return False
    if last != between and last and p.fullmatch(p.SAME_PARTY, last) is not None:
        # …（证书编号：…），发证机关：山东省住房和城乡建设厅；另遗失… (set DA): the first item's
        # fields, then 另: the same party's second event
        return False
    return (p.fullmatch(p.SAME_PARTY, between) is None and p.match(p.JOINER, between) is None
            and p.fullmatch(p.RELATIVE_CLAUSE, between) is None)  # …；其妻X遗失…




#: How far into a notice a title of its own may end: who speaks (an office's name), then
#: 关于…的公告.
_TITLED_REACH = 120
#: A notice's title run into its text, in brackets or not: 遗失作废声明, 【遗失声明】.
_RUN_IN_TITLE = p._compile(r"\s*[【\[#]?(?:遗失|作废|挂失){1,2}(?:声明|启事|公告)[】\]#]?",
                           plain=True, anchored=True)


def _run_on_cuts(folded: str, start: int, end: int) -> Iterator[int]:
    """Cuts inside one sentence that holds several notices without punctuation."""
    events = [m for m in p.finditer(p.EVENT, folded[start:end])]
    # 关于张三遗失营业执照的声明：张三遗失…: the title's event opens no notice; nor when the
    # one who speaks is named before it (平昌县驷马镇人民政府关于财务专用章遗失作废的公告：我镇…,
    # set BZ)
    title = p.search(p.GLUED_TITLE, folded, start, min(end, start + _TITLED_REACH))
    if title is not None and (title.start() == start or (
            p.search(p.EVENT, folded, start, title.start()) is None
            and not any(mark in folded[start:title.start()] for mark in _SENTENCE_ENDS))):
        events = [m for m in events if start + m.start() >= title.end()]
    # 遗失作废声明华容县…经营部不慎遗失… (set CC): a title run into the notice, its words no
    # notice of their own
    run_in = p.match(_RUN_IN_TITLE, folded, start, end)
    if run_in is not None:
        events = [m for m in events if start + m.start() >= run_in.end()]
    notice_start = start  # where the notice of ``first`` begins: the last cut
    for first, second in itertools.pairwise(events):
        a, b = start + first.end(), start + second.start()
        if (folded.startswith(v.TITLE_WORDS, start + second.end())
                and folded[a:b].rstrip().endswith("。")):
            # …身份证号：21 / 1321198402163414，声明作废。遗 / 失启事北票市… (set EM's OCR): the
            # next notice's title opens it after the sentence's end (not a tag's words a
            # repost set inside one, …股份#遗失声明#有限公司…)
            notice_start = b
            yield b
            continue
        # endpos, not folded[:b]: the same text each time, whose trigger words are
        # searched once (a slice is a new text, searched again: a long run was quadratic)
        document = p.search(p.DOCUMENT, folded, a, b)
        void = p.search(p.VOID, folded, a, b)
        if document is None and void is None:
            continue
        if document is not None and _names_a_document(folded, notice_start, start + first.start()):
            cut = a  # party, document, event: the next party follows the event
        else:
            anchor = document if document is not None else void
            assert anchor is not None
            tail = p.match(_ITEM_TAIL, folded, anchor.end(), b)
            cut = tail.end() if tail else anchor.end()
        after_void = p.match(_VOID_AFTER, folded, cut, b)
        if after_void:
            cut = after_void.end()
        if a <= cut < b and _next_party(folded, cut, b) and not (
                cut - start <= _TITLE_REACH and _title(folded[start:cut])):
            notice_start = cut
            yield cut


def _notice(piece: str, folded: str, a: int, b: int, header_void: bool) -> Notice | None:
    return parse_segment(piece, (a, b), header_void, folded=folded)
