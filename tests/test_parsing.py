"""Parser behaviour the corpus does not pin down on its own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from voidnotice import parse_notice, scan
from voidnotice.parser import reader as parsing
from voidnotice.records import Copy, Notice


def _numbers(notice: Notice | None) -> list[tuple[str, str | None, str]]:
    assert notice is not None
    return [(i.value, i.label, i.kind.value) for item in notice.items for i in item.identifiers]


def test_a_pattern_timeout_gives_the_notice_back_with_a_timeout_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_slow(*args: object) -> None:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(parsing, "_parse", too_slow)
    notice = parsing.parse_segment("张三遗失身份证", (4, 11), True)
    assert notice is not None
    assert (notice.text, notice.span) == ("张三遗失身份证", (4, 11))
    assert (notice.parties, notice.items) == ([], [])
    assert [w.code for w in notice.warnings] == ["timeout"]


def test_letters_fused_to_a_number_are_its_label() -> None:
    notice = parse_notice("张三遗失收据一份,No0045612")
    assert _numbers(notice) == [("0045612", "No", "serial")]


def test_a_long_label_ending_in_a_number_word_is_kept_whole() -> None:
    notice = parse_notice("某某公司遗失营业执照副本,营业执照副本编号:00123456,声明作废")
    assert _numbers(notice) == [("00123456", "营业执照副本编号", "serial")]


def test_a_series_between_label_and_digits_is_part_of_the_label() -> None:
    notice = parse_notice("张三遗失税务登记证副本,证号:湘地税字430203184285935号")
    assert [(v, label) for v, label, _ in _numbers(notice)] == [("430203184285935", "证号")]



@pytest.mark.parametrize(
    ("text", "document", "codes"),
    [
        ("某某中学工会委员会遗失工会法人资格证书", "other", ["unknown_document"]),
        ("张三遗失教师资格证书", "professional_certificate", []),
    ],
)
def test_a_longer_unknown_word_overrides_the_known_word_inside_it(
    text: str, document: str, codes: list[str]
) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [i.document.value for i in notice.items] == [document]
    assert [w.code for w in notice.warnings] == codes


@pytest.mark.parametrize(
    ("tail", "codes"),
    [
        ("湖南金鹰物流有限公司 2022年1月5日", []),
        ("2022.01.05", []),
        ("张三", []),
        ("备注编号123456", ["unparsed"]),
    ],
)
def test_a_signature_after_the_void_statement_is_not_content(tail: str, codes: list[str]) -> None:
    notice = parse_notice(f"张三遗失身份证，特此声明。{tail}")
    assert notice is not None
    assert [w.code for w in notice.warnings] == codes


def test_a_house_number_before_a_document_is_not_in_its_label() -> None:
    notice = parse_notice("徐丽萍名下红旗路农贸市场12号门面租赁合同（合同编号HT-2017-0386）作废")
    assert notice is not None
    assert [(i.label, i.document.value) for i in notice.items] == [("门面租赁合同", "contract")]
    assert notice.warnings == []


@pytest.mark.parametrize(
    "text",
    ["杨晓峰遗失毕业证书,证书编号:106101201905002713,现登报挂失。",
     "王浩遗失行驶证一本,请拾到者与本人联系,电话:13908176425。"],
)
def test_appeals_and_void_words_are_explained(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert notice.warnings == []


@pytest.mark.parametrize(
    "text", ["某某公司遗失公章一枚编号4302000073215", "某某公司遗失公章一枚,编号4302000073215"]
)
def test_a_count_before_a_label_is_the_documents(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [(i.label, i.count, [n.label for n in i.identifiers]) for i in notice.items] == [
        ("公章", 1, ["编号"])
    ]
    assert notice.warnings == []


def test_a_couple_is_named_by_its_members() -> None:
    notice = parse_notice("李明、王芳夫妇遗失其女李小花的出生医学证明,编号:O440123456,声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["李明", "王芳"]


def test_a_party_number_printed_again_as_the_items_number_is_no_warning() -> None:
    notice = parse_notice(
        "王小明(身份证号:440301199001011234)遗失驾驶证,证号440301199001011234,特此声明。")
    assert notice is not None
    assert [i.value for i in notice.items[0].identifiers] == ["440301199001011234"]
    assert notice.warnings == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("遗失声明：某某公司公章损毁，声明作废", "damaged"),
        ("李四被抢，居民身份证、驾驶证一并丢失，声明作废", "stolen"),
        ("王五遗失钱包，内有身份证，后被盗", "stolen"),
        ("某某公司公章即日起作废", "void"),
    ],
)
def test_the_event_after_the_leading_words_and_theft_over_loss(text: str, event: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.event.value == event


def test_issued_to_a_recipient_names_the_recipient_as_the_party() -> None:
    notice = parse_notice("西安某某置业有限公司开具给刘思远的购房定金收据一张遗失，编号：0032187。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["刘思远"]
    assert notice.items[0].issuer == "西安某某置业有限公司"


def test_a_basic_account_permit_number_must_start_with_j() -> None:
    notice = parse_notice("某某公司遗失基本存款账户开户许可证，核准号：L5280001234502，声明作废。")
    assert notice is not None
    (number,) = notice.items[0].identifiers
    assert (number.valid, [e.code for e in number.errors]) == (False, ["format"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("西峡县李淑敏（曾用名：李淑梅）遗失教师资格证，声明作废。", ["李淑敏"]),
        ("张建军、张建华（系已故张德顺之继承人）遗失房产证，声明作废。", ["张建军", "张建华"]),
        ("凯里市舟溪镇潘志刚的居民身份证破损，声明作废。", ["潘志刚"]),
        ("贯洞镇石老旺与梁美芬的结婚证不慎丢失，特此声明作废。", ["石老旺", "梁美芬"]),
    ],
)
def test_what_stands_around_a_name_is_not_the_name(text: str, names: list[str]) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == names


def test_a_legal_representative_makes_the_party_an_organisation() -> None:
    notice = parse_notice("武汉市江岸区育才二小遗失法定代表人章（刘红梅）一枚，声明作废。")
    assert notice is not None
    (party,) = notice.parties
    assert (party.name, party.kind.value, party.address) == ("武汉市江岸区育才二小",
                                                             "organization", None)


def test_the_room_of_a_theft_is_not_the_party() -> None:
    notice = parse_notice("成都某某装饰有限公司办公室于2024年3月15日被盗，被盗物品有公章一枚。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["成都某某装饰有限公司"]


def test_ocr_spaces_inside_names_are_dropped() -> None:
    notice = parse_notice("李 梓 涵(父亲:李 强，母亲：陈 雪)遗失出生医学证明,声明作废。")
    assert notice is not None
    (party,) = notice.parties
    assert (party.name, [(r.role.value, r.name) for r in party.relations]) == (
        "李梓涵", [("father", "李强"), ("mother", "陈雪")])


def test_a_long_notice_is_read_under_one_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A notice longer than UNTIMED_LENGTH has TIMEOUT seconds in all, not a pattern
    call: with no time at all, it comes back unread and says so; a notice of ordinary
    length is matched without any timeout and is read."""
    from voidnotice.parser import patterns

    monkeypatch.setattr(patterns, "TIMEOUT", 0.0)
    long = "张三遗失身份证，" + "号码：12345678，" * 120 + "声明作废。"
    assert len(long) > patterns.UNTIMED_LENGTH
    notice = parse_notice(long)
    assert notice is not None
    assert (notice.parties, notice.items) == ([], [])
    assert [w.code for w in notice.warnings] == ["timeout", "too_long"]
    short = parse_notice("张三遗失身份证，声明作废。")
    assert short is not None and [p.name for p in short.parties] == ["张三"]


@pytest.mark.parametrize("text,name,label", [
    ("关于张三遗失营业执照的声明：张三遗失营业执照副本，声明作废。", "张三", "营业执照副本"),
    ("关于株洲市某某有限公司遗失公章的声明  株洲市某某有限公司遗失公章一枚，声明作废。",
     "株洲市某某有限公司", "公章"),
    ("关于王五丢失身份证的遗失声明 王五不慎丢失居民身份证，特此声明。", "王五", "居民身份证"),
])
def test_a_title_glued_before_its_notice_opens_it(text: str, name: str, label: str) -> None:
    """关于X遗失…的声明：X遗失… (a portal's article): the event in the title is the
    title's; the notice is one, alone and on a page, its party the body's."""
    alone = parse_notice(text)
    assert alone is not None
    page = scan(text)
    assert len(page.notices) == 1 and page.skipped == []
    for notice in (alone, page.notices[0]):
        assert [p.name for p in notice.parties] == [name]
        assert [i.label for i in notice.items] == [label]
        assert not [w for w in notice.warnings if w.code == "unparsed"]


@pytest.mark.parametrize(("text", "parties"), [
    # set BC: 和 before a division's level is a place's (南和区), no joiner
    ("邢台市南和区贾宋镇郝建业遗失居民身份证，声明作废。", [("郝建业", "邢台市南和区贾宋镇")]),
    # a former name in brackets after the party's is no part of it
    ("某某商贸有限公司（原名：某某百货有限公司）因名称变更，原公章自即日起停止使用，特此声明作废。",
     [("某某商贸有限公司", None)]),
    # a co-owner's title before the second name
    ("交口县水头镇贺永平与共有人武翠兰遗失不动产权证书一本，声明作废。",
     [("贺永平", "交口县水头镇"), ("武翠兰", None)]),
    # what the party is to another, after its name
    ("松口镇丘伟强系已故丘汉林的继承人，现遗失丘汉林名下的房屋所有权证一本，声明作废。",
     [("丘伟强", "松口镇")]),
    # the holder named in a field after the document, where they live in brackets
    ("机动车驾驶证一本不慎遗失，持证人：罗正彬（住泸州市纳溪区护国镇），声明作废。",
     [("罗正彬", None)]),
    # named only as the one who declares it
    ("不慎遗失居民户口簿一本，特此声明。声明人：叶尔江·哈力木", [("叶尔江·哈力木", None)]),
])
def test_who_a_hard_notice_is_about(text: str, parties: list[tuple[str, str | None]]) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == parties
    assert [w.code for w in notice.warnings] == []


def test_whose_name_a_document_stands_in_is_neither_party_nor_issuer() -> None:
    notice = parse_notice("那木斯来遗失包头市某某物流有限公司名下的蒙B·7K3N9号重型半挂牵引车"
                          "行驶证，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["那木斯来"]
    assert [(i.label, i.issuer) for i in notice.items] == [("重型半挂牵引车行驶证", None)]
    assert notice.warnings == []


def test_a_seal_no_longer_in_use_is_a_notice_the_header_declares_void() -> None:
    # set BC: no loss and no void word of its own; its signature after it
    text = ("某某竹制品有限公司原公章（印章编码：5115240038172）自即日起停止使用。"
            "某某竹制品有限公司2026年12月5日")
    alone = parse_notice(text)
    assert alone is not None
    assert (alone.event.value, alone.declared_void, alone.warnings) == ("void", False, [])
    (notice,) = scan("作废声明\n◆" + text + "\n").notices
    assert notice.declared_void and [p.name for p in notice.parties] == ["某某竹制品有限公司"]
    # what names no document stops nothing a notice is about
    assert parse_notice("本店电话自即日起停止使用。") is None


@pytest.mark.parametrize(("text", "parties"), [
    # set BD: the holders named in fields after the document, both of them
    ("结婚证两本不慎遗失。男方：濮阳县文留镇高建川；女方：孟晓丽；特此声明作废。",
     [("高建川", "濮阳县文留镇"), ("孟晓丽", None)]),
    # whose it is, after the document
    ("营业执照正本一份，系东海县某某农机服务有限公司所有，不慎遗失，声明作废。",
     [("东海县某某农机服务有限公司", None)]),
    # a name in Latin letters is a person's, however long
    ("美国籍人士DANIEL JAMES WRIGHT（护照号码：E52817364）于2026年11月不慎遗失护照一本，声明作废。",
     [("DANIEL JAMES WRIGHT", None)]),
])
def test_who_a_notice_names_after_its_document(text: str, parties: list[tuple[str, str | None]]
                                               ) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == parties
    assert notice.parties[-1].kind.value == ("organization" if "公司" in text else "person")
    assert "unparsed" not in [w.code for w in notice.warnings]


@pytest.mark.parametrize(("text", "labels", "issuer", "amount"), [
    # set BD: the document named again before its void statement is the first one
    ("某某公司遗失食品经营许可证副本一份，许可证编号：JY13403040017362。食品经营许可证副本作废。",
     ["食品经营许可证副本"], None, None),
    # a bank before a social security card issued it
    ("汪晓婷遗失淮南农商银行社会保障卡一张，社会保障号码：340404198602140484，声明作废。",
     ["淮南农商银行社会保障卡"], "淮南农商银行", None),
    # 出资额 labels the amount a capital contribution certificate stands for
    ("朱明山遗失出资证明书一份，出资额：人民币贰拾万元整，声明作废。",
     ["出资证明书"], None, "200000"),
    # a new seal was cut: no document, nothing left unexplained
    ("某某公司不慎遗失财务专用章一枚，印章编码：3204040051736，现已重新刻制，特此声明作废。",
     ["财务专用章"], None, None),
])
def test_what_a_hard_notice_voids(text: str, labels: list[str], issuer: str | None,
                                  amount: str | None) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [i.label for i in notice.items] == labels
    assert notice.items[0].issuer == issuer
    assert notice.items[0].amount == (None if amount is None else Decimal(amount))
    assert notice.warnings == []


def test_a_former_registration_number_keeps_its_label() -> None:
    notice = parse_notice("某某有限公司遗失营业执照正本，统一社会信用代码：91340102MA2NT5C93N"
                          "（原注册号：340102000715365），声明作废。")
    assert notice is not None
    assert [(i.kind.value, i.label) for i in notice.items[0].identifiers] == [
        ("uscc", "统一社会信用代码"), ("registration_number", "原注册号")]
    assert notice.warnings == []


def test_a_list_introduced_and_numbered_inside_a_notice() -> None:
    # set BD: 以下印章： introduces the list; 1. 2. 3. number it
    notice = parse_notice("某某物流有限公司遗失以下印章：1.公章一枚；2.财务专用章一枚；"
                          "3.法定代表人章（李振川）一枚。以上印章声明作废。")
    assert notice is not None
    assert [(i.label, i.count) for i in notice.items] == [
        ("公章", 1), ("财务专用章", 1), ("法定代表人章", 1)]
    assert notice.warnings == []


def test_a_number_goes_to_the_document_its_label_names_among_two_of_a_kind() -> None:
    # set BD: both certificates are property certificates; each label names its own
    notice = parse_notice("亓凤英遗失房产证、土地证各一本，房权证号：莱房权证苗山字第00317号，"
                          "土地证号：莱国用（2008）第01942号，声明作废。")
    assert notice is not None
    assert [(i.label, [n.label for n in i.identifiers]) for i in notice.items] == [
        ("房产证", ["房权证号"]), ("土地证", ["土地证号"])]
    assert notice.warnings == []


def _summary(notice: Notice | None) -> list[tuple[str, str, str | None, list[str]]]:
    """Each item's document, label, issuer and numbers' labels."""
    assert notice is not None
    return [(i.document.value, i.label, i.issuer, [n.label or "" for n in i.identifiers])
            for i in notice.items]


# Set BW (a company's papers and money), each rule on a text of its own.
@pytest.mark.parametrize(("text", "items", "warnings"), [
    # who draws a bill issues it; its payee and paying bank fill no field
    ("某某贸易有限公司遗失转账支票一张，支票号码：10500032 00415518，出票单位：某某建设有限公司，"
     "收款人：某某贸易有限公司，付款行：中国银行某某支行，金额：人民币叁万元整，声明作废。",
     [("cheque", "转账支票", "某某建设有限公司", ["支票号码"])], []),
    # how many shares a certificate holds is no number of it
    ("李建国遗失某某农村商业银行股权证一本，股权证号：NS2019-0032，持股数：3,000股，声明作废。",
     [("share_certificate", "某某农村商业银行股权证", "某某农村商业银行", ["股权证号"])], []),
    # the holder's credit code names no 机构信用代码证 by its 信用
    ("某某电器有限公司遗失公章一枚及机构信用代码证一份，统一社会信用代码：91440606MA4W8C1T37，"
     "声明作废。",
     [("official_seal", "公章", None, ["统一社会信用代码"]), ("other", "机构信用代码证", None, [])],
     ["unknown_document"]),
    # a document's name with Latin letters, in its number's label
    ("某某汽配有限公司遗失税务UKey一个，税务UKey编号：537100826314，声明作废。",
     [("tax_control_device", "税务UKey", None, ["税务UKey编号"])], []),
    # the book of a taxpayer's invoice purchases is no invoice
    ("某某再生资源有限公司遗失发票领购簿一本，声明作废。",
     [("other", "发票领购簿", None, [])], ["unknown_document"]),
    # a branch's person in charge and the seal they sign with
    ("某某物流有限公司某某分公司遗失负责人章（王德兵）一枚，声明作废。",
     [("legal_representative_seal", "负责人章", None, [])], []),
    # the ID number after the keeper's name is the keeper's, not the licence's
    ("某某米线店遗失营业执照正本，统一社会信用代码：92532503MA6NT02K3Y，经营者：杨丽芬，"
     "身份证号：532522198409170222，声明作废。",
     [("business_license", "营业执照正本", None, ["统一社会信用代码"])], ["party_identifier"]),
])
def test_what_a_company_s_papers_say(
    text: str, items: list[tuple[str, str, str | None, list[str]]], warnings: list[str]
) -> None:
    notice = parse_notice(text)
    assert _summary(notice) == items
    assert notice is not None and [w.code for w in notice.warnings] == warnings


def test_a_shareholder_s_title_is_no_part_of_the_name() -> None:
    # set BW: 股东A、B遗失…出资证明书两份
    notice = parse_notice("股东王立新、赵海燕遗失某某木业有限公司出具的出资证明书两份，声明作废。")
    assert notice is not None
    assert [p.name for p in notice.parties] == ["王立新", "赵海燕"]


def test_a_keeper_s_id_number_goes_to_a_lost_id_card() -> None:
    # the representative's number is a party's: an ID card lost takes it
    notice = parse_notice("某某米线店遗失营业执照正本及居民身份证一张，经营者：杨丽芬，"
                          "身份证号：532522198409170222，声明作废。")
    assert _summary(notice) == [("business_license", "营业执照正本", None, []),
                                ("resident_id_card", "居民身份证", None, ["身份证号"])]


# Set BX (notices in traditional script), each rule on a text of its own.
@pytest.mark.parametrize(("text", "name", "document", "label"), [
    # Guangzhou's and Shanghai's house and land certificate in one
    ("上海市徐匯區王建華遺失房地產權證一本，聲明作廢。", "王建華", "property_certificate",
     "房地產權證"),
    ("上海市徐汇区王建华遗失房地产证一本，声明作废。", "王建华", "property_certificate",
     "房地产证"),
    # OCR's 薄 for 簿
    ("福州市台江區林秀英遺失戶口薄一本，聲明作廢。", "林秀英", "household_register", "戶口薄"),
    # where the bag was put is no part of the name
    ("汕頭市龍湖區陳志強放在辦公室的手提包被盜，內有居民身份證一張，聲明作廢。", "陳志強",
     "resident_id_card", "居民身份證"),
])
def test_what_a_traditional_notice_names(text: str, name: str, document: str,
                                         label: str) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [name]
    assert [(i.document.value, i.label) for i in notice.items] == [(document, label)]
    assert notice.warnings == []


def test_a_name_may_end_in_fang_before_a_place() -> None:
    # 放 ends a name (张放); only before a bag (放在…的公文包) does it say where a thing was
    notice = parse_notice("张放在家中遗失居民身份证，声明作废。")
    assert notice is not None and [p.name for p in notice.parties] == ["张放"]


def test_a_range_s_end_that_lost_a_digit_is_the_range_s_and_fails_its_length() -> None:
    # set BY: 发票号码：03817251至0381720, the end's label the range's
    notice = parse_notice("某某经营部遗失空白增值税普通发票十份，发票代码：062002200104，"
                          "发票号码：05127431至0512744，声明作废。")
    assert notice is not None and notice.warnings == []
    numbers = notice.items[0].identifiers[1:]
    assert [(n.value, n.label, [e.code for e in n.errors]) for n in numbers] == [
        ("05127431", "发票号码", []), ("0512744", "发票号码", ["length"])]


def test_ocr_s_fei_for_void_still_declares_void() -> None:
    # set BY: 声明作费, 费 for 废
    notice = parse_notice("某某合作社遗失营业执照副本，声明作费。")
    assert notice is not None and notice.declared_void and notice.warnings == []


# Set BZ (precision: near-misses and oddly phrased notices), each rule on a text of its own.
@pytest.mark.parametrize(("text", "event", "name", "labels"), [
    # the title glued before the notice declares it void
    ("遗失声明安康市汉滨区周晓燕不慎遗失教师资格证书一本。", "lost", "周晓燕", ["教师资格证书"]),
    # 兹声明下列证件作废：, then the notice, its event last
    ("兹声明下列证件作废：宁洱县宁洱镇李春梅的居民身份证一张，该证已于2026年11月2日在集市遗失。",
     "lost", "李春梅", ["居民身份证"]),
    # burnt, soaked: damaged, with no verb of damage after; the fire's place before
    ("鄄城县古泉街道刘建国的小型轿车在路边自燃，车内的机动车行驶证被烧，特此声明作废。",
     "damaged", "刘建国", ["机动车行驶证"]),
    ("因暴雨，沅陵县沅陵镇向春花家中进水，其户口簿一本被水浸泡，字迹模糊，现声明作废。",
     "damaged", "向春花", ["户口簿"]),
    # snatched, and the bag with what was in it
    ("电白区水东街道梁美华被抢走挎包，包内居民身份证一张一并失去，特此声明作废。",
     "stolen", "梁美华", ["居民身份证"]),
    # the wallet and how many; where to bring it, and thanks
    ("都昌县都昌镇余建国不慎遗失钱包一个，内有居民身份证，现声明作废。如有拾到者，请交都昌派出所，"
     "不胜感激。", "lost", "余建国", ["居民身份证"]),
    # the bag that held the certificates
    ("本人将装有毕业证书的文件袋遗落在出租车上，特此声明作废。声明人：怀宁县高河镇汪思琪",
     "lost", "汪思琪", ["毕业证书"]),
    # an authority's own seal: 我镇, the police told, from the day printed, what follows
    ("某县某镇人民政府公告：我镇公章一枚于2026年11月下旬遗失，已向某县公安局报备，该印章自本公告"
     "刊登之日起作废，此后加盖该印章的任何文书均属无效。特此公告。", "lost", "某县某镇人民政府",
     ["公章"]),
])
def test_an_oddly_phrased_notice_is_read(text: str, event: str, name: str,
                                         labels: list[str]) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.event.value == event and notice.declared_void
    assert [p.name for p in notice.parties] == [name]
    assert [i.label for i in notice.items] == labels
    assert notice.warnings == []


def test_no_longer_valid_is_no_void_statement_and_nothing_unread() -> None:
    # set BZ: 自即日起失效 (records.md names 声明作废, 作废, 特此声明)
    notice = parse_notice("富锦市锦山镇孙立国的货车道路运输证遗失，证号：230882018736，"
                          "自即日起失效。")
    assert notice is not None and not notice.declared_void and notice.warnings == []


def test_blank_invoices_a_company_voids_are_signed_by_it() -> None:
    # set BZ: 本公司…空白河北增值税专用发票…自即日起作废。声明单位：X; the range's first end
    # lost a digit
    notice = parse_notice("作废声明：本公司因更换开票设备，尚未开具的空白河北增值税专用发票五份"
                          "（发票代码：1300241140，发票号码：0572631至05726335）自即日起作废。"
                          "声明单位：任丘市某某管件有限公司")
    assert notice is not None and notice.event.value == "void" and notice.warnings == []
    assert [p.name for p in notice.parties] == ["任丘市某某管件有限公司"]
    (item,) = notice.items
    assert (item.label, item.count) == ("空白河北增值税专用发票", 5)
    assert [(n.value, n.label) for n in item.identifiers[1:]] == [
        ("0572631", "发票号码"), ("05726335", "发票号码")]


@pytest.mark.parametrize("text", [
    # an agency's sample notices, with placeholders
    "遗失声明范文：×××（身份证号：××××××××××××××××××）不慎遗失居民身份证一张，特此声明作废。",
    # the column's disclaimer
    "（本栏刊登的遗失声明均由刊登者提供并对其真实性负责，本报不承担法律责任。）",
    # a notice printed before, spoken of by a new seal's announcement
    "启用新印章公告：因本公司原公章已于2026年11月18日遗失并在本报登报声明作废，本公司自2026年12月8日"
    "起启用新刻制的公章。特此公告。某某工贸有限公司",
    # an agency's prices, under a title that begins 遗失声明
    "遗失声明刊登价格：个人证件（身份证、户口簿）每则60元，营业执照每则120元。",
])
def test_a_near_miss_is_no_notice(text: str) -> None:
    assert scan(text).notices == []


def test_a_titled_notice_on_one_line_is_read_on_a_page() -> None:
    # 遗失声明：X遗失…, with no 声明作废 of its own: the title declares it void
    page = scan("遗失声明：石泉县城关镇陈丽华遗失居民身份证一张。")
    assert [(n.parties[0].name, n.declared_void) for n in page.notices] == [("陈丽华", True)]


def test_two_dotted_names_joined_after_a_place_are_two_persons() -> None:
    # set CA: a Uyghur or Kazakh name with its dot runs longer than four characters
    notice = parse_notice("察布查尔县某某镇努尔兰·别克与阿依古丽·吐尔逊的结婚证遗失，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [
        ("努尔兰·别克", "察布查尔县某某镇"), ("阿依古丽·吐尔逊", None)]


# Set CC (precision, a second round: notices a careless reader might skip), each rule on a
# text of its own.
@pytest.mark.parametrize(("text", "name", "labels"), [
    # 兹作废X遗失的…: void, before who
    ("兹作废舒兰市法特镇刘春生不慎遗失的吉林银行存折一本。", "刘春生", ["吉林银行存折"]),
    # the month and day alone, and the part of the day, before who
    ("12月1日下午，泗县大庄镇周丽娟在车站遗失居民身份证一张，现声明作废。", "周丽娟",
     ["居民身份证"]),
    # a title of two words glued before the notice
    ("遗失作废声明南县茅草街镇丰源农资经营部不慎遗失营业执照副本。", "南县茅草街镇丰源农资经营部",
     ["营业执照副本"]),
    # 遗失公告：, a title before its colon
    ("遗失公告：自贡市大安区王志强、李小琴之子王梓轩的出生医学证明不慎遗失。特此公告。", "王梓轩",
     ["出生医学证明"]),
    # a letter's greeting; what follows from the voiding; 特此通告 and who signs
    ("各有关单位：本公司合同专用章一枚于近日丢失，自登报之日起作废，凡加盖该印章的合同本公司一概不予"
     "认可。特此通告。金坛区某某园林有限公司", "金坛区某某园林有限公司", ["合同专用章"]),
    # how the thief came in; the seals named again; the police told
    ("本公司办公室被撬，财务专用章一枚被盗，已报警。上述印章自即日起作废，特此公告。某某五金有限公司",
     "某某五金有限公司", ["财务专用章"]),
    # set CJ: a letter to residents, signed by its company after 特此函告; 该本收据 points back
    ("尊敬的各位住户：本公司遗失空白收据一本（编号：0012001至0012050），该本收据自即日起作废。"
     "如有人持上述收据收取费用，请拒绝支付。特此函告。某某物业服务有限公司",
     "某某物业服务有限公司", ["空白收据"]),
    # set CJ: the title 作废公告：, and what one was doing when it was found lost
    ("作废公告：本店于2026年12月1日清点证照时发现营业执照副本遗失，现予作废。特此公告。某某小吃店",
     "某某小吃店", ["营业执照副本"]),
])
def test_a_notice_a_careless_reader_might_skip_is_read(text: str, name: str,
                                                       labels: list[str]) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == [name]
    assert [i.label for i in notice.items] == labels
    assert notice.warnings == []


def test_what_the_speaker_is_with_no_name_is_no_party() -> None:
    # set CC: 本人系…学生 names no one; the signature does
    signed = parse_notice("本人系某县第一中学高三学生，不慎遗失学生证一本，特此声明。"
                          "李思雨　2026年12月5日")
    assert signed is not None and [p.name for p in signed.parties] == ["李思雨"]
    unsigned = parse_notice("本人系某县某村村民，不慎遗失户口簿一本，声明作废。")
    assert unsigned is not None and unsigned.parties == []
    assert [w.code for w in unsigned.warnings] == ["no_party"]


# Sets CD and CE (an archive day of the south and south-west; a person's own papers), each
# rule on a text of its own.
def test_whoever_has_kin_is_a_person_with_a_long_name() -> None:
    # set CE: a Mongolian name of six characters after a town, with a wife
    notice = parse_notice("牙克石市免渡河镇额尔敦毕力格（妻：其其格）遗失结婚证一本，声明作废。")
    assert notice is not None
    assert [(p.name, p.address, p.kind.value) for p in notice.parties] == [
        ("额尔敦毕力格", "牙克石市免渡河镇", "person")]
    # without kin, six characters after a place are a shop's name
    shop = parse_notice("某某市某某镇阿强海鲜排档遗失营业执照副本，声明作废。")
    assert shop is not None and shop.parties[0].kind.value == "organization"


def test_a_holder_id_a_digit_short_fails_length() -> None:
    # set CE: the holder's ID number on a 从业资格证, a digit dropped
    notice = parse_notice("某县某镇王建华遗失道路运输从业资格证，从业资格证号："
                          "32092319810722003，声明作废。")
    assert notice is not None
    assert [(i.kind.value, [e.code for e in i.errors])
            for i in notice.items[0].identifiers] == [("resident_id", ["length"])]


def test_a_range_whose_end_lost_a_digit_inside_is_two_numbers() -> None:
    # set CD: 00681251-0061300 (for 00681300): the range's two ends, the second failing
    notice = parse_notice("某某饭店遗失增值税普通发票，发票代码：045002500117，"
                          "发票号码：00351204-0035250，声明作废。")
    assert notice is not None
    assert [(i.value, [e.code for e in i.errors]) for i in notice.items[0].identifiers] == [
        ("045002500117", []), ("00351204", []), ("0035250", ["length"])]


@pytest.mark.parametrize("text", [
    "李德才不慎将农村土地承包经营权证一本遗失，声明作废。",
    "李德才不慎将城市户口簿遗失，声明作废。",
])
def test_a_kind_of_place_after_jiang_is_no_place_named_with_jiang(text: str) -> None:
    # set CD: 将农村… is the 将 construction, not a place named 将农村
    notice = parse_notice(text)
    assert notice is not None
    assert [p.name for p in notice.parties] == ["李德才"]
    assert notice.items[0].label.startswith(("农村", "城市"))


def test_licence_alone_is_the_business_licence() -> None:
    # set CC: 执照 with no word before it to say which licence
    notice = parse_notice("某某五金店遗失执照正本一本，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.copy) for i in notice.items] == [
        ("business_license", Copy.ORIGINAL)]
    # a licence that names itself stays what it is, or unknown
    other = parse_notice("张三遗失行医执照一本，声明作废。")
    assert other is not None and [i.document.value for i in other.items] == ["other"]


def test_a_void_statement_after_the_signature_and_its_date() -> None:
    # set CC: …。<company>　<date>　此证作废: the company signs
    notice = parse_notice("本公司不慎遗失公章一枚。某县某某商贸有限公司　2026年12月1日　此证作废")
    assert notice is not None and notice.declared_void and notice.warnings == []
    assert [p.name for p in notice.parties] == ["某县某某商贸有限公司"]


# Set CF (OCR's damage on every line), each rule on a text of its own.
@pytest.mark.parametrize(("text", "name", "label", "event"), [
    # a column's rule read as the radical 丨, before the event and before a label
    ("某县某镇周建平 丨遗失居民身份证，丨证号：110101199003070011，声明作废。", "周建平",
     "居民身份证", "lost"),
    # variant forms OCR reads for 明 and 照
    ("某某商贸有限公司遗失营业执煕正本，声眀作废。", "某某商贸有限公司", "营业执煕正本", "lost"),
    # the event's first or last character printed twice
    ("某县某镇吴丽华遗遗失户口簿一本，声明作废。", "吴丽华", "户口簿", "lost"),
    ("某某食品厂的税控盘一个因受潮损毁毁，声明作废。", "某某食品厂", "税控盘", "damaged"),
    # 作废's first character printed twice
    ("某县某镇韩立新遗失结婚证一本，声明作作废。", "韩立新", "结婚证", "lost"),
    # OCR's look-alike of 失 in 遗失
    ("某县某镇马国强遗夫驾驶证一本，声明作废。", "马国强", "驾驶证", "lost"),
])
def test_ocr_damage_is_read_through(text: str, name: str, label: str, event: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.declared_void and notice.warnings == []
    assert notice.event.value == event
    assert [p.name for p in notice.parties] == [name]
    assert [i.label for i in notice.items] == [label]


@pytest.mark.parametrize(("text", "document"), [
    # set CF: a character printed twice, a word misread
    ("某县某镇杨秀梅遗失准生生证一本，声明作废。", "birth_permit"),
    ("某某贸易有限公司遗失银行承免汇票一张，声明作废。", "bank_acceptance_bill"),
    # set CL: a character of 营业执照 dropped; a character of 户口簿 printed twice
    ("某某建材经营部遗失营业照正本，声明作废。", "business_license"),
    ("某县某镇冯丽遗失居民户口口簿一本，声明作废。", "household_register"),
])
def test_a_misprinted_document_word_names_its_document(text: str, document: str) -> None:
    # the label stays as printed; the document is read through the damage
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [i.document.value for i in notice.items] == [document]


# Set CG (hard items), each rule on a text of its own.
def test_a_document_drawn_up_in_copies_counts_them() -> None:
    notice = parse_notice("某县某镇刘振华遗失房屋租赁合同一式三份，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.label, i.count) for i in notice.items] == [("房屋租赁合同", 3)]


def test_a_total_of_several_kinds_is_no_ones_amount() -> None:
    # 以上发票 points back: no item of its own; a total of two kinds is neither's
    several = parse_notice("某某建材有限公司遗失增值税专用发票一份及收据一张，以上票据金额合计"
                           "5000元，声明作废。")
    assert several is not None and several.warnings == []
    assert [(i.label, i.amount) for i in several.items] == [
        ("增值税专用发票", None), ("收据", None)]
    one = parse_notice("某某建材有限公司遗失收据两张，上述收据金额合计5000元，声明作废。")
    assert one is not None and [str(i.amount) for i in one.items] == ["5000"]


def test_a_land_number_before_its_certificate_after_another() -> None:
    notice = parse_notice("某县某镇杨春明遗失房屋所有权证及宾国用（2008）第0412号国有土地使用证"
                          "各一本，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [[n.value for n in i.identifiers] for i in notice.items] == [
        [], ["宾国用(2008)第0412号"]]


# Set CI (institutions' papers), each rule on a text of its own.
def test_a_room_the_speaker_names_is_where_not_who() -> None:
    notice = parse_notice("本单位办公室于2026年11月28日夜间被盗，公章一枚被盗，特此声明作废。"
                          "声明单位：某县某镇中心卫生院")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.kind.value) for p in notice.parties] == [
        ("某县某镇中心卫生院", "organization")]


@pytest.mark.parametrize("name", ["某县某镇中心完小", "某县某镇中心校"])
def test_a_villages_school_is_an_organisation(name: str) -> None:
    notice = parse_notice(f"{name}遗失公章一枚，声明作废。")
    assert notice is not None
    assert [(p.name, p.kind.value, p.address) for p in notice.parties] == [
        (name, "organization", None)]


def test_a_document_word_a_character_short_names_its_document() -> None:
    # set CH: OCR dropped the last character of 出生医学证明; not 批准证书 less its 证
    notice = parse_notice("某县某镇王小雨（父：王刚）遗失出生医学证，编号：R420817364，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(i.document.value, i.label) for i in notice.items] == [
        ("birth_certificate", "出生医学证")]
    other = parse_notice("某县某镇张强遗失宅基地批准书一份，声明作废。")
    assert other is not None and [i.document.value for i in other.items] == ["other"]


# Set CJ (precision, a third round), each rule on a text of its own.
@pytest.mark.parametrize("text", [
    # the loss reported to the bank, whose 挂失 the void statement takes
    "某县某乡李德明遗失农村信用社借记卡一张，已于当日向开户网点办理挂失，现声明作废。",
    # a new licence asked for
    "某县某镇王海遗失机动车驾驶证一本，现已向某市车辆管理所申请补领，原证声明作废。",
    # while doing what, after the date; who decided; what follows from the voiding
    "某县财政局财务专用章一枚于2026年11月20日办公室搬迁时遗失。经局党组研究，该印章自即日起"
    "作废，凡加盖该印章的票据、文书一律无效。特此公告。",
    # the search, and why it is declared
    "某某农机门市部遗失增值税普通发票一份，发票号码：04791635，经多方查找，至今未能找回，"
    "为防止他人冒用，本门市部郑重声明：上述发票自即日起作废。",
])
def test_a_notices_asides_leave_nothing_unread(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None and notice.declared_void and notice.warnings == []
    assert notice.parties


def test_a_parent_named_by_the_one_who_writes() -> None:
    notice = parse_notice("家父某县某镇刘长顺年逾九旬，于2026年12月2日不慎遗失残疾人证一本，"
                          "特此声明作废。其子：刘建国")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("刘长顺", "某县某镇")]


def test_a_correction_is_read_as_what_it_corrects_to() -> None:
    text = ("更正声明：本公司于2026年11月25日在本报刊登的遗失声明中，将“公章”误刊为“财务章”，"
            "现更正为：某某商贸有限公司遗失公章一枚，声明作废。特此更正。")
    notice = parse_notice(text)
    assert notice is not None and notice.warnings == []
    assert [p.name for p in notice.parties] == ["某某商贸有限公司"]
    assert [i.label for i in notice.items] == ["公章"]
    assert notice.text == text[notice.span[0]:notice.span[1]]


@pytest.mark.parametrize("text", [
    # a denial
    "澄清声明：本公司公章一直由专人保管，从未遗失，亦未声明作废，现仍正常使用。特此声明。某某有限公司",
    # a rumour spoken of
    "近日网传本公司公章已遗失并已登报作废，此系谣言。某某有限公司",
    # rules
    "某某公司印章管理办法第十二条　印章遗失的，应立即登报声明作废。",
    # an audit's finding
    "审计发现：该所遗失空白收据1本，未按规定及时登报声明作废。",
])
def test_a_text_speaking_of_a_loss_it_denies_or_rules_on_is_no_notice(text: str) -> None:
    assert scan(text).notices == []


def test_what_a_wallet_held_said_with_li_is_no_label() -> None:
    # set CM: 錢包裡有… (a wallet with … in it), in either script
    for text in ("某县某镇张伟的钱包被盗，钱包里有居民身份证一张，声明作废。",
                 "某縣某鎮張偉的錢包被竊，錢包裡有居民身份證壹張，聲明作廢。"):
        notice = parse_notice(text)
        assert notice is not None and notice.warnings == []
        assert [i.document.value for i in notice.items] == ["resident_id_card"]
        assert notice.items[0].label in ("居民身份证", "居民身份證")


# Set CL (session 15's last measure), each rule on a text of its own.
def test_a_vehicles_class_after_de_is_the_documents() -> None:
    notice = parse_notice("某县某镇赵德明的重型普通货车道路运输证遗失，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [(p.name, p.address) for p in notice.parties] == [("赵德明", "某县某镇")]
    assert [i.label for i in notice.items] == ["重型普通货车道路运输证"]


# Set CN (session 15's very last measure), each rule on a text of its own.
def test_a_township_named_with_zai_after_its_county() -> None:
    notice = parse_notice("某某县在中乡刘春英遗失居民身份证，声明作废。")
    assert notice is not None
    assert [(p.name, p.address) for p in notice.parties] == [("刘春英", "某某县在中乡")]
    where = parse_notice("王五在城关镇遗失居民身份证，声明作废。")
    assert where is not None and [p.name for p in where.parties] == ["王五"]


def test_the_events_last_character_twice_before_a_document() -> None:
    notice = parse_notice("某某贸易有限公司遗失失增值税普通发票一份，声明作废。")
    assert notice is not None and notice.warnings == []
    assert [i.label for i in notice.items] == ["增值税普通发票"]
    lost_value = parse_notice("某某贸易有限公司的公章被盗盗用，声明作废。")
    assert lost_value is not None and lost_value.event.value == "stolen"
