"""Columns found from where wide gaps line up over many lines.

A page set in columns reaches us as text read across them: a PDF export
(``pdftotext -layout``) or an OCR of a grid gives each physical line a piece
of every column, with wide runs of spaces between. One line alone cannot
tell a column's edge from a gap OCR left inside a notice
(``户号：    23042100``); many lines can. Where the text after a wide gap
starts at the same display position on three lines or more (give or take a
wide character: a converter pads each line its own way), and no line between
runs across that position, the position is a column's edge (a *gutter*).
Lines that share their gutters form a region; the region's bands (the runs
of lines between fully blank lines: a grid's rows, a table's rows) are read
one column after another, each column whole: a column that ends mid-sentence
runs on into the next (a notice continued at the next column's head), one
that ends its sentence is a paragraph of its own; a blank line ends the
band. Every piece keeps its offset in the text, so a notice read from a
column has the span and the text of its own characters.

>>> text = ("甲县张三遗失身份证，      乙县李四遗失户口簿，\\n"
...         "证号：123，声明作废。    户号：456，声明作废。\\n"
...         "另遗失驾驶证。           另遗失结婚证。\\n")
>>> for piece in reading_order(text):
...     print(piece.offset, piece.text.rstrip() or "(blank)")
0 甲县张三遗失身份证，
27 证号：123，声明作废。
56 另遗失驾驶证。
16 (blank)
16 乙县李四遗失户口簿，
43 户号：456，声明作废。
74 另遗失结婚证。
81 (blank)

Blind sets Z, AA and AB made the rule: a PDF table whose notice column
stands between others (三明日报) or comes first (赣南日报), grids of boxed
notices three to a row (黑龙江晨报) and of numbered notices four columns
wide running from column to column (吕梁日报), notices beside a column of
small ads (黔东南日报), of price lists with gaps of their own (安康日报) or
of news (鄂尔多斯晚报), three columns of unequal widths (西宁晚报); and
what it leaves alone: gaps OCR left at one place on a few lines of one
column, the lines above and below running across them (伊犁晚报, 浙江法制报,
吉林日报).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from voidnotice.parser.breaks import COLUMN_RULES
from voidnotice.parser.numerals import NUMERALS_TO_TEN
from voidnotice.parser.vocabulary import RULE_MARKS

__all__ = ["Judge", "Piece", "display_width", "reading_order"]

#: Lines whose text after a wide gap starts at one position, for it to be a column's
#: edge: two lines may line up by chance (a running head's date over the next line's
#: phone number); three in one region do not.
MIN_SUPPORT = 3
#: Lines that make a column's edge inside a region that other edges have made, or
#: beside a notice on both sides.
MIN_SUPPORT_INSIDE = 2
#: A column narrower than this (display cells) is no column: OCR that spaced a line
#: out one character to a gap (王  小  红) lines its characters up on every line.
MIN_COLUMN = 6
#: A line cut into more pieces than this is spaced out, not set in columns.
MAX_RUNS = 6
#: The most edges looked for in one text: a page has a handful; junk with gaps at
#: ever new places would cost its lines times its width.
MAX_EDGES = 32

# The characters a monospaced layout sets one cell wide; every other is two: CJK, kana,
# hangul, the full-width forms (unicodedata's W and F) and, as East Asian text sets them
# (UAX #11), the ambiguous marks (● ■ ★ ※ · “ ” — ① ° ×). Narrow: ASCII, the Latin,
# Greek and Cyrillic letters, the spaces and marks of U+2000–U+200F (a zero-width space),
# the half-width forms. Counted, not the wide ones: Chinese text holds fewer.
_NARROW = re.compile(
    "[\x00-\u00a6\u00a9-\u00af\u00b2-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u10ff"
    "\u1160-\u200f\uff61-\uffdf\uffe8-\uffff\U00010000-\U0001ffff\U00040000-\U0010ffff]")
# White space two display cells wide or more, which may part two columns: two spaces or
# tabs, or an ideographic space.
_GAP = re.compile(r"[ \t\u3000]{2,}|\u3000")
# Ink, then such a gap, then ink: a line that may show a column's edge.
_GAP_INSIDE = re.compile(rf"\S(?:{_GAP.pattern})\S")


@dataclass(frozen=True)
class _Run:
    """Text between wide gaps: display cells [left, right), characters [a, b)."""

    left: int
    right: int
    a: int
    b: int
    rule: bool = False  # a column's rule drawn alone between gaps (  │  )


def display_width(text: str) -> int:
    """Display cells of ``text``: two for a wide character.

    >>> display_width("遗失ab"), display_width("　"), display_width("●1")
    (6, 2, 3)
    """
    return 2 * len(text) - len(_NARROW.findall(text))


def _runs(line: str) -> list[_Run]:
    """The runs of ``line`` (no line break in it), parted by gaps two cells wide.

    >>> [(r.left, r.right) for r in _runs("  001   张三  李四 王五")]
    [(2, 5), (8, 12), (14, 23)]
    """
    runs: list[_Run] = []
    column = at = 0  # display cells and characters read so far
    for gap in [*_GAP.finditer(line), None]:
        a, b = (len(line), len(line)) if gap is None else gap.span()
        piece = line[at:a]
        ink = piece.strip(" \t")
        if ink:  # a single space or tab at either end of it is no gap, but no ink either
            lead = len(piece) - len(piece.lstrip(" \t"))
            left = column + lead
            runs.append(_Run(left, left + display_width(ink), at + lead, at + lead + len(ink),
                             rule=len(ink) == 1 and ink in COLUMN_RULES))
        column += display_width(piece) + (b - a) + line.count("\u3000", a, b)
        at = b
    return runs


#: How many display cells a column's text may start off its edge: a converter pads each
#: line to its own width, so the right column of a PDF read across starts at 46, 47 or 48
#: (巴中日报, set EQ): a wide character either way.
JITTER = 2


def _crosses(runs: list[_Run], edge: int) -> bool:
    """Does a run of the line go across ``edge`` (a run starting off it by JITTER cells
    or fewer is not)?"""
    return any(r.left < edge - JITTER and r.right >= edge for r in runs)


def _aligned(runs: list[_Run], edge: int) -> int:
    """0: no run starts at ``edge`` (JITTER cells either way); 1: the line's first does;
    2: a later one does, text standing before it on the line."""
    for k, r in enumerate(runs):
        if edge - JITTER <= r.left <= edge + JITTER:
            return 2 if k else 1
    return 0


@dataclass(frozen=True)
class _Span:
    edge: int
    first: int  # line indices, inclusive
    last: int
    # some segment of it has two lines or more: columns, not a field's name before its
    # value on one line a record, records parted by lines of the page (【正文】　　…)
    deep: bool
    ruled: bool = False  # a table's rule stands before the edge on each of its lines


#: How far before an edge (display cells) a table's rule stands: its gap and itself.
_RULE_REACH = 8


#: The runs of a line of the page's own (a running head, a page's foot), told by being
#: this very list: it parts segments as a blank line does.
_PAGE_LINE: list[_Run] = []


@dataclass
class _Gathering:
    """A span being gathered, line by line, for one edge."""

    first: int = -1  # its lines, inclusive
    last: int = -1
    support: int = 0  # lines with text on both sides of the edge
    deep: bool = False
    under_text: bool = False  # the line above its first runs across the edge
    ruled: bool = True  # a column's rule stands before the edge on each of its lines

    def span(self, edge: int, support: int, over_text: bool) -> Iterator[_Span]:
        """The span, if enough lines line up and it is not set inside running text:
        身份证号：    6541… on three lines of one column, the lines above and below
        running across the gap (伊犁晚报), are no column. A rule drawn before the edge on
        every line is a table's, whatever runs above and below it (…各一枚，  │  3.安泽县…,
        a day sheet's two-cell rows between notices a line each, set EQ)."""
        if self.first >= 0 and self.support >= support and (
                self.ruled or not (self.under_text and over_text)):
            yield _Span(edge, self.first, self.last, self.deep, self.ruled)


def _spans(rows: list[list[_Run]], edge: int, support: int = MIN_SUPPORT) -> Iterator[_Span]:
    """The runs of lines over which ``edge`` is a column's edge.

    Lines run in segments: runs of lines neither blank nor going across the edge. A
    span is a run of segments that each start a piece at the edge on some line, with
    only blank lines between them, and at least ``support`` lines of it holding text
    on both sides. A segment's lines after the column beside it ended are the span's
    too (a notice's last lines), and a blank line between two segments is a row's end.
    """
    span = _Gathering()
    first, support_in, aligned, count = -1, 0, 0, 0  # the segment under way
    ruled = True  # every line of the segment has a rule before the edge
    above = False  # the line above the segment runs across the edge
    for i, runs in enumerate([*rows, []]):  # a blank line closes the last segment
        crossing = bool(runs) and _crosses(runs, edge)
        if runs and not crossing:
            kind = _aligned(runs, edge)
            if first < 0:
                first, support_in, aligned, count, ruled = i, 0, 0, 0, True
            support_in += kind == 2
            aligned += kind > 0
            count += 1
            # (a line with text on one side only, a heading or a cell's last line, needs none)
            ruled = ruled and (kind != 2 or any(
                r.rule and edge - _RULE_REACH <= r.left < edge for r in runs))
            continue
        if first >= 0 and aligned:  # the segment that ends here joins the span
            if span.first < 0:
                span.first, span.under_text = first, above
            span.last = i - 1
            span.support += support_in
            span.deep = span.deep or count >= 2
            span.ruled = span.ruled and ruled
        elif first >= 0:  # a segment with nothing at the edge ends the span before it
            yield from span.span(edge, support, over_text=False)
            span = _Gathering()
        if crossing:  # a line going across the edge ends the span
            yield from span.span(edge, support, over_text=span.last == i - 1)
            span = _Gathering()
        if runs is not _PAGE_LINE:
            above = crossing  # a line of the page's own between says nothing of it
        first = -1
    yield from span.span(edge, support, over_text=False)


def _edges(rows: list[list[_Run]], support: int = MIN_SUPPORT) -> list[int]:
    """Positions where, on ``support`` lines or more, text starts after a wide gap."""
    counts: dict[int, int] = {}
    for runs in rows:
        if 1 < len(runs) <= MAX_RUNS:
            for r in runs[1:]:
                if not r.rule:  # (  │  3.安泽县…: the cell's text starts the column, not its rule)
                    counts[r.left] = counts.get(r.left, 0) + 1
    edges = []
    for edge in sorted(counts):
        near = counts[edge] + counts.get(edge - 1, 0) + counts.get(edge + 1, 0)
        if near >= support and counts[edge] >= counts.get(edge - 1, 0) and (
                counts[edge] > counts.get(edge + 1, 0)):
            edges.append(edge)
    # each edge is looked for over every line: the strongest few keep that linear
    return sorted(sorted(edges, key=lambda e: -counts[e])[:MAX_EDGES])


@dataclass
class _Region:
    first: int
    last: int
    spans: list[_Span]

    def edges(self, line: int) -> list[int]:
        """The column edges in force on ``line``."""
        return sorted({s.edge for s in self.spans if s.first <= line <= s.last})


def _regions(rows: list[list[_Run]], lines: list[str], judge: Judge) -> list[_Region]:
    """The regions of lines set in columns: spans that share a line are one region."""
    candidates = _edges(rows)
    found = [s for edge in candidates for s in _spans(rows, edge)]
    spans = sorted([*found, *_two_notices_abreast(rows, lines, judge, found)],
                   key=lambda s: (s.first, s.last))
    regions: list[_Region] = []
    for span in spans:
        if regions and span.first <= regions[-1].last:
            region = regions[-1]
            region.last = max(region.last, span.last)
            region.spans.append(span)
        else:
            regions.append(_Region(span.first, span.last, [span]))
    kept = []
    for region in regions:
        region.spans = _narrow_columns_dropped(region.spans)
        if not any(s.deep for s in region.spans) or _ambiguous(region, rows, candidates):
            continue
        region.spans = _narrow_columns_dropped(region.spans + _short_columns(region, rows))
        if _numbered(region, rows, lines):
            # 001 / 1 in a column of its own numbers the row: it goes with the notice
            region.spans = [s for s in region.spans if s.edge != region.spans[0].edge]
        if region.spans:
            kept.append(region)
    return kept


def _two_notices_abreast(rows: list[list[_Run]], lines: list[str], judge: Judge,
                         found: list[_Span]) -> Iterator[_Span]:
    """Spans of two lines with text on both sides of the edge, when they hold a notice
    on each side: 乌海市…遗失居民身份证，   赵永强遗失机动车驾驶证，… /
    …，签发   198609230150，声明作废。 / 机关：…: two notices side by side, the left
    one longer. Two lines that line up by chance (a running head over its hotline)
    hold no notice on both sides. An edge ``found`` on three lines elsewhere is looked for
    here only where a table's rule stands before it, off the spans found there: in a long
    text (pages joined, 7.汾西县…正本，    |  8.曲沃县…, set EQ's day sheet among them) the
    edge of a ruled table's two lines is another's too."""
    taken = {(s.edge, s.first) for s in found}
    edges = {s.edge for s in found}
    for edge in _edges(rows, MIN_SUPPORT_INSIDE):
        for span in _spans(rows, edge, MIN_SUPPORT_INSIDE):
            if (edge in edges and not span.ruled) or (edge, span.first) in taken:
                continue
            if _abreast(rows, lines, span, judge):
                yield span


def _abreast(rows: list[list[_Run]], lines: list[str], span: _Span, judge: Judge) -> bool:
    """Do the span's lines hold a notice on each side of its edge?"""
    left, right = [], []
    for j in range(span.first, span.last + 1):
        cut = next((r.a for r in rows[j] if r.left >= span.edge - JITTER and not r.rule),
                   len(lines[j]))
        left.append(lines[j][:cut])
        right.append(lines[j][cut:])
    return judge.abreast("".join(left), "".join(right))


def _short_columns(region: _Region, rows: list[list[_Run]]) -> list[_Span]:
    """The edges of columns too short to be found alone, inside a region set in columns:
    a middle column of two lines beside two of six (a grid whose columns end unevenly)."""
    inside = rows[region.first:region.last + 1]
    known = {s.edge for s in region.spans}
    return [_Span(edge, region.first + span.first, region.first + span.last, span.deep)
            for edge in _edges(inside, MIN_SUPPORT_INSIDE) if edge not in known
            for span in _spans(inside, edge, MIN_SUPPORT_INSIDE)]


def _narrow_columns_dropped(spans: list[_Span]) -> list[_Span]:
    """The spans less those whose edge would make a column narrower than MIN_COLUMN (an
    edge may have several spans: a table's rows on two pages), by edge, left first."""
    edges: list[int] = []
    for edge in sorted({s.edge for s in spans}):
        if edge >= MIN_COLUMN and (not edges or edge - edges[-1] >= MIN_COLUMN):
            edges.append(edge)
    return sorted((s for s in spans if s.edge in edges), key=lambda s: (s.edge, s.first))


#: What a table's first column holds when it numbers the rows: 001, 1., 一、, its head.
_NUMBERING = re.compile(rf"(?:\d{{1,4}}|[{NUMERALS_TO_TEN}]{{1,3}})[.、．]?|序号|编号|No\.?")


def _numbered(region: _Region, rows: list[list[_Run]], lines: list[str]) -> bool:
    """Does the region's first column (its spans are by edge) hold only the numbers of
    its rows?"""
    edge = region.spans[0].edge
    seen = False
    for j in range(region.first, region.last + 1):
        for r in rows[j]:
            if r.left < edge - JITTER:
                if _NUMBERING.fullmatch(lines[j][r.a:r.b]) is None:
                    return False
                seen = True
    return seen


def _ambiguous(region: _Region, rows: list[list[_Run]], candidates: list[int]) -> bool:
    """Do rows of fields line up inside the region's first column, and the lines that run
    across those fields never stand beside the column after it?

    序号  刊登日期  报纸  版次  栏目  正文 / 0001  2026-12-01 … 合作市…遗 / 失营业执照正本…
    (a database's export, 甘南日报): the notice of each row wraps to the line's start,
    across the fields, so the text at the last field's place is no column. A price list
    in a column of ads beside the notices (安康日报: 单间　800元/月) stands beside it.
    """
    edges = sorted(s.edge for s in region.spans)
    lines = range(region.first, region.last + 1)
    for c in candidates:
        if c >= edges[-1] or any(abs(c - e) < MIN_COLUMN for e in edges):
            continue
        edge = next(e for e in edges if e > c)
        if sum(1 for j in lines if _aligned(rows[j], c) == 2) < MIN_SUPPORT:
            continue
        across = [rows[j] for j in lines if rows[j] and _crosses(rows[j], c)]
        if across and not any(runs[-1].left >= edge - JITTER for runs in across):
            return True
    return False


def _column_pieces(runs: list[_Run], edges: list[int], all_edges: list[int]
                   ) -> dict[int, tuple[int, int]]:
    """The characters [a, b) of a line in each column, by the column's index."""
    pieces: dict[int, tuple[int, int]] = {}
    for r in runs:
        # the columns in force it is past; a table's rule near an edge ends the cell before
        # it (…各一枚，  │  3.安泽县…, set EQ), whichever of its sides the edge was found
        cut = (sum(1 for e in edges if e + JITTER < r.left) if r.rule
               else sum(1 for e in edges if e - JITTER <= r.left))
        at = all_edges.index(edges[cut - 1]) + 1 if cut else 0
        a, b = pieces.get(at, (r.a, r.b))
        pieces[at] = (min(a, r.a), max(b, r.b))
    return pieces


def _never(text: str) -> bool:
    return False


def _neither(left: str, right: str) -> bool:
    return False


class Judge(NamedTuple):
    """What the reader of notices tells the layout about a piece of text.

    ``notice_like``: a column's text holds a notice's words; in a region where one
    does, the columns where none does are the page's (``aside``). ``page_line``: a
    line of the page itself (a running head, a page's foot); it ends a band like a
    blank line and is given whole. ``opens_notice``: a piece opens with a notice's
    mark (●, 1.); a line whose every column does so starts a new row. ``abreast``:
    two texts side by side are two notices, each with its own party and event;
    then two lines suffice to make a column's edge. ``heading``: a block's header
    (遗失声明) set above a column.
    """

    notice_like: Callable[[str], bool] = bool
    page_line: Callable[[str], bool] = _never
    opens_notice: Callable[[str], bool] = _never
    abreast: Callable[[str, str], bool] = _neither
    heading: Callable[[str], bool] = _never


class Piece(NamedTuple):
    """A line of the text, or the part of one that stands in one column.

    ``column``: cut from a line set in columns; ``aside``: in a column that, beside
    the notices of its region, holds none (a table's number, who placed the notice,
    its fee and date; an ad in a grid of notices): the page's, not a notice's.
    """

    offset: int
    text: str
    column: bool = False
    aside: bool = False


#: A judge that knows no notice: every column is read, none set aside.
NO_JUDGE = Judge()


def reading_order(text: str, judge: Judge = NO_JUDGE) -> Iterator[Piece]:
    """Each line of ``text`` with its offset, keeping its line break, in reading order:
    a region set in columns gives the pieces of its first column, then those of the
    next... band by band, a blank line after a column that ends its sentence and
    after the band (see the module's doc and :class:`Judge`). An empty piece is such
    a blank line.

    >>> list(reading_order("张三遗失身份证\\n李四遗失户口簿\\n"))
    [Piece(offset=0, text='张三遗失身份证\\n', column=False, aside=False), \
Piece(offset=8, text='李四遗失户口簿\\n', column=False, aside=False)]
    """
    lines = text.splitlines(keepends=True)
    # most pages have no wide gap inside a line: a substring test first, at C speed
    if sum(1 for line in lines if ("  " in line or "\u3000" in line or "\t" in line)
           and _GAP_INSIDE.search(line)) < MIN_SUPPORT_INSIDE:
        yield from _plain(lines)
        return
    rows = [_runs(line.rstrip(_LINE_BREAKS)) for line in lines]
    if not _edges(rows, MIN_SUPPORT_INSIDE):  # nothing lines up: the lines as they are
        yield from _plain(lines)
        return
    # a line of the page's own is read like a blank one: a PDF's page foot and the next
    # page's head stand between two rows of one table (今日沂南)
    rows = [_PAGE_LINE if runs and judge.page_line(line) else runs
            for line, runs in zip(lines, rows, strict=True)]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    i = 0
    for region in _regions(rows, lines, judge):
        for j in range(i, region.first):
            yield Piece(offsets[j], lines[j])
        edges = sorted({s.edge for s in region.spans})
        yield from _read_region(_Layout(region, lines, rows, offsets, edges), judge)
        i = region.last + 1
    for j in range(i, len(lines)):
        yield Piece(offsets[j], lines[j])


_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _plain(lines: list[str]) -> Iterator[Piece]:
    offset = 0
    for line in lines:
        yield Piece(offset, line)
        offset += len(line)


@dataclass(frozen=True)
class _Layout:
    """A region and the lines it cuts."""

    region: _Region
    lines: list[str]
    rows: list[list[_Run]]
    offsets: list[int]
    edges: list[int]  # every edge of the region, left first

    def pieces(self, j: int) -> dict[int, tuple[int, str]]:
        """Line ``j``'s piece in each column (by index): its offset and its text."""
        cut = _column_pieces(self.rows[j], self.region.edges(j), self.edges)
        return {at: (self.offsets[j] + a, self.lines[j][a:b]) for at, (a, b) in cut.items()}


#: A band: each column's pieces, by the column's index; or the blank line between two.
_Band = dict[int, list[tuple[int, str]]] | int


_SENTENCE_ENDS = ("。", ".", "；", ";", "！", "？")
#: A rule drawn across the page: it parts two bands as a blank line does.
_RULE = re.compile(rf"[{re.escape(RULE_MARKS)}\s]{{3,}}")


def _bands(layout: _Layout, judge: Judge) -> Iterator[_Band]:
    """The region's bands, the blank lines between them, and the page's lines (given
    after the band they stand in: a running head printed inside a column breaks no
    notice of it)."""
    band: dict[int, list[tuple[int, str]]] = {}
    held: list[int] = []  # the page's lines inside the band under way
    first: dict[int, str] = {}  # each column's first piece in the region
    region = layout.region
    grid = _grid(layout, judge)
    for j in range(region.first, region.last + 1):
        if not layout.rows[j] and layout.lines[j].strip() and not _RULE.fullmatch(
                layout.lines[j].strip()):
            held.append(j)
            continue
        pieces = layout.pieces(j)
        for at, (_, t) in pieces.items():
            if not judge.heading(t):  # 遗失声明 above a column opens no notice of it
                first.setdefault(at, t)
        if not pieces or (grid and band and len(pieces) >= 2 and all(
                judge.opens_notice(t) and judge.opens_notice(first.get(at, "")) and at in band
                # (…声明作废。      │: a table's rule after the cell's sentence, set EQ)
                and band[at][-1][1].rstrip().rstrip(COLUMN_RULES).rstrip().endswith(
                    _SENTENCE_ENDS)
                for at, (_, t) in pieces.items())):
            # a blank line; or ●咸丰县…　　●来凤县… / … / ●建始县…　　●巴东县…: every column
            # ended a notice on the line before and opens one on this line, a new row of
            # a grid whose every column opened with a notice (set Y's hd02), where the
            # columns open their notices on the same lines throughout; not two columns
            # whose notices line up once by chance (今日府谷, set AT), nor
            # …（管理号：1201387163 / 0），声明作废。, nor columns a notice runs on from one
            # to the next (河源晚报: the second column opens with 号：4416…)
            if band:
                yield band
                band = {}
            yield from held
            held = []
        if not pieces:
            yield j
        for at, piece in pieces.items():
            band.setdefault(at, []).append(piece)
    if band:
        yield band
    yield from held


def _grid(layout: _Layout, judge: Judge) -> bool:
    """Do the region's columns open their notices on the same lines, as a grid of boxes
    does (a row of boxes, then the next), not as columns read down each on its own?"""
    opening: dict[int, set[int]] = {}
    region = layout.region
    for j in range(region.first, region.last + 1):
        for at, (_, t) in layout.pieces(j).items():
            if judge.opens_notice(t):
                opening.setdefault(at, set()).add(j)
    rows = list(opening.values())
    return len(rows) >= 2 and all(r == rows[0] for r in rows[1:])


def _read_region(layout: _Layout, judge: Judge) -> Iterator[Piece]:
    bands = list(_bands(layout, judge))
    holds = [{} if isinstance(b, int) else
             {at: judge.notice_like("".join(t for _, t in pieces)) for at, pieces in b.items()}
             for b in bands]
    # The columns that hold no notice's words are the page's when the region holds
    # notices, a whole row among them too: a table's row of a 招领启事 (三明日报) does not
    # end the 遗失声明 it stands in.
    notices = any(any(h.values()) for h in holds)
    for band, held in zip(bands, holds, strict=True):
        if isinstance(band, int):
            yield Piece(layout.offsets[band], layout.lines[band])  # blank, or the page's
            continue
        # A notice runs on from the foot of one column to the head of the next (吕梁日报's
        # grid of four): a column that ends mid-sentence goes on in the next with no
        # blank line between; one that ends its sentence is a paragraph of its own (a
        # news story beside the notices, 鄂尔多斯晚报, is no part of the block). Then a
        # blank line, and the page's columns.
        kept = [at for at in sorted(band) if not (notices and not held[at])]
        for k, at in enumerate(kept):
            if k and band[kept[k - 1]][-1][1].rstrip().endswith(_SENTENCE_ENDS):
                yield Piece(band[at][0][0], "", column=True)
            for offset, piece in band[at]:
                yield Piece(offset, piece, column=True)
        last = band[kept[-1]][-1] if kept else band[min(band)][0]
        yield Piece(last[0] + len(last[1]), "", column=True)
        for at in sorted(set(band) - set(kept)):
            for offset, piece in band[at]:
                yield Piece(offset, piece, column=True, aside=True)
