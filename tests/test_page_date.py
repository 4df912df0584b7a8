"""page_date: the day a page was printed, read from the page, never from a notice."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from voidnotice import page_date, parse

PAGES = Path(__file__).parent / "data" / "pages"

D = datetime.date

# Corpus pages of every shape a page gives its day in, and what each gives.
CORPUS = {
    "hv01": D(2024, 5, 9),  # 湘潭日报 2024年5月9日 星期四 B3 分类信息, at each page's head
    "hr04": D(2026, 12, 5),  # ２０２６年１２月５日　星期六 (full width)
    "hp02": D(2023, 8, 9),  # 楚 天 都 市 报　２０２３年８月９日　星期三 (OCR's spaces)
    "hu01": D(2026, 12, 5),  # JIANGJIN RIBAO　2026年12月5日　星期六 (a pinyin masthead)
    "hs01": D(2010, 8, 17),  # 【出版日期】2010-08-17 over 【入库时间】… and 导出时间：2026-…
    "kd01": D(2026, 12, 5),  # 发布时间：2026-12-05 over a browser's print stamp 2026/12/6
    "kr01": D(2026, 12, 5),  # <!-- …导出时间：2026-12-05 18:30:12 条件：刊登日期=2026-12-05 -->
    "iq03": D(2026, 12, 6),  # 导出时间：2026-12-05…, 查询条件：刊登日期=2026-12-06
    "ij01": D(2026, 12, 6),  # 2026年12月6日见报公告汇总, its notices signed 12月4日, 12月5日
    "ku01": D(2001, 6, 12),  # a microfilmed page of 2001
    "im01": D(2026, 12, 6),  # # 凉山日报 · 2026年12月6日 · 第06版: a Markdown heading
    "ke01": D(2026, 12, 5),  # an Atom feed's <published>2026-12-05T06:20:00+08:00</published>
    "im02": D(2026, 12, 6),  # an RSS feed's <pubDate>Sun, 06 Dec 2026 07:38:00 +0800</pubDate>
    "kf02": D(2026, 12, 5),  # <div class="top">今日桐庐数字报&nbsp;&nbsp;2026年12月05日&nbsp;星期六
    "hd04": None,  # 刊登日期＝2026-12-01至2026-12-05: an export of five days
    "io01": None,  # a chat's log (2026-12-05 09:31:07 报社广告部-小李): when sent, not printed
    "ih01": None,  # a table's rows, each with its own day
    "zhuzhou-daily-2021-12-30": None,  # no running head; a report signed 2021年12月29日
}


@pytest.mark.parametrize(("page", "day"), CORPUS.items())
def test_corpus_pages(page: str, day: datetime.date | None) -> None:
    assert page_date((PAGES / f"{page}.txt").read_text(encoding="utf-8")) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("今日沂南    2026年12月5日　星期六    第4版\n遗失声明\n●张三遗失身份证，声明作废。",
         D(2026, 12, 5)),
        ("2024年5月9日 星期四\n2024年5月9日 星期四 B4\n", D(2024, 5, 9)),  # two pages, one day
        ("大河报 2024年6月12日 星期三 A07\n大河报 2024年6月13日 星期四 A07\n", None),
        ("发布日期：2026-12-06　来源：濮阳日报", D(2026, 12, 6)),
        ("刊登于2026年12月6日《新晚报》第11版", D(2026, 12, 6)),
        # a notice's own dates: signed, or the day of the loss, even with its weekday
        ("张三于2026年12月3日（星期四）遗失身份证，声明作废。\n2026年12月5日", None),
        ("本公司遗失公章一枚，声明作废。\n某某有限公司\n2026年12月5日", None),
        ("在 2026年12月4日 星期五 15:20，邹志文 <z@example.cn> 写道：", None),  # a mail quoted
        ("https://epaper.example.cn/html/2026-12/06/content_1.htm", None),
        ("采集时间：2026-12-05 07:42:16", None),
        # old pages print the head in numerals, and OCR reads 〇 as ○
        ("海门日报　二〇〇九年三月十七日　星期二\n遗失声明", D(2009, 3, 17)),
        ("二○二四年十月三十一日 星期四 第3版", D(2024, 10, 31)),
        ("本公司遗失公章一枚，声明作废。\n某某有限公司\n二〇二六年十二月五日", None),
        ("凉山日报 · 2026年12月6日", D(2026, 12, 6)),  # a masthead, no weekday
        ("## 2026年12月6日 分类广告", D(2026, 12, 6)),
        ("某某有限公司　2026年12月5日", None),  # a signature on one line
        # a web page's own fields, in its JSON or its meta tags
        ('"datePublished": "2026-12-05T06:20:00+08:00",', D(2026, 12, 5)),
        ('<meta property="article:published_time" content="2026-12-04T21:00:00+08:00">',
         D(2026, 12, 4)),
        ("<updated>2026-12-05T06:20:00+08:00</updated>", None),  # changed, not printed
        ("<pubDate>Sat, 05 Dec 2026 06:20:00 +0800</pubDate>\n"
         "<pubDate>Fri, 04 Dec 2026 06:20:00 +0800</pubDate>", None),  # a feed of two days
        ("2026年2月30日 星期一", None),  # no such day
        ("二〇二六年二月三十日 星期一", None),
        ("2126年12月5日 星期六", None),  # a day to come: an OCR misreading
        ("", None),
    ],
)
def test_texts(text: str, day: datetime.date | None) -> None:
    assert page_date(text) == day


def test_a_page_checked_as_of_its_day() -> None:
    # A page of 2009: a person born in 2015 is in the future as of its day, not today.
    page = ("海门日报　2009年3月17日　星期二　第4版\n遗失声明\n"
            "●张三遗失居民身份证，身份证号：110105201501010017，声明作废。")
    today = parse(page)[0].items[0].identifiers[0]
    then = parse(page, as_of=page_date(page))[0].items[0].identifiers[0]
    assert today.valid and not then.valid
    assert [e.code for e in then.errors] == ["date"]
