"""Each reproducer of a broken promise, kept so it stays mended.

Found by trying the library as a new user and a data engineer would
(records that could not be written out, a misprinted number called valid,
notices that vanished); each test names what it once did.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from voidnotice import (
    Copy,
    Document,
    Event,
    Kind,
    Notice,
    Role,
    parse,
    parse_notice,
    scan,
    validate,
)
from voidnotice.cli import main

PARENTS = "张小明遗失出生医学证明（父：张大明，母：李红），编号Q430556321，声明作废。"


def test_relatives_in_brackets_after_the_document_are_relations() -> None:
    # Was a raw regex.Match in Party.relations, and the mother was lost.
    notice = parse_notice(PARENTS)
    assert notice is not None
    relations = notice.parties[0].relations
    assert [(r.role, r.name) for r in relations] == [(Role.FATHER, "张大明"),
                                                     (Role.MOTHER, "李红")]
    assert Notice.model_validate_json(notice.model_dump_json()) == notice


def test_a_representative_after_the_document_serialises() -> None:
    # Was a PydanticSerializationError.
    notice = parse_notice("某某公司遗失营业执照副本（法定代表人：李四），声明作废。")
    assert notice is not None
    assert '"legal_representative"' in notice.model_dump_json()


def test_an_address_before_the_name_and_relatives_after_the_document() -> None:
    # Was AttributeError: '_regex.Match' object has no attribute 'role'.
    [notice] = parse("株洲市荷塘区" + PARENTS)
    assert notice.parties[0].address == "株洲市荷塘区"
    assert len(notice.parties[0].relations) == 2


@pytest.mark.parametrize("number,kind,code", [
    ("110105194912310021", Kind.RESIDENT_ID, "checksum"),
    ("P990935842", Kind.BIRTH_CERTIFICATE, "region"),
    ("430121000244767", Kind.REGISTRATION_NUMBER, "checksum"),
])
def test_a_misprinted_number_is_its_kind_and_invalid_not_a_valid_serial(
    number: str, kind: Kind, code: str
) -> None:
    result = validate(number)
    assert (result.kind, result.valid) == (kind, False)
    assert code in [e.code for e in result.errors]


@pytest.mark.parametrize("number,kind", [
    ("91110108MA01G0FB09", Kind.USCC),
    ("44011320141005001X", Kind.RESIDENT_ID),
    ("01638246", Kind.INVOICE_NUMBER),
])
def test_valid_numbers_keep_their_kind(number: str, kind: Kind) -> None:
    assert (validate(number).kind, validate(number).valid) == (kind, True)


def test_the_command_line_says_a_misprinted_id_is_invalid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `voidnotice validate 110105194912310021` printed `serial valid` and exited 0.
    assert main(["validate", "110105194912310021"]) != 0
    out = capsys.readouterr().out
    assert "resident_id" in out and "serial" not in out.split("\n")[0]


@pytest.mark.parametrize("text", [
    "遗失声明：郑州金水区华联通讯设备有限公司不慎遗失河南增值税专用发票（发票联）一份，"
    "发票代码4100192130，发票号码03371944，特此声明。",
    "廖建华于2022年3月5日在株洲火车站被抢，居民身份证、驾驶证一并丢失，声明作废。",
    "广州市天河区粤信通信息科技有限公司（法定代表人：黄志明）遗失营业执照副本一本，统一社会信用代码："
    "91440106MA5DKP3R52；开户许可证一份，核准号：J5810012345602；公章一枚，编号：4401060123456，声明作废。",
])
def test_one_notice_stays_one_in_a_block(text: str) -> None:
    # Split into a second, party-less notice, or an empty one for the title.
    alone = parse_notice(text)
    [in_block] = parse("下列证件声明作废\n·" + text)
    assert alone is not None
    assert in_block.parties == alone.parties and in_block.items == alone.items


def test_a_hotline_inside_a_block_loses_no_notice() -> None:
    # Every notice of the block became a skipped `outside_block` entry.
    page = scan("下列证件声明作废\n·张三遗失身份证\n登报热线:0731-58221234  58223456\n"
                "·李四遗失营业执照副本")
    assert [n.parties[0].name for n in page.notices] == ["张三", "李四"]
    assert [s.reason.code for s in page.skipped] == ["furniture"]


@pytest.mark.parametrize("text", [
    "遺失聲明\n張三遺失身份證,聲明作廢。",
    "遗失发票联声明作废",
])
def test_what_is_not_read_yet_is_reported_never_silent(text: str) -> None:
    page = scan(text)
    assert page.notices or page.skipped
    assert all(s.reason.code for s in page.skipped)


def test_a_notice_whose_document_word_ocr_broke_is_still_a_notice() -> None:
    text = ("1. 新疆天山雪岭商贸限公司遗失新疆增值税专用发遗失票（发票联）壹份,代码:600221130,"
            "NO.00563281,金额¥56,500.00,声明作废.")
    [notice] = parse(text)
    assert notice.parties[0].name == "新疆天山雪岭商贸限公司"
    assert notice.declared_void


def test_a_long_notice_warns_alone_as_in_a_block() -> None:
    text = "张三遗失" + "、".join(["身份证"] * 300) + "，声明作废。"
    alone = parse_notice(text)
    [in_block] = parse("下列证件声明作废\n·" + text)
    assert alone is not None
    assert "too_long" in [w.code for w in alone.warnings]
    assert [w.code for w in alone.warnings] == [w.code for w in in_block.warnings]


def test_a_bullet_always_starts_a_notice() -> None:
    # The bulleted line was joined to the line before it (found by the fuzz test).
    page = scan("1\n·章0作废。寻人")
    # a number alone on the page's first line is a table's row number (set AJ), furniture
    assert [s.text for s in page.skipped] == ["1", "章0作废。"]
    assert page.skipped[0].reason.code == "furniture"
    page = scan("下列证件声明作废\n1\n·张三遗失公章一枚，声明作废。")
    assert [n.text for n in page.notices] == ["张三遗失公章一枚，声明作废。"]
    assert [(s.text, s.reason.code) for s in page.skipped] == [("1", "not_a_notice")]


def test_a_run_of_digits_glued_to_an_amount_is_no_amount() -> None:
    # Scaling 4302111983122853724302111983122853722.5 by 万 raised decimal.InvalidOperation.
    notice = parse_notice("遗失4302111983122853724302111983122853722.5万元")
    assert notice is None or all(item.amount is None for item in notice.items)


def test_an_amount_no_notice_prints_is_no_amount() -> None:
    # A hundred 玖 were read as 1E+100 yuan, rounded.
    notice = parse_notice("张三遗失收据一张，金额" + "玖" * 100 + "元，声明作废。")
    assert notice is not None and notice.items[0].amount is None
    assert "unparsed" in [w.code for w in notice.warnings]


def test_a_numbered_line_after_a_number_is_still_bulleted() -> None:
    # ·3. after a line ending in digits was taken for the · of a plate the column broke,
    # so the news line lost its bullet and turned the whole block into outside_block.
    page = scan("下列证件声明作废\n·张三遗失身份证，号码：430203199001011234\n"
                "·3.区市场监管局提醒：营业执照遗失后可在网上申请补领，无需再登报声明作废。\n"
                "·李四遗失户口簿，声明作废。")
    assert {"张三", "李四"} <= {party.name for n in page.notices for party in n.parties}
    assert [s.reason.code for s in page.skipped] == []


def test_the_dot_of_a_broken_plate_is_no_bullet() -> None:
    page = scan("下列证件声明作废\n◆个体货车司机钟永胜遗失桂N\n·K7362号车辆道路运输证，证\n"
                "号：450700173826，声明作废。")
    assert [n.text for n in page.notices] == [
        "个体货车司机钟永胜遗失桂N·K7362号车辆道路运输证，证号：450700173826，声明作废。"]


def test_a_report_inside_a_block_is_skipped_alone() -> None:
    # E-paper exports drop blank lines: a news report printed in a block's paragraph
    # turned every bulleted notice of the paragraph into outside_block.
    page = scan("下列证件声明作废\n·张三遗失身份证，声明作废。\n"
                "记者昨日从郑州市税务局获悉，纳税人丢失纸质发票的，应\n"
                "于发现丢失当日书面报告主管税务机关。\n·李四遗失户口簿，声明作废。")
    assert [n.text for n in page.notices] == [
        "张三遗失身份证，声明作废。", "李四遗失户口簿，声明作废。"]
    assert [(s.text, s.reason.code) for s in page.skipped] == [
        ("记者昨日从郑州市税务局获悉，纳税人丢失纸质发票的，应", "outside_block"),
        ("于发现丢失当日书面报告主管税务机关。", "outside_block"),
    ]


def test_a_child_of_one_parent_round_trips_and_an_unnamed_child_is_no_party() -> None:
    # Set O: 之子/之女 read the child as the party; one parent is Role.PARENT.
    notice = parse_notice("张建国之子张小明遗失出生医学证明，编号：T500827316，声明作废。")
    assert notice is not None
    [party] = notice.parties
    assert (party.name, [(r.role, r.name) for r in party.relations]) == (
        "张小明", [(Role.PARENT, "张建国")])
    assert Notice.model_validate_json(notice.model_dump_json()) == notice
    # Nobody named after 之女: the span is left as it was, not emptied.
    unnamed = parse_notice("张三之女遗失身份证，声明作废。")
    assert unnamed is not None and [p.name for p in unnamed.parties] == ["张三之女"]


def test_a_range_dash_at_a_line_end_is_kept_and_a_hyphen_is_dropped() -> None:
    # Set Q: a narrow column's hyphen goes with the break; a range's dash does not.
    page = ("遗失声明\n张三遗失发票，号码00812331-\n00812335，声明作废。\n"
            "李四遗失营-\n业执照，声明作废。")
    texts = [n.text for n in parse(page)]
    assert texts == ["张三遗失发票，号码00812331-00812335，声明作废。",
                     "李四遗失营业执照，声明作废。"]


def test_a_lone_mark_in_a_resident_id_is_a_wrong_character_not_a_mask() -> None:
    lone = validate("62112420030915004×", "resident_id")
    assert [e.code for e in lone.errors] == ["charset"]
    masked = validate("4302**********1234", "resident_id")
    assert [e.code for e in masked.errors] == ["format"]


def test_registration_of_loss_alone_does_not_declare_void() -> None:
    # Set P: 现登报挂失 reports the loss; 声明作废 declares the document void.
    reported = parse_notice("杜秀兰遗失社会保障卡一张，卡号：A14105938，现登报挂失。")
    declared = parse_notice("杜秀兰遗失社会保障卡一张，卡号：A14105938，声明作废。")
    assert reported is not None and declared is not None
    assert (reported.declared_void, declared.declared_void) == (False, True)


def test_a_label_broken_before_its_number_without_a_colon_goes_on() -> None:
    # found by fuzz_breaks: …发票 / 代码043002000104，发票号码…: the second line opens with a
    # label's end and names 发票 again, and had been cut off as a notice of its own
    text = ("株洲市石峰区新力电器商行遗失湖南增值税普通发票一份，发票\n"
            "代码043002000104，发票号码0037125，声明作废。")
    [notice] = parse("遗失声明\n" + text)
    assert [i.value for i in notice.items[0].identifiers] == ["043002000104", "0037125"]


def test_a_label_at_a_page_break_goes_on_with_its_number_twice_in_a_row() -> None:
    # Set Q's PDF table: …发票代码： / the page's foot / the number on the next page. The
    # line that goes on may end in a label again.
    page = ("遗失声明\n张三遗失发票，发票代码：\n\n第 1 页　共 3 页\n\n"
            "3700252130，发票号码：\n\n第 2 页　共 3 页\n\n05194627，声明作废。\n")
    [notice] = parse(page)
    assert notice.text == "张三遗失发票，发票代码：3700252130，发票号码：05194627，声明作废。"
    assert [i.value for i in notice.items[0].identifiers] == ["3700252130", "05194627"]


def test_a_void_phrase_the_page_broke_is_joined_across_the_foot_and_head() -> None:
    # Set AP (ip03, a legal paper's PDF): …，声 / the page's foot / the next page's head /
    # 明作废。 The foot names its section (公告刊登热线), the head puts section, page and
    # paper before the date; both are skipped, and the two halves make one notice.
    page = ("遗失声明\n\n　　巍山县永建镇某某有限公司遗失营业执照副本，声\n\n"
            "公告刊登热线：0871-63157428　　— 7 —\n\n"
            "公告　8　　云南法制报　　2026年12月5日　星期六\n\n明作废。\n"
            "　　李春旺遗失身份证，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "巍山县永建镇某某有限公司遗失营业执照副本，声明作废。", "李春旺遗失身份证，声明作废。"]
    assert result.notices[0].declared_void
    assert [s.reason.code for s in result.skipped] == ["furniture", "furniture"]


def test_a_search_engines_results_give_the_notices_of_their_snippets() -> None:
    # Set AP (ip01): each result is a title with its site's name, an address and a snippet
    # opened by the engine's date and cut by `...`. The title links, it declares nothing;
    # the cut notice is still one, void only if it says so before the cut.
    page = ("遗失声明_普洱日报\nhttps://www.puerdaily.example.cn/epaper/1.htm\n"
            "2026年12月4日 — 刀玉香遗失居民身份证，声明作废。普洱茶源有限公司遗失公章一枚，"
            "声明作废。...\n\n遗失声明 - 临沧新闻网\nhttps://www.lincangnews.example.cn/2.htm\n"
            "2026年12月2日 — 岩块遗失居民身份证，身份证号：530927200405161136...\n")
    result = scan(page)
    assert [(n.text, n.declared_void) for n in result.notices] == [
        ("刀玉香遗失居民身份证，声明作废。", True),
        ("普洱茶源有限公司遗失公章一枚，声明作废。", True),
        ("岩块遗失居民身份证，身份证号：530927200405161136", False)]
    assert {s.text for s in result.skipped if s.reason.code == "furniture"} == {
        "遗失声明_普洱日报", "https://www.puerdaily.example.cn/epaper/1.htm",
        "遗失声明 - 临沧新闻网", "https://www.lincangnews.example.cn/2.htm"}
    # A line that names its site is a title only without a sentence's commas.
    assert len(parse("遗失声明\n张三遗失身份证，声明作废 - 临沧新闻网\n")) == 1


def test_a_line_is_held_open_only_inside_a_void_phrase() -> None:
    # What the line after may open with, so that the two make the phrase whole.
    from voidnotice.parser.segmentation import _void_phrase_rests
    assert _void_phrase_rests("张三遗失身份证，声") == ("明作废",)
    assert _void_phrase_rests("张三遗失身份证，声明作") == ("废", "废声明")
    assert _void_phrase_rests("张三遗失身份证，特此声明") == ()  # whole already
    assert _void_phrase_rests("张三遗失身份证，声明作废") == ()
    assert _void_phrase_rests("张三遗失身份证") == ()


def test_an_ad_between_wide_gaps_inside_a_notice_is_the_layouts() -> None:
    # Set D (y001): OCR read across the column into the office line beside the notice.
    text = ("宜昌市西陵区胡志刚遗失居民身份证，证号：    登报热线：0717-6226688    "
            "420502198607120039，声明作废。")
    alone = parse_notice(text)
    assert alone is not None and alone.warnings == []
    assert alone.text == "宜昌市西陵区胡志刚遗失居民身份证，证号：420502198607120039，声明作废。"
    [number] = alone.items[0].identifiers
    assert (number.value, number.label) == ("420502198607120039", "证号")
    in_block = scan("下列证件声明作废\n" + text)
    assert in_block.notices[0].model_dump(exclude={"span"}) == alone.model_dump(exclude={"span"})
    assert [s.text for s in in_block.skipped] == ["登报热线：0717-6226688"]


def test_an_ad_between_wide_gaps_after_a_line_break_is_the_layouts_too() -> None:
    # break fuzz, seed 36: the line broken before the ad, whose first gap opens a line
    text = ("宜昌市西陵区胡志刚遗失居民身份证，证号：\n    登报热线：0717-6226688    "
            "420502198607120039，声明作废。")
    alone = parse_notice(text)
    assert alone is not None and alone.warnings == []
    assert [(x.value, x.label) for x in alone.items[0].identifiers] == [
        ("420502198607120039", "证号")]
    in_block = scan("下列证件声明作废\n" + text)
    assert in_block.notices[0].model_dump(exclude={"span", "text"}) == alone.model_dump(
        exclude={"span", "text"})
    assert [s.text for s in in_block.skipped] == ["登报热线：0717-6226688"]


def test_a_legacy_property_number_broken_after_its_certificates_words() -> None:
    # break fuzz, seed 39: …遗失莒房权证 / 峤山字第…号房屋所有权证: the number goes on
    text = "莒县某镇管玉兰遗失莒房权证\n峤山字第00201736号房屋所有权证，声明作废。"
    alone = parse_notice(text)
    assert alone is not None
    [in_block] = parse("下列证件声明作废\n" + text)
    assert in_block.items == alone.items
    assert [x.value for x in alone.items[0].identifiers] == ["莒房权证峤山字第00201736号"]


def test_an_indented_line_of_markup_between_wide_gaps_is_read_as_nothing() -> None:
    # mutation fuzz, seed 176: a tag a mutation spaced out in an indented feed's line, all
    # markup, with a wide gap opening it and another inside it
    page = scan("遗失声明\n    </ite    m>\n张三遗失身份证，声明作废。")
    assert [n.text for n in page.notices] == ["张三遗失身份证，声明作废。"]


def test_a_fragment_between_wide_gaps_that_is_the_notices_own_stays() -> None:
    # A name set in a table's column, and a document word beside an ad word: both read.
    named = parse_notice("遗失声明    张三    遗失居民身份证，声明作废。")
    assert named is not None and [x.name for x in named.parties] == ["张三"]
    sold = parse_notice("李四遗失    出售车辆登记证书    ，声明作废。")
    assert sold is not None and [i.label for i in sold.items] == ["出售车辆登记证书"]


def test_two_notices_printed_side_by_side_are_read_one_after_the_other() -> None:
    # Set D (hy01): OCR read two columns across, two lines deep.
    page = ("遗失声明\n"
            "宿州市埇桥区刘建华遗失居民身份证，　　　　六安市金安区周桂兰遗失残疾人证，\n"
            "证号：341302199904110034，声明作废。　　证号：34150219560723004042，声明作废。\n")
    found = scan(page)
    assert [n.text for n in found.notices] == [
        "宿州市埇桥区刘建华遗失居民身份证，证号：341302199904110034，声明作废。",
        "六安市金安区周桂兰遗失残疾人证，证号：34150219560723004042，声明作废。",
    ]
    assert found.skipped == []


def test_a_wide_gap_with_an_event_on_one_side_only_is_no_second_column() -> None:
    page = "遗失声明\n张三遗失身份证，　　证号：110105194912310021，声明作废。\n"
    [notice] = parse(page)
    assert notice.text == "张三遗失身份证，　　证号：110105194912310021，声明作废。"


def test_one_notice_with_a_wide_gap_before_its_second_event_stays_in_order() -> None:
    page = ("遗失声明\n株洲市荷塘区恒昌商行不慎遗失公章一枚，　　另遗失财务专用章一枚，\n"
            "统一社会信用代码：91430202MA4L12345X，　　声明作废。\n")
    [notice] = parse(page)
    assert [i.label for i in notice.items] == ["公章", "财务专用章"]
    assert notice.text == ("株洲市荷塘区恒昌商行不慎遗失公章一枚，　　另遗失财务专用章一枚，"
                           "统一社会信用代码：91430202MA4L12345X，　　声明作废。")


def test_side_by_side_by_bullets_with_the_longer_notices_last_line_alone() -> None:
    # Set Y (hd02): the row's second notice opens with its own mark; the left notice is a
    # line longer, and OCR's gap between two Chinese characters is still a column's.
    page = ("遗失声明\n"
            "●咸丰县高乐山镇覃玉梅遗失居民身份证，      ●来凤县翔凤镇杨志勇遗失鄂Q·6M253号\n"
            "身份证号：422826199302110845，声明作        小型轿车行驶证，声明作废。\n"
            "废。\n"
            "●建始县高坪镇黄语桐（父亲：黄德亮，　　　　●巴东县野三关镇邓光荣（妻：牟秋菊）\n"
            "母亲：谭晓芬）遗失出生医学证明。　　　　　　遗失结婚证，声明作废。\n")
    assert [n.text for n in parse(page)] == [
        "咸丰县高乐山镇覃玉梅遗失居民身份证，身份证号：422826199302110845，声明作废。",
        "来凤县翔凤镇杨志勇遗失鄂Q·6M253号小型轿车行驶证，声明作废。",
        "建始县高坪镇黄语桐（父亲：黄德亮，母亲：谭晓芬）遗失出生医学证明。",
        "巴东县野三关镇邓光荣（妻：牟秋菊）遗失结婚证，声明作废。",
    ]


def test_a_tables_unnamed_columns_after_the_notice_are_the_pages() -> None:
    # Set Y (hd01): 受理日期 and 备注 hold no field names; the head says where they begin.
    page = ("  序号  声明内容                        受理日期      备注\n\n"
            "   1    花垣县边城镇龙春妹遗失居民身份      12月1日       个人\n"
            "        证，声明作废。                                  身份证已核\n"
            "   2    寻物启事：本人遗失黑色双肩包一      12月2日       个人\n"
            "        个，内有身份证，望拾到者联系。\n")
    found = scan(page)
    assert [n.text for n in found.notices] == ["花垣县边城镇龙春妹遗失居民身份证，声明作废。"]
    assert [s.text for s in found.skipped if s.reason.code == "furniture"][1:4] == [
        "12月1日       个人", "身份证已核", "12月2日       个人"]


def test_an_address_between_wide_gaps_inside_a_notice_is_not_taken_for_an_ad() -> None:
    # The office's hotline is the page's; an address may be the party's: read, or warned of.
    notice = parse_notice("张三    地址：文山市开化镇    遗失居民身份证，声明作废。")
    assert notice is not None and "地址：文山市开化镇" in notice.text


def test_a_notice_read_side_by_side_has_a_span_from_its_first_character_to_its_last() -> None:
    # Found by a fuzz of this session's layouts: pieces read out of their order once gave
    # a span that ended before it began.
    text = ('遗失声明\n乐东黎族自治县九所镇南繁种业科技有限公司遗失合同专用章一枚，印章编码：'
            '4690270047316，特此登报声明作废。J-●栏\u3000\u3000目：遗失声明\n莫力达瓦'
            '达斡尔族自治旗尼尔基镇孟天宇的出生证明（编号：P150273618）不慎遗失，父'
            '亲孟和，母亲萨日娜，特此声明。L2X8R90，声    212北路27号钮佳慧遗'
            '失居民身份证一张（公民身份号码：3305221')
    page = scan(text)
    assert page.notices and parse(text) == page.notices
    for notice in page.notices:
        start, end = notice.span
        assert 0 <= start < end <= len(text)


def test_a_titled_article_heads_its_block() -> None:
    # hr01 (a WeChat article): the title, with its source and issue, heads the block
    page = scan("柘城县融媒体中心丨遗失声明（2026年第48期）\n\n张三遗失居民身份证一张。\n")
    assert [n.parties[0].name for n in page.notices] == ["张三"]
    assert page.notices[0].declared_void
    assert page.skipped == []


def test_a_database_exports_search_line_is_furniture() -> None:
    # hd04: the export's head names the columns it searched, 遗失声明 among them
    line = "检索条件：栏目＝遗失声明 或 作废声明 或 注销公告　　刊登日期＝2026-12-01至2026-12-05"
    page = scan(line + "\n\n遗失声明\n张三遗失居民身份证，声明作废。\n")
    assert [(s.reason.code, s.text) for s in page.skipped] == [("furniture", line)]
    assert len(page.notices) == 1


def test_a_person_named_with_cheng_after_a_street_is_no_business() -> None:
    # set AD (AD013): 城 ends given names as it ends a mall's
    notice = parse_notice("揭西县河婆街道刘焕城遗失居民身份证，声明作废。")
    assert notice is not None
    party = notice.parties[0]
    assert (party.name, party.kind.value, party.address) == ("刘焕城", "person", "揭西县河婆街道")


def test_a_wechat_articles_furniture_keeps_the_block_open() -> None:
    # set AD (id03): the title with its date, the meta line, the call to follow, an image's
    # place and the platform's terms, then notices signed on the lines under them
    page = scan("曹县融媒丨遗失声明（2026年12月5日）\n"
                "原创　曹县融媒　曹县融媒体中心　2026年12月05日 07:45　山东\n\n"
                "点击上方蓝字关注我们\n\n[图片]\n\n"
                "以下遗失声明由登报人提供，本平台代为刊登，内容真实性由登报人负责。\n\n"
                "曹县倪集街道孔令军遗失居民身份证，声明作废。\n声明人：孔令军\n2026年12月4日\n\n"
                "▼往期推荐\n营业执照遗失后，还需要登报声明作废吗？\n")
    assert [n.text for n in page.notices] == [
        "曹县倪集街道孔令军遗失居民身份证，声明作废。声明人：孔令军2026年12月4日"]
    assert {s.reason.code for s in page.skipped} <= {"furniture", "outside_block", "unread"}


def test_a_line_that_opens_with_a_count_counts_what_came_before() -> None:
    # set AE (ie02): the head of the next column, …财务专用章 / 各一枚，统一社会信用代码：…
    page = scan("遗失声明\n\n太白县嘴头镇秦岭蜂业专业合作社遗失公章、财务专用章\n"
                "各一枚，统一社会信用代码：93610331MA6X3D9FXT，声明作废。\n")
    [notice] = page.notices
    assert [(i.label, i.count) for i in notice.items] == [("公章", 1), ("财务专用章", 1)]


def test_the_seal_a_replacement_names_is_no_item() -> None:
    # set AE (AE024): 因更换印章 says why; the former invoice seal is what is void
    notice = parse_notice("兴山县古夫镇昭君山泉饮品有限公司因更换印章，"
                          "原发票专用章一枚自即日起停止使用，声明作废。")
    assert notice is not None
    assert [(i.document.value, i.label) for i in notice.items] == [
        ("invoice_seal", "原发票专用章")]


def test_a_web_pages_toolbar_and_intro_keep_the_block_open() -> None:
    # set AF (if02): a county news portal's page; the toolbar ended the block, so each
    # notice lost its 声明人 line, and the intro line was glued to the first notice
    page = scan("遗失声明（2026年12月6日）\n当前位置：首页 > 便民服务 > 遗失声明\n"
                "【字体：大 中 小】　【打印本页】　【关闭窗口】\n\n"
                "以下遗失声明由声明人提供，经本中心审核后发布：\n\n"
                "滑县白道口镇翟红旗遗失居民身份证，声明作废。\n"
                "声明人：翟红旗　联系电话：13837261945\n\n"
                "分享到：微信　朋友圈　微博\n")
    assert [n.text for n in page.notices] == [
        "滑县白道口镇翟红旗遗失居民身份证，声明作废。声明人：翟红旗　联系电话：13837261945"]
    assert [s.reason.code for s in page.skipped] == ["furniture"] * 4


def test_characters_that_do_not_show_are_not_read() -> None:
    # set AG (AG026, AG027): an e-paper's soft hyphen inside 遗失, zero-width joiners
    # inside 声明 and 作废; alone and in a block alike
    for text in ("兰西县红光镇王淑芹不慎遗\u00ad失居民身份证，声明作废。",
                 "博湖县本布图镇巴音那木拉遗失机动车驾驶证，声\u200d明作\u200d废。"):
        notice = parse_notice(text)
        assert notice is not None and notice.event.value == "lost" and notice.declared_void
        assert not notice.warnings
        [in_block] = parse("遗失声明\n" + text)
        assert in_block.parties == notice.parties and in_block.items == notice.items


def test_a_bullet_read_as_the_letter_o_is_no_part_of_the_place() -> None:
    # set AG (AG028): ● read by OCR as O, glued to the county
    notice = parse_notice("O耿马傣族佤族自治县孟定镇岩罕坎遗失居民身份证，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("岩罕坎", "耿马傣族佤族自治县孟定镇")]


def test_a_page_break_inside_a_notice_is_no_blank_line() -> None:
    # set AG (ig02): a PDF export's page foot, form feed and the next page's head
    page = scan("遗失声明\n◆乌什县吐尔逊·买买提遗失不动产权证书一本，证号：新（2020）乌什县不动\n"
                "第 7 版　2026年12月6日　星期日\n\x0c阿克苏日报　2026年12月6日　星期日　第 8 版\n"
                "产权第0003827号，声明作废。\n")
    [notice] = page.notices
    assert notice.text.endswith("乌什县不动产权第0003827号，声明作废。")
    assert [s.reason.code for s in page.skipped] == ["furniture", "furniture"]


def test_a_news_apps_title_meta_line_and_editors_note_keep_the_block() -> None:
    # set AG (ig03): the block's notices keep the 声明人 and date lines signed under them
    page = scan("日喀则日报遗失声明（2026年12月6日）\n"
                "日喀则日报客户端　2026-12-06 08:15　阅读 1.2万\n\n"
                "编者按：本报客户端每日汇总刊发遗失声明。\n\n"
                "昂仁县卡嘎镇罗桑丹增遗失机动车驾驶证，特此声明。声明人：罗桑丹增　2026年12月4日\n"
                "——\n白朗县洛江镇蔬菜种植农民专业合作社遗失公章一枚，声明作废。\n")
    assert [n.text for n in page.notices] == [
        "昂仁县卡嘎镇罗桑丹增遗失机动车驾驶证，特此声明。声明人：罗桑丹增　2026年12月4日",
        "白朗县洛江镇蔬菜种植农民专业合作社遗失公章一枚，声明作废。"]
    assert {s.reason.code for s in page.skipped} == {"furniture"}


@pytest.mark.parametrize("text", [
    "石屏县异龙镇普春艳遗失石屏县异龙湖置业有限公司开具的购房款收据\n一张，收据编号：0083615，金额：伍万元整，声明作废。",
    "长治市潞州区晋韵古建园林工程有限公司遗失公章、财务专用章各一枚\n及法定代表人章（申晓东）一枚，声明作废。",
    "四子王旗乌兰花镇阿拉坦仓遗失机动车驾驶证，证\n号：150929200304073614，档案编号：150900736152，声明作废。",
    "长沙市芙蓉区张记副食店遗失营业执照副本\n，统一社会信用代码：\n92430102MA5FWKND12，声明作废。",
    "濉溪县临涣镇刘德元的手提包于12月1日被盗，内有居民身份证\n、中国邮政储蓄银行借记卡各\n一张，特此声明作废。",
    "永春县桃城镇香都佛香有限公司遗失福建增值税普通发票五份，发票\n代码：035002300204，声明作废。",
    "建瓯市闽北竹业有限公司遗失开户许可证一份（核准号：J3950002618403，编号：3950\n"
    "-01738265），声明作废。",
    "七台河市桃山区宫立军不慎将机动车行驶证（车牌\n号：黑K·6B35\n1）及机动车登记证书遗失，声明作废。",
    "广州市海珠区黄丽娜（身份证号：4401**\n********2228）遗失居民身份证一张，声明作废。",
    "沁水县龙港镇兴旺农机专业合作社原公章一枚自即日起停止使用，声明作-\n废。",
    "王海燕遗失购房定金收据一张，收据编号：0012873，金额贰万元整，\n声明\n作废。",
    # a bracket after a notice's items, with no event of its own: the notice's aside
    "临朐县东城街道刘洪波遗失临朐县人民医院\n开具的医疗收费票据一张\n"
    "(票据号码:0083615274,金额:3,260.50元),声明作废。",
    # the dash of a number after its series letter; the label of who signs
    "遵义市红花岗区杨晓雪遗失电子导游证，导游证\n号：D\n-5203-008712，声明作废。",
    "本单位在中国建设银行股份有限公司贵阳云岩支行开立的基本存款账户开户许可证遗失，"
    "核准号：J7010012345602，声明作废。声明\n单位：贵阳市云岩区中环社区服务中心",
    # inside brackets the line before opened: an amount broken at its decimal point, a
    # label broken in the brackets' first line
    "临泽县沙河镇张雪萍遗失张掖市第二人民医院住院收费票据一张（票据号码：0062718340，"
    "金额：3216.\n80元）及临泽县人民医院门诊收费票据一张（票据号码：0073615204，"
    "金额：857.20元），声明作废。",
    "深圳市前海蓝湾供应链管理有限公司不慎遗失深圳市市场监督管理局核发的营业执照正本一份\n"
    "（统一社\n会信用代码：91440300MA5HB7RU8N），特此声明作废。",
    # a name's middle dot opening the line after the name's first part, no event yet
    "墨玉县喀拉喀什镇阿依努尔\n·麦麦提敏遗失居民\n身份证，身份证号：653222199503120463，声明作废。",
    # a name's middle dot after the column's hyphen
    "（3）本人巴合提别克-\n·努尔兰，阿勒泰市解放路街道居民，不慎遗失本人残疾人证，"
    "证号：65430120090214036543，特此声明。",
])
def test_a_line_opening_mid_notice_goes_on_with_it_in_a_block(text: str) -> None:
    # found by breaking corpus lines at random places: a line that opens with a count, a
    # list's mark or joiner, a label's end or a number's is never a notice of its own, and
    # a column's hyphen at a break goes with it when the paragraph is judged too
    alone = parse_notice(text, declared_void=True)
    [in_block] = parse("遗失声明\n" + text)
    assert alone is not None
    assert (in_block.parties, in_block.items) == (alone.parties, alone.items)
    assert alone.parties and alone.items


def test_a_bullet_after_a_signature_or_a_company_alone_is_a_bullet() -> None:
    # the · that goes on with a name the column broke (阿依努尔 / ·麦麦提敏遗失…) is
    # no bullet; after a signature or a company's name it still is
    for text in ("遗失声明\n张三遗失身份证，特此声明。\n株洲市某某有限公司\n"
                 "·李四遗失户口簿，声明作废。",
                 "下列证件声明作废\n·湖南省株洲市天元区某某有限公司\n·李四遗失户口簿，声明作废。"):
        assert [n.parties[0].name for n in scan(text).notices][-1] == "李四"


def test_a_names_dot_after_a_columns_hyphen_joins_the_name() -> None:
    notice = parse_notice("本人巴合提别克-\n·努尔兰不慎遗失本人残疾人证，特此声明。")
    assert notice is not None
    assert [party.name for party in notice.parties] == ["巴合提别克·努尔兰"]


def test_radicals_and_compatibility_forms_read_as_their_ideographs() -> None:
    # set AH (AH041): a PDF's text gives ⽗ ⺟ ⽣ ⼀ for 父 母 生 一; the label stays as printed
    notice = parse_notice("获嘉县亢村镇侯梓涵（⽗：侯振华，⺟：郭瑞芬）遗失出⽣医学证明⼀份，"
                          "编号：P410836274，声明作废。")
    assert notice is not None
    assert [(r.role.value, r.name) for r in notice.parties[0].relations] == [
        ("father", "侯振华"), ("mother", "郭瑞芬")]
    [item] = notice.items
    assert (item.document.value, item.label, item.count) == (
        "birth_certificate", "出⽣医学证明", 1)


def test_a_spreadsheets_quotes_round_a_cell_are_no_part_of_the_notice() -> None:
    # set AH (ih01): a cell holding a line break is quoted; the page cut off the closing
    # quote with the row's last fields
    page = scan("序号\t日期\t类别\t声明内容\t字数\n"
                '10\t2026-12-05\t遗失声明\t"绥宁县武阳镇杨秀芹遗失购房款收据一张，金\n'
                '额：138,600.00元，声明作废。"\t68\n')
    [notice] = page.notices
    assert notice.text == "绥宁县武阳镇杨秀芹遗失购房款收据一张，金额：138,600.00元，声明作废。"


@pytest.mark.parametrize("signature", ["株洲市某某有限公司", "株洲市某某有限公司 2026年12月1日"])
def test_a_signature_in_a_tab_separated_rows_cell_is_the_notices(signature: str) -> None:
    # a database export's row outside any block: the cell ends at its tab, and the
    # signature before it (with its date, after a space) is the notice's, as alone
    row = f"20261203\t遗失声明\t本公司遗失公章一枚，声明作废。{signature}\t已审核"
    [notice] = scan(row).notices
    assert notice.text == f"本公司遗失公章一枚，声明作废。{signature}"
    assert [party.name for party in notice.parties] == ["株洲市某某有限公司"]
    alone = parse_notice(row)
    assert alone is not None and notice == alone.model_copy(update={"span": notice.span})


def test_a_numbered_sections_heading_is_a_header() -> None:
    # set AJ (ij01): a 广告部's day sheet from a word processor, its sections numbered
    page = scan("一、遗失声明\n"
                "１．泸定县冷碛镇杨春蕾遗失居民身份证，身份证号：513322199209163184。\n"
                "三、其他公告\n（一）注销公告：乡城县某贸易有限公司经股东决定注销，特此公告。\n")
    assert [(n.text, n.declared_void) for n in page.notices] == [
        ("泸定县冷碛镇杨春蕾遗失居民身份证，身份证号：513322199209163184。", True)]


def test_a_web_table_copied_a_cell_a_line() -> None:
    # set AJ (ij02): a browser's copy of a table puts every cell on a line of its own
    page = scan("遗失声明\n序号\n日期\n声明内容\n1\n2026-12-05\n"
                "疏附县托克扎克镇买买提·吐尔逊遗失居民身份证，声明作废。\n2\n2026-12-04\n"
                "寻物启事：本人在农贸市场附近遗失黑色钱包一个，内有居民身份证。\n3\n2026-12-04\n"
                "泽普县奎依巴格镇王建新遗失结婚证，声明作废。\n")
    assert [n.text for n in page.notices] == [
        "疏附县托克扎克镇买买提·吐尔逊遗失居民身份证，声明作废。",
        "泽普县奎依巴格镇王建新遗失结婚证，声明作废。"]
    assert {s.reason.code for s in page.skipped} == {"furniture", "other_notice"}


def test_a_columns_rule_read_at_a_lines_end_is_no_part_of_it() -> None:
    # set AK (ik01): a phone photo's OCR reads the column's rule (|, 丨, ¦) at line ends
    text = ("柏乡县固城店镇汉牡丹文化传媒有限公|\n司遗失营业执照正、副本，统一社会信用代 |\n"
            "码：91130524MA0FX8K26X，声明作废。丨")
    [notice] = parse("遗失声明 丨\n" + text)
    assert notice.text == ("柏乡县固城店镇汉牡丹文化传媒有限公司遗失营业执照正、副本，"
                           "统一社会信用代码：91130524MA0FX8K26X，声明作废。")
    alone = parse_notice(text, declared_void=True)
    assert alone is not None and (alone.parties, alone.items) == (notice.parties, notice.items)


def test_a_portals_list_of_notices_a_line_each() -> None:
    # set AK (ik02): a date after a wide gap ends each line; a title is a link, no notice;
    # a notice signed on its own line is whole
    page = scan("遗失声明\n\n"
                "卓资县卓资山镇乌日嘎遗失居民身份证，声明作废。      2026-12-05\n"
                "关于察哈尔右翼后旗白音察干镇苏日古嘎遗失居民身份证的声明         2026-12-05\n"
                "本公司不慎遗失合同专用章一枚，特此声明。凉城县岱海镇岱海湖温泉酒店有限公司"
                "      2026-12-02\n"
                "兴和县张皋镇郄振华遗失结婚证，声明作废。      2026-12-03\n")
    assert [n.text for n in page.notices] == [
        "卓资县卓资山镇乌日嘎遗失居民身份证，声明作废。",
        "本公司不慎遗失合同专用章一枚，特此声明。凉城县岱海镇岱海湖温泉酒店有限公司",
        "兴和县张皋镇郄振华遗失结婚证，声明作废。"]
    assert {s.reason.code for s in page.skipped} == {"furniture"}


def test_the_reasons_company_is_no_part_of_the_party() -> None:
    # set AK (AK012): 因公司名称变更 says why; its 公司 ends no party
    notice = parse_notice("达尔罕茂明安联合旗百灵庙镇草原阳光商贸有限公司因公司名称变更，"
                          "原公章、原发票专用章自即日起作废。")
    assert notice is not None and not notice.warnings
    assert [i.label for i in notice.items] == ["原公章", "原发票专用章"]


def test_a_fields_span_read_across_columns_runs_forward() -> None:
    # found by the columns invariants fuzz: a notice read from one field of a row whose
    # pieces stand in the page out of order got a span that ran backwards
    text = ('遗失声明\n'
            'DEED POLL                               '
            '         << 上一版\u3000\u3000下一版 >>\n'
            '014   沂南县苏村镇高明远遗失沂南县沂河湾         无极县七汲镇恒达'
            '皮革制品有限公司遗失公章         果洛藏族自治州玛沁县大武镇索南东智遗失'
            '青\n'
            '置业有限公司开具的购房定金收据一张，收据         、财务专用章、法定代表'
            '人章（韩振江）各一         海民族大学颁发的学士学位证书，证书编号：\n'
            '编                                       '
            '        枚，声明作废。                         '
            '          1074642019001736，现予作废。\n'
            '合计\t\t\t\t\t共13条\t898\t2694                    '
            '     注销公告                               '
            '          营业执照副本遗失，企业名称：平泉市卧龙镇\n'
            '                                        '
            '                                        '
            '                  塞北香菇种植专业合作社，统一社会信用代码\n'
            '                                        '
            '                                        '
            '                  ：93130881MA0CKW4R04，声明'
            '作废。\n'
            '\n')
    page = scan(text)
    assert page.notices
    for notice in page.notices:
        assert 0 <= notice.span[0] < notice.span[1] <= len(text)


def test_a_community_named_xinhua_is_no_news_agency() -> None:
    # found by fuzz_breaks: 新华社 (the news agency's dateline) matched inside 新华社区, a
    # community's name in many towns, and an unbulleted notice under a header went to
    # skipped as news
    text = "遗失声明\n图们市月宫街道新华社区居委会遗失财务专用章一枚，现登报声明作废。"
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == ["图们市月宫街道新华社区居委会"]
    assert page.skipped == []
    assert not scan("新华社北京12月5日电 记者获悉，遗失身份证后须及时挂失。").notices


def test_ocrs_already_after_the_relations_is_no_party() -> None:
    # set AL: …訾若曦（父：訾国伟，母：穆红霞）己遗失…, 己 for 已 after the brackets
    notice = parse_notice("太康县逊母口镇訾若曦（父：訾国伟，母：穆红霞）己遗失出生医学证明，"
                          "编号：M410628517，声明作废。")
    assert notice is not None
    assert [party.name for party in notice.parties] == ["訾若曦"]
    assert [r.name for r in notice.parties[0].relations] == ["訾国伟", "穆红霞"]


@pytest.mark.parametrize("heading", [
    "🔶🔶下列证件声明作废🔶🔶", "★遗失声明★", "◆◆遗失声明◆◆", "〓遗失声明〓", "遗失声明 ✨",
    "━━ 遗失声明 ━━", "## 遗失声明", "#遗失声明#",
])
def test_a_header_between_ornaments_is_a_header(heading: str) -> None:
    # set AL: a WeChat article's emoji heading; stars, shapes and rules round a heading
    text = (f"今天天气很好，我们去公园散步了。\n\n{heading}\n\n"
            "张三遗失身份证，号码110101199003077777。\n")
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == ["张三"]
    assert page.skipped == []


def test_markdowns_emphasis_is_markup() -> None:
    # set AL: a page a converter wrote as Markdown; the asterisks of **…** are not read,
    # whether the emphasis opens the item or stands inside it, and a notice's own title
    # before it (**遗失声明** X…) is no part of it
    text = ("## 遗失声明\n\n"
            "1. 屏边苗族自治县新现镇**陶春燕**遗失居民身份证，声明作废。\n"
            "2. **泸西县午街铺镇阿庐山泉饮品有限公司**遗失营业执照副本，声明作废。\n"
            "3. **遗失声明** 绿春县牛孔镇普文斌遗失小型轿车行驶证，声明作废。\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "屏边苗族自治县新现镇陶春燕遗失居民身份证，声明作废。",
        "泸西县午街铺镇阿庐山泉饮品有限公司遗失营业执照副本，声明作废。",
        "绿春县牛孔镇普文斌遗失小型轿车行驶证，声明作废。",
    ]
    assert [n.parties[0].name for n in page.notices] == [
        "陶春燕", "泸西县午街铺镇阿庐山泉饮品有限公司", "普文斌"]
    alone = parse_notice("屏边苗族自治县新现镇**陶春燕**遗失居民身份证，声明作废。")
    assert alone is not None and alone.parties == page.notices[0].parties


@pytest.mark.parametrize("text,names,numbers", [
    ("张**、李**遗失身份证，声明作废。", ["张**", "李**"], []),
    ("广州市海珠区黄丽娜（身份证号：4401**********2228）遗失居民身份证一张，声明作废。",
     ["黄丽娜"], ["4401**********2228"]),
    ("王**遗失户口簿，声明作废。", ["王**"], []),
])
def test_a_mask_is_no_emphasis(text: str, names: list[str], numbers: list[str]) -> None:
    # a portal masks names and numbers with asterisks; two round a name or digits alone
    # are the mask, not Markdown's emphasis
    alone = parse_notice(text)
    [in_block] = parse("遗失声明\n" + text)
    assert alone is not None and alone.text == text == in_block.text
    assert [party.name for party in alone.parties] == names
    assert [i.raw for item in alone.items for i in item.identifiers] == numbers


def test_a_quotations_marks_are_no_part_of_a_notice() -> None:
    # a forwarded e-mail digest and a Markdown block quote set > before each line
    text = ("遗失声明\n"
            "> 株洲市芦淞区王五遗失居民身份证，号码\n> 430203199001011234，声明作废。\n>\n"
            "> 赵六遗失户口簿，声明作废。\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "株洲市芦淞区王五遗失居民身份证，号码430203199001011234，声明作废。",
        "赵六遗失户口簿，声明作废。"]
    assert [n.parties[0].name for n in page.notices] == ["王五", "赵六"]
    alone = parse_notice("> 株洲市芦淞区王五遗失居民身份证，号码\n> 430203199001011234，声明作废。")
    assert _reads_the_same(alone, page.notices[0])


def test_an_ocr_engines_confidence_after_each_line_is_no_part_of_the_page() -> None:
    # set AM: an OCR engine's line mode, each line's text, a tab and its confidence
    text = ("阿勒泰日报\t0.996\n遗失声明\t0.998\n"
            "●布尔津县布尔津镇叶尔兰·努尔别克\t0.995\n"
            "遗失居民身份证，身份证号：65432119\t0.968\n9305170371，声明作废。\t0.989\n"
            "本栏目登报热线：0906-2317658\t0.978\n")
    page = scan(text)
    [notice] = page.notices
    assert notice.text == ("布尔津县布尔津镇叶尔兰·努尔别克遗失居民身份证，"
                           "身份证号：654321199305170371，声明作废。")
    assert notice.items[0].identifiers[0].value == "654321199305170371"
    assert [(s.text, s.reason.code) for s in page.skipped] == [
        ("本栏目登报热线：0906-2317658", "furniture")]
    alone = parse_notice("布尔津县布尔津镇叶尔兰·努尔别克\t0.995\n"
                         "遗失居民身份证，身份证号：65432119\t0.968\n9305170371，声明作废。\t0.989")
    assert _reads_the_same(alone, notice)


def test_a_markdown_tables_rows_read_as_a_spreadsheets() -> None:
    # set AM: a converter's Markdown table, a notice a row; a cell's <br> is a break
    row = ("| 2 | 盐源县盐井镇泸沽湖畔旅游开发有限公司遗失营业执照正、副本，<br>"
           "统一社会信用代码：91513423MA6B4RTD43，声明作废。 | 2026-12-06 |")
    text = ("## 遗失声明\n\n| 序号 | 声明内容 | 刊登日期 |\n| --- | --- | --- |\n"
            "| 1 | 会理市鹿厂镇罗志勇遗失居民身份证，声明作废。 | 2026-12-06 |\n" + row + "\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "会理市鹿厂镇罗志勇遗失居民身份证，声明作废。",
        "盐源县盐井镇泸沽湖畔旅游开发有限公司遗失营业执照正、副本，"
        "统一社会信用代码：91513423MA6B4RTD43，声明作废。"]
    assert page.notices[1].items[0].identifiers[0].value == "91513423MA6B4RTD43"
    assert [(s.text, s.reason.code) for s in page.skipped] == [
        ("序号 | 声明内容 | 刊登日期", "furniture")]
    alone = parse_notice(row)
    assert _reads_the_same(alone, page.notices[1])
    # a line between pipes on a page with no table is no row
    assert parse_notice("张三遗失身份证，声明作废。|") is not None


def test_a_feeds_elements_without_chinese_are_its_own() -> None:
    # set AM: an e-paper's RSS feed saved as text; the link, guid and date of each item
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            "<item>\n<title>遗失声明</title>\n"
            "<link>https://epaper.example.cn/html/2026-12/06/content_1.htm</link>\n"
            "<pubDate>Sun, 06 Dec 2026 07:38:00 +0800</pubDate>\n"
            "<description><![CDATA[<p>鲁甸县文屏镇朱家豪遗失居民身份证，"
            "身份证号：532122199109232754，声明作废。</p>]]></description>\n"
            "</item>\n</channel>\n</rss>\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "鲁甸县文屏镇朱家豪遗失居民身份证，身份证号：532122199109232754，声明作废。"]
    assert {s.reason.code for s in page.skipped} == {"furniture"}
    # a number in a paragraph of its own is the notice's, not the source's
    html = ("遗失声明\n<p>深圳市某某科技有限公司遗失营业执照副本，统一社会信用代码：</p>\n"
            "<p>91440300MA5HB7RU8N</p>\n<p>声明作废。</p>\n")
    [notice] = scan(html).notices
    assert notice.items[0].identifiers[0].value == "91440300MA5HB7RU8N"


def test_a_table_drawn_in_ascii_reads_down_its_notice_column() -> None:
    # set AN (in02): a word processor's day sheet, its table drawn in ASCII, the notice's
    # cell wrapped over two lines beside its number, date and remarks
    text = ("遗失声明\n"
            "+------+------------+----------------------------------------------+----------+\n"
            "| 序号 | 受理日期   | 声明内容                                     | 备注     |\n"
            "+======+============+==============================================+==========+\n"
            "| 1    | 2026-12-03 | 延长县七里村街道冯振国遗失居民身份证，身份证 | 个人     |\n"
            "|      |            | 号：612621197903052170，声明作废。           | 已核验   |\n"
            "+------+------------+----------------------------------------------+----------+\n"
            "| 2    | 2026-12-03 | 宜川县秋林镇金秋苹果贸易有限公司遗失营业执照 | 单位     |\n"
            "|      |            | 正、副本，声明作废。                         | 加急     |\n"
            "+------+------------+----------------------------------------------+----------+\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "延长县七里村街道冯振国遗失居民身份证，身份证号：612621197903052170，声明作废。",
        "宜川县秋林镇金秋苹果贸易有限公司遗失营业执照正、副本，声明作废。"]
    assert page.notices[0].items[0].identifiers[0].valid


def _reads_the_same(alone: Notice | None, notice: Notice) -> bool:
    """Does the notice given alone read as it does on its page (text, parties, items)?"""
    return alone is not None and (alone.text, alone.parties, alone.items) == (
        notice.text, notice.parties, notice.items)


def test_a_line_that_only_introduces_a_notice_is_no_part_of_it() -> None:
    # set AO: a chat's message (…重发：) and an e-mail's quotation (…写道： / > 您好：),
    # each line ending in a colon before a notice of its own
    chat = ("遗失声明\n\n2026-12-05 09:36:02 报社广告部-小李\n刚才那条公司名打错了，重发：\n"
            "本公司不慎遗失财务专用章一枚，统一社会信用代码：91440523MA4WQ8N38K，特此声明。\n"
            "南澳县后宅镇南澎海产品有限公司\n")
    [notice] = scan(chat).notices
    assert notice.text.startswith("本公司不慎遗失")
    assert [party.name for party in notice.parties] == ["南澳县后宅镇南澎海产品有限公司"]
    mail = ("在 2026年12月4日 星期五 15:20，邹志文 <zou@example.com> 写道：\n"
            "> 宋老师您好：\n>\n> 明天请刊登下面这条遗失声明：\n>\n"
            "> 祁阳市白水镇何俊辉遗失机动车驾驶证，证号：431121199706123571，\n"
            "> 档案编号：431100846273，声明作废。\n>\n> 谢谢！\n")
    [quoted] = scan(mail).notices
    assert quoted.text == ("祁阳市白水镇何俊辉遗失机动车驾驶证，证号：431121199706123571，"
                           "档案编号：431100846273，声明作废。")


def test_a_headline_that_asks_is_no_notice() -> None:
    # set AO: a reader-mode article's related links under its notices
    text = ("遗失声明\n\n武汉市蔡甸区王五遗失居民身份证，声明作废。\n\n相关推荐\n"
            "· 身份证丢了怎么补办？最全攻略来了\n· 营业执照遗失后还要登报吗？看完就懂\n")
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == ["王五"]
    assert ("营业执照遗失后还要登报吗？看完就懂", "outside_block") in [
        (s.text, s.reason.code) for s in page.skipped]


def test_owned_by_and_already_issued_are_no_names() -> None:
    # set AP: 所有的 says who owns the vehicle; 已开具的 says when the invoice was written
    owned = parse_notice("米林市里龙乡次旦卓玛所有的藏G·3D726号重型货车道路运输证遗失，"
                         "证号：540481006259，声明作废。")
    assert owned is not None
    assert [(p.name, p.address) for p in owned.parties] == [("次旦卓玛", "米林市里龙乡")]
    issued = parse_notice("蓬安县相如镇嘉陵江味业有限公司遗失已开具的四川增值税普通发票一份，"
                          "发票代码：051002400104，发票号码：03816572，声明作废。")
    assert issued is not None
    assert [item.issuer for item in issued.items] == [None]
    assert issued.warnings == []


def test_a_microblogs_topic_opens_the_notice_after_it() -> None:
    # set AP: a Weibo post, its account and time above, #遗失声明# before the notice
    text = ("攀枝花日报\n12-5 18:40 来自 微博网页版\n"
            "#遗失声明# 盐边县桐子林镇罗春燕遗失居民身份证，"
            "身份证号：51042219870923184X，声明作废。\n")
    assert [n.text for n in scan(text).notices] == [
        "盐边县桐子林镇罗春燕遗失居民身份证，身份证号：51042219870923184X，声明作废。"]


def test_a_microblog_posts_meta_mentions_reposts_and_intro_are_not_read() -> None:
    # set AP (ip02): a Weibo timeline export
    text = ("攀枝花日报\n12-5 18:40 来自 微博网页版\n"
            "#遗失声明# 盐边县桐子林镇罗春燕遗失居民身份证，"
            "身份证号：51042219870923184X，声明作废。 @攀枝花发布\n转发 12 评论 3 赞 8\n\n"
            "乐山日报\n12-5 17:02 来自 iPhone客户端\n#遗失声明# #乐山分类信息# 今日遗失声明三则：\n"
            "①沐川县沐溪镇苏文静遗失居民身份证，声明作废。\n@乐山发布 @峨边融媒 收起全文\n\n"
            "攀枝花发布\n12-5 11:08 来自 微博网页版\n"
            "扩散一下//@米易县融媒体中心:#遗失声明# 米易县攀莲镇何建勇遗失户口簿，声明作废。\n"
            "转发 6 评论 0 赞 4\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "盐边县桐子林镇罗春燕遗失居民身份证，身份证号：51042219870923184X，声明作废。",
        "沐川县沐溪镇苏文静遗失居民身份证，声明作废。",
        "米易县攀莲镇何建勇遗失户口簿，声明作废。"]
    assert ("#乐山分类信息# 今日遗失声明三则：", "not_a_notice") in [
        (s.text, s.reason.code) for s in page.skipped]
    assert ("扩散一下//@米易县融媒体中心:", "furniture") in [
        (s.text, s.reason.code) for s in page.skipped]


def test_words_not_read_are_still_accounted_for() -> None:
    # Found by mutating corpus pages: the words a repost put before `//@who:` and a tag
    # whose attributes say 遗失 were dropped unaccounted, in no notice and not skipped.
    repost = "张三遗失身份证//@某某:转发"
    assert [(s.text, s.reason.code) for s in scan(repost).skipped] == [
        ("张三遗失身份证//@某某:", "furniture")]
    source = ("<html>\n<meta name=\"description\" content=\"遗失声明 张三遗失身份证\" />\n"
              "<p>遗失声明</p>\n<p>李四遗失户口簿，声明作废。</p>\n")
    page = scan(source)
    assert [n.text for n in page.notices] == ["李四遗失户口簿，声明作废。"]
    assert [(s.text, s.reason.code) for s in page.skipped] == [
        ('<meta name="description" content="遗失声明 张三遗失身份证" />', "furniture")]
    # a line whose only word of loss is in its bullet (a reader's comment under a topic)
    asked = scan("#遗失声明#我朋友的身份证昨天在地铁上丢了，请问要怎么办？")
    assert (asked.notices, [s.reason.code for s in asked.skipped]) == ([], ["unread"])


@pytest.mark.parametrize("text,label,issuer,amount", [
    # set AQ: an issuer's field in brackets ends at its bracket
    ("张三遗失身份证（发证机关：某某县公安局），声明作废。", "身份证", "某某县公安局", None),
    # the case of an amount named with or without brackets, before or after the label
    ("张三遗失收据一张，金额大写：壹拾贰万捌仟元整，声明作废。", "收据", None, "128000"),
    ("张三遗失收据一张，大写金额：壹拾贰万捌仟元整，声明作废。", "收据", None, "128000"),
    # how it was damaged is the event's; a short word after 所持 is the document's
    ("张三所持普通护照浸水破损，声明作废。", "普通护照", None, None),
    ("张三的身份证受潮损毁，声明作废。", "身份证", None, None),
])
def test_set_aq_phrasings_read_whole(
    text: str, label: str, issuer: str | None, amount: str | None
) -> None:
    notice = parse_notice(text)
    assert notice is not None
    [item] = notice.items
    assert (item.label, item.issuer) == (label, issuer)
    assert (str(item.amount) if item.amount is not None else None) == amount
    assert [w.code for w in notice.warnings] in ([], ["unknown_document"])
    assert [p.name for p in notice.parties] == ["张三"]


def test_a_reason_after_a_person_at_a_place_is_no_part_of_the_party() -> None:
    # set AQ012: the town, the person, then why (因家中漏水，…浸水破损)
    notice = parse_notice("乌兰县茶卡镇马淑琴因家中漏水，所持身份证浸水破损，现声明作废。")
    assert notice is not None
    assert [(p.name, p.address, p.kind.value) for p in notice.parties] == [
        ("马淑琴", "乌兰县茶卡镇", "person")]
    assert (notice.event.value, notice.warnings) == ("damaged", [])


def test_an_advertising_offices_orders_give_only_their_notices() -> None:
    # Set AQ (iq03): each order's fields, then 登报内容： and the notice, the orders parted
    # by rules. The order's 金额 is the ad's price, no amount of the notice.
    page = ("订单号：FL1\n客户：张三\n联系电话：13835271694\n版位：分类广告\n金额：80.00元\n"
            "登报内容：张三遗失居民身份证，声明作废。\n" + "-" * 40 + "\n"
            "订单号：FL2\n客户：李四\n金额：160.00元\n收款方式：微信支付\n登报内容：\n"
            "李四遗失收据一张，金额：56000元，声明作废。\n王五遗失户口簿，声明作废。\n"
            + "=" * 40 + "\n合计：2 笔　　金额合计：240.00元\n")
    notices = scan(page).notices
    assert [n.text for n in notices] == [
        "张三遗失居民身份证，声明作废。", "李四遗失收据一张，金额：56000元，声明作废。",
        "王五遗失户口簿，声明作废。"]
    assert [str(i.amount) for n in notices for i in n.items] == ["None", "56000", "None"]


def test_a_text_browsers_link_numbers_are_not_read() -> None:
    # Set AQ (iq02): lynx numbers each link, inside a notice too ([8]呼伦贝尔学院); a
    # line's own [1] and a year in brackets stay
    text = "斯琴图雅遗失[8]呼伦贝尔学院颁发的本科毕业证书，声明作废。"
    notice = parse_notice(text)
    assert notice is not None
    assert notice.items[0].issuer == "呼伦贝尔学院"
    [in_page] = scan("   [7]第07版：分类信息\n\n遗失声明\n\n   " + text + "\n").notices
    assert in_page.text == "斯琴图雅遗失呼伦贝尔学院颁发的本科毕业证书，声明作废。"
    from voidnotice.parser.markup import not_read
    assert not_read("[1]张三遗失身份证") == frozenset()
    assert not_read("冀[2019]廊坊市不动产权") == frozenset()


def test_links_to_the_articles_before_and_after_are_furniture() -> None:
    # Set AQ (iq01): a portal's 上一篇：/下一篇： name notices, but only link to them
    page = ("遗失声明\n张三遗失身份证，声明作废。\n\n上一篇：遗失声明（2026年第47期）\n"
            "下一篇：交城县融媒体中心关于遗失声明网上刊登服务的说明\n")
    result = scan(page)
    assert [n.text for n in result.notices] == ["张三遗失身份证，声明作废。"]
    assert [s.reason.code for s in result.skipped] == ["furniture", "furniture"]


@pytest.mark.parametrize("text", [
    "【遗失声明】张三遗失身份证，声明作废。",
    "#遗失声明# 张三遗失身份证，声明作废。",
    "扩散一下//@某某融媒:#遗失声明# 张三遗失身份证，声明作废。",
])
def test_a_notice_with_its_title_or_repost_reads_alone_as_in_a_block(text: str) -> None:
    # A scraper's record or an app's share keeps what a page's bullet or repost held:
    # alone, the title had been read as the party (`#`) or left it with none.
    alone = parse_notice(text)
    [in_block] = parse("下列证件声明作废\n" + text)
    assert alone is not None
    assert [p.name for p in alone.parties] == [p.name for p in in_block.parties] == ["张三"]
    assert alone.items == in_block.items and alone.warnings == in_block.warnings == []


@pytest.mark.parametrize("text,party,label,issuer,amount", [
    # set AR: a committee that speaks of itself signs as who
    ("本居委会不慎遗失公章一枚，特此声明。红星社区居民委员会", "红星社区居民委员会", "公章", None,
     None),
    # the bank before an acceptance bill accepted it; 汇票金额 is its amount
    ("张三遗失中国工商银行银行承兑汇票一张，票号：123456789012，汇票金额：人民币伍万元整，声明作废。",
     "张三", "中国工商银行银行承兑汇票", "中国工商银行", "50000"),
    # who the party is to the document is no part of its name
    ("出租人李四遗失房屋租赁合同一份，声明作废。", "李四", "房屋租赁合同", None, None),
    # 所 ends an institution's name before 签发的, not the particle
    ("张三遗失由某某镇派出所签发的居民身份证，声明作废。", "张三", "居民身份证", "某某镇派出所",
     None),
    # what a disability certificate says of its holder is no item
    ("张三遗失残疾人证，残疾类别：视力，残疾等级：二级，声明作废。", "张三", "残疾人证", None,
     None),
])
def test_set_ar_phrasings_read_whole(
    text: str, party: str, label: str, issuer: str | None, amount: str | None
) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [party]
    [item] = notice.items
    assert (item.label, item.issuer) == (label, issuer)
    assert (str(item.amount) if item.amount is not None else None) == amount
    assert notice.warnings == []


def test_an_apps_share_texts_give_their_notices_without_the_apps_words() -> None:
    # Set AR (ir03): a collector's record of share texts, each the paper or the app, a
    # title and a divider, the notice, then the app's prompt, link and name; one cut by
    # the app. The title is a link's: it declares nothing void.
    page = ("[记录 1/2]\n采集时间：2026-12-05 07:42:16\n分享来源：温州日报客户端 → 微信\n"
            "分享文本：\n"
            "【温州日报】遗失声明｜张三遗失机动车驾驶证，声明作废。 点击链接查看更多 "
            "https://app.example.cn/s/8Kq 来自温州日报客户端\n" + "-" * 30 + "\n[记录 2/2]\n"
            "分享文本：\n分享自「潮新闻」App：遗失声明｜李四遗失居民身份证，身份证号："
            "330183199708210243…展开全文 https://tide.example.cn/share/1\n")
    notices = scan(page).notices
    assert [(n.text, n.declared_void) for n in notices] == [
        ("张三遗失机动车驾驶证，声明作废。", True),
        ("李四遗失居民身份证，身份证号：330183199708210243", False)]


def test_the_numbers_a_margin_gives_every_fifth_line_are_not_read() -> None:
    # Set AR (ir02): a legal paper's scan numbers every fifth line in its margin; the
    # number 20 had been read into an ID number the column broke at that line.
    lines = ["      遗失声明", "      张三遗失营业执照，声明作废。", "      李四遗失中华人民",
             "      共和国居民身份证一张，身份证号：320222", "      199005142919，声明作废。",
             "      王五遗失户口簿，声明作废。"] * 3
    text = "\n".join(f"{i + 1:>4}  {line.strip()}" if (i + 1) % 5 == 0 else line
                     for i, line in enumerate(lines))
    assert "   5  199005142919" in text and "  10  共和国" in text and "  15  李四" in text
    numbers = [i.value for n in parse(text) for item in n.items for i in item.identifiers]
    assert numbers == ["320222199005142919"] * 3
    # two numbered lines are no margin's numbering yet, nor are a table's rows
    from voidnotice.parser.markup import line_numbers
    assert line_numbers("\n".join(text.splitlines()[:12])) == []


def test_a_number_a_column_break_parted_goes_on_after_the_blank_line() -> None:
    # Set AS (is02): a scanned column's break, read as a blank line, inside a number
    page = ("下列证件声明作废\n·张三遗失某某有限公司开具的018294\n\n"
            "57号四川增值税普通发票，金额12\n680元\n·李四遗失户口簿\n")
    notices = parse(page)
    assert [n.text for n in notices] == [
        "张三遗失某某有限公司开具的01829457号四川增值税普通发票，金额12680元", "李四遗失户口簿"]
    # a date or a row's number after the blank line opens no number's rest
    dated = parse("下列证件声明作废\n·张三遗失收据，编号018294\n\n2026年12月1日，李四遗失户口簿\n")
    assert [n.text for n in dated] == [
        "张三遗失收据，编号018294", "2026年12月1日，李四遗失户口簿"]


def test_a_reason_before_the_party_is_no_party() -> None:
    # Set AS (AS028): 因保管不善， opens the notice
    notice = parse_notice("因保管不善，张三的营业执照正本遗失，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["张三"] and notice.warnings == []


@pytest.mark.parametrize("text,check", [
    # set AT: a form's number named after the form is its label, not a second item
    ("张三遗失某某公司开具的煤炭提货单两张，提货单号：0058943、0058944，声明作废。",
     lambda n: [i.label for i in n.items[0].identifiers] == ["提货单号", "提货单号"]),
    # the certificate lost, named once more as the one before
    ("张三遗失建设用地规划许可证正本，编号：610117202300017，特此声明，原证作废。",
     lambda n: n.declared_void and len(n.items) == 1),
    # why the seal is void, right before when
    ("某某合作社原法定代表人章（郭建刚）因法定代表人变更自即日起作废，特此声明。",
     lambda n: n.event.value == "void" and n.items[0].label == "原法定代表人章"),
    # who runs the business, after the notice's last sentence
    ("某某海鲜排档遗失营业执照正本，特此声明。经营者：郑家豪",
     lambda n: [(r.role.value, r.name) for r in n.parties[0].relations]
     == [("legal_representative", "郑家豪")]),
    # 全国 is every school of the kind, no issuer
    ("胡晓琳遗失全国普通高等学校本专科毕业生就业报到证，声明作废。",
     lambda n: n.items[0].issuer is None),
])
def test_set_at_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)
    assert [w.code for w in notice.warnings] in ([], ["unknown_document"])


def test_two_columns_headers_side_by_side_head_their_columns() -> None:
    # set AT (it02): a PDF's two columns, each under its own header on one shared line;
    # the right column's notices say no void words themselves
    page = ("              遗失声明                                 下列证件声明作废\n\n"
            "●张三遗失居民身份证，声明作废。             ●李四遗失居民户口簿一本。\n"
            "●王五遗失营业执照正本，声明作废。           ●赵六遗失结婚证。\n")
    notices = parse(page)
    assert sorted(n.text for n in notices) == sorted([
        "张三遗失居民身份证，声明作废。", "李四遗失居民户口簿一本。",
        "王五遗失营业执照正本，声明作废。", "赵六遗失结婚证。"])
    assert all(n.declared_void for n in notices)


@pytest.mark.parametrize("text,document,label,unknown", [
    # set AU: 备案证 and then 明 is a 证明, another document, not a permit and a stray 明
    ("郑丽榕遗失房屋租赁备案证明一份，备案编号：350103202300418，声明作废。", "other",
     "房屋租赁备案证明", True),
    # a special-equipment use registration is an office's leave, a permit
    ("某某公司遗失特种设备使用登记证（叉车）一本，声明作废。", "permit",
     "特种设备使用登记证（叉车）", False),
    # a migration certificate is no household register (records.md lists 户口本, 户口簿)
    ("郑淑华遗失户口迁移证一张，声明作废。", "other", "户口迁移证", True),
])
def test_set_au_documents(text: str, document: str, label: str, unknown: bool) -> None:
    notice = parse_notice(text)
    assert notice is not None
    [item] = notice.items
    assert (item.document.value, item.label) == (document, label)
    assert [w.code for w in notice.warnings] == (["unknown_document"] if unknown else [])


def test_set_av_a_seal_named_again_and_where_it_was_stolen() -> None:
    # set AV: …，即日起该印章作废 names the seal again, no second item; 家中 says where
    again = parse_notice("某某合作社遗失财务专用章一枚，即日起该印章作废。")
    assert again is not None and [i.label for i in again.items] == ["财务专用章"]
    home = parse_notice("东龙镇梁振宇家中被盗，丢失居民户口簿一本，特此声明作废。")
    assert home is not None
    assert [(p.name, p.address) for p in home.parties] == [("梁振宇", "东龙镇")]


@pytest.mark.parametrize("text,check", [
    # set AW: 分别 before the event is no part of the last name
    ("刘泽坤、刘晓雯分别遗失居民身份证一张和机动车驾驶证一本，声明作废。",
     lambda n: [p.name for p in n.parties] == ["刘泽坤", "刘晓雯"]),
    # a label read from its shape does not take the event before it
    ("蒋玉梅遗失号码为321203199806110468的居民身份证一张，声明作废。",
     lambda n: n.items[0].identifiers[0].label == "号码"),
    # a range of numbers with a series letter before both ends
    ("某卫生院遗失空白出生医学证明五份，编号：Q320714261至Q320714265，声明作废。",
     lambda n: [i.value for i in n.items[0].identifiers] == ["Q320714261", "Q320714265"]),
    # …，即日作废 declares void; 特此登报 only says it is printed
    ("某经营部被窃现金支票三张，支票号码：10420371至10420373，即日作废。",
     lambda n: n.declared_void and n.event.value == "stolen"),
    ("乌日汗遗失士兵退出现役证一本，证号：2019150207318，特此登报。",
     lambda n: not n.declared_void),
])
def test_set_aw_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)
    assert notice.warnings == []


@pytest.mark.parametrize("text,check", [
    # set AX: the document named again after 该 declares it void, no second item
    ("某公司遗失银行承兑汇票一张，票号：3130005128394016，该汇票作废。",
     lambda n: n.declared_void and len(n.items) == 1),
    # reported lost, and void
    ("庞金玲遗失借记卡一张，卡号：6228480218374106519，声明挂失作废。",
     lambda n: n.declared_void and n.warnings == []),
    # the brackets name which kind of invoice
    ("某公司遗失数电发票（增值税专用发票）一张，声明作废。",
     lambda n: n.items[0].document.value == "vat_special_invoice"),
])
def test_set_ax_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


def test_an_authoritys_announcement_about_a_procedure_is_no_notice() -> None:
    # set AX (AX025): 关于换发…的公告：… 原证书一律作废 voids no holder's lost document
    text = ("某镇人民政府关于换发农村土地承包经营权证的公告：我镇将于2027年1月起统一换发"
            "农村土地承包经营权证，请各承包户持原证到村民委员会办理。新证发放后，原证书一律作废。")
    assert parse(text) == []


def test_a_range_keeps_both_ends_when_ocr_read_a_letter_for_a_digit() -> None:
    # set BE (BE031): 0318l726-03181730, an l for a 1 inside the first end; the range is
    # seen, and the end OCR misread fails on its character, not on its length
    notice = parse_notice("某餐饮公司遗失增值税普通发票（卷票）五份，发票代码：021021900106，"
                          "发票号码：0318l726-03181730，声明作废。")
    assert notice is not None
    numbers = [(i.value, i.errors) for i in notice.items[0].identifiers][1:]
    assert [(value, [e.code for e in errors]) for value, errors in numbers] == [
        ("0318L726", ["charset"]), ("03181730", [])]


def test_a_mark_printed_twice_at_a_lines_end_stays_in_the_notices_text() -> None:
    # set BE (伊春日报): …发票三份，， / 发票代码：… ; the doubled comma is read once, but the
    # notice's text is the page's, and keeps both
    page = ("下列证件声明作废\n●铁力市鑫源商贸有限公司遗\n失黑龙江增值税专用发票三份，，\n"
            "发票代码：2300213130，发票\n号码:00562118，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "铁力市鑫源商贸有限公司遗失黑龙江增值税专用发票三份，，发票代码：2300213130，"
        "发票号码:00562118，声明作废。"]
    assert result.skipped == []


@pytest.mark.parametrize("text,check", [
    # set BF: the couple's word before 之女 is no part of the mother's name
    ("靖宇县靖宇镇孙立军、赵晓雪夫妇之女孙语桐的出生医学证明不慎遗失，特此声明作废。",
     lambda n: [(p.name, [(r.role.value, r.name) for r in p.relations]) for p in n.parties]
     == [("孙语桐", [("father", "孙立军"), ("mother", "赵晓雪")])]),
    # the holder in a field after the document: 持有人, with a guardian and where they live
    ("残疾人证一本不慎遗失，持有人：刘子墨（监护人：刘建国），住青龙满族自治县青龙镇，特此声明作废。",
     lambda n: [(p.name, [r.name for r in p.relations]) for p in n.parties]
     == [("刘子墨", ["刘建国"])]),
    # 户主 and 继承人 name the holder, with the place before the name
    ("居民户口簿一本因房屋漏水浸泡损毁，户主：寻乌县长宁镇钟有福，户号：360734005127，特此声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("钟有福", "寻乌县长宁镇")]),
    # the country's name leads the document's in a notice that opens with the document
    ("中华人民共和国残疾人证一本不慎遗失，持证人：刘子墨，特此声明作废。",
     lambda n: [p.name for p in n.parties] == ["刘子墨"]
     and n.items[0].label == "中华人民共和国残疾人证"),
    # a bank before its own passbook issued it; the heir's field names the party
    ("重庆农村商业银行存折一本不慎遗失，户名：秦世荣（已故），继承人：丰都县三合街道秦国芳，"
     "账号：6214670132002748531，特此声明作废。",
     lambda n: [p.name for p in n.parties] == ["秦国芳"]
     and (n.items[0].label, n.items[0].issuer) == ("重庆农村商业银行存折", "重庆农村商业银行")),
    # the seal named again before it is said to be no longer used is the first one
    ("某食品有限公司原公章（印章编码：3308220027316）因长期使用破损，已重新刻制，"
     "原公章自2026年12月5日起停止使用，特此声明作废。",
     lambda n: len(n.items) == 1),
    # named again with 该 before the void statement
    ("南澳县后宅镇林海生持有的渔业捕捞许可证一本因被海水浸泡污损，该渔业捕捞许可证现声明作废。",
     lambda n: len(n.items) == 1 and [p.name for p in n.parties] == ["林海生"]),
    # where the party left the vehicle is no part of the name
    ("连平县元善镇谢伟东停放在元善镇东环路的粤P·3K8M6号小型普通货车被盗，车内的道路运输证"
     "一并被盗，特此声明作废。",
     lambda n: [p.name for p in n.parties] == ["谢伟东"]),
    # the joiner of the items is no part of the next issuer's name, and each receipt keeps
    # the issuer written before it
    ("庄丽娜遗失惠安县医院开具的住院预交金收据一张，以及惠安县崇武物业服务有限公司开具的物业费"
     "收据一张，特此登报声明。",
     lambda n: [i.issuer for i in n.items] == ["惠安县医院", "惠安县崇武物业服务有限公司"]),
    # a relative named after the party's items, before an event of its own: a second party
    ("东丰县东丰镇于海波遗失居民身份证一张；其妻林淑贤遗失机动车驾驶证一本，以上证件声明作废。",
     lambda n: [p.name for p in n.parties] == ["于海波", "林淑贤"] and len(n.items) == 2),
])
def test_set_bf_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)
    assert notice.warnings == []
    # and the same in a block: no cut at the relative's clause
    assert [n.text for n in parse("遗失声明\n" + text)] == [text]


def test_a_pages_links_heading_ends_the_block() -> None:
    # set BG (濮阳日报's e-paper saved as text): the links under the notices say 遗失 and
    # carry bullets, but they are titles of other articles, not notices
    page = ("下列证件声明作废\n　　张三遗失居民身份证，声明作废。\n\n相关链接\n"
            "· 市民公交车上遗失钱包 司机拾金不昧送还\n· 证件遗失后如何补办？这份指南请收好\n")
    result = scan(page)
    assert [n.text for n in result.notices] == ["张三遗失居民身份证，声明作废。"]
    assert [s.text for s in result.skipped] == [
        "相关链接", "市民公交车上遗失钱包 司机拾金不昧送还", "证件遗失后如何补办？这份指南请收好"]


def test_a_subdistrict_named_after_a_village_is_the_address() -> None:
    # set BG (BG027): 宏业村街道 is one place; its 街道 opens no name
    notice = parse_notice("蚌埠市蚌山区宏业村街道刘芳遗失居民身份证，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("刘芳", "蚌埠市蚌山区宏业村街道")]


@pytest.mark.parametrize("text,label", [
    # set BD (BD003): OCR read 玛 for the 码 of the label's ending; still a label, as printed
    ("某公司遗失营业执照正本，统一社会信用代玛：91430203MA41YB4C2X，声明作废。",
     "统一社会信用代玛"),
    ("张三遗失居民身份证，身份证号吗：430203198001011234，声明作废。", "身份证号吗"),
])
def test_a_label_whose_ending_ocr_misread_is_still_a_label(text: str, label: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [i.label for i in notice.items[0].identifiers] == [label]


_SET_BH: list[tuple[str, Callable[[Notice], bool]]] = [
    # set BH: an issuer's field in a receipt's brackets names who issued it
    ("孙立伟遗失购房定金收据一张（收据编号：0012736，开具单位：海阳市凤城置业有限公司，"
     "金额：人民币贰万元整）及契税完税证明一份，声明作废。",
     lambda n: [i.issuer for i in n.items] == ["海阳市凤城置业有限公司", None]),
    # a label that names one document of the list more than the others
    ("刘振国遗失机动车行驶证、机动车登记证书及道路运输证各一本，号牌号码：鲁N·8Q627，"
     "登记证书编号：371400629317，声明作废。",
     lambda n: [[i.value for i in item.identifiers] for item in n.items]
     == [["鲁N8Q627"], ["371400629317"], []]),
    # the issuer's field in the first document's brackets is the first document's
    ("罗晓丹遗失教师资格证书（证书号码：20184305242001236，发证机关：隆回县教育局）及湖南第一"
     "师范学院本科毕业证书（证书编号：105411201805003817），特此声明作废。",
     lambda n: [i.issuer for i in n.items] == ["隆回县教育局", "湖南第一师范学院"]),
    # property numbers listed after 证号分别为 share the label
    ("唐丽萍的不动产权证书一本及不动产登记证明一份因房屋漏水污损，证号分别为：桂（2022）全州县"
     "不动产权第0016385号、桂（2021）全州县不动产证明第0009527号，特此声明作废。",
     lambda n: [i.identifiers[0].label for i in n.items] == ["证号", "证号"]),
    # a farm's leave to keep animals is a permit, no vehicle's 合格证; the next permit keeps
    # the issuer its own field names
    ("某养殖专业合作社遗失由西林县农业农村局签发的动物防疫条件合格证一本（证号：451030202100086）"
     "及排污许可证副本一份（发证机关：百色市生态环境局），声明作废。",
     lambda n: [(i.document.value, i.issuer) for i in n.items]
     == [("permit", "西林县农业农村局"), ("permit", "百色市生态环境局")]),
    # 股金金额 labels the share certificate's amount
    ("王德明遗失通江县农村信用合作联社股金证一本（证号：0031862，股金金额：人民币伍仟元整），"
     "声明作废。",
     lambda n: str(n.items[0].amount) == "5000"),
    # the bank's field ends at its bracket; 分别 numbers the seals right before it
    ("某公司遗失开户许可证一份（核准号：J6770000318204，开户银行：中国农业银行股份有限公司得荣县"
     "支行）及公章、财务专用章各一枚（印章编码分别为：5133380003617、5133380003618），声明作废。",
     lambda n: n.items[0].issuer == "中国农业银行股份有限公司得荣县支行"
     and [[i.value for i in item.identifiers] for item in n.items[1:]]
     == [["5133380003617"], ["5133380003618"]]),
]


def test_an_authoritys_notice_of_a_reissue_is_no_notice() -> None:
    # set BH (BH029): the registry that will issue the certificate again speaks of another's
    # loss, and voids the old certificate itself
    text = ("永靖县不动产登记中心公告：马文清称其位于永靖县刘家峡镇黄河路的房屋不动产权证书"
            "（甘（2019）永靖县不动产权第0003176号）遗失，现申请补发。自公告之日起15个工作日内"
            "无异议的，本中心将予以补发，原证书作废。")
    page = scan(text)
    assert page.notices == []
    assert {s.reason.code for s in page.skipped} == {"other_notice"}


@pytest.mark.parametrize("text,name", [
    ("某某有限公司遗失声明：本公司遗失公章一枚，声明作废。", "某某有限公司"),
    ("某某有限公司声明：本公司遗失公章一枚，声明作废。", "某某有限公司"),
    ("某县公安局公告：本局遗失公章一枚，声明作废。", "某县公安局"),
    ("张三声明：本人遗失居民身份证，声明作废。", "张三"),
])
def test_a_title_names_who_then_speaks_of_itself(text: str, name: str) -> None:
    # the name in the title is the party; the title's words are no part of it (the
    # 遗失声明 version gave no party at all: the whole title was read as leading words)
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == [name]
    assert [n.text for n in parse("遗失声明\n" + text)] == [text]


def test_an_inn_is_an_organisation() -> None:
    # set BJ (BJ024): 客栈 ends an organisation's name, which keeps its place
    notice = parse_notice("维西傈僳族自治县保和镇雪山客栈遗失营业执照副本，声明作废。")
    assert notice is not None
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        ("维西傈僳族自治县保和镇雪山客栈", "organization", None)]


_SET_BI: list[tuple[str, Callable[[Notice], bool]]] = [
    # set BI: the part of a month is the date's
    ("宝丰县李庄乡白石村张秀芝声明：本人于2026年11月下旬不慎遗失居民身份证一张，特此声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("张秀芝", "宝丰县李庄乡白石村")]),
    # an office's 公告 titled with its seal: 本局 is the office, the seal one item
    ("宜城市自然资源和规划局遗失公章公告：本局原公章一枚（印章编码：4206840018726）于2026年12月2日"
     "不慎遗失，自即日起作废，特此公告。",
     lambda n: [p.name for p in n.parties] == ["宜城市自然资源和规划局"] and len(n.items) == 1),
    # 和 before a subdistrict is the place's (太和街道)
    ("四川省遂宁市射洪市太和街道白果村5组陈光明遗失不动产权证书一本，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties]
     == [("陈光明", "四川省遂宁市射洪市太和街道白果村5组")]),
    # where the holder named in a field lives is in no field of the record
    ("居民身份证一张不慎遗失。姓名：贾志刚，住址：浮山县天坛镇北王村，特此声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("贾志刚", None)]),
    # 其子 after a joiner says whose son, and the kin word after joined names is no one's
    ("西华县西华营镇李德胜（退休职工）和其子李志强共同遗失居民户口簿一本，声明作废。",
     lambda n: [p.name for p in n.parties] == ["李德胜", "李志强"]),
    ("丹凤县龙驹寨街道张振华与李秀梅夫妇遗失结婚证两本，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties]
     == [("张振华", "丹凤县龙驹寨街道"), ("李秀梅", None)]),
    # a person who speaks of itself signs with its bare name
    ("本人系措美县哲古镇哲古村村民，不慎遗失居民户口簿一本，特此声明作废。次仁旺堆　2026年12月4日",
     lambda n: [(p.name, p.kind.value) for p in n.parties] == [("次仁旺堆", "person")]),
    # several owners after 系, with their kin word and number
    ("不动产权证书一本，系广宁县南街街道冯志坚、冯志芳、冯志敏兄妹三人共有，不慎遗失，特此声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties]
     == [("冯志坚", "广宁县南街街道"), ("冯志芳", None), ("冯志敏", None)]),
]


def test_a_company_revoking_what_it_gave_one_who_left_is_no_notice() -> None:
    # set BI (BI028): nothing was lost; the company voids its own authorisation
    text = ("某农业机械销售有限公司声明：本公司原业务员崔某某已于2026年10月离职，本公司出具给其"
            "的授权委托书（编号：SQ2025-0137）及工作证自即日起作废，其以本公司名义从事的任何业务"
            "均与本公司无关。特此声明。")
    assert parse(text) == []


_SET_BK: list[tuple[str, Callable[[Notice], bool]]] = [
    # set BK: labels in a row before 分别 name the numbers after it, in order
    ("某船舶配件有限公司遗失大连增值税专用发票（发票联、抵扣联）一份，发票代码、发票号码分别为"
     "2102172130、03815762，声明作废。",
     lambda n: len(n.items) == 1 and [(i.label, i.kind.value) for i in n.items[0].identifiers]
     == [("发票代码", "invoice_code"), ("发票号码", "invoice_number")]),
    # a remark in brackets between a label and its colon; the others have their numbers,
    # so the labelled one after the last document is the last's
    ("赵建军遗失居民身份证一张（公民身份号码：412222197908153517）及机动车驾驶证一本，证号"
     "（与身份证号码一致）：412222197908153517，声明作废。",
     lambda n: [[i.label for i in item.identifiers] for item in n.items]
     == [["公民身份号码"], ["证号"]]),
    ("某合作社遗失营业执照正本及开户许可证（核准号：J7750002186403），统一社会信用代码"
     "（营业执照正本所载）：93542522MA6TK28B0T，声明作废。",
     lambda n: [[i.label for i in item.identifiers] for item in n.items]
     == [["统一社会信用代码"], ["核准号"]]),
    # 证明号 labels a property registration certificate's number
    ("尼玛次仁遗失不动产登记证明一份（证明号：藏(2021)革吉县不动产证明第0000083号），声明作废。",
     lambda n: [i.identifiers[0].label for i in n.items] == ["证明号"]),
]


@pytest.mark.parametrize("text", [
    # an event with no party before it goes on with the notice above
    "某局遗失公章公告：本局原公章一枚（印章编码：4206840018726）于2026年12月2日\n"
    "不慎遗失，自即日起作废，特此公告。",
    # a bracket closed inside one still open leaves it open
    "尼玛次仁遗失不动产权证书一本（证号：藏(2018)革吉县不动产权第0000417号）及不动产登记证明"
    "一份（证明号：藏(2051)\n革吉县不动产证明第0000083号），声明作废。",
    # a property number's head, its province and year, at a line's end
    "唐丽萍的不动产权证书一本及不动产登记证明一份因房屋漏水污损，证号分别为：桂（2022）\n"
    "全州县不动产权第0016385号、桂（2021）全州县不动产证明第0009527号，特此声明作废。",
    # the number's own dash at the break, then the rest and a list's 、
    "赵春生、刘玉芝夫妇遗失结婚证两本，结婚证字号：J220302-2008-00153-\n"
    "6、J220302-2008-001537，声明作废。",
    # an amount's last word (元 / 整) with the void statement after it
    "本溪市某某矿业有限公司遗失银行承兑汇票一张，票号：3130005128394016，票面金额：人民币贰拾万元\n"
    "整，该汇票作废。",
    # a number's dash at the break before its series letters
    "昆明市某某旅行社有限公司遗失旅行社业务经营许可证副本，许可证编号：L-YN\n-CJ00218，声明作废。",
    # a masked number's dash at the break, its mask after
    "厦门市思明区吴志强（身份证号：3502-\n**********1536）遗失闽(2020)厦门市不动产权第0045678号"
    "不动产权证书，声明作废。",
    # the aside in brackets of a sentence not ended above
    "太原市某某文化传媒有限公司遗失基本存款账户开户许可证\n（核准号：J1610028374615，编号："
    "1610-02736184），开户行：中国建设银行股份有限公司太原杏花岭支行，特此声明。",
    # a label's last characters (结婚证 / 字号：)
    "京山市新市街道陈晓丽（夫：易志强）遗失结婚证及生育服务证各一本，结婚证\n"
    "字号：J420882-2019-000736，生育服务证号：420882-2024-00318，声明作废。",
    # OCR spaced the column's hyphen out with the characters
    "武 汉 市 江 汉 区 佳 美 服 饰 店 遗 失 营 业 执 照 正 -\n本 ， 声 明 作 废 。",
    "普洱市思茅区 茗 香 源 茶 业 有 -\n限 公 司 遗失税控盘一个，特此声明。",
    # the number of the document above in its brackets, opening the line before the event
    "赵保军停放的冀A·7Q6K2号小型普通客车被盗，车内的机动车行驶证及机动车驾驶证\n"
    "（证号：130213198805220437）一并被盗，声明作废。",
    # a vessel's name in quotes is no quotation of news
    "霞浦县三沙镇闽东远洋货运有限\n公司所属“闽霞浦货0816”\n轮的船舶国籍证书及船舶所有权登记证书因船舱"
    "进水污损，证书编号分别为：350921190008162、350921190008163，特此声明作废。",
])
def test_a_column_break_of_this_sessions_shapes_reads_the_same_in_a_block(text: str) -> None:
    # found by scripts/fuzz_breaks.py on sets BI and BK's lines: broken where a narrow
    # column breaks them, they read in a block as they read alone
    alone = parse_notice(text)
    block = parse("遗失声明\n" + text)
    assert alone is not None and len(block) == 1
    assert block[0].model_dump(exclude={"text", "span"}) == alone.model_dump(
        exclude={"text", "span"})


@pytest.mark.parametrize("text", [
    # set BL: a long name, and a title parted from its body by a space, or by a colon
    "班戈县普保镇纳木措商贸有限公司遗失声明　本公司不慎遗失发票专用章一枚，现声明作废。",
    "班戈县普保镇纳木措商贸有限公司遗失声明：本公司不慎遗失发票专用章一枚，现声明作废。",
])
def test_a_long_title_names_who_then_speaks_of_itself(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["班戈县普保镇纳木措商贸有限公司"]


def test_the_central_banks_credit_code_certificate_is_no_org_code_certificate() -> None:
    # set BL (BL028): 机构信用代码证 is not the 组织机构代码证 records.md names
    notice = parse_notice("某公司遗失开户许可证（核准号：J7940001368502）及机构信用代码证各一份，"
                          "声明作废。")
    assert notice is not None
    assert [(i.document.value, i.label) for i in notice.items] == [
        ("account_permit", "开户许可证"), ("other", "机构信用代码证")]
    assert [w.code for w in notice.warnings] == ["unknown_document"]


@pytest.mark.parametrize("text,check", [
    # set BM: on the way is no part of the name
    ("营口市西市区滨海街道孙立强驾车途中遗失机动车号牌一块，号牌号码：辽H6N2K8，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("孙立强", "营口市西市区滨海街道")]),
    # twins named after 之子: each is a party with both parents
    ("王志刚、刘晓燕之子王子轩、王子墨（双胞胎）遗失出生医学证明两份，编号分别为：T210927351、"
     "T210927352，声明作废。",
     lambda n: [(p.name, [r.name for r in p.relations]) for p in n.parties]
     == [("王子轩", ["王志刚", "刘晓燕"]), ("王子墨", ["王志刚", "刘晓燕"])]),
])
def test_set_bm_parties_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


def test_an_epaper_text_view_reads_as_its_articles() -> None:
    # set BM (今日玉山's 版面文字版): a list of the page's titles, an article counter before
    # each title, and each article's place on the page's image and its length
    page = ("今日玉山数字报　版面文字版\n[版面导航]　第01版：要闻　|　第04版：分类广告\n"
            "[本版文章]　遗失声明　招聘启事　遗失声明\n━━━━━━━━━━━━━━━━\n【1/3】遗失声明\n"
            "热区坐标：(184,160)-(334,222)　　字数：30\n"
            "　　玉山县冰溪街道李俊杰遗失居民身份证一张，声明作废。\n"
            "━━━━━━━━━━━━━━━━\n【3/3】遗失声明\n热区坐标：(24,300)-(174,362)　　字数：30\n"
            "　　玉山县必姆镇雷志远遗失户口簿一本，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "玉山县冰溪街道李俊杰遗失居民身份证一张，声明作废。",
        "玉山县必姆镇雷志远遗失户口簿一本，声明作废。"]


@pytest.mark.parametrize("text,check", [*_SET_BH, *_SET_BI, *_SET_BK])
def test_a_hard_item_party_or_number_reads_whole(
    text: str, check: Callable[[Notice], bool]
) -> None:
    # sets BH (the hard items), BI (who a notice is about) and BK (every number checked)
    notice = parse_notice(text)
    assert notice is not None and check(notice)
    assert notice.warnings == []


@pytest.mark.parametrize("text,check", [
    # set BN: the bag that held the documents, after the event, is no leftover
    ("南安市水头镇黄志伟于2024年9月8日在水头镇车站被盗钱包，内有居民身份证、社会保障卡及中国建设银行"
     "储蓄卡各一张，声明作废。",
     lambda n: n.warnings == [] and len(n.items) == 3),
    # a town of one character and its level are the address's
    ("德州市陵城区糜镇刘伟之子刘梓航遗失出生医学证明一份，编号：T370541826，声明作废。",
     lambda n: [(p.name, p.address, [r.name for r in p.relations]) for p in n.parties]
     == [("刘梓航", "德州市陵城区糜镇", ["刘伟"])]),
])
def test_set_bn_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


def test_a_notice_signed_only_after_a_complete_one_is_its_own() -> None:
    # an event with no party before it goes on with the notice above only when that
    # notice's sentence has not ended (…于2026年12月2日 / 不慎遗失…); after 。 it opens a
    # notice of its own, whose party signs it
    page = "遗失声明\n张三遗失身份证，声明作废。\n遗失营业执照正本一份，特此声明。某某有限公司\n"
    assert [n.text for n in parse(page)] == [
        "张三遗失身份证，声明作废。", "遗失营业执照正本一份，特此声明。某某有限公司"]


@pytest.mark.parametrize("text,party,issuer", [
    ("某某公司中国银行开户许可证遗失，声明作废。", "某某公司", "中国银行"),
    # a bank's branch, and a bank's 股份有限公司, are the bank's name whole
    ("株洲市天元区宏达建材有限公司中国建设银行株洲分行开户许可证遗失，核准号：J5520001234567，声明作废。",
     "株洲市天元区宏达建材有限公司", "中国建设银行株洲分行"),
    ("长沙市某某商贸有限公司中国农业银行股份有限公司长沙分行开户许可证遗失，声明作废。",
     "长沙市某某商贸有限公司", "中国农业银行股份有限公司长沙分行"),
    # the 村 of 农村信用社 is the bank's own word
    ("株洲市天元区宏达建材有限公司湖南农村信用社存折一本遗失，声明作废。",
     "株洲市天元区宏达建材有限公司", "湖南农村信用社"),
])
def test_a_bank_between_the_holder_and_its_document_issued_it(
    text: str, party: str, issuer: str
) -> None:
    # 某某公司中国银行开户许可证遗失: the permit is 某某公司's, the bank issued it; the
    # bank's name was read into the party's
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [party]
    label = text[len(party):text.index("遗失")].removesuffix("一本")  # the bank's name leads it
    assert [(i.issuer, i.label) for i in notice.items] == [(issuer, label)]


def _identifiers(n: Notice) -> list[tuple[str, str, str | None, list[str]]]:
    return [(i.value, i.kind.value, i.label, [e.code for e in i.errors])
            for item in n.items for i in item.identifiers]


@pytest.mark.parametrize("text,check", [
    # set BO: what was inside the bag is no part of the document's label
    ("永定区西溪街道黄立新的挎包被盗，包内居民身份证一张一并丢失，声明作废。",
     lambda n: [i.label for i in n.items] == ["居民身份证"] and n.warnings == []),
    # whose name a certificate stands in, before it
    ("宁乡市花明楼镇周卫国名下不动产权证书不慎遗失，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("周卫国", "宁乡市花明楼镇")]
     and [i.label for i in n.items] == ["不动产权证书"]),
    # set BP: an occupation in brackets after the name, with what the person drives
    ("醴陵市来龙门街道陈建军（公交车驾驶员）遗失机动车驾驶证，声明作废。",
     lambda n: [(p.name, p.kind.value) for p in n.parties] == [("陈建军", "person")]),
    # a certificate whose number is the holder's ID number, a misprinted one too
    ("张立新遗失特种作业操作证，证号：430203198702300016，声明作废。",
     lambda n: [(k, errors) for _, k, _, errors in _identifiers(n)]
     == [("resident_id", ["date", "checksum"])]),
    # an engine's number is labelled
    ("李强遗失湘B·3K729号小型轿车行驶证（发动机号：4G15S0123456），声明作废。",
     lambda n: [(v, label) for v, _, label, _ in _identifiers(n)]
     == [("湘B3K729", None), ("4G15S0123456", "发动机号")] and n.warnings == []),
    # a vessel's name in quotes is no number
    ("舟山市普陀区沈家门街道王海东遗失“浙普渔62018”号渔船的渔业捕捞许可证，证书编号："
     "3309032019000118，声明作废。",
     lambda n: [v for v, *_ in _identifiers(n)] == ["3309032019000118"] and n.warnings == []),
    # numbers given after 分别 keep the order written beside a plate before its document
    ("某某运输有限公司遗失湘B·12345号道路运输证及湘B·23456号道路运输证，证号分别为："
     "430200012345、430200012346，声明作废。",
     lambda n: [[i.kind.value for i in item.identifiers] for item in n.items]
     == [["plate", "serial"], ["plate", "serial"]]),
    # a look-alike among a property certificate's digits is its number, failing
    ("刘芳遗失不动产权证书，证号：湘（2019）长沙市不动产权第0O31245号，声明作废。",
     lambda n: [(k, errors) for _, k, _, errors in _identifiers(n)]
     == [("property_certificate", ["format"])] and n.warnings == []),
])
def test_set_bo_and_bp_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


@pytest.mark.parametrize("text,party", [
    ("公章一枚遗失，声明作废。株洲宏达建材有限公司", "株洲宏达建材有限公司"),
    ("中国建设银行株洲分行开户许可证遗失，声明作废。株洲宏达建材有限公司 2026年12月5日",
     "株洲宏达建材有限公司"),
    ("不慎遗失公章一枚，特此声明。株洲市天元区宏达建材有限公司", "株洲市天元区宏达建材有限公司"),
])
def test_a_notice_that_names_no_one_is_the_signing_organisations(text: str, party: str) -> None:
    # as 本公司…特此声明。X有限公司 is X's, a notice with no party before its event, signed
    # by an organisation after it, is that organisation's (it gave no_party)
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [party] and notice.warnings == []


@pytest.mark.parametrize("text,check", [
    # set BQ: a certificate of completion is no graduation certificate (records.md)
    ("张敏遗失某某职业技术学院颁发的结业证书一本，声明作废。",
     lambda n: [(i.document.value, i.label) for i in n.items] == [("other", "结业证书")]
     and [w.code for w in n.warnings] == ["unknown_document"]),
    # a label's qualifier before it
    ("王梓涵遗失学籍卡一张，全国学籍号：G430203201504170024，声明作废。",
     lambda n: [label for _, _, label, _ in _identifiers(n)] == ["全国学籍号"]
     and "unparsed" not in [w.code for w in n.warnings]),
    # twins after 之双胞胎儿子, each with both parents
    ("李建国、王芳之双胞胎儿子李子涵、李子轩遗失出生医学证明两份，声明作废。",
     lambda n: [(p.name, [r.name for r in p.relations]) for p in n.parties]
     == [("李子涵", ["李建国", "王芳"]), ("李子轩", ["李建国", "王芳"])]),
    ("刘洋遗失执业药师注册证一本，声明作废。",
     lambda n: [i.document.value for i in n.items] == ["professional_certificate"]),
    # the kin word before a guardian's name is what the guardian is
    ("陈小雨（监护人：外婆赵桂兰）遗失居民身份证，声明作废。",
     lambda n: [(r.role.value, r.name) for r in n.parties[0].relations]
     == [("guardian", "赵桂兰")]),
    # a residence permit is numbered with its holder's ID number
    ("黄家俊遗失居住证一张，居住证号码：430203198707045037，声明作废。",
     lambda n: [kind for _, kind, _, _ in _identifiers(n)] == ["resident_id"]),
    # the holder's credit code after a list names no 组织机构代码证 by its 代码
    ("某某幼儿园遗失办学许可证正本、组织机构代码证副本（代码：57963184-7）及公章一枚，"
     "统一社会信用代码：52330681576931847J，声明作废。",
     lambda n: [[i.kind.value for i in item.identifiers] for item in n.items]
     == [["uscc"], ["org_code"], []]),
])
def test_set_bq_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


def test_a_hyphen_ocr_spaced_out_goes_with_the_break() -> None:
    # 营 业 执 照 正 - / 本: the column's hyphen, spaced out with the characters, is no
    # part of the word it broke (read alone it was kept: 上杭县临-城镇)
    notice = parse_notice("武 汉 市 佳 美 服 饰 店 遗 失 营 业 执 照 正 -\n本 ， 声 明 作 废 。")
    assert notice is not None and [i.copy for i in notice.items] == [Copy.ORIGINAL]
    notice = parse_notice("上 杭 县 临 -\n城 镇 丘 秀 兰 遗失借记卡一张，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("丘秀兰", "上杭县临城镇")]


@pytest.mark.parametrize("page,texts", [
    # 河南法制报 (set BR): a column of notices as paragraphs, each one's first line indented;
    # after a notice signed and dated under it, the indent opens the next, though that
    # first line names no event (its date and the break come before 遗失)
    ("遗失声明\n　　本公司不慎遗失公章一枚，特此声\n明。\n灵宝市豫灵镇金源矿业有限公司\n"
     "2020年11月17日\n　　沁阳市西向镇杨丽娜于11月15曰\n遗失居民身份证，声明作废。\n",
     ["本公司不慎遗失公章一枚，特此声明。灵宝市豫灵镇金源矿业有限公司2020年11月17日",
      "沁阳市西向镇杨丽娜于11月15曰遗失居民身份证，声明作废。"]),
    # where every line is indented, a closing on a line of its own is still the notice's
    ("遗失声明\n　　张三遗失身份证一张。\n　　特此声明。\n　　李四遗失户口簿，声明作废。\n",
     ["张三遗失身份证一张。特此声明。", "李四遗失户口簿，声明作废。"]),
    # the mutation fuzz (seed 83): …发票专用章各一|声明作废 was read as a header after a
    # breadcrumb (分类信息｜遗失声明), and its line was in no notice and no skipped entry
    ("遗失声明\n　　清河县葛仙庄镇恒盛羊绒制品有限公\n"
     "司遗失公章、财务专用章、发票专用章各一|声明作废\n枚，声明作废。\n",
     ["清河县葛仙庄镇恒盛羊绒制品有限公司遗失公章、财务专用章、发票专用章各一|声明作废枚，"
      "声明作废。"]),
    ("分类信息｜遗失声明\n张三遗失身份证，声明作废。\n", ["张三遗失身份证，声明作废。"]),
    # set BS (a 登报 agency's page): each entry's title and where it was printed head it;
    # another kind of notice's entry gives no record
    ("最新见报\n【遗失声明】益阳日报　2025-06-18　A7版\n张三遗失居民身份证，声明作废。\n"
     "【注销公告】益阳日报　2025-06-17　A6版\n某某物流有限公司经股东决定申请注销，公章同时作废。\n"
     "【遗失声明】益阳日报　2025-06-16　A7版\n李四遗失户口簿，声明作废。\n",
     ["张三遗失居民身份证，声明作废。", "李四遗失户口簿，声明作废。"]),
])
def test_a_page_of_this_sessions_layouts_reads_as_its_notices(page: str, texts: list[str]) -> None:
    assert [n.text for n in parse(page)] == texts


def test_a_signature_set_in_a_little_is_the_notices() -> None:
    # ic04: after a notice's last sentence, its signer indented by four spaces is no
    # paragraph of its own (an indent opens the next notice only where one begins)
    signer = "沽源县平定堡镇草原天路旅游开发有限公司"
    page = f"遗失声明\n★本公司不慎遗失公章一枚，特此声明。\n    {signer}\n"
    assert [p.name for n in parse(page) for p in n.parties] == [signer]


def test_a_grids_cells_of_ads_and_other_notices_are_no_notices() -> None:
    # set BS (乐清日报's service page): cells two a row, read as two columns; an ad's
    # cell, its phone after its last sentence, and a 寻物启事's cell after a notice's end
    # give no record, nor take the notice after them
    rows = ["　　张三遗失居民身份证，声明作废。　　【出售】三轮车一辆，面议。电话：15057718263",
            "　　李四遗失居民户口簿，声明作废。　　王五遗失结婚证，声明作废。",
            "　　寻物启事：本人遗失身份证一张。　　吴八遗失行驶证，声明作废。",
            "　　周七遗失机动车驾驶证，声明作废。　　赵六遗失驾驶证，声明作废。"]
    result = scan("遗失声明\n" + "\n".join(rows) + "\n")
    read = ("张三遗失居民身份证", "李四遗失居民户口簿", "王五遗失结婚证", "吴八遗失行驶证",
            "周七遗失机动车驾驶证", "赵六遗失驾驶证")
    assert sorted(n.text for n in result.notices) == sorted(f"{n}，声明作废。" for n in read)
    assert sorted(s.reason.code for s in result.skipped) == ["not_a_notice", "other_notice"]
    # read as one line, the 寻物启事's cell is another kind of notice all the same
    page = ("遗失声明\n　　张三遗失居民身份证，声明作废。\n"
            "　　寻物启事：本人遗失双肩包一个，内有身份证，必有酬谢。电话：13968763025"
            "　　赵六遗失驾驶证，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "张三遗失居民身份证，声明作废。", "赵六遗失驾驶证，声明作废。"]
    assert [s.reason.code for s in result.skipped] == ["other_notice"]


def test_a_phone_screenshots_bars_are_the_pages() -> None:
    # set BS (咸宁日报's app, OCR'd screenshots): the file's line, the status bar, the app's
    # bar with the article's title and its comment bar stand inside a notice split across
    # two screenshots
    page = ("=== Screenshot_20250618-092316.jpg ===\n9:23　　　　　5G　68\n<　　　　　　…\n"
            "下列证件声明作废：\n\n通城县麦市镇黎建军遗失道路运输证，证号：421222\n"
            "写评论…　　　　💬 5　　☆　　分享\n=== Screenshot_20250618-092324.jpg ===\n"
            "9:23　　　　　5G　68\n<　遗失声明（2025年6月18日）　　　…\n018463，声明作废。\n")
    result = scan(page)
    assert [n.text for n in result.notices] == [
        "通城县麦市镇黎建军遗失道路运输证，证号：421222018463，声明作废。"]
    assert {s.reason.code for s in result.skipped} == {"furniture"}


@pytest.mark.parametrize("text,check", [
    # set BT: the head of a household, named after the village's group or numbered 社
    ("宁乡市花明楼镇炭子冲村3组户主周德明遗失居民户口簿一本，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties]
     == [("周德明", "宁乡市花明楼镇炭子冲村3组")]),
    ("榆树市五棵树镇前进村二社户主孙玉海遗失居民户口簿一本，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties]
     == [("孙玉海", "榆树市五棵树镇前进村二社")]),
    # 一家三口 is what the three are, no part of the last name
    ("谭德明、周玉芬、谭小军一家三口遗失居民身份证三张，声明作废。",
     lambda n: [p.name for p in n.parties] == ["谭德明", "周玉芬", "谭小军"]),
    # a subsidy card from a rural bank, and a homestead's approval
    ("罗秀珍遗失广西横州农村商业银行惠农一卡通一张，声明作废。",
     lambda n: [(i.document.value, i.issuer) for i in n.items]
     == [("bank_card", "广西横州农村商业银行")]),
    ("苏清河遗失农村宅基地批准书一份，声明作废。",
     lambda n: [(i.document.value, i.label) for i in n.items] == [("other", "农村宅基地批准书")]
     and [w.code for w in n.warnings] == ["unknown_document"]),
    # an issuer inside the brackets after a document is that one's
    ("郭永福遗失特困人员救助供养证一本（证号：3412210315，由临泉县民政局核发）及老年人优待证一张，"
     "声明作废。",
     lambda n: [i.issuer for i in n.items] == ["临泉县民政局", None]),
    # a label that names a document by more of its name than the known label holds
    ("某某农资经营部遗失营业执照正本及农药经营许可证正本，农药经营许可证编号：62042220210083，"
     "声明作废。",
     lambda n: [[i.label for i in item.identifiers] for item in n.items]
     == [[], ["农药经营许可证编号"]] and n.warnings == []),
    # a collective land certificate's number right after the event; a town named 马于镇
    ("晋州市马于镇东里庄村3组张书勤遗失晋集用（1993）第01736号集体土地使用证一本，声明作废。",
     lambda n: [(p.name, p.address) for p in n.parties] == [("张书勤", "晋州市马于镇东里庄村3组")]
     and [kind for _, kind, _, _ in _identifiers(n)] == ["property_certificate"]),
    # who brought the notice to the paper, after the signing committee
    ("本村委会不慎遗失公章一枚，特此声明。洛川县旧县镇桐家河村民委员会　经办人：村会计屈志刚"
     "　2026年12月3日",
     lambda n: [p.name for p in n.parties] == ["洛川县旧县镇桐家河村民委员会"]
     and n.warnings == []),
])
def test_set_bt_phrasings_read_whole(text: str, check: Callable[[Notice], bool]) -> None:
    notice = parse_notice(text)
    assert notice is not None and check(notice)


@pytest.mark.parametrize("text", [
    # set BU: the cause that is the event itself, and what went with the document
    "东台市溱东镇华康渔具有限公司原合同专用章因破损停止使用，特此声明作废。",
    "北流市民安镇陈伟强的桂K·6D352号货车道路运输证连同车内物品被盗，证号：450981203715，声明作废。",
    "李强的居民身份证连同钱包一起丢失，声明作废。",
])
def test_set_bu_phrasings_leave_nothing_unread(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.items and notice.warnings == []


@pytest.mark.parametrize("number", ["3.", "3、", "(3)"])
def test_a_lists_number_at_a_lines_end_goes_on_with_its_item(number: str) -> None:
    # fuzz_breaks seed 25: a narrow column broke a list of seals after an item's number;
    # the dot is the number's, not a full stop, and the item on the next line is the
    # same notice's, in a block as alone
    notice = ("德州市陵城区临齐街道陵德物流有限公司遗失以下印章：1.公章一枚；2.财务专用章一枚；"
              f"{number}\n法定代表人章（李振川）一枚。统一社会信用代码：91371403MA3DK8P20R，以上印章声明作废。")
    first, second = parse(f"下列证件声明作废\n◆{notice}\n◆张三遗失身份证。")
    assert second.text == "张三遗失身份证。"
    alone = parse_notice(notice, declared_void=True)
    assert alone is not None
    assert [i.label for i in first.items] == ["公章", "财务专用章", "法定代表人章"]
    assert first.model_copy(update={"span": alone.span}) == alone


def test_each_row_of_a_tab_separated_export_is_a_notice_of_its_own() -> None:
    # set CO (ko01): rows under a block's header; a row's cell ends with its signature (and
    # its date) after a space, and the next row opens with its number and date
    signed = "本公司遗失公章一枚，声明作废。 株洲市甲乙商贸有限公司 2026年12月1日"
    page = scan(f"遗失声明\n序号\t日期\t内容\t状态\n1\t2026-12-01\t{signed}\t待审核\n"
                "2\t2026-12-02\t李四遗失身份证，声明作废。\t已审核\n")
    assert [n.text for n in page.notices] == [signed, "李四遗失身份证，声明作废。"]
    assert [n.parties[0].name for n in page.notices] == ["株洲市甲乙商贸有限公司", "李四"]


def test_a_commercial_acceptance_bill_is_no_bank_acceptance_bill() -> None:
    # set CO: 商业承兑汇票 is accepted by a firm; records.md names 银行承兑汇票 only
    notice = parse_notice("某某公司遗失电子商业承兑汇票一张，票号：2305100010382746，声明作废。")
    assert notice is not None
    assert [(i.document.value, i.label) for i in notice.items] == [("other", "电子商业承兑汇票")]
    assert [w.code for w in notice.warnings] == ["unknown_document"]
    bill = parse_notice("某某公司遗失承兑汇票一张，声明作废。")
    assert bill is not None and bill.items[0].document.value == "bank_acceptance_bill"


@pytest.mark.parametrize(("text", "owner"), [
    ("何春燕遗失居民身份证及中国建设银行储蓄卡一张，卡号：6236683620001847261，声明作废。", 1),
    ("某某公司遗失公章及税控盘一个，盘号：661814071237，声明作废。", 1),
    # 证号 names every certificate alike: after the whole list, the first's
    ("张三遗失营业执照及开户许可证，证号：92430203MA41YB4C2X，声明作废。", 0),
])
def test_a_one_character_label_names_the_list_item_whose_word_ends_in_it(
        text: str, owner: int) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [len(item.identifiers) for item in notice.items] == [int(i == owner) for i in (0, 1)]


def test_an_sql_dumps_rows_are_read_and_its_own_lines_are_not() -> None:
    # set CP (kp01): a notice database's mysqldump; the table's column comments name 遗失声明,
    # a row holds an escaped line break before its signature, and one statement may hold
    # several rows
    dump = (
        "-- MySQL dump 10.13\n"
        "CREATE TABLE `t` (\n  `content` text COMMENT '正文（遗失声明需核对证照编号）'\n);\n"
        "LOCK TABLES `t` WRITE;\n"
        "INSERT INTO `t` VALUES (1,'2026-12-05','本店不慎遗失食品经营许可证正本一份，特此声明作废。"
        "\\n望谟县王母街道布依人家饭店','522326',NULL),"
        "(2,'2026-12-05','兴仁市屯脚镇薏仁宾馆遗失特种行业许可证正本，声明作废。','522322',NULL);\n"
        "INSERT INTO `t` VALUES (3,'2026','【招聘】某公司招聘司机2名，电话：0859-3127746',NULL);\n"
        "UNLOCK TABLES;\n")
    page = scan(dump)
    assert [n.text for n in page.notices] == [
        "本店不慎遗失食品经营许可证正本一份，特此声明作废。望谟县王母街道布依人家饭店",
        "兴仁市屯脚镇薏仁宾馆遗失特种行业许可证正本，声明作废。"]
    assert [n.parties[0].name for n in page.notices] == ["望谟县王母街道布依人家饭店",
                                                         "兴仁市屯脚镇薏仁宾馆"]
    assert page.skipped == []


def test_whoever_has_a_keeper_is_an_organisation_named_with_its_place() -> None:
    # set CP: a 藏家乐 (a Tibetan family inn) after its township, its keeper in brackets
    notice = parse_notice("理县米亚罗镇红叶藏家乐（经营者：泽郎王姆）遗失卫生许可证，声明作废。")
    assert notice is not None
    [party] = notice.parties
    assert (party.name, party.kind.value, party.address) == (
        "理县米亚罗镇红叶藏家乐", "organization", None)
    assert [(r.role.value, r.name) for r in party.relations] == [
        ("legal_representative", "泽郎王姆")]


def test_a_shop_run_by_its_keeper_is_the_party() -> None:
    # set CP: X经营的Y, the shop Y is who lost it, run by X
    notice = parse_notice("歙县雄村镇方春来经营的竹山书院农家乐遗失食品经营许可证一份，声明作废。")
    assert notice is not None
    assert [(p.name, p.kind.value, [(r.role.value, r.name) for r in p.relations])
            for p in notice.parties] == [
        ("竹山书院农家乐", "organization", [("legal_representative", "方春来")])]


def test_a_character_printed_twice_where_two_words_of_a_document_meet() -> None:
    # set CP (CP030): 营业执执照 is read as 营业执 and 执照, two words of the business licence
    # that meet in the doubled 执; one item, its label as printed
    notice = parse_notice("某某五金店遗失营业执执照副本，声明作废。")
    assert notice is not None
    assert [(i.document.value, i.label, i.copy and i.copy.value) for i in notice.items] == [
        ("business_license", "营业执执照副本", "duplicate")]


@pytest.mark.parametrize(("text", "label"), [
    ("镇远县报京乡侗家小卖部的烟花爆竹经营（零售）许可证正本于12月3日被盗，声明作废。",
     "烟花爆竹经营（零售）许可证正本"),
    ("兴仁市屯脚镇薏仁宾馆遗失特种行业（旅馆业）许可证，声明作废。", "特种行业（旅馆业）许可证"),
])
def test_a_word_in_brackets_inside_a_documents_name_is_its_labels(text: str, label: str) -> None:
    # set CP (CP022): a permit's kind in brackets between two parts of its name
    notice = parse_notice(text)
    assert notice is not None
    assert [(i.document.value, i.label) for i in notice.items] == [("permit", label)]
    assert notice.warnings == []


def test_a_holder_with_kin_in_brackets_before_the_document_is_the_party() -> None:
    # set CQ (CQ004): a place, the child, the parents in brackets, then the document and the
    # event after it
    notice = parse_notice("庄河市栗子房镇孙浩宇（父亲：孙立伟，母亲：曲美玲）出生医学证明遗失。")
    assert notice is not None
    [party] = notice.parties
    assert (party.name, party.kind.value, party.address) == ("孙浩宇", "person", "庄河市栗子房镇")
    assert [(r.role.value, r.name) for r in party.relations] == [
        ("father", "孙立伟"), ("mother", "曲美玲")]
    assert notice.warnings == []


@pytest.mark.parametrize("damaged", [
    # a quote lost before the notice: its words fall outside the row's fields
    "INSERT INTO `t` VALUES (1,'2026',张三遗失居民身份证，声明作废。','522326',NULL);\n",
    # a notice run into a line of the table's definition
    "CREATE TABLE `t` (\n  `page_no` varchar(8) DEFAULT NUL张三遗失居民身份证，声明作废。\n);\n",
])
def test_a_damaged_sql_dump_drops_no_notice_unseen(damaged: str) -> None:
    # the mutation fuzz, seed 159, on set CP's dump: what says something is lost is read
    # as it stands, in a notice or in skipped, never blanked with the dump's own lines
    row = "INSERT INTO `t` VALUES (2,'2026','李四遗失户口簿一本，声明作废。','522326',NULL);\n"
    page = scan("-- MySQL dump\n" + damaged + row)
    held = [n.text for n in page.notices] + [s.text for s in page.skipped]
    assert any("张三遗失居民身份证" in text for text in held)
    assert "李四遗失户口簿一本，声明作废。" in [n.text for n in page.notices]


def test_where_a_property_lies_is_a_field_of_no_record() -> None:
    # set CR: a bank's mortgage proof names the property's place after 不动产坐落：
    notice = parse_notice("中国建设银行股份有限公司韩城支行遗失不动产登记证明（抵押权）一份，"
                          "不动产坐落：韩城市龙亭镇龙亭村三组，声明作废。")
    assert notice is not None and notice.warnings == []


def test_a_co_owner_in_brackets_is_a_party_too() -> None:
    # set CR: 共有人 in brackets after the holder's name
    notice = parse_notice("宜都市聂家河镇周德明（共有人：黄小琴）遗失不动产权证书一本，声明作废。")
    assert notice is not None
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        ("周德明", "person", "宜都市聂家河镇"), ("黄小琴", "person", None)]


def test_a_titles_marks_typed_as_angle_brackets_are_read_as_title_marks() -> None:
    # set CR: <<商品房买卖合同>> for 《商品房买卖合同》
    notice = parse_notice("林永康遗失与某某置业有限公司签订的<<商品房买卖合同>>一份，声明作废。")
    assert notice is not None
    assert [(i.document.value, i.label) for i in notice.items] == [("contract", "商品房买卖合同")]
    assert notice.warnings == []


def test_a_space_before_a_titles_marks_keeps_what_precedes_de_a_description() -> None:
    # set CR's page: 签订的&lt;&lt;房屋租赁合同… read as 签订的<< and spaces; OCR's space too
    notice = parse_notice("吴海燕遗失与某某置业有限公司签订的 《房屋租赁合同》一份，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label) for i in notice.items] == [("contract", "房屋租赁合同")]


def test_a_letter_read_for_a_digit_inside_a_land_number_keeps_the_number_whole() -> None:
    # set CR's page: 临国用（2008）第00S26号, S for 5; the number fails its check, whole
    notice = parse_notice("王海生遗失国有土地使用证一本，证号：临国用（2008）第00S26号，声明作废。")
    assert notice is not None and notice.warnings == []
    [number] = notice.items[0].identifiers
    assert (number.value, number.kind.value, number.valid, [e.code for e in number.errors]) == (
        "临国用(2008)第00S26号", "property_certificate", False, ["format"])


def test_where_a_person_comes_from_in_brackets_is_no_part_of_the_name() -> None:
    # set CS: 杨光辉（四川籍）, 籍贯 written out too
    for text in ("义乌市赤岸镇杨光辉（四川籍）遗失居民身份证，声明作废。",
                 "义乌市赤岸镇杨光辉（籍贯：四川）遗失居民身份证，声明作废。"):
        notice = parse_notice(text)
        assert notice is not None and notice.warnings == []
        assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
            ("杨光辉", "person", "义乌市赤岸镇")]


def test_a_number_after_a_list_goes_to_the_one_document_that_prints_its_shape() -> None:
    # set CS: a 15-character 税号 after 发票专用章…及…税务登记证 is the certificate's
    notice = parse_notice("某某鞭炮厂遗失发票专用章一枚及国税税务登记证正副本，"
                          "税号：36092273663419X，声明作废。")
    assert notice is not None
    assert [[i.value for i in item.identifiers] for item in notice.items] == [
        [], ["36092273663419X"]]
    # the holder's own code still goes to the list's first, as the corpus reads it
    notice = parse_notice("某某合作社遗失公章一枚及营业执照副本，"
                          "统一社会信用代码：93450100MA5KXY1T2E，声明作废。")
    assert notice is not None
    assert [len(item.identifiers) for item in notice.items] == [1, 0]


def test_di_and_hao_round_a_number_before_its_document_are_the_numbers() -> None:
    # set CS: 遗失第0417号粮油供应证一本
    notice = parse_notice("刘德福遗失第0417号营业执照一本，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.value, i.label) for i in notice.items[0].identifiers] == [("0417", None)]


def test_che_after_a_plate_names_the_vehicle_not_the_document() -> None:
    # set CS: 湘K·3B726号车道路运输证; not 车辆 or a 车位
    for text, label in (("曾建军遗失湘K·3B726号车道路运输证，声明作废。", "道路运输证"),
                        ("曾建军遗失湘K·3B726号车辆行驶证，声明作废。", "车辆行驶证")):
        notice = parse_notice(text)
        assert notice is not None and notice.warnings == []
        assert [i.label for i in notice.items] == [label]


def test_a_dash_between_a_word_and_a_measure_word_is_the_numeral_one() -> None:
    # set CS: 各—枚, a scan's 一 read as a dash; not after a numeral (一-枚)
    notice = parse_notice("某某茶业有限公司遗失公章、合同专用章各—枚，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [i.count for i in notice.items] == [1, 1]
    notice = parse_notice("某某合作社遗失财务专用章一-枚，声明作废。")
    assert notice is not None and [i.count for i in notice.items] != [11]


def test_a_labelled_property_number_before_the_next_document_is_the_one_before() -> None:
    # set CS: every comma lost; 证号 says the number follows its document, and 证号 is
    # no part of a place's abbreviation
    notice = parse_notice("刘庆山遗失房屋所有权证一本证号沂房权证泉字第20070315号国有土地使用证一本"
                          "证号沂国用（2006）第0926号声明作废")
    assert notice is not None and notice.warnings == []
    assert [[(i.value, i.label) for i in item.identifiers] for item in notice.items] == [
        [("沂房权证泉字第20070315号", "证号")], [("沂国用(2006)第0926号", "证号")]]


def test_a_seals_zhang_read_as_tong_is_still_the_seal() -> None:
    # set CS: 公童一枚, a scan's 童 for 章
    notice = parse_notice("某某农机有限责任公司遗失公童一枚、财务专用童一枚，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label) for i in notice.items] == [
        ("official_seal", "公童"), ("financial_seal", "财务专用童")]


def test_a_registration_number_of_thirteen_digits_is_a_legacy_serial() -> None:
    # set CU: identifiers.md §3 reads a pre-2007 注册号 of 13 digits as a serial, no check
    notice = parse_notice("某某木器加工厂遗失企业法人营业执照正、副本，"
                          "注册号：1308282100417，声明作废。")
    assert notice is not None
    [number] = notice.items[0].identifiers
    assert (number.kind.value, number.valid) == ("serial", True)
    # a digit short of 15 is still a misprinted registration number
    notice = parse_notice("某某加工厂遗失营业执照副本，注册号：43020310005678，声明作废。")
    assert notice is not None
    [number] = notice.items[0].identifiers
    assert (number.kind.value, [e.code for e in number.errors]) == (
        "registration_number", ["length"])


def test_the_papers_of_the_1990s_are_named_though_unknown() -> None:
    # set CU: an enterprise's 资格证书 is no professional's; a bicycle's 牌照 and a 煤气本
    # are documents of no kind
    for text, label in (("某某服装厂遗失进出口企业资格证书一本，声明作废。", "进出口企业资格证书"),
                        ("马玉林遗失自行车牌照一块，牌照号：038172，声明作废。", "自行车牌照"),
                        ("刘淑珍遗失煤气本一本，声明作废。", "煤气本")):
        notice = parse_notice(text)
        assert notice is not None
        assert [(i.document.value, i.label) for i in notice.items] == [("other", label)]
        assert [w.code for w in notice.warnings] == ["unknown_document"]


def test_a_passbooks_zhe_read_as_chai_is_still_the_passbook() -> None:
    # set CU: 存拆, a scan's 拆 for 折
    notice = parse_notice("次仁卓玛遗失某某县农村信用合作社存拆一本，"
                          "账号：5426210100318275，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.issuer) for i in notice.items] == [
        ("passbook", "某某县农村信用合作社")]


def test_a_factory_speaks_of_itself_and_signs_below() -> None:
    # set CU's page: 本厂遗失公章一枚，特此声明。 and the factory's name after it
    notice = parse_notice("本厂遗失公章一枚，特此声明。海门市天补镇华艺服装厂")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.kind.value) for p in notice.parties] == [
        ("海门市天补镇华艺服装厂", "organization")]


def test_a_used_cars_total_and_a_split_ming_are_read() -> None:
    # set CV: 车价合计 labels a used-car invoice's amount; 声日月作废, OCR's two halves of 明
    notice = parse_notice("曾德明遗失某某二手车交易市场有限公司开具的二手车销售统一发票一张，"
                          "车价合计：38,000.00元，声日月作废。")
    assert notice is not None and notice.warnings == [] and notice.declared_void
    assert [str(i.amount) for i in notice.items] == ["38000.00"]


def test_void_words_glued_before_the_notice_are_its_header() -> None:
    # set CW: 声明作废：X遗失…, 以下证件声明作废：X的公章… (no event)
    notice = parse_notice("声明作废：某某县某某镇栗占江遗失机动车驾驶证一本。")
    assert notice is not None and notice.declared_void
    assert [(p.name, p.address) for p in notice.parties] == [("栗占江", "某某县某某镇")]
    notice = parse_notice("以下证件声明作废：某某县某某镇恒升水产养殖专业合作社的公章、"
                          "财务专用章各一枚。")
    assert notice is not None and notice.declared_void and notice.warnings == []
    assert [p.name for p in notice.parties] == ["某某县某某镇恒升水产养殖专业合作社"]
    assert [i.label for i in notice.items] == ["公章", "财务专用章"]


def test_a_notice_in_brackets_after_who_leaves_the_bracket_out_of_the_name() -> None:
    # set CW: 兹有X（于…在…遗失…，声明作废）特此登报。
    notice = parse_notice("兹有某某市某某镇关玉梅（于2026年11月27日在某某景区附近"
                          "遗失机动车驾驶证一本，声明作废）特此登报。")
    assert notice is not None
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        ("关玉梅", "person", "某某市某某镇")]


def test_an_organisations_staff_and_its_advice_to_readers_leave_it_the_party() -> None:
    # set CW: 本公司财务人员于…遗失…（…该支票声明作废），如有人持此支票…拒绝受理。<signature>
    notice = parse_notice("本公司财务人员于2026年12月1日不慎遗失转账支票一张（支票号码：30517284，"
                          "该支票声明作废），如有人持此支票办理业务，请各相关单位拒绝受理。"
                          "某某县某某镇云谷红茶有限公司")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.kind.value) for p in notice.parties] == [
        ("某某县某某镇云谷红茶有限公司", "organization")]


def test_a_new_seal_put_to_use_after_the_void_statement_is_no_item() -> None:
    # set CW: …声明作废；新刻公章已在某某市公安局备案，自2026年12月5日起启用。
    notice = parse_notice("某某农业发展有限公司遗失公章一枚（印章编码：4207020019376），声明作废；"
                          "新刻公章已在某某市公安局备案，自2026年12月5日起启用。")
    assert notice is not None and notice.warnings == []
    assert [i.label for i in notice.items] == ["公章"]


def test_the_bank_before_its_cheques_issued_them_a_company_before_them_did_not() -> None:
    # set CX: 中国工商银行转账支票两张: the bank the cheques are drawn on, as with its 存折
    notice = parse_notice("某某县某某镇养殖专业合作社遗失中国工商银行转账支票两张，"
                          "支票号码：10203642、10203643，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.issuer) for i in notice.items] == [("cheque", "中国工商银行")]
    # a company's name run into its cheques (a damaged page) is not their issuer
    notice = parse_notice("遗失焦作市解放区恒通物流有限公司空白转账支票一张，声明作废。")
    assert notice is not None
    assert [(i.document.value, i.issuer) for i in notice.items] == [("cheque", None)]


def test_papers_between_private_parties_are_named_with_their_sums() -> None:
    # set CY: X出具的借条一张（借款金额：…）, 欠条…（欠款金额：…）: the loan's sum, in brackets too
    notice = parse_notice("某某县某某镇张三遗失李四出具的借条一张（借款金额：人民币拾贰万元整）"
                          "及王五出具的欠条一张，欠款金额：35000元，特此声明作废。")
    assert notice is not None
    assert [(i.label, i.issuer, i.amount) for i in notice.items] == [
        ("借条", "李四", Decimal("120000")), ("欠条", "王五", Decimal("35000"))]
    assert [w.code for w in notice.warnings] == ["unknown_document"]
    # a labelled sum in brackets is the item's; a bare one is the denomination of its label
    notice = parse_notice("张三遗失收据一张（金额：人民币捌仟元整），声明作废。")
    assert notice is not None and [i.amount for i in notice.items] == [Decimal("8000")]
    notice = parse_notice("某某商店遗失定额发票（壹佰元）五张，声明作废。")
    assert notice is not None and [(i.label, i.amount) for i in notice.items] == [
        ("定额发票（壹佰元）", None)]


def test_a_unit_is_no_form_and_a_copy_may_come_first() -> None:
    # set CY: 报关单位注册登记证书 holds 单位 (a unit), not the form 报关单
    notice = parse_notice("某某服装进出口有限公司遗失报关单位注册登记证书"
                          "（海关注册编码：3505960317），声明作废。")
    assert notice is not None
    assert [i.label for i in notice.items] == ["报关单位注册登记证书"]
    # 正本海运提单一套: the copy said before the document's name
    notice = parse_notice("某某边贸有限公司遗失正本海运提单一套（提单号：HCZB2026110473），"
                          "声明作废。")
    assert notice is not None
    assert [(i.label, i.copy) for i in notice.items] == [("正本海运提单", Copy.ORIGINAL)]


def test_an_id_number_under_an_unknown_cards_number_is_the_holders() -> None:
    # set CY: 老年人优待证…证号：<the holder's ID>, valid or not; a shorter 证号 is the card's
    for number, valid in (("632126195303080043", False), ("11010519491231002X", True)):
        notice = parse_notice(f"李成秀遗失老年人优待证一本，证号：{number}，声明作废。")
        assert notice is not None
        assert [(i.kind.value, i.valid) for i in notice.items[0].identifiers] == [
            ("resident_id", valid)]
    notice = parse_notice("张德山遗失老年人优待证（证号：140581003726）一张，声明作废。")
    assert notice is not None
    assert [i.kind.value for i in notice.items[0].identifiers] == ["serial"]
    # an ID number on a card the parser does not know at all is one too, not a USCC
    notice = parse_notice("张三遗失某某卡一张，卡号：11010519491231002X，声明作废。")
    assert notice is not None
    assert [i.kind.value for i in notice.items[0].identifiers] == ["resident_id"]


def test_a_vessel_between_its_owner_and_its_papers_is_neither() -> None:
    # set CY: X所属“辽庄渔23587”号渔船的…证书…遗失: the vessel's 庄 ends no name
    for owner in ("庄河市黑岛镇于德渤所属", "庄河市黑岛镇于德渤的"):
        notice = parse_notice(f"{owner}“辽庄渔23587”号渔船的渔业船舶国籍证书一本不慎遗失，"
                              "声明作废。")
        assert notice is not None
        assert [(p.name, p.address) for p in notice.parties] == [("于德渤", "庄河市黑岛镇")]
        assert [(i.label, i.identifiers) for i in notice.items] == [("渔业船舶国籍证书", [])]
        assert [w.code for w in notice.warnings] == ["unknown_document"]


def test_fields_that_fill_nothing_are_read_through() -> None:
    # set CY: what rights a certificate records, the vessel's name, a receipt's goods
    for text in ("潘老岩遗失不动产权证书一本，证号：黔（2020）从江县不动产权第0006813号，"
                 "权利类型：宅基地使用权/房屋所有权，声明作废。",
                 "张鸣滨的渔业船舶检验证书（船名：鲁荣渔58271，证书编号：3710820019473）"
                 "因船舱进水污损，声明作废。",
                 "屈彦军遗失苹果仓单一张（仓单编号：LC2025-1186，数量：32吨），声明作废。"):
        notice = parse_notice(text)
        assert notice is not None
        assert "unparsed" not in [w.code for w in notice.warnings], text
        assert [len(i.identifiers) for i in notice.items] == [1], text


def test_a_hiring_ad_in_a_block_ends_the_notice_above() -> None:
    # set CY (今日象山): 【招工】… after a notice's last line, inside the block
    page = ("下列证件声明作废\n◆象山县东陈乡郑定海遗失渔业捕捞许可证一本，声明作废。\n"
            "【招工】某水产加工厂招聘分拣工10名，\n男女不限，包吃住。电话：13957481062\n"
            "◆象山县晓塘乡俞阿娥遗失老年人优待证一本，声明作废。")
    assert [n.text for n in parse(page)] == [
        "象山县东陈乡郑定海遗失渔业捕捞许可证一本，声明作废。",
        "象山县晓塘乡俞阿娥遗失老年人优待证一本，声明作废。"]


def test_a_spaced_hyphen_before_a_spaced_out_line_is_the_columns() -> None:
    # break fuzz seed 30: 崇明区向化镇陆 - / 建 新 遗 失…: alone as in a block, 陆建新
    text = "崇明区向化镇陆 -\n建 新 遗 失 士兵退出现役证一本，声 明 作 废。"
    alone = parse_notice(text)
    assert alone is not None
    assert [(p.name, p.address) for p in alone.parties] == [("陆建新", "崇明区向化镇")]
    assert parse("下列证件声明作废\n●" + text)[0].parties == alone.parties


def test_a_school_before_a_graduates_class_and_major_issued_the_diploma() -> None:
    # set DA: X学院2022届Y专业本科毕业证书: X issued it; the class year is no number
    notice = parse_notice("思南县许家坝镇田小燕遗失黔东师范学院2022届小学教育专业本科毕业证书一本，"
                          "证书编号：106651202205000638，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, i.issuer, [x.value for x in i.identifiers]) for i in notice.items] == [
        ("本科毕业证书", "黔东师范学院", ["106651202205000638"])]
    # the major alone after the school; and the school after another document of the list
    notice = parse_notice("张三遗失居民身份证及湖南大学汉语言文学专业本科毕业证书各一本，"
                          "声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, i.issuer) for i in notice.items] == [
        ("居民身份证", None), ("本科毕业证书", "湖南大学")]


def test_a_diplomas_own_number_stays_its_serial_though_it_reads_as_an_id() -> None:
    # set DA: 毕业证书编号 130181202406183176 passes every resident-ID check; a diploma
    # prints serials only
    notice = parse_notice("郝志鹏遗失冀南工程职业学院颁发的专科毕业证书一本，"
                          "证书编号：130181202406183176，声明作废。")
    assert notice is not None
    assert [(i.kind.value, i.valid) for i in notice.items[0].identifiers] == [("serial", True)]


def test_papers_of_qualifications_and_health_are_named() -> None:
    # set DA: an exam passed is no vehicle's 合格证; a skill level; an exam's results; a
    # hospital's record and its number
    notice = parse_notice("刘骁峰遗失建筑施工企业项目负责人安全生产考核合格证书（B类）及"
                          "职业技能等级证书（焊工四级）各一本，声明作废。")
    assert notice is not None
    assert [i.document.value for i in notice.items] == ["professional_certificate"] * 2
    notice = parse_notice("曾雨桐遗失全国大学英语四级考试成绩报告单一份（成绩报告单编号："
                          "241143100107258），声明作废。")
    assert notice is not None
    assert [(i.label, len(i.identifiers)) for i in notice.items] == [
        ("全国大学英语四级考试成绩报告单", 1)]
    notice = parse_notice("谭明芬遗失石柱土家族自治县人民医院住院病历一本（住院号：2025041873），"
                          "声明作废。")
    assert notice is not None
    assert [(i.label, i.issuer) for i in notice.items] == [
        ("石柱土家族自治县人民医院住院病历", "石柱土家族自治县人民医院")]
    assert [(x.label, x.kind.value) for x in notice.items[0].identifiers] == [("住院号", "serial")]


def test_a_school_or_clinic_speaks_of_itself_and_signs_with_its_code() -> None:
    # set DA: 本校…遗失空白小学毕业证书…特此声明作废。X小学（统一社会信用代码：…）
    notice = parse_notice("本校遗失空白小学毕业证书10本（编号：0517231至0517240），特此声明作废。"
                          "合江县福宝镇中心小学（统一社会信用代码：12510522452793180C）")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["合江县福宝镇中心小学"]
    assert [(i.label, i.issuer) for i in notice.items] == [("空白小学毕业证书", None)]
    assert [w.code for w in notice.warnings] == ["party_identifier"]  # the code is reported
    notice = parse_notice("本诊所不慎遗失医疗机构执业许可证副本一本，特此声明作废。"
                          "商南县金丝峡镇百草堂中医诊所")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["商南县金丝峡镇百草堂中医诊所"]


def test_a_township_named_with_jiang_is_a_place() -> None:
    # set DA: 铅山县英将乡祝文轩: the 将 of a township's name, no 把
    notice = parse_notice("铅山县英将乡祝文轩（监护人：祝德华）的学籍档案一份于转学途中遗失，"
                          "特此声明。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("祝文轩", "铅山县英将乡")]


def test_set_czs_damage_and_phrasing() -> None:
    # 付 for 副 in 副本; a tab after a label; the loss reported to the bank, not voided there
    notice = parse_notice("某某水产经营部遗失营业执照付本，统一社会信用代码：92321023MA20NB4E6L，"
                          "声明作废。")
    assert notice is not None and [(i.label, i.copy) for i in notice.items] == [
        ("营业执照付本", Copy.DUPLICATE)]
    notice = parse_notice("刘晓燕遗失教师资格证书，证书号码：\t20196110242000173，声明作废。")
    assert notice is not None and notice.declared_void
    assert [x.value for x in notice.items[0].identifiers] == ["20196110242000173"]
    notice = parse_notice("邓泽高不慎遗失重庆农村商业银行存折一本，已向银行办理挂失手续，"
                          "特此登报声明作废。")
    assert notice is not None and notice.warnings == [] and notice.declared_void
    notice = parse_notice("储户王秀兰在本社办理定期存单挂失手续。")
    assert notice is None or not notice.declared_void
    # a notice printed before, withdrawn: nothing is void
    assert parse("撤销声明：X于2026年11月20日在本报刊登的其女出生医学证明遗失声明，因原件已找回，"
                 "现予撤销，原证件继续有效。特此声明。") == []


def test_who_speaks_for_the_holder() -> None:
    # set DC: a guardian speaks for a child (a relation), heirs for one who died (the
    # parties), an agent, an administrator or a liquidator for a company (no party)
    notice = parse_notice("抚松县北岗镇于梓萌（2019年5月出生）的出生医学证明（编号：R920483517）"
                          "不慎遗失，由其监护人于洪涛代为声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address, [(r.role.value, r.name) for r in p.relations])
            for p in notice.parties] == [("于梓萌", "抚松县北岗镇", [("guardian", "于洪涛")])]
    notice = parse_notice("岫岩满族自治县大营子镇关德海（已故）名下房屋所有权证一本不慎遗失，"
                          "证号：岫房权证字第20110387号，现由其继承人关玉娴、关玉林声明作废。")
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["关玉娴", "关玉林"]
    for text, holder in (
            ("受五常市某某米业有限公司委托，本所声明：该公司的公章一枚已不慎遗失，上述印章自即日起"
             "作废。黑龙江某某律师事务所", "五常市某某米业有限公司"),
            ("建水县某某矿业有限公司清算组声明：该公司在清算期间不慎遗失公章一枚，声明作废。",
             "建水县某某矿业有限公司"),
            ("某某船舶配件有限公司破产管理人声明：该公司原公章一枚已遗失，无法移交，现声明作废。",
             "某某船舶配件有限公司")):
        notice = parse_notice(text)
        assert notice is not None and notice.warnings == [], text
        assert [p.name for p in notice.parties] == [holder], text


def test_the_holder_named_by_a_title_or_a_field() -> None:
    # set DC: 关于X遗失…的声明　本社…: the title names the one who speaks of itself
    notice = parse_notice("关于阿荣旗某某养殖专业合作社遗失公章的声明　本社公章一枚于近日不慎遗失，"
                          "特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["阿荣旗某某养殖专业合作社"]
    # the document first, its holder in a field; a shop's keeper stays its relation
    notice = parse_notice("道路运输从业人员从业资格证一本遗失，持证人：五台县东冶镇武晋峰，"
                          "证号：142223198806140177，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("武晋峰", "五台县东冶镇")]
    assert [i.label for i in notice.items] == ["道路运输从业人员从业资格证"]
    notice = parse_notice("营业执照副本一本不慎遗失，经营者：泸定县烹坝镇杨德全，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("杨德全", "泸定县烹坝镇")]
    notice = parse_notice("某某米线店遗失营业执照正本，经营者：杨丽芬，声明作废。")
    assert notice is not None
    assert [(p.name, [r.name for r in p.relations]) for p in notice.parties] == [
        ("某某米线店", ["杨丽芬"])]


def test_set_dcs_and_dbs_words() -> None:
    # 被他人冒领 is a theft; 兄妹三人 counts no name; 身分证 is the ID card; a plate after a
    # list of vehicle papers with their own numbers is the first's
    notice = parse_notice("仲伟良的机动车驾驶证于2026年10月办理换证时被他人冒领，现声明作废。")
    assert notice is not None and notice.event.value == "stolen" and notice.warnings == []
    notice = parse_notice("梁秀英、梁秀华、梁福生兄妹三人共同遗失定期存单一张，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["梁秀英", "梁秀华", "梁福生"]
    notice = parse_notice("龙秀英遗失居民身分证一张，身分证号：433123197609020423，声明作废。")
    assert notice is not None
    assert [(i.document.value, [x.kind.value for x in i.identifiers]) for i in notice.items] == [
        ("resident_id_card", ["resident_id"])]
    notice = parse_notice("蒲文斌的机动车登记证书（登记证书编号：620018437265）及道路运输证（证号："
                          "620723015284）不慎遗失，号牌号码：甘G·K5273，声明作废。")
    assert notice is not None
    assert [[x.value for x in i.identifiers] for i in notice.items] == [
        ["620018437265", "甘GK5273"], ["620723015284"]]
    # OCR's 己 for 已 before the event, after the document's brackets
    notice = parse_notice("费梓涵的出生医学证明（编号：S421738064）己遗失，声明作废。")
    assert notice is not None and notice.warnings == []
    # X的<bank>转账支票…破损 (set DB): whose it is, then the bank that issued it
    notice = parse_notice("某某黑茶有限公司的中国建设银行转账支票一张因保管不慎破损，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["某某黑茶有限公司"]
    assert [(i.label, i.issuer) for i in notice.items] == [("中国建设银行转账支票", "中国建设银行")]


def test_a_title_broken_before_its_body_that_speaks_of_itself_goes_on() -> None:
    # break fuzz seed 31: …有限公司遗失合同专用章 / 声明：本公司不慎遗失…: one notice in a block,
    # as alone
    text = ("宁夏某某煤化工有限公司遗失合同专用章\n声明：本公司不慎遗失合同专用章一枚，"
            "自即日起作废，特此\n声明。")
    alone = parse_notice(text)
    block = parse("下列证件声明作废\n●" + text)
    assert alone is not None and len(block) == 1
    assert [p.name for p in block[0].parties] == [p.name for p in alone.parties] == [
        "宁夏某某煤化工有限公司"]
    assert block[0].items == alone.items


def test_set_dds_shapes() -> None:
    # two holders each losing their own papers, voided together; a company and its
    # representative
    for text, names in (
            ("房山区十渡镇常宝林遗失居民身份证一张；房山区十渡镇谷秀英遗失居民户口簿一本，"
             "均声明作废。", ["常宝林", "谷秀英"]),
            ("某某回收有限公司遗失公章一枚，该公司法定代表人韩金柱遗失居民身份证一张，均声明作废。",
             ["某某回收有限公司", "韩金柱"])):
        alone = parse_notice(text)
        block = parse("下列证件声明作废\n●" + text)
        assert alone is not None and alone.warnings == [], text
        assert [p.name for p in alone.parties] == names, text
        assert len(block) == 1 and block[0].parties == alone.parties, text
    # a list numbered inside the notice, announced by 以下证件; 兹声明作废; 一卷
    notice = parse_notice("尤秀梅遗失以下证件：（1）居民身份证一张；（2）中国农业银行借记卡一张。"
                          "以上证件兹声明作废。")
    assert notice is not None and notice.warnings == []
    assert [i.label for i in notice.items] == ["居民身份证", "中国农业银行借记卡"]
    notice = parse_notice("某某加工厂遗失：1、营业执照正本一本；2、公章一枚；"
                          "另遗失空白增值税普通发票（卷票）一卷。特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [i.count for i in notice.items] == [1, 1, 1]
    # not the number of a seal (合同专用章（3）) nor a number's end before 、
    notice = parse_notice("某某分公司遗失合同专用章（3）一枚，声明作废。")
    assert notice is not None and [i.label for i in notice.items] == ["合同专用章（3）"]
    # a label names the one document of the list that prints its kind
    notice = parse_notice("某某合作社遗失：公章一枚；开户许可证一本，核准号：J3760047183620，"
                          "声明作废。")
    assert notice is not None
    assert [[x.label for x in i.identifiers] for i in notice.items] == [[], ["核准号"]]
    # where the person comes from; a given name ending in 科
    notice = parse_notice("本人詹红梅（金寨县汤家汇镇人），身份证号：342426198305170628，"
                          "不慎遗失居民身份证一张，声明作废。")
    assert notice is not None and [p.name for p in notice.parties] == ["詹红梅"]
    notice = parse_notice("西吉县震湖乡马登科丢失机动车行驶证一本，特此声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("马登科", "西吉县震湖乡")]
    # the list goes on to the same party's second event; the report to the police
    text = ("储家富在汽车站候车时行李包被盗，包内机动车驾驶证一本、中国农业银行借记卡一张一并被盗，"
            "当即已向车站派出所报警，虽已报警并联系车站查找，现声明作废。")
    assert [n.text for n in parse("下列证件声明作废\n●" + text)] == [text]


def test_the_list_after_shangshu_points_back_as_a_whole() -> None:
    # set DD: 现将上述身份证（…）、借记卡（…）声明作废: two documents named before, again
    notice = parse_notice("罗金凤随身挎包被盗，包内居民身份证一张、中国农业银行借记卡一张一并被盗，"
                          "现将上述身份证（身份证号：451027200309140844）、借记卡（卡号："
                          "6228482758013694170）声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, [x.value for x in i.identifiers]) for i in notice.items] == [
        ("居民身份证", ["451027200309140844"]), ("中国农业银行借记卡", ["6228482758013694170"])]


@pytest.mark.parametrize(("text", "party"), [
    # set BZ: a notice written as a form, its fields set off by bars
    ("遗失人：巩义市米河镇李建设｜遗失物品：中华人民共和国残疾人证一本｜证号：41018119930305017042"
     "｜声明：自即日起作废", ("李建设", "巩义市米河镇")),
    ("声明人：李建设，遗失残疾人证一本，声明作废。", ("李建设", None)),
    ("登报人：李建设，遗失残疾人证一本，声明作废。", ("李建设", None)),
    ("姓名：李建设；遗失物品：残疾人证一本；声明作废。", ("李建设", None)),
    ("遗失单位：巩义市某某有限公司；遗失物品：公章一枚；声明作废。", ("巩义市某某有限公司", None)),
    # who lost it named after what was lost
    ("遗失物品：残疾人证一本，遗失人：李建设，声明作废。", ("李建设", None)),
    ("残疾人证一本不慎遗失，失主：巩义市米河镇李建设，声明作废。", ("李建设", "巩义市米河镇")),
])
def test_a_notice_written_as_a_form(text: str, party: tuple[str, str | None]) -> None:
    # the field's name is no part of the party's, 遗失人 opens no event, 遗失物品 names no
    # document
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [party]
    assert [i.label for i in notice.items] in (["中华人民共和国残疾人证"], ["残疾人证"], ["公章"])
    assert [n.text for n in parse("下列证件声明作废\n●" + text)] == [text]


@pytest.mark.parametrize(("text", "party"), [
    # sets DE and DF: the page's running head glued before the notice on its line, its
    # pieces set off by gaps: the paper and the page, the day and the weekday, the section
    ("肇庆日报　B6　分类广告　封开县罗董镇梁锦华遗失户口簿一本，户号：441225021736，声明作废。",
     ("梁锦华", "封开县罗董镇")),
    ("A07　2026年12月4日　星期五　分类广告　灌南县田楼镇邴志远遗失机动车驾驶证一本，声明作废。",
     ("邴志远", "灌南县田楼镇")),
    ("— 3 —　2026年12月5日　尖扎县康杨镇黄河源农牧业开发有限公司遗失开户许可证一本，声明作废。",
     ("尖扎县康杨镇黄河源农牧业开发有限公司", None)),
    # broken across lines, its pieces then abut where the breaks' spaces go (break fuzz)
    ("肇庆日报　B6　\n分类广告　封开县罗\n董镇梁锦华遗失户口簿一本，声明作废。",
     ("梁锦华", "封开县罗董镇")),
    # a Markdown list's dash, read as a bullet on a page
    ("- 丰县梁寨镇穆庆华遗失江苏增值税普通发票一份，声明作废。", ("穆庆华", "丰县梁寨镇")),
    # a paper losing its own papers keeps its name
    ("湘潭日报　遗失采访证一本，声明作废。", ("湘潭日报", None)),
])
def test_a_running_head_glued_before_a_notice(text: str, party: tuple[str, str | None]) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [party]
    for page in ("遗失声明\n" + text, "遗失声明\n张三遗失身份证，声明作废。\n" + text):
        assert [(p.name, p.address) for p in parse(page)[-1].parties] == [party]


@pytest.mark.parametrize("head", [
    "— 3 —　2026年12月5日", "— A7 —　永州日报　2026年12月5日", "－5－　2026年12月5日　星期六",
    "B3　2026年12月5日", "2026年12月5日　星期六　— 3 —",
])
def test_a_running_head_alone_on_its_line_is_skipped(head: str) -> None:
    # break fuzz, seed 40: the head glued before a notice broken off onto its own line;
    # its date was read as the start of the notice under it, and the party was lost
    text = "尖扎县康杨镇黄河源农牧业开发有限公司遗失开户许可证一本，声明作废。"
    result = scan("下列证件声明作废\n" + head + "\n\u3000" + text)
    assert [n.text for n in result.notices] == [text]
    assert [(s.text, s.reason.code) for s in result.skipped] == [(head, "furniture")]
    assert [p.name for p in result.notices[0].parties] == ["尖扎县康杨镇黄河源农牧业开发有限公司"]


def test_a_hyphen_left_inside_a_word_by_a_joined_line() -> None:
    # set DF: 遗-失, a line's break joined again with its hyphen kept
    text = "宝清县某某烘干有限公司遗-失公章、营-业执照副本，声明作废。"
    notice = parse_notice(text)
    assert notice is not None and notice.event == Event.LOST and notice.warnings == []
    assert [i.label for i in notice.items] == ["公章", "营业执照副本"]
    assert parse("下列证件声明作废\n●" + text)[0].items == notice.items
    # a hyphen between words stays: no word runs across it
    notice = parse_notice("张三遗失龙-凤牌摩托车行驶证，声明作废。")
    assert notice is not None and notice.items[0].label == "龙-凤牌摩托车行驶证"


def test_html_escapes_of_money_and_quotes() -> None:
    # set DF: 金额：&yen;1,280.00元, an e-paper's HTML escape of the yuan sign
    notice = parse_notice("某某农家乐遗失浙江增值税普通发票一份，发票号码：02613857，"
                          "金额：&yen;1,280.00元，声明作废。")
    assert notice is not None and notice.warnings == []
    assert str(notice.items[0].amount) == "1280.00"


def test_a_running_foot_glued_after_a_notice() -> None:
    # set DG: the page's foot after the void words, its pieces set off by gaps
    text = ("江永县上江圩镇义德胜遗失士兵退出现役证一本，编号：0613852，声明作废。"
            "　　— A7 —　永州日报　2026年12月5日")
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert notice.text.endswith("声明作废。") and text[slice(*notice.span)] == notice.text
    assert parse("遗失声明\n" + text)[0].text == notice.text
    # the notice's own date after it stays its own
    dated = "龙泉市某某遗失定期存单一张，特此登报声明。　2026年12月3日"
    assert parse_notice(dated).text == dated  # type: ignore[union-attr]


def test_each_of_one_list_counts_its_licence_too() -> None:
    # set DH: 各一枚 after one 、-list counts every document of it, the licence too
    notice = parse_notice("某某五金制品有限公司遗失营业执照副本、公章、财务专用章、法定代表人章"
                          "（刘振东）各一枚，声明作废。")
    assert notice is not None
    assert [i.count for i in notice.items] == [1, 1, 1, 1]
    # not after 及: 枚 counts the seals, not the licence
    notice = parse_notice("某某公司遗失营业执照正副本及公章、财务章各一枚，声明作废。")
    assert notice is not None
    assert [i.count for i in notice.items] == [None, 1, 1]


@pytest.mark.parametrize(("text", "label", "values"), [
    # set DI: a hyphen for a plate's dot; a no-break space inside 声明作废; 己 for 已
    ("淳安县某某遗失浙A-7D3K6号小型普通客车行驶证，声明作废。", "小型普通客车行驶证", ["浙A7D3K6"]),
    ("定结县某某遗失居民身份证，身份证号：\xa0542332199004120065，声明\xa0作废。", "居民身份证",
     ["542332199004120065"]),
    ("新宁县某某有限公司原公章一枚己停止使用，现声明作废。", "原公章", []),
    # set DJ: what a placer types online through a pinyin input
    ("腾冲市某某遗失云M·7A325号小型汽车行使证，声明作废。", "小型汽车行使证", ["云M7A325"]),
    ("某某合作社遗失财物专用章一枚,统一社会信用代码:93522633MA6HPK2T4T,特此声明。", "财物专用章",
     ["93522633MA6HPK2T4T"]),
    ("循化县某某不甚遗失户口簿一本,户号:632014857,声明做废。", "户口簿", ["632014857"]),
])
def test_damage_read_through(text: str, label: str, values: list[str]) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == [] and notice.declared_void
    assert notice.items[0].document.value != "other"
    assert [(i.label, [x.value for x in i.identifiers]) for i in notice.items] == [(label, values)]
    assert all(" " not in p.name and "不甚" not in p.name for p in notice.parties)


@pytest.mark.parametrize(("text", "party", "label", "issuer"), [
    # set DJ: a notice written as a platform's form, its fields set apart by bars or tabs
    ("登报人：平谷区某镇郭春燕｜遗失物品：居民身份证｜证件号码：110117200304180245｜声明内容：声明作废",
     ("郭春燕", "平谷区某镇"), "居民身份证", None),
    ("单位名称：某某牧民专业合作社\t遗失物品：公章一枚\t统一社会信用代码：93150425MA0QH7R20U\t"
     "备注：无\t声明：作废", ("某某牧民专业合作社", None), "公章", None),
    ("遗失物品：营业执照副本｜统一社会信用代码：93320830MA1NTX6P1W｜登报单位：某某养殖专业合作社｜"
     "声明内容：声明作废", ("某某养殖专业合作社", None), "营业执照副本", None),
    ("姓名：修水县某镇卢思琪｜遗失物品：学生证｜证件号码：无｜发证单位：某某初级中学｜声明：作废",
     ("卢思琪", "修水县某镇"), "学生证", "某某初级中学"),
    ("声明内容：遗失作废；遗失物品：某某信用合作联社存折一本；姓名：萝北县某镇姜桂珍；备注：无",
     ("姜桂珍", "萝北县某镇"), "某某信用合作联社存折", "某某信用合作联社"),
    # a platform's template, a placeholder or two left in it
    ("兹有黟县某镇汪晓峰于××年××月××日不慎遗失机动车驾驶证一本，证号：341023199103130532，"
     "特此声明作废。", ("汪晓峰", "黟县某镇"), "机动车驾驶证", None),
    ("兹有平江县某镇李建军不慎遗失残疾人证一本，证号：（请填写），特此声明作废。",
     ("李建军", "平江县某镇"), "残疾人证", None),
    # a field's name left where the party's words end, its value after them: no party; nor
    # an empty field of where the holder lives (set DJ)
    ("证件号码：110117200304180245｜证件类型：居民身份证｜姓名：覃丽萍｜地址：｜"
     "声明内容：本人不慎遗失，声明作废", ("覃丽萍", None), "居民身份证", None),
    ("车主：林周县某镇次旦多吉\t车牌号：藏A·5K321\t遗失证件：机动车行驶证\t声明内容：遗失作废",
     ("次旦多吉", "林周县某镇"), "机动车行驶证", None),
    # a void-only form, the holder after a place in a field before the document's
    ("户主姓名：屏南县某乡黄德福；证件名称：户口簿；声明：作废", ("黄德福", "屏南县某乡"),
     "户口簿", None),
    # and in prose, a comma between the holder and a personal document
    ("屏南县某镇黄德福，居民身份证遗失，声明作废。", ("黄德福", "屏南县某镇"), "居民身份证", None),
])
def test_a_platforms_form_and_template(text: str, party: tuple[str, str | None], label: str,
                                       issuer: str | None) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == [] and notice.declared_void
    assert [(p.name, p.address) for p in notice.parties] == [party]
    assert [(i.label, i.issuer) for i in notice.items] == [(label, issuer)]


def test_a_forms_fields_of_the_holders_parents() -> None:
    # set DJ: 新生儿姓名, 父亲姓名, 母亲姓名 name the child and its parents; 地址 fills no party
    notice = parse_notice("新生儿姓名：格桑曲珍；父亲姓名：多布杰；母亲姓名：白玛；地址：某县某镇；"
                          "证件名称：出生医学证明；编号：S540326718；声明内容：遗失，声明作废")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address, [(r.role.value, r.name) for r in p.relations])
            for p in notice.parties] == [("格桑曲珍", None, [("father", "多布杰"),
                                                         ("mother", "白玛")])]


@pytest.mark.parametrize("text", [
    # break fuzz, seed 36: a form broken at a field's edge, a vendor's row after its title
    # broken with a hyphen; the row goes on with the incomplete line before it
    "姓名：修水县黄沙镇卢思琪｜\n遗失物品：学生证｜证件号码：无｜发证单位：修水县黄沙镇初级中学｜"
    "声明：作废",
    "【作废声明】-\n某某旅游开发有限公司原合同专用章一枚已停止使用，统一社会信用代码："
    "91500229MA61CQ7W1D，现声明作废。｜重庆日报｜2026-12-05｜已刊登",
    # seed 37: a row broken at a field's edge, its bar left on either line
    "遗失人：巩义市米河镇李建设｜遗失物品：中华人民共和国残疾人证一本｜证号：41018119930305017042\n"
    "｜声明：自即日起作废",
    "遗失人：巩义市米河镇李建设｜遗失物品：中华人民共和国残疾人证一本｜证号：41018119930305017042｜\n"
    "声明：自即日起作废",
    "遗失人：巩义市米河镇李建设｜遗失物品：中华人民共和国残疾人证一本｜证号：41018119930305017042｜"
    "声明：\n自即日起作废",
    # seed 39: a row whose notice left a bracket open on the line before
    "【遗失声明】平阴县洪范池镇云翠山石材有限公司遗失公章一枚（印章\n编码：3701240038562），声明作废。"
    "｜济南日报｜2026-1\n2-05｜已审核",
    # seed 40: a row broken inside a value, once or twice
    "遗失人：巩义市米河镇李建设｜遗失物品：中华人民共和国残疾人证一本｜证号：41018119\n93030501\n"
    "7042｜声明：自即日起作废",
    "证件号码：220622199508020073｜证件类型：居民身份证｜姓名：吕雪\n松｜地址：｜"
    "声明内容：本人不慎遗失，声明作废",
    # a tag or an escape of HTML broken across lines is no line break of the page
    "枝江市仙女镇彭雨桐（\n父：彭涛，母：周敏）遗失出生医学证明一份<br/>编号：Q420583615<br\n/>"
    "声明作废。",
    "某某商贸有限公司&nb\nsp;遗失营业执照副本，声明作废。",
])
def test_a_row_or_markup_broken_across_lines_reads_the_same_in_a_block(text: str) -> None:
    alone = parse_notice(text)
    assert alone is not None and alone.parties and alone.items
    in_block = parse("下列证件声明作废\n" + text)
    fields = {"text", "span"}  # the text as each reads it: a block drops a line's last rule
    assert [n.model_dump(exclude=fields) for n in in_block] == [alone.model_dump(exclude=fields)]


def test_a_plates_field_before_the_document_labels_it() -> None:
    # set DJ: 车牌号： stood in the party's span, where the plate ended it
    for text in ("车主：林周县某镇次旦多吉\t车牌号：藏A·5K321\t遗失证件：机动车行驶证\t声明：作废",
                 "次旦多吉，车牌号：藏A·5K321，机动车行驶证遗失，声明作废。"):
        notice = parse_notice(text)
        assert notice is not None and [p.name for p in notice.parties] == ["次旦多吉"]
        assert [(x.value, x.label) for x in notice.items[0].identifiers] == [("藏A5K321", "车牌号")]


@pytest.mark.parametrize(("text", "parties"), [
    # set DM: the harder shapes pages print. A look-alike in the void words (朋 for 明)
    ("某县某镇龙国安遗失居民身份证一张，声朋作废。", [("龙国安", "某县某镇", [])]),
    # the cheques bear the account's seals
    ("某某茶业有限公司遗失转账支票一张（支票号码：10201730 20419001），已加盖预留印鉴，"
     "特此声明作废。",
     [("某某茶业有限公司", None, [])]),
    # where the car stood that was broken into; the 将 is no 将 of a document befallen, and
    # the market's 场 ends no name
    ("某县某镇常德胜于11月2日夜间将小型轿车停放在镇农贸市场门口，车窗被砸，车内的机动车驾驶证"
     "被盗，特此声明作废。", [("常德胜", "某县某镇", [])]),
    # 厂房 ends no name; the enterprise's form in brackets is no part of it
    ("某县某镇某某木材加工厂（个人独资企业）于11月3日夜间厂房失火，营业执照正本被烧毁，特此声明作废。",
     [("某县某镇某某木材加工厂", None, [])]),
    # the legal representative named first in the bracket after the seal, before its number
    ("某某专业合作社遗失法人章（罗德华，编码：3305230041901）一枚，声明作废。",
     [("某某专业合作社", None, [("legal_representative", "罗德华")])]),
    # the person after the place, kin in brackets or a home, then why
    ("某县某镇向德贵（妻：陈小燕）因房屋漏雨，结婚证两本受潮污损，特此声明作废。",
     [("向德贵", "某县某镇", [("spouse", "陈小燕")])]),
    ("某县某镇于桂兰家中因洪水进屋，居民户口簿一本被水浸泡损毁，现声明作废。",
     [("于桂兰", "某县某镇", [])]),
    # what they own together befell what it did
    ("某县某镇罗德明、苏秀英夫妇共有的房屋因连日降雨倒塌，存放于屋内的不动产权证书一本被雨水浸泡"
     "损毁，特此声明作废。", [("罗德明", "某县某镇", []), ("苏秀英", None, [])]),
    # whose heirs they are, before the heirs' names
    ("某县某乡已故村民罗德昌的继承人罗小明、罗小红，遗失被继承人名下的存折一本，特此声明作废。",
     [("罗小明", None, []), ("罗小红", None, [])]),
])
def test_set_dms_shapes(text: str, parties: list[tuple[str, str | None, list[tuple[str, str]]]]
                        ) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.declared_void and notice.items
    assert notice.warnings == []
    assert [(p.name, p.address, [(r.role.value, r.name) for r in p.relations])
            for p in notice.parties] == parties


def test_a_wechat_articles_markers_open_notices() -> None:
    # set DN: 👉 before each notice of a WeChat article is a bullet, no part of the notice
    page = scan("遗失声明\n\n👉某县某镇杨美兰遗失居民身份证一张，特此声明作废。\n\n"
                "👉某某专业合作社遗失公章一枚，声明作废。\n\n▲长按识别二维码　关注我们")
    assert [n.text for n in page.notices] == ["某县某镇杨美兰遗失居民身份证一张，特此声明作废。",
                                              "某某专业合作社遗失公章一枚，声明作废。"]


def test_a_persons_own_id_number_beside_the_documents_is_theirs() -> None:
    # set DN: 女方身份证号 after a marriage certificate's number is the wife's, no document's
    notice = parse_notice("某县某镇储小兰（夫：向明远）遗失结婚证一本，"
                          "结婚证字号：J610924-2022-000317，"
                          "女方身份证号：610924200104120403，特此声明作废。")
    assert notice is not None
    assert [x.label for x in notice.items[0].identifiers] == ["结婚证字号"]
    assert [w.code for w in notice.warnings] == ["party_identifier"]
    assert "resident_id 610924200104120403" in notice.warnings[0].message


def test_a_deregistration_sections_notices() -> None:
    # set DN (陕西法制报): under a 注销公告 section, a bulleted notice of that kind is none of
    # the block's; one that voids its lost licence is read, its deregistration and 因 no
    # party, label or cause
    page = scan("遗失声明\n■某县某镇张立新遗失居民身份证一张，声明作废。\n注销公告\n"
                "■某某商贸有限公司经股东会决议，拟向某县市场监督管理局申请注销登记，公司原公章自即日起"
                "作废。请债权人自本公告见报之日起四十五日内向本公司清算组申报债权。特此公告。\n"
                "■某县某镇某某土特产经营部（统一社会信用代码：92610426MA6WKD52X1）拟向某县市场监督管理局"
                "申请简易注销登记，因营业执照正本不慎遗失，特此声明作废。")
    assert [n.parties[0].name for n in page.notices] == ["张立新", "某县某镇某某土特产经营部"]
    last = page.notices[-1]
    assert last.warnings == [] and [p.name for p in last.parties] == ["某县某镇某某土特产经营部"]
    assert [(i.label, [x.value for x in i.identifiers]) for i in last.items] == [
        ("营业执照正本", ["92610426MA6WKD52X1"])]
    assert [s.reason.code for s in page.skipped] == ["other_notice"]


def test_a_document_words_last_character_typed_twice() -> None:
    # set DJ (DJ038): 营业执照照副本 is the licence; 身份证证号 is still the card and its label
    notice = parse_notice("某某五金商店遗失营业执照照副本，统一社会信用代码：92130121MA0FK3L878，"
                          "声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, i.copy.value if i.copy else None) for i in notice.items] == [
        ("营业执照照副本", "duplicate")]
    notice = parse_notice("张三遗失身份证，身份证证号：110117200304180245，声明作废。")
    assert notice is not None and notice.items[0].label == "身份证"


def test_a_platforms_order_and_a_form_copied_from_a_tables_cells() -> None:
    # set DO: the notice is the order's content field; the fields of its row fill nothing
    notice = parse_notice("订单号：DB2612061100001｜类型：遗失声明｜"
                          "内容：某某旅游服务有限公司遗失公章一枚，特此声明作废。｜状态：已刊登")
    assert notice is not None and notice.warnings == []
    assert notice.text == "某某旅游服务有限公司遗失公章一枚，特此声明作废。"
    # each field's name and value in cells of their own, no other word the form's
    notice = parse_notice("单位名称：\t某某茶业有限公司\t遗失证件：\t开户许可证\t核准号：\t"
                          "J6651000278305\t声明：\t遗失作废")
    assert notice is not None and notice.warnings == []
    assert [(i.label, [(x.value, x.label) for x in i.identifiers]) for i in notice.items] == [
        ("开户许可证", [("J6651000278305", "核准号")])]


def test_set_dps_organisations_seals() -> None:
    # set DP: a party branch's and a trade union's seals are their 公章; 换刻 a new seal is why
    notice = parse_notice("中共某乡某村支部委员会因换刻新章，原党支部章一枚自即日起停止使用，"
                          "特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label, i.count) for i in notice.items] == [
        ("official_seal", "原党支部章", 1)]
    notice = parse_notice("某某小学工会委员会遗失工会章一枚，声明作废。")
    assert notice is not None and notice.items[0].document.value == "official_seal"
    # 各一枚 after a list the licence opens with 、, its last joined by 及, counts the licence
    notice = parse_notice("某某诊所遗失医疗机构执业许可证正本、公章及发票专用章各一枚，声明作废。")
    assert notice is not None and [i.count for i in notice.items] == [1, 1, 1]


def test_a_newspaper_losing_its_own_papers_is_an_organisation() -> None:
    # left over from session 18: a paper's name without 社 read as a person's
    notice = parse_notice("湘潭日报遗失发票专用章一枚，声明作废。")
    assert notice is not None
    assert [(p.name, p.kind.value) for p in notice.parties] == [("湘潭日报", "organization")]


def test_a_vendors_row() -> None:
    # set DJ: the notice among its row's fields (paper, day, price, status): that field alone
    notice = parse_notice("【遗失声明】靖安县某镇涂建华遗失居民身份证，身份证号："
                          "362232198405276034，声明作废。｜江西日报｜2026-12-04｜￥60")
    assert notice is not None and notice.warnings == []
    assert notice.text.endswith("声明作废。")
    assert notice.items[0].identifiers[0].kind == Kind.RESIDENT_ID
    # a row whose order was withdrawn was never printed
    assert parse("【遗失声明】佛坪县某镇周良才遗失借记卡一张，声明作废。｜陕西日报｜2026-12-06｜"
                 "状态：已撤单（客户申请退款，未见报）") == []
    # a row is a record of its own in a block: a 注销公告's row ends before the notice after it
    page = ("下列证件声明作废\n·【注销公告】某某牧业专业合作社经成员大会决议解散，请债权人自本公告"
            "见报之日起四十五日内向清算组申报债权。｜甘南日报｜2026-12-05｜已刊登\n"
            "·兹有某某竹木制品有限公司不慎遗失营业执照正本一份，特此声明作废。")
    assert [n.text for n in parse(page)] == ["兹有某某竹木制品有限公司不慎遗失营业执照正本一份，"
                                             "特此声明作废。"]
    # a form's field speaks of the document another names (set DK)
    notice = parse_notice("登报人：华安县某镇林德旺；遗失证件：机动车驾驶证；"
                          "证号：350629198609110455；声明内容：本人不慎遗失上述证件，特此声明作废。")
    assert notice is not None and notice.warnings == []
    # an ASCII bar is a column's rule OCR read, no field's edge
    notice = parse_notice("神木市某镇高小龙遗失道路运输从业资格证 | 证号：610821200109250514，"
                          "声明作废。")
    assert notice is not None and notice.declared_void


@pytest.mark.parametrize(("text", "party"), [
    # set DQ: a state forest farm is where its people live, as a 农场 is
    ("资溪县株溪林场危丽萍遗失购房款收据一张，声明作废。",
     ("危丽萍", "person", "资溪县株溪林场")),
    # the farm itself losing its seal is an organisation; so is a works' canteen after it
    ("资溪县株溪林场遗失公章一枚，声明作废。", ("资溪县株溪林场", "organization", None)),
    ("呼中区碧水林场职工食堂遗失开户许可证一份，声明作废。",
     ("呼中区碧水林场职工食堂", "organization", None)),
])
def test_a_forest_farm_before_a_name_is_an_address(
    text: str, party: tuple[str, str, str | None]
) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [party]


def test_ocrs_look_alike_of_the_seals_character() -> None:
    # set DQ: 公竟, as 公童, is the official seal, its label as printed
    notice = parse_notice("凌云县某某种植专业合作社遗失公竟一枚，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label, i.count) for i in notice.items] == [
        ("official_seal", "公竟", 1)]


@pytest.mark.parametrize("cause", ["保管不善", "管理不善", "工作人员疏忽", "办公地址搬迁",
                                   "人员变动"])
def test_why_after_who_and_a_comma_before_what(cause: str) -> None:
    # set DR: 本公司… / X有限公司因保管不善，公章…不慎遗失: the cause is understood
    notice = parse_notice(f"某某铜材加工有限公司因{cause}，公章一枚不慎遗失，特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["某某铜材加工有限公司"]
    assert [(i.label, i.count) for i in notice.items] == [("公章", 1)]


def test_a_deregistration_that_voids_its_lost_seals() -> None:
    # set DR: who decided it is no party; the call to the creditors is understood
    text = ("贵溪市某镇信江铜材加工有限公司（统一社会信用代码：91360681MA37FJ0W41）经股东决定，"
            "拟向贵溪市市场监督管理局申请注销登记。因保管不善，本公司公章、财务专用章各一枚"
            "不慎遗失，特此声明作废。请债权人于本公告见报之日起四十五日内向本公司申报债权。特此公告。")
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == ["贵溪市某镇信江铜材加工有限公司"]
    assert [w.code for w in notice.warnings] == ["party_identifier"]
    assert [(i.label, i.count) for i in notice.items] == [("公章", 1), ("财务专用章", 1)]
    # 经营部 is the party's own name, no decision
    notice = parse_notice("某某县鑫源农资经营部遗失公章一枚，声明作废。")
    assert notice is not None and [p.name for p in notice.parties] == ["某某县鑫源农资经营部"]


def test_a_label_at_a_lines_end_and_its_number_on_the_next() -> None:
    # break fuzz, seed 41: the line before ends with the label, no event in it; the line
    # that opens with its number and names the event is no notice of its own
    text = "周口市川汇区张海涛，身份证号：\n411602198407054174，不慎遗失机动车驾驶证，声明作废。"
    for page in ("下列证件声明作废\n" + text, "下列证件声明作废\n●" + text):
        result = scan(page)
        assert result.skipped == []
        assert [[p.name for p in n.parties] for n in result.notices] == [["张海涛"]]
        assert result.notices[0].text == text.replace("\n", "")


@pytest.mark.parametrize(("text", "name", "address"), [
    # set DT: a two-part name's dot, however the paper set it
    ("尼勒克县喀拉苏乡阔克托别村叶尔兰•哈布德克里木遗失草原承包经营权证一本，声明作废。",
     "叶尔兰•哈布德克里木", "尼勒克县喀拉苏乡阔克托别村"),
    ("伊宁市英也尔镇热依汗古丽・买买提遗失居民身份证，声明作废。", "热依汗古丽・买买提",
     "伊宁市英也尔镇"),
    # a period for the dot, full-width or not, between the name's two parts
    ("墨玉县阔依其乡阿依夏木古丽.吐尔洪遗失居民身份证，声明作废。", "阿依夏木古丽.吐尔洪",
     "墨玉县阔依其乡"),
    # a Tibetan name of three known parts; a Hui woman's name that ends in 舍
    ("拉孜县查务乡次仁央宗拉姆遗失第二代居民身份证，声明作废。", "次仁央宗拉姆", "拉孜县查务乡"),
    ("同心县王团镇丁阿依舍遗失宅基地使用证一本，声明作废。", "丁阿依舍", "同心县王团镇"),
    # a rare character the paper's font set in the private use area
    ("昭觉县竹核乡吉克阿\ue3a6遗失居民身份证，声明作废。", "吉克阿\ue3a6", "昭觉县竹核乡"),
])
def test_names_of_the_ethnic_regions(text: str, name: str, address: str) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        (name, "person", address)]
    assert parse("下列证件声明作废\n●" + text)[0].parties == notice.parties


def test_a_fathers_and_a_mothers_name_with_a_period_for_the_dot() -> None:
    # set DT: the relations' names keep their dots; a period before the next role ends one
    notice = parse_notice("和田县拉依喀乡努尔比亚．图尔荪（父：图尔荪．艾买提江，"
                          "母：阿米娜．吐逊托合提）遗失出生医学证明，声明作废。")
    assert notice is not None
    assert [(r.role.value, r.name) for r in notice.parties[0].relations] == [
        ("father", "图尔荪．艾买提江"), ("mother", "阿米娜．吐逊托合提")]
    notice = parse_notice("某县某镇张小宝（父：张三.母：李四）遗失出生医学证明，声明作废。")
    assert notice is not None
    assert [(r.role.value, r.name) for r in notice.parties[0].relations] == [
        ("father", "张三"), ("mother", "李四")]


def test_a_notices_version_in_another_script_after_it() -> None:
    # set DT: a bilingual paper's Uyghur version joined onto the line repeats the number
    text = ("新源县塔勒德镇努尔兰·吐尔逊别克遗失居民身份证，身份证号：654025200109270097，"
            "声明作废。 نىلقا ناھىيىسى تالدى بازىرىدىكى نۇرلان تۇرسۇنبەك كىملىكىنى يوقىتىپ قويدى، "
            "كىملىك نومۇرى: 654025200109270097، ئىناۋەتسىز.")
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [i.label for i in notice.items[0].identifiers] == ["身份证号"]


def test_a_herds_ear_tags_and_an_id_number_short_of_a_digit() -> None:
    # set DT: 耳标号 labels the serials of a 动物防疫证's tags
    notice = parse_notice("当雄县乌玛塘乡格桑尼玛顿珠不慎遗失动物防疫证一本（牦牛28头，耳标号："
                          "254012200037815至254012200037842），特此声明作废。")
    assert notice is not None
    # the herd is understood, and counts no item
    assert [w.code for w in notice.warnings] == ["unknown_document"]
    assert notice.items[0].count == 1
    assert [(i.kind, i.label) for i in notice.items[0].identifiers] == [
        (Kind.SERIAL, "耳标号"), (Kind.SERIAL, "耳标号")]
    assert [p.name for p in notice.parties] == ["格桑尼玛顿珠"]
    # a driving licence's number a digit short before its check character is its holder's
    # ID number, failing on its length
    notice = parse_notice("都兰县宗加镇巴图额尔敦遗失机动车驾驶证，证号：6328221970203031X，"
                          "声明作废。")
    assert notice is not None
    number = notice.items[0].identifiers[0]
    assert (number.kind, [e.code for e in number.errors]) == (Kind.RESIDENT_ID, ["length"])


@pytest.mark.parametrize(("word", "document"), [
    ("财务专用草", "financial_seal"), ("合同专用竟", "contract_seal"), ("公草", "official_seal"),
    ("发票专用童", "invoice_seal"), ("公竟", "official_seal"),
])
def test_ocrs_look_alikes_of_the_seals_last_character(word: str, document: str) -> None:
    # sets CS, DQ, DS: 童, 竟 and 草 for 章; the label as printed
    notice = parse_notice(f"城口县某某加工厂遗失{word}一枚，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label, i.count) for i in notice.items] == [(document, word, 1)]


def test_a_json_exports_escapes_written_out() -> None:
    # set DS: \u3000 and \r\n as text, not as the characters they stand for
    text = ("\\u3000\\u3000沧源佤族自治县勐角乡岩块不慎遗失残疾人证，特此声明作废。"
            "\\r\\n声明人：岩块")
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("岩块", "沧源佤族自治县勐角乡")]


def test_how_many_notices_a_page_prints() -> None:
    # set DS: an app article's lead says how many notices follow; no notice itself
    page = ("新县融媒丨遗失声明（2026年12月7日）\n\n今日刊登遗失声明2则、注销公告1则，"
            "请相关单位和个人知悉。\n\n张三遗失居民身份证一张，声明作废。\n\n李四遗失户口簿一本。")
    result = scan(page)
    assert [n.text for n in result.notices] == ["张三遗失居民身份证一张，声明作废。",
                                                "李四遗失户口簿一本。"]
    assert ("今日刊登遗失声明2则、注销公告1则，请相关单位和个人知悉。", "furniture") in [
        (s.text, s.reason.code) for s in result.skipped]
    # a block's title that counts its notices opens the block
    for title in ("遗失声明两则", "遗失声明（共2则）"):
        assert len(parse(title + "\n张三遗失身份证。\n李四遗失户口簿一本。")) == 2


@pytest.mark.parametrize(("text", "value", "label"), [
    # set DU: thin spaces inside a card's number, the direction marks round an ID number,
    # the mathematical digits and the small forms of punctuation
    ("某镇郭小青遗失借记卡一张，卡号：6217\u20099956\u20090002\u20093418\u2009725，声明作废。",
     "6217995600023418725", "卡号"),
    ("某镇阿苏尔古遗失居民身份证，身份证号：\u202a513437199205170715\u202c，声明作废。",
     "513437199205170715", "身份证号"),
    ("某镇凌志坚遗失居民身份证，身份证号：𝟒𝟒𝟏𝟒𝟐𝟔𝟏𝟗𝟗𝟎𝟎𝟑𝟐𝟏𝟎𝟑𝟑𝟕，声明作废。",
     "441426199003210337", "身份证号"),
    ("某镇李四妹遗失居民身份证﹐身份证号﹕533323198106300240﹐声明作废﹒",
     "533323198106300240", "身份证号"),
])
def test_characters_of_exports_and_ocr_read_as_what_they_stand_for(
    text: str, value: str, label: str
) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert len(notice.items) == 1
    assert [(i.value, i.label) for i in notice.items[0].identifiers] == [(value, label)]


def test_a_foreign_capital_inside_a_number_is_kept_and_fails() -> None:
    # set DU: a Cyrillic М reads the number whole; kept as printed, it fails charset only
    notice = parse_notice("某某农家乐遗失营业执照副本，统一社会信用代码：92430527MAМM2R8XX1，"
                          "声明作废。")
    assert notice is not None
    [number] = notice.items[0].identifiers
    assert (number.raw, number.value) == ("92430527MAМM2R8XX1", "92430527MAМM2R8XX1")
    assert [e.code for e in number.errors] == ["charset"]


def test_a_name_with_a_variation_selector_and_a_page_with_encoding_garbage() -> None:
    # set DU: neither shows, and neither is part of a name
    notice = parse_notice("大化瑶族自治县七百弄乡农秀\U000e0100芬遗失居民身份证一张，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("农秀芬", "大化瑶族自治县七百弄乡")]
    notice = parse_notice("锟斤拷锟斤拷台江县施洞镇某某刺绣农民专业合作社遗失公章一枚，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["台江县施洞镇某某刺绣农民专业合作社"]


def test_void_words_cut_off_at_the_end() -> None:
    # set DU: a database's field ended inside 特此声明作废: no void statement, nothing else
    notice = parse_notice("定结县萨尔乡边巴普赤遗失居民身份证一张，身份证号：540231201603020126，"
                          "特此声")
    assert notice is not None and notice.warnings == [] and not notice.declared_void


def test_a_notice_continued_in_the_next_column() -> None:
    # set DU: （转下栏） / （接上栏）, a column's end as (转下版) is a page's
    page = ("遗失声明\n某县某镇叶书瑶（父：叶秋生，母：吴丽君）遗失出生医学证明一份，（转下栏）\n"
            "（接上栏）编号：T330481265，声明作废。")
    [notice] = parse(page)
    assert notice.text == ("某县某镇叶书瑶（父：叶秋生，母：吴丽君）遗失出生医学证明一份，"
                           "编号：T330481265，声明作废。")
    assert [i.raw for i in notice.items[0].identifiers] == ["T330481265"]


def test_codes_given_respectively_end_at_a_number_labelled_otherwise() -> None:
    # set DU: the holder's USCC after the seals' codes is the list's, not a fourth code
    notice = parse_notice("某某有限公司遗失公章、财务专用章、发票专用章各一枚，印章编码分别为："
                          "3311240019836、3311240019837、3311240019838，"
                          "统一社会信用代码：91331124MA2HW6KE95，声明作废。")
    assert notice is not None
    assert [[i.raw for i in item.identifiers] for item in notice.items] == [
        ["3311240019836", "91331124MA2HW6KE95"], ["3311240019837"], ["3311240019838"]]


def test_batch_notices() -> None:
    # set DV: each end of a range in 第…号
    notice = parse_notice("某公司遗失福建增值税专用发票五份，发票代码：3500821130，"
                          "发票号码：第02947315号至第02947319号，共5份，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.raw, i.label) for i in notice.items[0].identifiers] == [
        ("3500821130", "发票代码"), ("02947315", "发票号码"), ("02947319", "发票号码")]
    # whose papers a school or a company voids is no part of the document's label
    for text, label, count in (
            ("某镇初级中学遗失2025届毕业生初中毕业证书四本，声明作废。", "初中毕业证书", 4),
            ("某货运有限公司遗失所属驾驶员道路运输从业资格证三本，声明作废。",
             "道路运输从业资格证", 3)):
        notice = parse_notice(text)
        assert notice is not None and notice.warnings == []
        assert [(i.label, i.count, i.identifiers) for i in notice.items] == [(label, count, [])]
    # a numbered list of holders, each with an event of its own, voided by 以上证件声明作废
    notice = parse_notice("(1)沁县牛寺乡郭晋龙遗失居民身份证;(2)牛寺乡段沁萍遗失居民身份证."
                          "以上证件声明作废.")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("郭晋龙", "沁县牛寺乡"),
                                                              ("段沁萍", "牛寺乡")]
    # each vehicle's permit with its plate before it takes the 证号 after it
    notice = parse_notice("某公司遗失以下道路运输证：1、宁D·3K572号货车道路运输证，"
                          "证号：640425018273；2、宁D·5M816号货车道路运输证，"
                          "证号：640425018296。以上证件声明作废。")
    assert notice is not None
    assert [[i.raw for i in item.identifiers] for item in notice.items] == [
        ["宁D·3K572", "640425018273"], ["宁D·5M816", "640425018296"]]


@pytest.mark.parametrize("zero", ["〇", "○", "零"])
def test_a_date_in_numerals_after_the_name_with_its_zero_however_set(zero: str) -> None:
    # set DW: old pages and their OCR set the zero of 二〇〇五年 as the circle ○
    notice = parse_notice(f"岫岩满族自治县三家子镇西沟村关淑琴于二{zero}{zero}五年三月不慎遗失"
                          "身份证一张，特此声明。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        ("关淑琴", "person", "岫岩满族自治县三家子镇西沟村")]


def test_an_invoice_forms_denomination_is_its_label_not_an_amount() -> None:
    # set DW: 通用手工发票（千元版）, a printed form's face value, no sum lost
    for form in ("（千元版）", "（拾元版）", "(100元版)"):
        notice = parse_notice(f"某县宏福楼饭店遗失山东省地方税务局通用手工发票{form}一本，"
                              "发票代码：237139071021，声明作废。")
        assert notice is not None and notice.warnings == []
        item = notice.items[0]
        assert (item.label, item.amount) == (f"山东省地方税务局通用手工发票{form}", None)


def test_a_booklet_is_a_document_of_its_own() -> None:
    # set DW: 养老保险手册 after a card and its number in brackets
    notice = parse_notice("城口县葛城镇南大街42号向红英遗失医疗保险IC卡一张"
                          "（卡号：5002290003871600）及养老保险手册一本，特此声明。")
    assert notice is not None
    assert [(i.label, i.count) for i in notice.items] == [("医疗保险IC卡", 1), ("养老保险手册", 1)]
    assert [w.code for w in notice.warnings] == ["unknown_document"]


@pytest.mark.parametrize(("street", "address"), [
    ("谯楼街", "息县城关镇谯楼街"), ("东街", "息县城关镇东街"), ("南巷", "息县城关镇南巷")])
def test_a_street_before_a_name_is_the_address(street: str, address: str) -> None:
    # set DW: no name begins with a street's 街 (not 街刘伟 after 谯楼, nor 东街刘伟)
    notice = parse_notice(f"息县城关镇{street}刘伟、陈静之女刘雨婷的出生医学证明遗失，"
                          "编号：F410237518。")
    assert notice is not None
    party = notice.parties[0]
    assert (party.name, party.address) == ("刘雨婷", address)
    assert [r.name for r in party.relations] == ["刘伟", "陈静"]


def test_an_association_speaks_of_itself() -> None:
    # set DX: 我会, and the document named again after 声明
    for text in ("某县老年人协会遗失公章一枚，，我会自即日起停止使用该印章，特此声明。。",
                 "某县行业协会遗失社会团体法人登记证书副本一本，我会声明该证书作废。"):
        notice = parse_notice(text)
        assert notice is not None and notice.declared_void
        assert [w.code for w in notice.warnings if w.code == "unparsed"] == []


def test_a_project_departments_seal_and_a_dotted_name_in_charge() -> None:
    # set DX
    notice = parse_notice("某建设工程有限公司某公路改造工程项目部遗失项目部章一枚，"
                          "印章编码：5226340107351，特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert notice.items[0].document.value == "official_seal"
    notice = parse_notice("尉犁县喀尔曲尕乡法律服务所遗失公章一枚，印章编码：6528230017385，"
                          "负责人：阿不都热依木·吐尔逊，特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(r.role.value, r.name) for r in notice.parties[0].relations] == [
        ("legal_representative", "阿不都热依木·吐尔逊")]


def test_a_new_seals_notice_speaks_of_the_old_ones_notice() -> None:
    # set DX: 已于…遗失并登报声明作废, a notice printed before; the new seal's notice voids nothing
    assert parse("印章启用公告：因原公章已于2026年11月20日遗失并登报声明作废，经研究决定，"
                 "某县中心卫生院自2026年12月8日起启用新刻制的公章（印章编码：5308220021964）。"
                 "特此公告。") == []


def test_the_other_side_of_a_contract_is_no_party() -> None:
    # set DZ: A与B签订的…合同, the document first, its holder A alone
    for text, name, address in (
            ("分宜县钤山镇袁岭村曾小燕与江西钤阳置业有限公司签订的《商品房买卖合同》一份"
             "（合同编号：FY2020-0417）不慎遗失，声明作废。", "曾小燕", "分宜县钤山镇袁岭村"),
            ("平遥县古陶镇西关社区马瑞琴（身份证号：142431198305172627）与平遥县农村信用合作联社"
             "签订的个人借款合同一份（借款金额：人民币8万元）不慎遗失，特此声明。",
             "马瑞琴", "平遥县古陶镇西关社区")):
        notice = parse_notice(text)
        assert notice is not None
        assert [(p.name, p.address) for p in notice.parties] == [(name, address)]


def test_a_buildings_number_goes_on_with_the_address() -> None:
    # set DZ: 3号楼付清海, not 楼付清海 (楼 is a surname, but not right after a number's 号)
    notice = parse_notice("淇县朝歌街道云梦大街218号院3号楼付清海遗失房屋所有权证"
                          "（淇房权证朝字第00021587号）及国有土地使用证（淇国用（2O11）第0379号）"
                          "各一本，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [
        ("付清海", "淇县朝歌街道云梦大街218号院3号楼")]
    # an old land certificate's number with its year misread is still its number, and fails
    land = notice.items[1].identifiers
    assert [(i.value, i.kind, [e.code for e in i.errors]) for i in land] == [
        ("淇国用(2O11)第0379号", Kind.PROPERTY_CERTIFICATE, ["format"])]


def test_heirs_in_a_field_before_the_statement_are_the_parties() -> None:
    # set DZ: …，继承人：A、B，特此声明作废 after the deceased holder's document
    notice = parse_notice("桓仁满族自治县华来镇双岭子村张桂兰（已故）名下的不动产权证书一本"
                          "不慎遗失，证号：辽（2018）桓仁满族自治县不动产权第0003275号，"
                          "继承人：孙立新、孙立杰，特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("孙立新", None), ("孙立杰", None)]


def test_capitals_restated_after_figures_and_a_rights_certificate_misread() -> None:
    # set DZ: （大写：人民币…） after ¥120,000.00; 杈 for 权
    notice = parse_notice("蠡县留史镇大曲堤村崔建业遗失某房地产开发有限公司开具的收据一张，"
                          "金额：¥120,000.00（大写：人民币壹拾贰万元整），声明作废。")
    assert notice is not None and notice.warnings == []
    assert notice.items[0].amount == Decimal("120000.00")
    notice = parse_notice("沈雪芳遗失不动产杈证书一本，沪（2020）崇字不动产权第012637号，"
                          "特此声明。")
    assert notice is not None and notice.warnings == []
    assert notice.items[0].document.value == "property_certificate"


def test_a_new_seals_notice_that_names_no_loss() -> None:
    # set DY: 原公章已于…登报声明作废, a notice printed before; nothing is voided now
    assert parse("印章启用公告：某社区居民委员会原公章已于2026年11月20日登报声明作废，"
                 "经公安机关备案，新刻公章自2026年12月8日起启用。特此公告。") == []


def test_an_invoice_issued_to_a_party_with_its_place() -> None:
    # set EA: X开具给<place>Y的…发票, the document first: Y at the place, X the issuer
    notice = parse_notice("本溪市宏福汽车销售服务有限公司开具给桓仁县八里甸子镇刘玉昆的"
                          "机动车销售统一发票"
                          "（报税联）一份不慎遗失，发票代码：121052320011，特此声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("刘玉昆", "桓仁县八里甸子镇")]
    assert notice.items[0].issuer == "本溪市宏福汽车销售服务有限公司"


def test_invoices_sums_tax_and_seller() -> None:
    # set EA: the total tax and all is the sum; the tax alone none; the seller issues it
    notice = parse_notice("某五金建材店遗失某钢材贸易有限公司开具的数电发票（增值税专用发票）一份，"
                          "发票号码：24452000000731295861，金额：8,000.00元，税额：1,040.00元，"
                          "价税合计：9,040.00元，声明作废。")
    assert notice is not None and notice.warnings == []
    assert notice.items[0].amount == Decimal("9040.00")
    notice = parse_notice("刘振华遗失增值税普通发票一份（销售方：临沂市兰山区金盛农资有限公司，"
                          "发票代码：037002100104，发票号码：02846177），声明作废。")
    assert notice is not None and notice.warnings == []
    assert notice.items[0].issuer == "临沂市兰山区金盛农资有限公司"
    # a fixed-value invoice's face value in brackets is its label's
    notice = parse_notice("某面馆遗失空白通用定额发票（面额伍拾元）二十本，声明作废。")
    assert notice is not None and notice.warnings == []
    item = notice.items[0]
    assert (item.label, item.amount) == ("空白通用定额发票（面额伍拾元）", None)


@pytest.mark.parametrize(("number", "value"), [
    ("（141）浙地缴 05823117", "05823117"), ("（201）云税证00472318", "00472318")])
def test_a_tax_vouchers_series_before_its_number(number: str, value: str) -> None:
    # set EA: the 字轨 between the label and the digits (identifiers.md §12)
    notice = parse_notice(f"陈海燕遗失税收通用缴款书一份，票号：{number}，"
                          "金额：1,486.00元，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.value, i.label) for i in notice.items[0].identifiers] == [(value, "票号")]
    assert notice.items[0].amount == Decimal("1486.00")


def test_a_taxpayer_number_that_is_an_id_number_misprinted() -> None:
    # set EA: its place and birth date read true, only its check fails: an ID number, not a
    # credit code failing its authority too
    notice = parse_notice("胡建华遗失税务登记证正本，纳税人识别号：432322197406113251，声明作废。")
    assert notice is not None
    found = notice.items[0].identifiers[0]
    assert (found.kind, [e.code for e in found.errors]) == (Kind.RESIDENT_ID, ["checksum"])
    # a permit's own 18-digit number stays its serial
    notice = parse_notice("某公司遗失建筑工程施工许可证正本，编号：510183202305160201，声明作废。")
    assert notice is not None and notice.items[0].identifiers[0].kind is Kind.SERIAL


def test_a_reason_of_use_before_the_papers_and_invoices_bought_once() -> None:
    # set EA: 因全面使用数电发票，原领购尚未开具的空白…发票…停止使用
    notice = parse_notice("某渔家乐有限公司因全面使用数电发票，原领购尚未开具的"
                          "空白增值税普通发票（卷票）"
                          "二十份，发票代码：011002300106，自即日起停止使用，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, i.count) for i in notice.items] == [("空白增值税普通发票（卷票）", 20)]


def test_farm_machines_boats_and_seafarers() -> None:
    # set EB: a farm machine's plate (two digits for the letter) and registration; a
    # seafarer's competency; when, by what the party was doing
    notice = parse_notice("邓州市构林镇王营村孙国庆遗失联合收割机行驶证一本、"
                          "联合收割机登记证书一本，"
                          "号牌号码：豫13-05392，特此声明作废。")
    assert notice is not None and notice.warnings == []
    assert [i.document.value for i in notice.items] == ["vehicle_license", "vehicle_license"]
    plate = notice.items[0].identifiers[0]
    assert (plate.value, plate.kind, plate.valid) == ("豫1305392", Kind.PLATE, False)
    notice = parse_notice("连江县黄岐镇北茭村陈依弟于出海作业时遗落"
                          "渔业职务船员证书（二级船长）一本，"
                          "证书编号：35012220190417，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("陈依弟", "连江县黄岐镇北茭村")]
    assert (notice.items[0].document.value, notice.items[0].label) == (
        "professional_certificate", "渔业职务船员证书（二级船长）")


def test_an_ad_inside_a_block_ends_it_not() -> None:
    # set EB (今日正阳): 【广告】 a paragraph of its own among the bulleted notices
    page = scan("遗失声明\n\n●张桂兰遗失居民身份证一张，声明作废。\n\n"
                "【广告】正阳县顺心家政服务中心：月嫂、育儿嫂、钟点工，电话：15839612207\n\n"
                "●陡沟镇姜庄村赵红梅遗失宅基地使用证一本，证号：411724031207。\n")
    assert [n.declared_void for n in page.notices] == [True, True]
    assert [s.reason.code for s in page.skipped] == ["furniture"]


def test_a_bullet_after_a_line_ending_in_a_date() -> None:
    # set DZ in the corpus's block: a line ending in 2026年12月4日 leaves no name open, so the
    # · of the next line is its bullet (read as a name's dot, it made the line prose and the
    # whole paragraph was read by its sentences, a signature lost)
    page = scan("下列证件声明作废\n"
                "·挂失止付公告：我行储户于2026年12月2日来我行办理存单挂失止付手续，请联系我行。"
                "中国银行股份有限公司南城支行　2026年12月4日\n"
                "·祁东县人民法院公告（2026）湘0426民催23号：申请人某米业有限公司因银行承兑汇票遗失，"
                "向本院申请公示催告，本院决定受理。现予公告：自公告之日起六十日内，利害关系人应向"
                "本院申报权利。届时如果无人申报权利，本院将依法作出判决，宣告该票据无效。\n"
                "·储小燕不慎将居民身份证遗失，特此声明。声明人：储小燕　2026年12月3日\n")
    assert page.notices[-1].text == (
        "储小燕不慎将居民身份证遗失，特此声明。声明人：储小燕　2026年12月3日")
    assert not any("祁东县" in s.text for s in page.skipped if s.reason.code == "outside_block")


@pytest.mark.parametrize(("text", "event"), [
    ("张玉芬的存折一本不慎掉入河中被水冲走，账号：0711220100003856，特此声明作废。", Event.LOST),
    ("赵德胜的房屋所有权证被家人误当作废品卖掉，现登报声明作废。", Event.LOST),
    ("雷美娟将结婚证遗忘在丽水开往景宁的客运班车上，声明作废。", Event.LOST),
    ("房秀兰在县城集市上被扒，钱包内的居民身份证一张一并丢失，声明作废。", Event.STOLEN),
    ("某建材经营部的营业执照副本于2026年11月30日遭盗窃，现声明作废。", Event.STOLEN),
    ("罗永刚的道路运输证被雨淋湿字迹模糊，证号：510525006381，声明作废。", Event.DAMAGED),
    ("张浩宇的出生医学证明被撕毁，编号：S250439617，声明此证作废。", Event.DAMAGED),
    ("施建平的背包被盗，包内的居民身份证全部丢失，现登报声明全部作废。", Event.STOLEN),
])
def test_how_things_go_missing(text: str, event: Event) -> None:
    # set EE: the event phrased every way people write it
    notice = parse_notice(text)
    assert notice is not None and notice.declared_void
    assert notice.event is event
    assert [w.code for w in notice.warnings] == []


def test_what_the_party_was_doing_is_no_part_of_the_name() -> None:
    # set EE: 搬家时, 洗衣服时 before the event
    for text in ("灌南县新安镇徐立群搬家时不慎遗失本科毕业证书一本，特此声明。",
                 "宁陕县城关镇徐立群洗衣服时不慎将衣兜里的社会保障卡洗坏，声明作废。"):
        notice = parse_notice(text)
        assert notice is not None
        assert [(p.name, p.address) for p in notice.parties] == [("徐立群", text[:6])]


def test_holders_from_elsewhere() -> None:
    # set ED: nationality before the name, a name in Latin letters kept whole with its
    # spaces, the name said again in brackets in the other script
    for text, name in (
            ("美国籍公民MICHAEL JAMES PORTER在上海市浦东新区遗失护照一本，声明作废。",
             "MICHAEL JAMES PORTER"),
            ("加拿大籍EMILY ROSE TREMBLAY在重庆市渝北区遗失护照一本，声明作废。",
             "EMILY ROSE TREMBLAY"),
            ("爱尔兰籍公民SEAN O'BRIEN在天津市遗失护照一本，声明作废。", "SEAN O'BRIEN"),
            ("德国籍汉斯·米勒（HANS MÜLLER）于北京市朝阳区三里屯遗失护照一本，声明作废。",
             "汉斯·米勒"),
            ("法国籍留学生LUCAS BERNARD（中文名：白路加）遗失四川大学学生证一本，声明作废。",
             "LUCAS BERNARD"),
            ("韩国籍公民金敏浩（KIM MIN HO）于2026年12月1日在青岛市遗失护照一本，声明作废。",
             "金敏浩")):
        notice = parse_notice(text)
        assert notice is not None
        assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
            (name, "person", None)], text
    # …籍 is a nationality before a foreigner's name only: 籍山镇 is a town, 籍志刚 a name
    notice = parse_notice("南陵县籍山镇老味道小吃店遗失食品经营许可证正本，声明作废。")
    assert notice is not None and notice.parties[0].name == "南陵县籍山镇老味道小吃店"
    notice = parse_notice("平潭县潭城镇郑丽娟与台湾居民陈俊宏遗失结婚证两本，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["郑丽娟", "陈俊宏"]


def test_foreigners_papers_and_representatives() -> None:
    # set ED: a permanent residence card is no resident ID card, its number checked as an
    # ID number's; a legal representative or keeper named in Latin letters or with a remark
    notice = parse_notice("加拿大籍DANIEL WONG（黄大年）在合肥市蜀山区遗失"
                          "外国人永久居留身份证一张，"
                          "证件号码：934124196909270063，声明作废。")
    assert notice is not None
    assert (notice.parties[0].name, notice.items[0].document.value) == ("DANIEL WONG", "other")
    assert notice.items[0].identifiers[0].kind is Kind.RESIDENT_ID
    notice = parse_notice("某邮轮服务有限公司（外国法人独资）遗失公章、"
                          "法定代表人章（RICHARD TAN WEI MING）"
                          "各一枚，声明作废。")
    assert notice is not None
    assert [(r.role.value, r.name) for r in notice.parties[0].relations] == [
        ("legal_representative", "RICHARD TAN WEI MING")]
    notice = parse_notice("漳浦县佛昙镇台味坊小吃店遗失营业执照正本，经营者：吴家豪（台湾居民），"
                          "声明作废。")
    assert notice is not None and notice.warnings == []
    assert [r.name for r in notice.parties[0].relations] == ["吴家豪"]


@pytest.mark.parametrize("text", [
    "温宿县佳木镇阿不都热合曼·吐尔逊遗失机动车行驶证一本，号牌号码：新N·6K213；"
    "其居民户口簿一本因房屋漏雨污损，户号：652922417，一并声明作废。",
    "房县城关镇李春梅于12月2日晚在西关路被抢，挎包内的居民身份证、中国工商银行借记卡各一张"
    "及户口簿一本被抢走，现登报挂失。",
])
def test_a_second_event_of_the_same_party_in_a_block(text: str) -> None:
    # set EE: 其… (its) and a list going on after 、 open no notice of their own
    assert [n.text for n in parse("下列证件声明作废\n·" + text)] == [text]


@pytest.mark.parametrize(("text", "names"), [
    ("东平县老湖镇前埠子村王宪章遗失身份证一张，声明作废。", ["王宪章"]),
    ("王宪章、刘桂芝夫妇遗失独生子女证一本，编号：0098317，声明作废。", ["王宪章", "刘桂芝"]),
    ("李华章遗失公章一枚，声明作废。", ["李华章"]),
])
def test_a_name_ending_in_the_seals_character(text: str, names: list[str]) -> None:
    # set EG: 宪章, 华章 end many names; the 章 is no seal there
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == names
    assert "章" not in [i.label for i in notice.items]


def test_a_hospitals_forms_and_a_patients_book() -> None:
    # set EG: a range of forms with their series letter, one end a digit short; 病历本 whole
    notice = parse_notice("宾阳县妇幼保健院不慎遗失空白出生医学证明25份，"
                          "编号：X450173226至X45017325，现声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.value, i.label, i.valid) for i in notice.items[0].identifiers] == [
        ("X450173226", "编号", True), ("X45017325", "编号", False)]
    notice = parse_notice("固阳县下湿壕镇李福生遗失包头市中心医院病历本一本，病案号：0731862，"
                          "声明作废。")
    assert notice is not None and notice.items[0].label == "包头市中心医院病历本"


def test_the_class_of_an_unknown_permit_in_brackets() -> None:
    # set ED: 外国人居留许可（工作类）, the class of the permit its label's
    notice = parse_notice("金敏浩遗失护照一本及外国人居留许可（工作类）一份，声明作废。")
    assert notice is not None
    assert [i.label for i in notice.items] == ["护照", "外国人居留许可（工作类）"]


@pytest.mark.parametrize(("text", "label", "document"), [
    ("陆川县乌石镇谢美玲之子陈浩然的出生医学证不慎遗失，出生证编号：T450286175，现声明作废。",
     "出生医学证", Document.BIRTH_CERTIFICATE),
    ("张三的某某证不慎遗失，声明作废。", "某某证", Document.OTHER),
    ("李四的荣誉证书不小心遗失，声明作废。", "荣誉证书", Document.OTHER),
])
def test_a_document_first_then_how_it_befell(text: str, label: str, document: Document) -> None:
    # set EG: …的出生医学证不慎遗失, a word the parser reads by its last character (证), then
    # 不慎 before the event; the event alone had been looked for right after the word
    notice = parse_notice(text)
    assert notice is not None and "unparsed" not in [w.code for w in notice.warnings]
    assert [(i.label, i.document) for i in notice.items] == [(label, document)]


def test_a_forms_variant_bracketed_inside_its_name() -> None:
    # set EG: 居民死亡医学证明（推断）书, the national form's name, brackets its variant
    # between 证明 and 书; the name had ended at the bracket, and 书一份 was left unread
    notice = parse_notice("施甸县太平镇杨国兴遗失其父杨正才的居民死亡医学证明（推断）书一份，"
                          "编号：530521-2026-00473，声明作废。")
    assert notice is not None and "unparsed" not in [w.code for w in notice.warnings]
    assert [(i.label, i.count) for i in notice.items] == [("居民死亡医学证明（推断）书", 1)]


def test_a_number_beside_the_name_labelled_with_the_lost_papers_short_name() -> None:
    # set ED: 台胞证号码 names the permit by the short name it gives in brackets
    # (台湾居民来往大陆通行证（台胞证）): the permit's number, no party's own
    notice = parse_notice("台湾居民林佩珊（台胞证号码：10482735）于2026年11月28日在厦门市思明区"
                          "中山路步行街遗失台湾居民来往大陆通行证（台胞证）一本，特此声明作废。")
    assert notice is not None
    assert "party_identifier" not in [w.code for w in notice.warnings]
    assert [(i.value, i.label) for i in notice.items[0].identifiers] == [
        ("10482735", "台胞证号码")]
    # a bank card is no permit: the number stays the party's, and is reported
    notice = parse_notice("台湾居民林佩珊（台胞证号码：10482735）遗失银行卡一张，声明作废。")
    assert notice is not None and notice.items[0].identifiers == []
    assert "party_identifier" in [w.code for w in notice.warnings]


def test_a_count_whose_one_a_scan_read_as_a_dash_after_a_line_break() -> None:
    # break fuzz seed 44: …各 / —枚 in a block; the dash had opened a notice of its own
    # (枚，声明作废。), and the count was lost. A dash bullet before a name still opens one.
    line = "永春县湖洋镇鸿福茶业有限公司遗失公章、财务专用章、合同专用章各\n—枚，声明作废。"
    alone = parse_notice(line)
    block = parse(f"下列证件声明作废\n●{line}\n●张三遗失身份证，声明作废。\n—张丽遗失户口簿一本，"
                  "声明作废。")
    assert alone is not None and [i.count for i in alone.items] == [1, 1, 1]
    assert [[i.count for i in n.items] for n in block] == [[1, 1, 1], [None], [1]]
    assert [n.parties[0].name for n in block] == ["永春县湖洋镇鸿福茶业有限公司", "张三", "张丽"]


@pytest.mark.parametrize(("text", "name"), [
    ("台灣同胞林美惠遺失台灣居民來往大陸通行證（台胞證）壹本，特此聲明作廢。", "林美惠"),
    ("台胞陈信宏遗失居民身份证，声明作废。", "陈信宏"),
    ("缅甸籍边民玛玛温在瑞丽市姐告口岸遗失中缅边境地区出入境通行证一本，声明作废。", "玛玛温"),
    ("俄罗斯公民伊万诺夫·谢尔盖不慎遗失护照，特此声明。", "伊万诺夫·谢尔盖"),
    ("日本籍佐藤健二遗失外国人永久居留证一张，声明作废。", "佐藤健二"),
    ("菲律宾籍船员JOMAR DELA CRUZ REYES遗失海员证一本，声明作废。", "JOMAR DELA CRUZ REYES"),
    ("蒙古国公民BATBAYAR GANBOLD（巴特巴雅尔·刚宝力道）遗失护照一本，声明作废。",
     "BATBAYAR GANBOLD"),
    ("东莞市长安港利五金制品有限公司（港资）遗失合同专用章一枚，声明作废。",
     "东莞市长安港利五金制品有限公司"),
    # any 籍 is not a nationality: a town's 籍 (南陵县籍山镇)
    ("南陵县籍山镇王强遗失居民身份证，声明作废。", "王强"),
])
def test_what_a_holder_from_elsewhere_is_before_the_name(text: str, name: str) -> None:
    # set EJ: 台湾同胞, 台胞, a country's 籍 or 公民 before a name in any script, with what the
    # holder does (边民, 船员); the name said again as a dotted transliteration; whose capital
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [name]


def test_status_words_before_each_parent() -> None:
    # set EJ: 香港居民邓子健、内地居民刘思琪之子邓浩然, what each parent is before the name
    notice = parse_notice("香港居民邓子健、内地居民刘思琪之子邓浩然遗失出生医学证明，"
                          "编号：T43082651，声明作废。")
    assert notice is not None and len(notice.parties) == 1
    party = notice.parties[0]
    assert party.name == "邓浩然"
    assert [(r.role, r.name) for r in party.relations] == [
        (Role.FATHER, "邓子健"), (Role.MOTHER, "刘思琪")]


def test_a_foreign_holders_papers_read_whole() -> None:
    # set EJ: 因不慎 before the event; 因办公地址迁移 before the documents; a legal
    # representative in Latin letters; where it befell before a document named first
    # (…附近护照被盗); a number labelled with a document's short name (台胞证号码); 护照号码
    # is a passport's, never an organisation's code; 外国人就业证 is a permit
    cases = [
        "加拿大籍Émilie Tremblay（中文名：唐美丽）的护照因不慎浸水损毁，护照号码：AK482913，"
        "声明作废。",
        "日本东和精工株式会社重庆代表处因办公地址迁移，原公章即日起停止使用，声明作废。",
        "黑河阿穆尔商贸有限公司遗失营业执照副本，法定代表人：SMIRNOV ALEXEI，声明作废。",
        "阿卜杜拉·萨利赫在义乌国际商贸城附近护照被盗，护照号码：08291746，特此声明作废。",
        "黄俊宏（台胞证号码：10472839）在平潭不慎遗失台湾居民来往大陆通行证，声明作废。",
        "安德烈·科瓦廖夫遗失护照一本（护照号码：75 2O83614），声明作废。",
        "新加坡籍Tan Wei Ming遗失外国人就业证一本，证号：12004738162，声明作废。",
    ]
    notices = [parse_notice(text) for text in cases]
    assert all(n is not None for n in notices)
    codes = [[w.code for w in n.warnings] for n in notices if n is not None]
    assert all("unparsed" not in c and "party_identifier" not in c for c in codes)
    damaged, moved, firm, stolen, permit, passport, work = (n for n in notices if n is not None)
    assert damaged.event is Event.DAMAGED
    assert [i.label for i in moved.items] == ["原公章"]
    assert [(r.role, r.name) for r in firm.parties[0].relations] == [
        (Role.LEGAL_REPRESENTATIVE, "SMIRNOV ALEXEI")]
    assert [i.label for i in stolen.items] == ["护照"]
    assert [i.value for i in permit.items[0].identifiers] == ["10472839"]
    assert [(i.kind, i.valid) for i in passport.items[0].identifiers] == [(Kind.SERIAL, False)]
    assert [i.document for i in work.items] == [Document.PERMIT]


@pytest.mark.parametrize(("text", "name", "labels"), [
    ("季红梅居民身份证遗失声明　本人季 红梅，住金湖县银涂镇塔集社区，于2026年11月30日不慎遗失"
     "居民身份证一张，特此声明作废。", "季红梅", ["居民身份证"]),
    ("张倩居民户口簿遗失声明　本人张倩，户籍地东海县安峰镇山口村，于近日不慎遗失居民户口簿一本，"
     "特此声明作废。", "张倩", ["居民户口簿"]),
    ("平昌县鑫程物流有限公司公章遗失声明　本公司于2026年11月29日不慎遗失公章一枚，现声明作废。",
     "平昌县鑫程物流有限公司", ["公章"]),
])
def test_a_title_that_names_the_document_then_a_body_that_speaks_of_itself(
    text: str, name: str, labels: list[str]
) -> None:
    # set EI: <who><document>遗失声明, a space, then 本人 (named again, where they live) or
    # 本公司; the title's document is the body's, said once
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == [name]
    assert [i.label for i in notice.items] == labels


@pytest.mark.parametrize(("text", "name", "issuer"), [
    ("由炎陵县不动产登记中心核发的不动产权证书一本于近日遗失，证号：湘（2020）炎陵县不动产权第"
     "0001946号，权利人：炎陵县霞阳镇西草坪村段小芳，特此声明作废。", "段小芳",
     "炎陵县不动产登记中心"),
    ("嵊泗县人民医院签发的出生医学证明一份（姓名：翁子涵，父亲：翁海波，母亲：鲍静）不慎遗失，"
     "编号：R330627415，特此声明作废。", "翁子涵", "嵊泗县人民医院"),
])
def test_a_notice_that_opens_with_who_issued_the_document(
    text: str, name: str, issuer: str
) -> None:
    # set EI: 由X核发的…, X签发的…: X issued it; the holder is named in a field after
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == [name]
    assert [i.issuer for i in notice.items] == [issuer]


def test_more_of_the_order_of_a_notices_parts() -> None:
    # set EI: a seal code after each seal of a list (印章 names any seal); 编号为 before a
    # property number; a relative's clause after a page's space; a search for a lost bag
    # that promises a declaration later makes none
    listed = parse_notice("某村委会遗失以下证件：1.公章一枚，印章编码：3507250018264；"
                          "2.财务专用章一枚，印章编码：3507250018265。以上证件声明作废。")
    numbered = parse_notice("范建设遗失编号为鹿房权证字第00213659号的房产证，特此声明作废。")
    spaced = parse_notice("向德福遗失居民身份证；&nbsp;其妻李春兰遗失居民户口簿一本，均声明作废。")
    assert listed is not None and numbered is not None and spaced is not None
    assert [[i.value for i in item.identifiers] for item in listed.items] == [
        ["3507250018264"], ["3507250018265"]]
    assert [i.value for i in numbered.items[0].identifiers] == ["鹿房权证字第00213659号"]
    assert [p.name for p in spaced.parties] == ["向德福", "李春兰"]
    assert parse("寻物启事：本人于12月1日在镇雄县南台路遗失黑色手提包一个，内有居民身份证，望拾到者"
                 "与本人联系，必有重谢。若十日内未能寻回，将另行登报声明作废。") == []


@pytest.mark.parametrize(("text", "names"), [
    # set EH: another kind of notice run on after the notice's last sentence, its title first
    ("上海卫潮蔬果专业合作社遗失开户许可证正本一份，核准号：J2900105736240，声明作废。债权申报公告"
     "　上海亭林织造有限公司已成立清算组，请债权人自本公告见报之日起45日内向清算组申报债权。",
     ["上海卫潮蔬果专业合作社"]),
    ("田林县乐里镇那拉村黄美兰遗失残疾人证一本，声明作废。招领启事 本人于12月3日在乐里镇街上拾得"
     "黑色钱包一个，内有现金及银行卡，请失主携带有效证件前来认领。", ["黄美兰"]),
])
def test_another_kind_of_notice_run_on_after_a_notice(text: str, names: list[str]) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == names
    assert notice.text.endswith("声明作废。")


def test_a_deregistration_that_voids_what_it_lost() -> None:
    # set EH: 注销公告：X…申请注销登记。因本公司营业执照正本不慎遗失，特此声明作废 — the title,
    # and whose the licence is, before it
    notice = parse_notice("注销公告：喀左县鑫垣农资有限公司（统一社会信用代码：91211324MA10C8T275）"
                          "经股东决定，拟向喀左县市场监督管理局申请注销登记。因本公司营业执照正本不慎"
                          "遗失，特此声明作废。请债权人自本公告见报之日起45日内向本公司清算组申报债权。")
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["喀左县鑫垣农资有限公司"]
    assert [(i.document, [n.value for n in i.identifiers]) for i in notice.items] == [
        (Document.BUSINESS_LICENSE, ["91211324MA10C8T275"])]
    # …因公章一枚不慎遗失 (eh01): with how many; the code beside the name is no seal's
    seal = parse_notice("黄山区龙门酒家有限公司（统一社会信用代码：91341003MA2W4C9R2G）经股东决定，"
                        "拟向黄山区市场监督管理局申请注销登记，因公章一枚不慎遗失，现声明作废。")
    assert seal is not None
    assert [(i.document, i.count) for i in seal.items] == [(Document.OFFICIAL_SEAL, 1)]
    assert [w.code for w in seal.warnings] == ["party_identifier"]


def test_other_notices_among_a_blocks_bullets() -> None:
    # set EH: under one header and the same bullets, a correction, a withdrawal and a new
    # seal's notice are no voidance notices; a deregistration that voids its lost seal is
    # one, as is every voidance notice under 公告声明
    page = scan("公告声明\n"
                "●汪丽娟遗失居民身份证，声明作废。\n"
                "●更正声明：本报12月2日第7版刊登的黄山乐居物业服务有限公司遗失公章的声明中，统一社会信用"
                "代码“91341002MA2X3H7B8R”有误，应为“91341002MA2X3H7D4F”，特此更正。\n"
                "●撤销声明：程宜春于2026年11月25日在本报刊登的遗失不动产权证书的声明，因原证书已找回，"
                "现予撤销，该证书继续有效。\n"
                "●印章启用公告：黄山乐居物业服务有限公司原公章已于2026年12月2日登报声明作废，新刻制的"
                "公章自2026年12月8日起启用。特此公告。\n"
                "●注销公告：黄山区龙门酒家有限公司经股东决定，拟申请注销登记，因公章一枚不慎遗失，现声明"
                "作废。请债权人自本公告见报之日起45日内向本公司申报债权。\n"
                "●方志强遗失92341004MA2NB7K32G号营业执照副本。\n")
    assert [n.parties[0].name for n in page.notices] == [
        "汪丽娟", "黄山区龙门酒家有限公司", "方志强"]
    assert all(n.declared_void for n in page.notices)
    assert [s.reason.code for s in page.skipped] == ["other_notice"] * 3


def test_a_place_left_at_a_lines_end_opens_the_next_notice() -> None:
    # set EH (荆州日报's OCR): …声明作废。江陵县资市镇永丰村 / 刘桂香己遗失…, the column broke
    # before the name; the place is the next notice's, not the end of this one
    notices = parse("遗失声明\n张三遗失身份证，声明作废。江陵县资市镇永丰村\n"
                    "刘桂香己遗失户口簿一本，声明作废。")
    assert [n.text for n in notices] == ["张三遗失身份证，声明作废。",
                                          "江陵县资市镇永丰村刘桂香己遗失户口簿一本，声明作废。"]
    assert notices[1].parties[0].address == "江陵县资市镇永丰村"


def test_a_banks_notice_that_voids_its_forms_for_every_customer() -> None:
    # set EH: a bank, like an authority, voids a kind of form all its customers hold
    assert parse("湖北五峰农村商业银行股份有限公司公告：根据监管部门统一部署，本行旧版空白重要凭证"
                 "自2027年1月1日起停止使用，一律作废。特此公告。") == []
    assert len(parse("某农村商业银行股份有限公司某支行公告：本行不慎遗失业务公章一枚，"
                     "声明作废。")) == 1


def test_a_surname_that_is_the_seals_character_before_a_name_opening_with_one() -> None:
    # set EK: 郎溪县梅渚镇章一诺, 章 the surname; a count after 证/章/卡 has its measure word
    notice = parse_notice("郎溪县梅渚镇章一诺（父：章建平，母：王晓红）遗失出生医学证明，"
                          "编号：T341527306，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("章一诺", "郎溪县梅渚镇")]
    assert [i.document for i in notice.items] == [Document.BIRTH_CERTIFICATE]


@pytest.mark.parametrize(("text", "name", "labels"), [
    # another kind of notice's title before a notice that voids what was lost
    ("清算公告 泗洪县金岸粮油贸易有限公司经股东会决议解散，请债权人向清算组申报债权。本公司营业执照"
     "副本不慎遗失，声明作废。", "泗洪县金岸粮油贸易有限公司", ["营业执照副本"]),
    ("新印章启用公告 靖宇县榆树川乡人民政府原财务专用章于2026年11月30日不慎遗失，现声明作废。"
     "自2026年12月8日起启用新刻财务专用章。特此公告。", "靖宇县榆树川乡人民政府", ["原财务专用章"]),
    ("寻物启事：本人孟繁荣于12月4日在桦南县城不慎遗失黑色皮夹一个，内有居民身份证一张，望拾到者"
     "与本人联系。以上证件同时声明作废。", "孟繁荣", ["居民身份证"]),
    # another kind of notice first, then a voidance notice of its own
    ("减资公告 沂水县鼎旺石材有限公司经股东会决议，注册资本由500万元减少至100万元。沂水县泉庄镇"
     "崔家峪村宋立华遗失残疾人证一本，声明作废。", "宋立华", ["残疾人证"]),
    # …and the other notice after it, its bullet first, or an authority's or a bank's
    ("◆祁门县红香源茶业有限公司遗失公章一枚，声明作废。◆股权转让公告：某公司股东汪建华将其股权"
     "转让给胡丽萍，原出资证明书作废。", "祁门县红香源茶业有限公司", ["公章"]),
    ("彭秀梅遗失定期存单一张，声明作废。中国建设银行桑植支行公告：因系统升级，本行暂停办理存单、"
     "存折及借记卡业务。", "彭秀梅", ["定期存单"]),
])
def test_a_voidance_notice_beside_another_kind_on_one_line(
    text: str, name: str, labels: list[str]
) -> None:
    # set EL
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == [name]
    assert [i.label for i in notice.items] == labels


def test_a_notice_ends_at_its_full_stop_before_another_kind_in_a_block() -> None:
    # set EL: …许可证编号：JY14113230045871。·寻物启事 本人…, bulleted in a block; the cut
    # before the next notice had left the full stop to the 寻物启事, and the notice read
    # otherwise than alone; OCR's spaces across the void words of a 寻物启事 that voids too
    line = ("西峡县回车镇宛丰香菇经营部遗失食品经营许可证正本一本，许可证编号：JY14113230045871。"
            "·寻物启事 本人于12月2日在西峡县城遗失黑色双肩包一个，拾到者请与本人联系，定当重谢。")
    alone = parse_notice(line)
    block = parse("下列证件声明作废\n·" + line)
    assert alone is not None and [n.text for n in block] == [alone.text]
    assert alone.text.endswith("JY14113230045871。")
    found = parse("下列证件声明作废\n·寻物启事：本人孟繁荣于12月4日不慎遗失黑色皮夹一个，"
                  "内有居民身份证一张，望拾到者与本人联系。以上证件同时声 明作 废。")
    assert [n.parties[0].name for n in found] == ["孟繁荣"]


def test_a_services_ad_after_a_signed_notice() -> None:
    # set EK (新乡日报): 本公司… / X有限公司 / 2026年12月6日 / 【便民】家电维修…: the column's
    # services ad ends the notice above it, signed and dated on its own lines
    page = scan("遗失声明\n本公司不慎遗失公章一枚，特此声明。\n辉县市云崖山水旅游开发有限公司\n"
                "2026年12月6日\n【便民】家电维修、管道疏通，上门服务，电话：0373-5038271。\n")
    assert [n.text for n in page.notices] == [
        "本公司不慎遗失公章一枚，特此声明。辉县市云崖山水旅游开发有限公司2026年12月6日"]


def test_notices_run_on_by_their_titles_in_another_kinds_section() -> None:
    # sets EH and EL (荆州日报's and 安庆晚报's OCR): under a bare 公告, notices run on with
    # nothing but 。 between them; each runs from its title to the next. A 遗失公告 is read
    # whole though it says no void words, and a 注销公告 whole when a later sentence of it
    # voids what it lost; the other kinds are skipped
    page = scan("公告\n"
                "注销公告：某某商贸有限公司经股东会决议注销，请债权人于45日内申报债权。特此公告。"
                "注销公告：安庆市迎江区江畔印务有限公司经股东会决议注销，请债权人申报债权。另，本公司"
                "公章不慎遗失，声明作废。减资公告 某某养殖有限公司注册资本由1000万元减少至300万元。"
                "遗失公告石首市笔架山建材有限公司遗失增值税普通发票一份，发票号码：01736259，特此公告。\n")
    assert [n.text[:4] for n in page.notices] == ["注销公告", "遗失公告"]
    assert [n.parties[0].name for n in page.notices] == [
        "安庆市迎江区江畔印务有限公司", "石首市笔架山建材有限公司"]
    assert page.notices[0].text.endswith("声明作废。")
    assert [n.declared_void for n in page.notices] == [True, False]
    assert all(n.warnings == [] for n in page.notices)
    # alone, the title glued to the party is no part of the name
    alone = parse_notice("遗失公告石首市笔架山建材有限公司遗失增值税普通发票一份，特此公告。")
    assert alone is not None and [p.name for p in alone.parties] == ["石首市笔架山建材有限公司"]


@pytest.mark.parametrize(("text", "name", "documents"), [
    # set EM: other kinds of notice run on before a voidance notice under its own title
    ("招领启事：本所于12月2日拾得钱包一个，内有居民身份证一张（姓名：加娜尔·别克），请失主认领。"
     "遗失声明青河县阿热勒乡努尔兰·哈米提遗失青河县农村信用合作联社存折一本，声明作废。",
     "努尔兰·哈米提", [Document.PASSBOOK]),
    ("印章启用公告：都匀市苗岭社区居民委员会原公章已于2026年11月登报声明作废，现启用新公章，特此"
     "公告。遗失声明都匀市墨冲镇罗德芬遗失住院收费票据一张，票据号码：0052167341，声明作废。",
     "罗德芬", [Document.RECEIPT]),
])
def test_a_titled_notice_after_other_kinds_on_one_line(
    text: str, name: str, documents: list[Document]
) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == [name]
    assert [i.document for i in notice.items] == documents
    assert [n.text for n in parse("下列证件声明作废\n●" + text)] == [notice.text]


def test_another_kinds_notice_that_voids_what_it_lost_first() -> None:
    # set EM: the documents given as the cause, in a list; what the deregistration goes on
    # to say after its void statement is its own business, no leftover
    notice = parse_notice("注销公告：建平县鸿运达物流有限公司（统一社会信用代码："
                          "91211322MA0TC4W2XP）因公章、财务专用章不慎遗失，声明作废；经股东会决议，本公司拟向建平县市场"
                          "监督管理局申请注销登记，请债权人自本公告见报之日起四十五日内向本公司清算组"
                          "申报债权。")
    assert notice is not None
    assert [i.document for i in notice.items] == [Document.OFFICIAL_SEAL, Document.FINANCIAL_SEAL]
    assert [w.code for w in notice.warnings] == ["party_identifier"]
    # the cause before a document a long aside keeps from the event is no part of its label
    permit = parse_notice("尚义县绿源马铃薯种植专业合作社因开户许可证（核准号：J1380012876503，"
                          "开户银行：河北尚义农村商业银行股份有限公司）不慎遗失，声明作废。")
    assert permit is not None and [i.label for i in permit.items] == ["开户许可证"]


def test_a_declaration_that_names_nothing_lost_is_no_notice() -> None:
    # set EM: 声明：… under a 声明 header, a declaration of another kind
    text = ("声明：本人吴家珍与养子吴国庆自即日起解除收养关系，此后吴国庆的一切民事行为与本人无关。"
            "特此声明。")
    assert parse_notice(text) is None
    page = scan("声明\n汪德胜遗失居民身份证一张，声明作废。" + text + "\n")
    assert [n.parties[0].name for n in page.notices] == ["汪德胜"]
    assert [s.reason.code for s in page.skipped] == ["not_a_notice"]
    # a piece that says a number still is one (…发票号码：06173925，声明作废。)
    assert parse_notice("发票号码：06173925，声明作废。") is not None


def test_a_narrow_columns_notices_run_on_under_two_sections() -> None:
    # set EM (朝阳日报's OCR): a title broken at the line's end after the full stop; a
    # signature and date run into the next notice; a 遗失公告 that closes before a court's
    # notice; a deregistration whose colon in brackets is no clause's end
    page = scan("遗失声明\n"
                "朝阳县羊山镇于海涛遗失居民身份证一张，身份证号：21\n"
                "1321198402163414，声明作废。遗\n"
                "失启事北票市刘淑芬遗失存折一本，特此启事。本公司不慎遗失财务专用\n"
                "章一枚，声明作废。朝阳市龙城区万兴汽车配件有限公司2026年12月\n"
                "4日喀左县紫陶工艺品厂遗失营业执照副本一份，声明作废。\n"
                "公告\n"
                "注销公告：建平县鸿运达物流有限公司（统一社会信用代码：91211322MA0TC4W2XP）\n"
                "因公章不慎遗失，声明作废；请债权人申报债权。遗失公告朝阳县李井泉遗失\n"
                "发票一份，特此公告。公告（2026）辽1303民催9号申请人某商店因遗失转账支票一张，向本院申请"
                "公示催告，本院决定受理。\n")
    assert [n.text for n in page.notices] == [
        "朝阳县羊山镇于海涛遗失居民身份证一张，身份证号：211321198402163414，声明作废。",
        "遗失启事北票市刘淑芬遗失存折一本，特此启事。",
        "本公司不慎遗失财务专用章一枚，声明作废。朝阳市龙城区万兴汽车配件有限公司2026年12月4日",
        "喀左县紫陶工艺品厂遗失营业执照副本一份，声明作废。",
        "注销公告：建平县鸿运达物流有限公司（统一社会信用代码：91211322MA0TC4W2XP）因公章不慎遗失，"
        "声明作废；请债权人申报债权。",
        "遗失公告朝阳县李井泉遗失发票一份，特此公告。",
    ]


def test_a_section_of_notices_headed_qishi() -> None:
    # set EM (今日太湖's e-paper): 启事 heads a section; its 遗失启事 is read by its title, its
    # 寻物启事 and 招领启事 skipped
    page = scan("启事\n遗失启事：太湖县程家旺遗失机动车登记证书一本，特此启事。"
                "寻物启事：本人遗失棕色钱包一个，内有身份证，望拾到者联系。招领启事：城西派出所拾得户口簿一本，请失主认领。\n")
    assert [n.text for n in page.notices] == [
        "遗失启事：太湖县程家旺遗失机动车登记证书一本，特此启事。"]


def test_a_line_that_opens_with_where_it_befell_goes_on_with_the_notice() -> None:
    # fuzz_breaks seed 46: …该证已于2026年11月28日 / 在县城农贸市场遗失。 — 在 names no one;
    # the line is the notice's, in a block as alone
    text = ("兹声明下列证件作废：宾川县金牛镇杨丽华的\n居民身份证一张（公民身份号码："
            "532924198704160223），该证已于2026年11月28日\n在县城农贸市场遗失。")
    alone = parse_notice(text)
    block = parse("下列证件声明作废\n·" + text)
    assert alone is not None and [n.text for n in block] == [alone.text]
    assert alone.text.endswith("在县城农贸市场遗失。")


def test_a_title_run_on_after_the_authority_that_signs_the_notice_before() -> None:
    # set EM (朝阳日报's OCR): …宣告该票据无效。朝阳市龙城区人民法院清算公告北票市… — the
    # court's name signs its notice; the 清算公告 after it voids its own lost permit
    page = scan("公告\n公告（2026）辽1303民催9号申请人某商店因遗失转账支票一张，向本院申请公示"
                "催告。本院将依法作出判决，宣告该票据无效。朝阳市龙城区人民法院清算公告北票市兴农粮食收储"
                "有限公司经股东会决议解散，请债权人申报债权。另，本公司开户许可证不慎遗失，核准号："
                "J2310005218704，声明作废。\n")
    assert [n.text[:4] for n in page.notices] == ["清算公告"]
    assert [p.name for p in page.notices[0].parties] == ["北票市兴农粮食收储有限公司"]
    assert [i.document for i in page.notices[0].items] == [Document.ACCOUNT_PERMIT]


def test_a_line_break_inside_a_tag_keeps_the_tag_a_tag() -> None:
    # fuzz_breaks seed 47: <p / style="text-indent:2em;">三河市… — joined with nothing, the
    # tag's words ran together (<pstyle=…) and the tag was read as a party
    text = ('<p\n style="text-indent:2em;">三河市燕郊镇张立伟遗失不动产权证书一本，证号：冀（2019）'
            '三河市不动产权第0046218号，声明作废。</p>')
    alone = parse_notice(text)
    block = parse("下列证件声明作废\n·" + text)
    assert alone is not None and [p.name for p in alone.parties] == ["张立伟"]
    assert [[p.name for p in n.parties] for n in block] == [["张立伟"]]


@pytest.mark.parametrize(("text", "start", "address"), [
    # set EO: the page's label last in a running head glued before the notice, abutting it
    ("2026年11月27日　星期五　张家口日报　A7康保县照阳河镇鑫旺养殖专业合作社遗失营业执照副本，"
     "声明作废。", "康保县", None),
    ("新民晚报　2026年11月27日　星期五　第A7版崇明区陈家镇裕安村施建华遗失社会保障卡，声明作废。",
     "崇明区", "崇明区陈家镇裕安村"),
])
def test_a_running_head_whose_page_label_abuts_the_notice(
    text: str, start: str, address: str | None
) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.text.startswith(start)
    assert notice.parties[0].address == address and notice.warnings == []


@pytest.mark.parametrize("foot", [
    "— A7 —　丽水日报　2026年11月27日", "城口报　2026年11月27日　第3版"])
def test_a_page_foot_that_abuts_the_full_stop(foot: str) -> None:
    # set EO: no gap between the notice's last 。 and the page's foot
    text = "景宁畲族自治县鹤溪街道茶叶专业合作社遗失公章一枚，声明作废。"
    notice = parse_notice(text + foot)
    assert notice is not None and notice.text == text and notice.warnings == []


def test_not_registered_in_brackets_is_no_part_of_the_label() -> None:
    # set EO: （末注册）, OCR's 未注册, says the certificate was never registered
    notice = parse_notice(
        "镇坪县城关镇李红梅遗失教师资格证书（末注册），证书编号：20186124242000317，声明作废。")
    assert notice is not None and [i.label for i in notice.items] == ["教师资格证书"]


def test_an_ad_of_several_lines_between_rules_keeps_the_block_going() -> None:
    # set EO (忻州日报's narrow column): an ad set off by column rules among the notices; the
    # notice after it is still declared void by the header
    page = scan("下列证件\n声明作废\n■张三遗失居民身份证，声明作废。\n--------------\n"
                "【旺铺转让】宁武县新华街临街商铺\n120平米，水电齐全，价格面议。\n电话：13834051726\n"
                "--------------\n■五寨县胡会乡郭永明遗失机动车驾驶证，证号：140928198511040059。\n")
    assert [(n.parties[0].name, n.declared_void) for n in page.notices] == [
        ("张三", True), ("郭永明", True)]


def test_an_e_papers_line_saying_where_the_reader_is_is_furniture() -> None:
    # set EO (右江日报数字报): the page's second screen repeats 当前版：…（第2页） before a notice
    notice = "德保县足荣镇那温村村民委员会遗失原公章一枚，声明作废。"
    page = scan(f"遗失声明\n当前版：A7版　分类广告　（第2页）\n{notice}\n")
    assert [n.text for n in page.notices] == [notice]
    assert [s.reason.code for s in page.skipped] == ["furniture"]


@pytest.mark.parametrize(("text", "start"), [
    # set EO: a voidance notice with no title, run on after a 减资公告, is read from its sentence
    ("减资公告：白山市江源区通达矿山机械有限公司经股东会决议，注册资本由500万元减至100万元，请债权人"
     "自见报之日起45日内向本公司申报债权。临江市桦树镇杨春生遗失机动车行驶证，声明作废。",
     "临江市桦树镇"),
    # …but 另，本公司… speaks of the company named first: the notice is read whole
    ("减资公告：白山市江源区通达矿山机械有限公司经股东会决议，注册资本由500万元减至100万元。另，本公司"
     "公章一枚不慎遗失，声明作废。", "减资公告"),
])
def test_a_voidance_notice_run_on_after_another_kind_without_a_title(text: str, start: str) -> None:
    notice = parse_notice(text)
    block = parse("遗失声明\n■" + text)
    assert notice is not None and notice.text.startswith(start)
    assert [n.text for n in block] == [notice.text]


def test_a_numbers_last_digits_before_a_tag_are_no_row_number() -> None:
    # fuzz_breaks seed 48: …编号：Q4205836 / 15<br/>声明作废。 — the tag folds to a gap, and
    # 15 before a gap was read as a table's row number: the number lost its last digits
    text = "枝江市仙女镇彭雨桐遗失出生医学证明一份<br/>编号：Q4205836\n15<br/>声明作废。"
    alone = parse_notice(text, declared_void=True)
    block = parse("遗失声明\n" + text)
    assert alone is not None and [n.text for n in block] == [alone.text]
    assert [i.identifiers[0].value for n in block for i in n.items] == ["Q420583615"]


def test_a_word_hyphenated_at_a_break_is_the_notices_own_in_a_block() -> None:
    # fuzz_breaks seed 48: …现已向…车辆管理所申请补- / 领，原证声明作废。 — joined with its
    # hyphen, 申请补 read as news's cue (可在线申请补领) and the block skipped the notice
    text = ("竹溪县蒋家堰镇陈家华遗失机动车驾驶证一本，现已向十堰市公安局交通警察支队"
            "车辆管理所申请补-\n领，原证声明作废。")
    alone = parse_notice(text, declared_void=True)
    block = parse("遗失声明\n" + text)
    assert alone is not None and [n.text for n in block] == [alone.text]
    assert alone.text.endswith("申请补领，原证声明作废。")


def test_the_next_columns_notice_opening_between_wide_gaps_is_no_part_of_the_notice() -> None:
    # set EQ (a PDF read across two columns): the next column's bullet and place between
    # two wide gaps inside the notice; it was reported unparsed
    notice = parse_notice("绥江县中城镇李光明遗失机动车驾驶证，证号：530626198801297352，"
                          "        ■永善县务基镇        声明作废。")
    assert notice is not None and notice.warnings == []
    assert [p.address for p in notice.parties] == ["绥江县中城镇"]


def test_a_day_sheets_two_cell_rows_ruled_between_read_as_two_notices_each() -> None:
    # set EQ (临汾日报社广告部's day sheet): notices a line each, then rows of two cells
    # wrapped over two lines with a rule drawn between; the lines above and below run
    # across the gap, which had made the columns no columns
    from voidnotice.parser.gutters import display_width

    cells = [
        ("2.古县旧县镇翠峰核桃专业合作社遗失公章一枚，", "3.安泽县府城镇李红霞遗失机动车驾驶证，"),
        ("统一社会信用代码：93141025MA0K7Y3R6Q，声明作废。",
         "证号：141026199002410362，声明作废。"),
        ("4.浮山县天坛镇王永福遗失不动产权证书一本，证号：", "5.大宁县昕水镇贺梓萱遗失出生医"),
        ("晋（2019）浮山县不动产权第0001926号，声明作废。", "学证明，编号：S140817352。")]
    rows = [left + " " * (60 - display_width(left)) + "│  " + right for left, right in cells]
    text = ("一、遗失声明\n"
            "1.曲沃县里村镇段晓军遗失居民身份证，身份证号：14102119860722153X，声明作废。\n"
            + "\n".join(rows)
            + "\n6.蒲县蒲城镇东方红煤业物资经销有限公司遗失山西增值税专用发票"
            "（抵扣联）两份，发票代码：1400252130，声明作废。\n")
    assert [n.text[:6] for n in scan(text).notices] == [
        "曲沃县里村镇", "古县旧县镇翠", "安泽县府城镇", "浮山县天坛镇", "大宁县昕水镇",
        "蒲县蒲城镇东"]  # row by row: each row's first line opens a notice in both cells


def test_a_count_of_notices_by_their_titles_is_no_notice() -> None:
    # set EQ: the day sheet's summary names 遗失声明 and 作废声明 as kinds of notice
    summary = "以上共11条，其中遗失声明6条、作废声明3条、其他公告2条，请核对。"
    assert parse_notice(summary) is None
