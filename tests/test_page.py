"""Segmenting a page: blocks, news beside them, and nothing dropped unseen."""

from __future__ import annotations

import random

import pytest

from corpus import load_notices, load_pages
from voidnotice import parse, parse_notice, scan
from voidnotice.parser.patterns import fold_width
from voidnotice.parser.segmentation import _notice_like

NEWS_PARAGRAPH = "本报讯 记者获悉,营业执照遗失后,企业可通过平台申请补领,原执照同步作废。"


def _unaccounted(text: str) -> list[str]:
    """Notice-like lines of ``text`` that no notice and no skipped entry covers."""
    page = scan(text)
    spans = [n.span for n in page.notices] + [s.span for s in page.skipped]
    missing = []
    offset = 0
    for line in text.splitlines(keepends=True):
        a, b = offset, offset + len(line.rstrip())
        offset += len(line)
        if _notice_like(fold_width(line)) and not any(s < b and a < e for s, e in spans):
            missing.append(line.strip())
    return missing


@pytest.mark.parametrize("title", ["王女士", "张先生"])
def test_a_title_in_a_block_is_no_sign_of_news(title: str) -> None:
    text = f"下列证件声明作废\n·{title}遗失身份证,声明作废。\n·李四遗失营业执照副本,声明作废。\n"
    assert [n.parties[0].name for n in parse(text)] == [title, "李四"]


def test_a_bulleted_line_is_a_notice_whatever_words_it_uses() -> None:
    text = "下列证件声明作废\n·张三遗失身份证\n·李四表示遗失户口本\n·王五遗失驾驶证\n"
    assert [n.parties[0].name for n in parse(text)][::2] == ["张三", "王五"]
    assert len(parse(text)) == 3


def test_news_after_a_block_is_skipped_and_listed() -> None:
    text = f"下列证件声明作废\n·张三遗失身份证\n\n{NEWS_PARAGRAPH}\n"
    page = scan(text)
    assert [n.text for n in page.notices] == ["张三遗失身份证"]
    assert [(s.reason.code, s.text) for s in page.skipped] == [("outside_block", NEWS_PARAGRAPH)]


@pytest.mark.parametrize("name, text", [(name, text) for name, text, _ in load_pages()])
def test_every_notice_like_line_of_a_page_is_accounted_for(name: str, text: str) -> None:
    assert _unaccounted(text) == []


def test_every_notice_like_line_of_mixed_pages_is_accounted_for() -> None:
    lines = [row["text"] for row in load_notices()]
    headers = ["下列证件声明作废", "遗失声明", "注销公告", ""]
    rng = random.Random(20261126)
    for _ in range(40):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts.append(rng.choice(headers))
            bullet = rng.choice(["·", "", "1."])
            parts.extend(bullet + line for line in rng.sample(lines, rng.randint(1, 6)))
            parts.append(rng.choice(["", NEWS_PARAGRAPH, ""]))
        text = "\n".join(parts)
        assert _unaccounted(text) == [], text


def test_a_surname_at_a_line_end_is_no_count() -> None:
    text = ("遗失声明\n某某五金经营部遗失公章、财务专用章各一枚青岛市崂山区302户张\n"
            "明远遗失不动产权证书，声明作废。\n")
    assert [n.parties[0].name for n in parse(text)] == ["某某五金经营部", "张明远"]


def test_a_phone_number_on_its_own_line_ends_its_notice() -> None:
    text = ("遗失启事\n王浩遗失身份证一张，望拾到者与本人联系。电话：\n159 2718 6603\n"
            "湖北某某公司遗失发票专用章\n一枚，现声明作废。\n")
    assert [n.text for n in parse(text)] == [
        "王浩遗失身份证一张，望拾到者与本人联系。电话：159 2718 6603",
        "湖北某某公司遗失发票专用章一枚，现声明作废。",
    ]


def test_a_void_sentence_inside_another_notice_is_a_notice() -> None:
    text = ("招领启事：3月10日，工作人员拾到黑色双肩包一个，内有身份证，请失主到派出所认领。"
            "孙志强遗失机动车驾驶证，证号：210103198702293814，声明作废。\n")
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == ["孙志强"]
    assert page.skipped == []  # the 招领启事 names no event and nothing void


def test_an_amount_broken_at_a_line_start_is_no_bullet() -> None:
    text = "遗失声明\n张三遗失收据一张，金额：¥150,\n000.00元，声明作废。\n"
    notices = parse(text)
    assert [str(n.items[0].amount) for n in notices] == ["150000.00"]


def test_notices_among_other_notices_and_ads_without_blank_lines() -> None:
    text = ("注销公告\n某某物流有限公司经股东决定，拟申请注销登记，请债权人申报债权。特此公告。\n"
            "黎嘉豪（父：黎志强）遗失出生医学证明，编号：U440927315，声明作废。\n"
            "【旺铺招租】临街商铺120平方米。电话：139\n26015588黄生\n"
            "林美华遗失不动产权证书，\n声明作废。\n")
    assert [n.parties[0].name for n in parse(text)] == ["黎嘉豪", "林美华"]


def test_a_notice_and_its_void_sentence_outside_a_block() -> None:
    assert [n.text for n in parse("张三遗失身份证。特此声明。")] == ["张三遗失身份证。特此声明。"]


def test_a_run_on_cut_keeps_ranges_and_void_statements() -> None:
    text = ("遗失声明\n某某物流有限公司遗失增值税普通发票共20份，号码：02316581至02316600，声明作废"
            "刘梓萱遗失出生医学证明，声明作废。\n")
    assert [n.text for n in parse(text)] == [
        "某某物流有限公司遗失增值税普通发票共20份，号码：02316581至02316600，声明作废",
        "刘梓萱遗失出生医学证明，声明作废。",
    ]


def test_a_middle_dot_inside_an_open_bracket_goes_on_with_the_name() -> None:
    # found by scripts/fuzz_breaks.py: the · opened a notice of its own
    text = ("下列证件声明作废\n霍城县清水河镇花海农家乐\n（经营者：努尔兰\n"
            "·别克波拉提）遗失营业执照副本，声明作废。\n·张三遗失身份证，声明作废。\n")
    notices = parse(text)
    assert [n.parties[0].name for n in notices] == ["霍城县清水河镇花海农家乐", "张三"]
    assert notices[0].parties[0].relations[0].name == "努尔兰·别克波拉提"


@pytest.mark.parametrize(("text", "names", "values"), [
    # found by scripts/fuzz_breaks.py: 251、 after the hyphen read as a list's numbering
    ("下列证件声明作废\n某某汽车销售有限公司遗失机动车整车出厂合格证两份，"
     "合格证编号：WCB2401736-\n251、WCB2401736252，声明作废。\n1、张三遗失身份证，声明作废。\n",
     ["某某汽车销售有限公司", "张三"], ["WCB2401736251", "WCB2401736252"]),
    # (seed 18): 385、 after a number broken before its last digits read as a numbering
    ("下列证件声明作废\n钟国庆与刘秋兰遗失结婚证两本，结婚证字号：J360781-2015-000\n"
     "385、J360781-2015-000386，声明作废。\n12、张三遗失身份证，声明作废。\n",
     ["钟国庆", "张三"], ["J3607812015000385", "J3607812015000386"]),
])
def test_a_number_s_rest_before_a_list_mark_goes_on(text: str, names: list[str],
                                                    values: list[str]) -> None:
    notices = parse(text)
    assert [n.parties[0].name for n in notices] == names
    assert [i.value for i in notices[0].items[0].identifiers] == values


@pytest.mark.parametrize("text", [
    # found by scripts/fuzz_breaks.py (seed 19): 一并丢失 read as a notice of a party 一并
    "遗失声明\n张三的货车被窃，车内道路运输证、行驶证\n一并丢失，声明作废。\n李四遗失身份证，声明作废。\n",
    # 另: the same party's second loss, on the next line
    "遗失声明\n张三遗失身份证一张\n另遗失驾驶证，声明作废。\n李四遗失身份证，声明作废。\n",
])
def test_an_event_after_a_word_pointing_back_goes_on_with_the_notice(text: str) -> None:
    notices = parse(text)
    assert [n.parties[0].name for n in notices] == ["张三", "李四"]
    assert len(notices[0].items) == 2


def test_a_document_word_broken_across_lines_joins_them() -> None:
    text = ("遗失启事\n彭家俊遗失湖南师范大学颁发的毕业证\n"
            "书两本，证书编号：105421202405001236、105421202405001237。\n")
    (notice,) = parse(text)
    assert notice.items[0].label == "毕业证书"
    assert len(notice.items[0].identifiers) == 2


@pytest.mark.parametrize(("text", "notices"), [
    # set BA: what an authority voids wholesale is no holder's notice
    ("某某县税务局公告：自2027年1月1日起停止使用旧版通用定额发票，逾期未缴销的一律作废。", 0),
    ("某某县人民政府通告：原农村土地承包经营权证自即日起作废。", 0),
    # an authority that reports its own loss is read
    ("某某县税务局公告：本局不慎遗失公章一枚，特此声明作废。", 1),
    ("株洲市某某有限公司公告：本公司不慎遗失公章一枚，声明作废。", 1),
])
def test_an_authority_s_announcement_voids_nothing_of_a_holder(text: str, notices: int) -> None:
    assert len(parse(text)) == notices


def test_the_same_party_s_second_event_after_a_semicolon_opens_no_notice() -> None:
    # set BC: 另 before the event is the same party's, in a block as alone
    text = ("下列证件声明作废\n●郝建业的钱包被盗，内有居民身份证一张；另不慎遗失机动车驾驶证一本，"
            "以上证件声明作废。\n")
    (notice,) = parse(text)
    assert [p.name for p in notice.parties] == ["郝建业"]
    assert [i.label for i in notice.items] == ["居民身份证", "机动车驾驶证"]


@pytest.mark.parametrize("address", ["node_1.htm", "h张三遗失身份证ttp://x.cn"])
def test_a_bar_of_links_is_the_site_s_and_opens_no_notice(address: str) -> None:
    # 兵团日报's e-paper source, its navigation above the notices (mutation fuzz, seed 103):
    # read as the notice's first line, the bar made its party 兵团日报(汉)|往期回顾王五; the
    # words of a link's address are the source's, and the bar is skipped as the page's own
    bar = (f'<div class="top"><a href="{address}">兵团日报（汉）</a>　|　'
           '<a href="n.htm">往期回顾</a></div>')
    page = scan(f"<p>遗失声明</p>\n{bar}\n<p>王五遗失机动车驾驶证，声明作废。</p>\n")
    assert [n.text for n in page.notices] == ["王五遗失机动车驾驶证，声明作废。"]
    assert [n.parties[0].name for n in page.notices] == ["王五"]
    assert [s.reason.code for s in page.skipped] == ["furniture"]
    assert "往期回顾" in page.skipped[0].text


def test_a_bilingual_paper_s_korean_version_is_skipped_and_the_chinese_read() -> None:
    # set BY (延边日报朝鲜文版): each notice in Korean, then in Chinese under it; the Korean
    # version opened the Chinese one's text, and the notice was read from both
    page = scan("분실성명\n遗失声明\n"
                "◆ 연길시 김영철은 주민신분증을 분실하였기에 무효임을 성명합니다.\n"
                "　延吉市金永哲遗失居民身份证，声明作废。\n"
                "◆ 룡정시 최준희는 출생의학증명을 분실하였기에 무효임을 성명합니다.\n"
                "　龙井市崔俊熙遗失出生医学证明，声明作废。\n")
    assert [n.text for n in page.notices] == ["延吉市金永哲遗失居民身份证，声明作废。",
                                              "龙井市崔俊熙遗失出生医学证明，声明作废。"]
    assert [s.reason.code for s in page.skipped] == ["other_language"] * 3


def test_another_language_before_the_chinese_on_one_line_is_skipped() -> None:
    page = scan("遗失声明\n◆ 화룡시 리춘화는 주민호구부를 분실하였기에 무효임을 성명합니다. "
                "和龙市李春花遗失居民户口簿一本，声明作废。\n")
    assert [n.text for n in page.notices] == ["和龙市李春花遗失居民户口簿一本，声明作废。"]
    assert [(s.reason.code, s.text.startswith("◆ 화룡시")) for s in page.skipped] == [
        ("other_language", True)]


def test_an_agency_s_disclaimer_on_its_receipt_is_no_notice() -> None:
    # set CB: a 登报 agency's receipt says whose words the notices are
    page = scan("遗失声明、注销公告等内容由委托单位提供并对其真实性负责，"
                "本公司仅提供代理刊登服务。\n")
    assert page.notices == []
    assert [s.reason.code for s in page.skipped] == ["furniture"]


def test_a_browsers_print_head_and_foot_inside_a_notice_are_the_pages() -> None:
    # set CD: an article printed from a browser to PDF, read back as text; its title, the
    # day and time atop each page and its count at the foot, a page break inside a notice
    page = ("2026/12/6 下午3:05\n遗失声明-某某日报数字报\n遗失声明\n"
            "●某某县某某镇某某农机专业合作社遗失公章一枚，统一社会信用代码：\n"
            "https://epaper.example.cn/html/2026-12/05/content_1.htm\n1/2\n\x0c"
            "2026/12/6 下午3:05\n遗失声明-某某日报数字报\n"
            "93450100MA5KXY1T2E，声明作废。\n●某某县某某镇李明遗失居民身份证，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "某某县某某镇某某农机专业合作社遗失公章一枚，统一社会信用代码：93450100MA5KXY1T2E，声明作废。",
        "某某县某某镇李明遗失居民身份证，声明作废。"]


def test_an_atom_feeds_escaped_html_is_markup() -> None:
    # set CE: a feed's entries hold the notice as HTML escaped once
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<feed>\n<entry>\n'
            '<title type="text">遗失声明</title>\n<content type="html">&lt;p&gt;　　某县某镇赵刚'
            '遗失居民身份证，&amp;nbsp;声明作废。&lt;/p&gt;</content>\n</entry>\n</feed>\n')
    result = scan(page)
    assert [(n.text, n.parties[0].name, n.warnings) for n in result.notices] == [
        ("某县某镇赵刚遗失居民身份证，&amp;nbsp;声明作废。", "赵刚", [])]


def test_a_heading_whose_tag_holds_notice_words_is_reported() -> None:
    # mutation fuzz, seed 139: words a damaged source put inside a heading's tag
    page = ('<p>　　张三遗失居民身份证，声明作废。</p>\n'
            '<p style="text-align:center"李四遗失道路运输证，声明作废>'
            '<strong>声　明</strong></p>\n')
    result = scan(page)
    assert [n.text for n in result.notices] == ["张三遗失居民身份证，声明作废。"]
    assert [(s.reason.code, s.text.startswith("<p style")) for s in result.skipped] == [
        ("unread", True)]


def test_a_masked_number_broken_after_a_dash_goes_on() -> None:
    # fuzz_breaks seed 22: the mask's stars open the next line, after the dash at the break
    notices = parse("遗失声明\n某市某区赵丽娜（身份证号：3301********-\n"
                    "**1527）遗失居民身份证一张，声明作废。\n")
    assert [(n.parties[0].name, n.items[0].identifiers[0].value) for n in notices] == [
        ("赵丽娜", "3301**********1527")]


def test_a_dash_at_the_break_after_a_numbers_own_dash_goes_on() -> None:
    # fuzz_breaks seed 23: J411721- / -2016-000429 reads in a block as the notice alone does
    text = ("某县某镇李强、王芳遗失结婚证两本，结婚证字号：J411721-2016-000428、J411721-\n"
            "-2016-000429，声明作废。")
    alone = parse_notice(text)
    in_block = parse("下列证件声明作废\n·" + text)
    assert alone is not None and len(in_block) == 1
    assert in_block[0].items == alone.items and in_block[0].parties == alone.parties


def test_an_e_papers_json_is_read_through_its_escapes() -> None:
    # set CK: an API's response saved as text, the column's paragraphs in one JSON string,
    # its line breaks escaped (one inside a number), the articles parted by } and {
    page = ('{\n  "articles": [\n    {\n      "id": 1,\n'
            '      "title": "遗失声明",\n'
            '      "content": "<p>下列证件声明作废：</p>\\n'
            '<p>某县某镇李红遗失居民身份证，身份证号：4101052001\\n01010023，声明作废。</p>\\n'
            '<p>某某有限公司遗失公章一枚，声明作废。</p>",\n'
            '      "wordCount": 60\n    },\n    {\n      "id": 2,\n'
            '      "content": "<p>本报讯 民警提醒：证件遗失后应及时登报声明作废。</p>"\n'
            '    }\n  ]\n}\n')
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "某县某镇李红遗失居民身份证，身份证号：410105200101010023，声明作废。",
        "某某有限公司遗失公章一枚，声明作废。"]


def test_a_csv_export_is_read_by_its_notice_column() -> None:
    # set CK: a notice database's CSV, the notice's cell quoted where it holds a comma or
    # a line break (its signature), a row of another kind of notice, the other cells not read
    page = ('\ufeff编号,日期,类型,内容,字数\n'
            'A1,2026-12-01,遗失声明,某县某镇王强遗失驾驶证，声明作废。,20\n'
            'A2,2026-12-01,遗失声明,"本公司遗失收据一张,金额1,200元，特此声明。\n某某有限公司",30\n'
            'A3,2026-12-02,寻物启事,本人丢失钱包一个，有拾到者请联系，必有酬谢。,25\n')
    result = scan(page)
    assert [(n.text, [p.name for p in n.parties]) for n in result.notices] == [
        ("某县某镇王强遗失驾驶证，声明作废。", ["王强"]),
        ("本公司遗失收据一张,金额1,200元，特此声明。某某有限公司", ["某某有限公司"])]
    assert any("钱包" in s.text for s in result.skipped)


def test_numbers_in_one_character_number_notices() -> None:
    # set CL: ⑴…⑽ (and ⒈…⒛) before each notice, as ① is
    page = ("遗失声明\n⑴某县某镇张敏遗失居民身份证，声明作废。\n"
            "⒉某县某镇李军遗失户口簿，声明作废。\n")
    assert [n.text for n in parse(page)] == [
        "某县某镇张敏遗失居民身份证，声明作废。", "某县某镇李军遗失户口簿，声明作废。"]


@pytest.mark.parametrize(("page", "expected"), [
    # set CN: a notice signed on its own line, then an ad wrapped over lines; the ad's
    # boxed title ends the notice
    ("下列证件声明作废\n◇本公司不慎遗失公章一枚，特此声明作废。\n某某竹木制品有限公司\n"
     "【门窗定制】断桥铝门窗、阳光房，上门测量。电话：13800000000\n"
     "◇某县某乡李芳遗失居民身份证。\n",
     [("本公司不慎遗失公章一枚，特此声明作废。某某竹木制品有限公司", ["某某竹木制品有限公司"]),
      ("某县某乡李芳遗失居民身份证。", ["李芳"])]),
    # fuzz_breaks seed 24: the signature after the void statement, broken after a town,
    # goes on below
    ("下列证件声明作废\n·本院不慎遗失公章一枚，特此声明作废。某某县某某镇\n卫生院\n"
     "·某县某镇张敏遗失居民身份证。\n",
     [("本院不慎遗失公章一枚，特此声明作废。某某县某某镇卫生院", ["某某县某某镇卫生院"]),
      ("某县某镇张敏遗失居民身份证。", ["张敏"])]),
], ids=["ad-after-signature", "signature-broken-after-town"])
def test_a_signature_below_the_void_statement_is_its_notices(
        page: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(n.text, [p.name for p in n.parties]) for n in parse(page)] == expected


def test_a_correction_under_a_header_is_read_as_it_is_alone() -> None:
    # set CJ: the quotation of what was misprinted is the correction's, no news
    text = ("更正声明：本公司刊登的遗失声明中，将“公章”误刊为“财务章”，现更正为："
            "某某商贸有限公司遗失公章一枚，声明作废。特此更正。")
    alone = parse_notice(text)
    [in_page] = parse("遗失声明\n" + text + "\n")
    assert alone is not None
    assert (in_page.text, in_page.parties, in_page.items) == (alone.text, alone.parties,
                                                             alone.items)


def test_a_characters_escape_reads_as_that_character_and_stays_in_the_text() -> None:
    # set CR's page: a notice platform's XML export escapes & and < > inside a notice
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<notices>\n  <notice>\n'
            '    <content>某县某镇拾味&amp;茶饮店遗失公章一枚，声明作废。</content>\n  </notice>\n'
            '  <notice>\n    <content>某县某镇吴海燕遗失与某某置业有限公司签订的'
            '&lt;&lt;房屋租赁合同&gt;&gt;一份，声明作废。</content>\n  </notice>\n</notices>\n')
    result = scan(page)
    assert [(n.text, [p.name for p in n.parties], [i.label for i in n.items], n.warnings)
            for n in result.notices] == [
        ("某县某镇拾味&amp;茶饮店遗失公章一枚，声明作废。", ["某县某镇拾味&茶饮店"], ["公章"], []),
        ("某县某镇吴海燕遗失与某某置业有限公司签订的&lt;&lt;房屋租赁合同&gt;&gt;一份，声明作废。",
         ["吴海燕"], ["房屋租赁合同"], [])]
    # and each reads the same alone
    assert [parse_notice(n.text) for n in result.notices] == [
        n.model_copy(update={"span": (0, len(n.text))}) for n in result.notices]


def test_a_notice_that_says_a_new_one_was_asked_for_is_no_news() -> None:
    # break fuzz, seed 28: under its header alone, with no bullet, a notice whose holder
    # has asked for a new licence was read as news (补领), and skipped
    page = ("遗失声明\n陈家华遗失机动车驾驶证一本，"
            "现已向某某市公安局交通警察支队车辆管理所申请补领，原证声明作废。\n")
    assert [n.parties[0].name for n in scan(page).notices] == ["陈家华"]
    # how to get a new one, as advice, is still no notice
    advice = "遗失声明\n营业执照遗失后可在线申请补领，原执照声明作废。\n"
    assert scan(advice).notices == []


@pytest.mark.parametrize("page", [
    ('编号,日期,类型,内容,字数\nA1,2026-12-01,作废声明,"某某银行关于撤并支行的公告：客户的存折、'
     '存单继续有效。特此公告。\n张三遗失居民身份证，声明作废。",82\n'
     'A2,2026-12-01,遗失声明,李四遗失户口簿，声明作废。,47\n'),
    ("-- MySQL dump\nINSERT INTO `t` VALUES (1,'2026-12-01','作废声明',"
     "'某某银行关于撤并支行的公告：客户的存折、存单继续有效。特此公告。\n"
     "张三遗失居民身份证，声明作废。','1');\n"
     "INSERT INTO `t` VALUES (2,'2026-12-01','遗失声明','李四遗失户口簿，声明作废。','2');\n"),
])
def test_an_export_row_filed_as_void_that_gives_no_notice_is_reported(page: str) -> None:
    # mutation fuzz, seed 162: a row the database files as 作废声明, whose first line is a
    # bank's announcement and whose second a notice; the first was in nothing
    result = scan(page)
    assert [n.text for n in result.notices] == ["张三遗失居民身份证，声明作废。",
                                                "李四遗失户口簿，声明作废。"]
    [row] = [s for s in result.skipped if s.reason.code == "unread"]
    assert "作废声明" in row.text and "存折" in row.text and "张三" not in row.text


def test_a_heading_that_says_lost_itself_whose_tag_holds_a_notice_is_reported() -> None:
    # mutation fuzz, seeds 163 and 164: a notice spliced into the tag of a heading that
    # says 遗失声明 itself; the tag's words are reported, not taken for the heading's
    page = ('<p style="x">　　张三遗失居民身份证，声明作废。</p>\n'
            '<p s李四遗失居民身份证，身份证号：659002200e="text-align:center">'
            '<strong>遗失声明</strong></p>\n')
    result = scan(page)
    assert [(s.reason.code, s.text.startswith("<p s李四")) for s in result.skipped] == [
        ("unread", True)]
    # a heading's tag of no such words is still the heading
    plain = '<p style="text-align:center"><strong>遗失声明</strong></p>\n<p>张三遗失身份证</p>\n'
    assert scan(plain).skipped == []


def test_a_certificates_number_broken_after_its_series_stays_one_notice() -> None:
    # break fuzz, seed 29: …证号：乐房权证 / 字第 / 0012875号，声明作废。 in a narrow column
    page = "遗失声明\n祁桂英遗失房屋所有权证，证号：乐房权证\n字第\n0012875号，声明作废。\n"
    [notice] = scan(page).notices
    assert [i.value for i in notice.items[0].identifiers] == ["乐房权证字第0012875号"]


def test_the_papers_ad_for_its_notice_service_is_no_notice() -> None:
    # set CW: bulleted inside the block, and alone outside any block
    block = ("遗失声明\n●张三遗失居民身份证，声明作废。\n"
             "●本报办理遗失声明、注销公告、减资公告等登报业务，当天受理，次日见报。\n"
             "●李四遗失户口簿，声明作废。\n")
    result = scan(block)
    assert [n.text for n in result.notices] == ["张三遗失居民身份证，声明作废。",
                                                "李四遗失户口簿，声明作废。"]
    assert [s.reason.code for s in result.skipped] == ["other_notice"]
    ad = ("证件遗失怎么办？身份证、营业执照、公章遗失，均可来本报代办点刊登遗失声明，"
          "登报声明作废，次日见报。")
    assert parse(ad) == []
