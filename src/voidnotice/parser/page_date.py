"""The day a page was printed, read from the page itself.

An archive back-filled from old pages checks each page's numbers as of the day it
was printed (``as_of``). Most pages print that day in their running head
(``湘潭日报 2024年5月9日 星期四 B3``, ``二〇〇九年三月十七日　星期二``, ``# 凉山日报 ·
2026年12月6日``), and e-paper and database exports in a field (``发布时间：2026-12-05
07:30``, ``【出版日期】2010-08-17``, a feed's ``<published>`` or ``<pubDate>``).
:func:`page_date` reads it from the lines the parser takes for the page's own, never from
a notice (whose signature dates the notice, not the page), and answers only when the page
is sure:

* a field that names the day of printing (``出版日期``, ``刊登日期``, ``发布时间``…)
  is read even on a line that also gives an export's time
  (``导出时间：2026-12-05 18:30:12 条件：刊登日期=2026-12-05``);
* any other date of a page line counts unless the line is about the file, not the
  page: when it was exported, gathered or quoted (``导出时间``, ``采集时间``,
  ``…写道：``), a web address, or a range of days (``2026-12-01至2026-12-05``);
* pages of different days in one text (an export of a week) give no single day:
  ``None``, as does a page that prints none, a day that does not exist, or one after
  today (an OCR misreading, which would check the numbers as of a day to come).
"""

from __future__ import annotations

import datetime
import re

from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.numerals import DATE_NUMERALS, NUMERALS_TO_TEN, chinese_integer
from voidnotice.parser.segmentation import has_trigger, page_line

# 2024年5月9日 (spaces OCR put between the parts allowed), 2026-12-05, 2026/12/6, 2010.08.17;
# not a longer run of digits (a phone number, an order number) nor a URL's 2026-12/02.
# Old pages and some county papers print the head in numerals (二〇〇九年三月十七日 星期二),
# and OCR reads their 〇 as ○ or 零.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE = re.compile(
    r"(?<![\d/.\-])(\d{4})(?:\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日"
    r"|([\-/.])(\d{1,2})\4(\d{1,2})(?![\d/]))"
    rf"|(?<![{DATE_NUMERALS}])([{DATE_NUMERALS}]{{4}})\s{{0,2}}年"
    rf"\s{{0,2}}([{NUMERALS_TO_TEN}]{{1,2}})\s{{0,2}}月\s{{0,2}}([{NUMERALS_TO_TEN}]{{1,3}})\s{{0,2}}日"
    # an RSS feed's <pubDate>Sat, 05 Dec 2026 06:20:00 +0800</pubDate> (RFC 822)
    rf"|(?:[A-Z][a-z]{{2}},\s{{0,2}})?(?<!\d)(\d{{1,2}})\s({'|'.join(_MONTHS)})\s(\d{{4}})\b"
)
# The fields that name the day of printing, their date right after them: after a colon
# or an equals sign, or as a feed, a page's JSON or its meta tags print it
# (<published>…, "datePublished": "…", property="article:published_time" content="…").
_PRINTED_ON = re.compile(
    rf"{p._alternation(v.PRINTED_ON_FIELDS)}[】\]>\"']?\s{{0,3}}(?:[:=]|content=)?\s{{0,3}}[\"']?",
    re.IGNORECASE,
)
# …or right before them.
_PRINTED = re.compile(rf"\s{{0,2}}{p._alternation(v.PRINTED_AFTER_DATE)}")
# A running head's weekday after its date (2026年12月5日　星期六): the page's day even on a
# line the parser does not take for the page's (JIANGJIN RIBAO　2026年12月5日　星期六…).
# (&nbsp; between them folds to six spaces: 2026年12月05日&nbsp;星期六, 今日桐庐's e-paper)
_WEEKDAY = re.compile(
    rf"[\s,，·]{{0,8}}{p.WEEKDAY}"
)
# …or a masthead's name before it, or a Markdown heading (# 凉山日报 · 2026年12月6日, a
# WeChat article's or a site's export), which a notice's signature never is.
_MASTHEAD = re.compile(
    rf"\s*(?:#{{1,6}}\s.{{0,30}}|[\u3400-\u9fff\s]{{1,16}}{p._alternation(v.PAPER_ENDINGS)}"
    r"[\s·•|｜,，:\-—]{0,14})"
)
# A line about the file, not the page (vocabulary.ABOUT_THE_FILE_WORDS), or a web address.
_NOT_THE_PAGE = re.compile(
    rf"{p._alternation(v.ABOUT_THE_FILE_WORDS)}|https?:|www\.|\.html?\b", re.IGNORECASE
)
# A time to the second after a date (2026-12-05 09:31:07 报社广告部-小李): a log's stamp, when
# a message was sent; a running head or a web page's field gives minutes at most.
_STAMP = re.compile(r"\s{1,2}\d{1,2}:\d{2}:\d{2}")
# A range of days (2026-12-01至2026-12-05, 00:00—23:59): no one day of printing.
_RANGE_AFTER = re.compile(
    r"(?:\s{0,2}\d{1,2}:\d{2}(?::\d{2})?)?\s{0,2}(?:至|到|—|–|~|～|-{1,2})\s{0,2}\d"
)


def page_date(text: str) -> datetime.date | None:
    """The day the page in ``text`` was printed, from its running head or an export's
    field; ``None`` when it prints none, or several days. Pass it on as ``as_of``.

    A field that names the day of printing outweighs the dates of running heads.

    >>> page = "湘潭日报 2024年5月9日 星期四 B3 分类信息\\n遗失声明\\n张三遗失身份证，声明作废。"
    >>> page_date(page)
    datetime.date(2024, 5, 9)
    >>> page_date("【出版日期】2010-08-17\\n【入库时间】2011-03-01\\n导出时间：2026-12-05 10:42")
    datetime.date(2010, 8, 17)
    >>> page_date("张三遗失身份证，声明作废。\\n2024年5月9日") is None  # a notice's own date
    True
    >>> page_date("检索条件：刊登日期＝2026-12-01至2026-12-05") is None  # a week
    True
    """
    printed: set[datetime.date] = set()
    heads: set[datetime.date] = set()
    for line in text.splitlines():
        labelled, other = _line_days(line)
        printed.update(labelled)
        heads.update(other)
    days = printed or heads
    return days.pop() if len(days) == 1 else None


def _line_days(line: str) -> tuple[list[datetime.date], list[datetime.date]]:
    """The days of printing a line gives: those a field names as such, and the others of
    a line of the page itself (a running head). Nothing from a notice's line.

    >>> _line_days("2026年12月5日　星期六　第4版　分类信息")
    ([], [datetime.date(2026, 12, 5)])
    >>> _line_days("导出时间：2026-12-05 18:30:12 条件：刊登日期=2026-12-04")
    ([datetime.date(2026, 12, 4)], [])
    >>> _line_days("导出时间：2026-12-05 18:02:44")
    ([], [])
    """
    folded = p.fold_width(line)
    ours = page_line(line)
    if not ours and (not line.strip() or has_trigger(folded)):
        return [], []
    # Folding blanks out markup, and with it the field of a feed or a meta tag
    # (<published>2026-12-05T06:20:00+08:00</published>): such a line is read as given too.
    for text in (folded, line) if "<" in line else (folded,):
        named = _named(text)
        if named:
            return _days(text, named), []
    if _NOT_THE_PAGE.search(folded) is not None:
        return [], []
    found = [m for m in _DATE.finditer(folded)
             if (ours or _WEEKDAY.match(folded, m.end()) is not None
                 or _MASTHEAD.fullmatch(folded, 0, m.start()) is not None)
             and _STAMP.match(folded, m.end()) is None]
    return [], _days(folded, found)


def _named(text: str) -> list[re.Match[str]]:
    """The dates of ``text`` that a field names as the day of printing.

    >>> [m.group() for m in _named("刊登日期=2026-12-04 2026年12月6日见报 2026-12-05")]
    ['2026-12-04', '2026年12月6日']
    """
    labelled = [_DATE.match(text, label.end()) for label in _PRINTED_ON.finditer(text)]
    named = [m for m in labelled if m is not None]
    return named + [m for m in _DATE.finditer(text) if _PRINTED.match(text, m.end()) is not None]


def _days(folded: str, found: list[re.Match[str]]) -> list[datetime.date]:
    """The days of the dates found; none when one of them opens a range."""
    if any(_RANGE_AFTER.match(folded, m.end()) is not None for m in found):
        return []
    return [day for m in found if (day := _day(m)) is not None]


def _day(found: re.Match[str]) -> datetime.date | None:
    """The date found, if it is a day that was (1949 to today)."""
    if found.group(7):  # 二〇〇九年三月十七日
        parts = [chinese_integer(part) for part in found.group(7, 8, 9)]
    elif found.group(10):  # 05 Dec 2026
        parts = [int(found.group(12)), _MONTHS.index(found.group(11)) + 1, int(found.group(10))]
    else:
        month, day = found.group(2, 3) if found.group(2) else found.group(5, 6)
        parts = [int(found.group(1)), int(month), int(day)]
    year, month_number, day_number = parts
    if year is None or month_number is None or day_number is None:
        return None
    try:
        date = datetime.date(year, month_number, day_number)
    except ValueError:
        return None
    return date if year >= 1949 and date <= datetime.date.today() else None
