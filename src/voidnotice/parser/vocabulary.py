"""The words notices are built from: events, documents, labels, roles.

Tables only. :class:`voidnotice.parser.lexicon.Lexicon` gathers the ones a caller
can extend, and :mod:`voidnotice.parser.patterns` builds its patterns from them, on
first use. Longer words come first in every alternation, so 发票专用章 wins
over 发票 and 增值税普通发票 over 发票.

>>> EVENTS["被盗"], DOCUMENT_WORDS[Document.BUSINESS_LICENSE][0]
(<Event.STOLEN: 'stolen'>, '营业执照')
"""

from __future__ import annotations

from voidnotice.kinds import Kind
from voidnotice.records import Copy, Document, Event, Role

#: The Chinese characters the parser reads (the unified ideographs), as a class's range.
HAN = "\u4e00-\u9fff"

#: The letters of the other scripts China's bilingual papers print beside Chinese: Hangul
#: (syllables, jamo), Tibetan, Mongolian, the Arabic script of Uyghur and Kazakh, Yi; as a
#: class's ranges.
OTHER_SCRIPTS = ("\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0f00-\u0fff"
                 "\u1800-\u18af\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\ua000-\ua48f")
#: How many letters of another script make a run of text another language's.
OTHER_LETTERS = 4

#: The dots papers set between the parts of a Uyghur, Kazakh or Mongolian name
#: (叶尔兰•哈布德克里木, 热依汗古丽・买买提, set DT): the middle dot, a bullet, the katakana
#: middle dot and its half-width form. None of them ends a sentence.
NAME_DOTS = "·•・･"
#: The parts Tibetan names are made of, two characters each (次仁央宗拉姆 is 次仁, 央宗 and
#: 拉姆; 格桑尼玛顿珠, set DT): a name of three or four of them after a place is a person's,
#: where six characters of no known parts are more often a shop's name without its ending.
TIBETAN_NAME_PARTS: tuple[str, ...] = (
    "次仁", "扎西", "卓玛", "多吉", "多杰", "平措", "达瓦", "达娃", "旺堆", "索朗", "德吉", "曲珍",
    "次旦", "普布", "边巴", "洛桑", "白玛", "旦增", "丹增", "益西", "罗布", "贡布", "群培", "才让",
    "才仁", "卓嘎", "央金", "措姆", "拉巴", "巴桑", "央宗", "拉姆", "格桑", "尼玛", "顿珠", "仁增",
    "强巴", "次珍", "德央", "琼达", "加措", "嘉措", "桑珠", "米玛", "贡嘎", "欧珠", "才旦", "东智",
    "拉毛", "吉毛", "旦正", "仁青", "南加", "扎巴", "桑杰", "久美", "晋美", "土登", "阿旺", "次成",
    "赤列", "江村", "玉珍", "斯朗", "泽仁", "泽旺", "四郎", "降措", "更登", "贡觉", "洛珠", "次央",
    "拉珍", "德庆", "伦珠", "吉珍", "央拉", "宗吉", "卓措", "丹巴", "尕藏", "拉加", "周措", "娘吉",
    "曲措", "当周", "加羊", "次吉", "布赤", "边珍", "普琼", "仓决", "拉吉", "卓拉", "措吉", "旺姆",
)
#: A name's dot printed as a period (阿依夏木古丽.吐尔洪, 努尔比亚．图尔荪, set DT): read so
#: only between a name's two parts, for a period also ends a sentence.
NAME_PERIODS = ".．"

#: Event verbs; 不慎 and 不小心 are folded into the verb's match.
EVENTS: dict[str, Event] = {
    "遗失": Event.LOST, "丢失": Event.LOST, "遗落": Event.LOST, "丢落": Event.LOST,
    "掉失": Event.LOST, "失落": Event.LOST,
    "被盗": Event.STOLEN, "被窃": Event.STOLEN, "被抢": Event.STOLEN, "失窃": Event.STOLEN,
    "被偷": Event.STOLEN,
    "被抢走": Event.STOLEN, "被偷走": Event.STOLEN, "被盗走": Event.STOLEN,  # (set BZ)
    # …驾驶证…办理换证时被他人冒领 (set DC): taken by one who claimed it as his
    "被冒领": Event.STOLEN, "被他人冒领": Event.STOLEN,
    "损毁": Event.DAMAGED, "毁损": Event.DAMAGED, "污损": Event.DAMAGED, "破损": Event.DAMAGED,
    "损坏": Event.DAMAGED, "烧毁": Event.DAMAGED, "灭失": Event.DAMAGED, "磨损": Event.DAMAGED,
    # …车内的机动车行驶证及机动车驾驶证被烧，特此声明作废; …户口簿一本…被水浸泡，字迹模糊… (set
    # BZ): burnt, soaked, with no verb of damage after
    "被烧": Event.DAMAGED, "被烧毁": Event.DAMAGED, "被水浸泡": Event.DAMAGED,
    "失去": Event.LOST,  # …包内社会保障卡一张…一并失去 (set BZ)
    # 马海龙遗夫中国邮政储蓄银行借记卡一张 (set CF): OCR's look-alikes of 失 and 遗 in 遗失,
    # which no other word of a notice holds
    "遗夫": Event.LOST, "遗矢": Event.LOST, "遣失": Event.LOST,
    "丢夫": Event.LOST, "丢矢": Event.LOST,  # 丢夫 (set EE): so in 丢失
    # How else notices say it (set EE): left behind (结婚证遗忘在…客运班车上), swept away
    # (存折一本不慎掉入河中被水冲走), sold for scrap by mistake (被家人误当作废品卖掉);
    # picked from a pocket, taken by force (被扒, 被飞车抢夺, 遭盗窃); rained on, torn,
    # chewed, washed, gone mouldy
    "遗忘": Event.LOST, "被水冲走": Event.LOST, "被冲走": Event.LOST,
    "当作废品卖掉": Event.LOST, "当废品卖掉": Event.LOST, "当作废品处理": Event.LOST,
    "被扒": Event.STOLEN, "被扒窃": Event.STOLEN, "遭盗窃": Event.STOLEN, "被盗窃": Event.STOLEN,
    "遭窃": Event.STOLEN, "被抢夺": Event.STOLEN, "抢夺": Event.STOLEN, "被抢劫": Event.STOLEN,
    "遭抢劫": Event.STOLEN,
    "淋湿": Event.DAMAGED, "撕毁": Event.DAMAGED, "撕坏": Event.DAMAGED, "撕烂": Event.DAMAGED,
    "咬坏": Event.DAMAGED, "咬烂": Event.DAMAGED, "洗坏": Event.DAMAGED, "霉烂": Event.DAMAGED,
    "烧坏": Event.DAMAGED, "泡坏": Event.DAMAGED, "毁坏": Event.DAMAGED,
}

#: How a document came to be damaged, right before the verb (所持普通护照浸水破损, set AQ;
#: 受潮损毁, 被火烧毁): part of the event, no part of the document's label.
DAMAGE_MANNERS: tuple[str, ...] = (
    "浸水", "水浸", "进水", "受潮", "被水浸泡", "遭水浸泡", "被水浸", "霉变", "被火", "火烧",
    "被撕",
    # …出生医学证明被撕毁, 户口簿被老鼠咬坏, 道路运输证被雨淋湿 (set EE): by whom or what
    "被", "被狗", "被老鼠", "被鼠", "被雨", "被小孩", "被孩子",
    # 存折一本不慎掉入河中被水冲走 (set EE): where it fell, before it was swept away
    "掉入河中", "掉入水中", "掉进河里", "掉进水里", "落入水中", "掉入江中",
)

#: Document words, by the kind of document they name. Most specific first
#: within a kind is not needed: the parser sorts all words by length.
DOCUMENT_WORDS: dict[Document, tuple[str, ...]] = {
    Document.INVOICE_SEAL: ("发票专用章", "发票章"),
    # (财物专用章: a pinyin input's 财务, as a placer types it online, set DJ)
    Document.FINANCIAL_SEAL: ("财务专用章", "财务章", "财务印章", "财物专用章", "财物章"),
    Document.CONTRACT_SEAL: ("合同专用章", "合同章"),
    Document.LEGAL_REPRESENTATIVE_SEAL: (
        "法定代表人名章", "法定代表人印章", "法定代表人章", "法人代表章", "法人名章", "法人私章",
        "法人印章", "法人章", "私章", "个人名章", "名章",
        # …分公司遗失营业执照副本及负责人章（黄德兵）一枚 (set BW): a branch has no legal
        # representative; the person in charge signs for it with this seal
        "负责人章", "负责人名章", "负责人印章",
    ),
    # 原党支部章, 工会章一枚 (set DP): a party branch's or a trade union's own seal, its 公章;
    # …公路改造工程项目部遗失项目部章一枚 (set DX): a project department's
    Document.OFFICIAL_SEAL: ("公章", "行政章", "单位公章", "印章", "党支部章", "党总支章", "党委章",
                             "支部章", "工会章", "团委章", "团支部章", "项目部章", "项目章"),
    # 营业执副本 (set CL): OCR dropped a character of the commonest word of all; its other
    # shortened forms name nothing else
    Document.BUSINESS_LICENSE: ("营业执照", "营业执", "营业照", "营执照"),
    Document.VAT_SPECIAL_INVOICE: ("增值税专用发票", "增值税电子专用发票", "专用发票"),
    Document.VAT_ORDINARY_INVOICE: ("增值税普通发票", "增值税电子普通发票", "普通发票"),
    Document.INVOICE: (
        "发票", "机打发票", "定额发票", "电子发票", "销售发票", "统一发票", "通用发票",
    ),
    Document.TAX_RECEIPT: (
        "完税证明", "完税凭证", "税收缴款书", "缴款书", "预收款专用凭据", "税票", "税收票证",
        "完税证",
    ),
    Document.RECEIPT: ("收据", "票据", "收款凭证", "收条", "押金条"),
    Document.BIRTH_CERTIFICATE: ("出生医学证明", "出生证明", "出生证"),
    # 居民身分证 (set DB): the older written form, as Taiwan still writes it
    Document.RESIDENT_ID_CARD: ("居民身份证", "身份证", "居民身分证", "身分证"),
    # not 户口迁移证 (set AU): a migration certificate is no register (records.md)
    Document.HOUSEHOLD_REGISTER: ("户口簿", "户口本", "居民户口簿", "居民户口本",
                                  # 居民戶口薄 (set BX): OCR's 薄 for 簿, which no other
                                  # document's word holds
                                  "户口薄", "居民户口薄"),
    Document.PROPERTY_CERTIFICATE: (
        "房屋所有权证", "房产证", "房权证", "不动产权证书", "不动产权证", "不动产证书", "不动产证",
        "不动产证明", "不动产登记证明", "土地使用证", "土地使用权证", "国有土地使用证",
        "集体土地使用证", "宅基地使用证",
        "土地证",  # 房产证、土地证各一本 (set BD): the land use certificate, short
        # 廣州市…遺失房地產權證一本 (set BX): Guangzhou's and Shanghai's house and land
        # certificate in one, before the 不动产权证书
        "房地产权证", "房地产权证书", "房地产证",
    ),
    Document.ACCOUNT_PERMIT: ("开户许可证", "基本存款账户信息", "基本存款账户编号"),
    Document.ORG_CODE_CERTIFICATE: ("组织机构代码证", "机构代码证", "代码证"),
    Document.TAX_REGISTRATION_CERTIFICATE: ("税务登记证",),
    Document.DRIVING_LICENSE: ("驾驶证", "机动车驾驶证", "驾驶执照", "驾照"),
    # (行使证: a pinyin input's 行驶证, set DJ)
    # 联合收割机登记证书, 拖拉机登记证书 (set EB): a farm machine's registration, as a vehicle's
    Document.VEHICLE_LICENSE: ("行驶证", "机动车登记证书", "机动车登记证", "车辆登记证书",
                               "行使证", "收割机登记证书", "拖拉机登记证书", "农机登记证书"),
    # 道路运输经营许可证 is a firm's licence to operate, a permit (records.md); the
    # 道路运输证 is a vehicle's.
    Document.ROAD_TRANSPORT_PERMIT: ("道路运输证", "营运证", "运输证"),
    # not 结业证书, a certificate of completion without graduation (set BQ: records.md's
    # 毕业证, 学位证 only): ``other``
    Document.GRADUATION_CERTIFICATE: ("毕业证书", "毕业证", "学位证书", "学位证"),
    Document.PROFESSIONAL_CERTIFICATE: (
        "执业证书", "执业证", "资格证书", "资格证", "上岗证", "从业资格证", "职业资格证",
        "执业医师证", "教师资格证", "职称证", "岗位证书", "操作证", "注册证书", "导游证",
        "执业药师注册证",  # set BQ
        # 安全生产考核合格证书 (set DA): an exam passed, no vehicle's 合格证; 职业技能等级证书
        "考核合格证", "技能等级证",
        # 渔业职务船员证书（二级船长）, 船员适任证书 (set EB): a seafarer's competency
        "船员证书", "适任证书",
    ),
    Document.CONTRACT: ("合同", "协议书", "协议"),
    # The documents records.md added for what real notices print.
    Document.PERMIT: (
        "许可证", "食品经营许可证", "食品流通许可证", "餐饮服务许可证", "药品经营许可证",
        "卫生许可证", "排污许可证", "烟草专卖零售许可证", "烟草专卖许可证", "办学许可证",
        "安全生产许可证", "建筑工程施工许可证", "施工许可证", "酒类零售许可证", "酒类流通许可证",
        "经营许可证", "成品油零售经营批准证书", "批准证书", "机动车维修备案证", "备案证",
        "医疗机构执业许可证", "人力资源服务许可证", "劳务派遣经营许可证", "道路运输经营许可证",
        "特种设备使用登记证",  # (叉车): an office's leave to use a forklift or a boiler (set AU)
        # a farm's leave to keep animals (set BH), no vehicle's 合格证
        "动物防疫条件合格证", "防疫条件合格证",
        # 外国人就业证 (set EJ): a foreigner's leave to work, as the work permit was before
        # 2017 (no 就业失业登记证, a citizen's record of looking for work)
        "外国人就业证", "台港澳人员就业证",
    ),
    Document.VEHICLE_CERTIFICATE: (
        "车辆合格证", "机动车整车出厂合格证", "整车出厂合格证", "出厂合格证", "整车合格证",
        "车辆出厂合格证", "合格证",
    ),
    Document.TAX_CONTROL_DEVICE: ("税控盘", "金税盘", "税控设备", "税务UKey", "税控UKey", "报税盘"),
    Document.BANK_ACCEPTANCE_BILL: ("银行承兑汇票", "电子银行承兑汇票", "承兑汇票"),
    Document.CHEQUE: ("支票", "转账支票", "现金支票", "空白支票"),
    # 信用合作社存拆一本 (set CU): a scan's 拆 for 折, in a word no other holds
    Document.PASSBOOK: ("存折", "存单", "定期存单", "储蓄存折", "活期存折", "定期存折", "存拆"),
    # 惠农一卡通 (set BT): the card a rural bank pays subsidies onto
    Document.BANK_CARD: ("银行卡", "储蓄卡", "借记卡", "信用卡", "惠农一卡通", "惠民一卡通"),
    # 股票: a Hong Kong company's share certificate (…簽發的股票一張, set AR)
    Document.SHARE_CERTIFICATE: ("股权证", "股权证书", "股金证", "出资证明书", "出资证明", "股票"),
    Document.MEMBERSHIP_CARD: ("会员卡",),
    Document.BIRTH_PERMIT: ("准生证", "生育服务证", "生育证", "计划生育服务证", "生育登记服务证"),
    # records.md names the 结婚证 only: a 离婚证 is another document (other).
    Document.MARRIAGE_CERTIFICATE: ("结婚证",),
    Document.DISCHARGE_CERTIFICATE: ("退伍证", "士兵退出现役证", "退役证", "复员证", "转业证"),
    Document.DISABILITY_CERTIFICATE: ("残疾人证", "残疾证"),
    Document.WORK_ID: ("工作证",),
    Document.STUDENT_ID: ("学生证",),
    Document.INSURANCE_POLICY: ("保险单", "保单"),
    Document.SOCIAL_SECURITY_CARD: ("社会保障卡", "社保卡"),
}

#: OCR's look-alikes of 章 at the end of a seal's word, glyphs of the same top or frame:
#: 公童一枚 (set CS), 公竟一枚 (set DQ), 财务专用草一枚 (set DS). Read only in the words of
#: 公章 and the 专用章, which no other word holds; the label stays as printed.
SEAL_CHARACTER_LOOKALIKES = "童竟草"


def _with_misread_seal_character(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and their forms with 章 misread (公章: 公童, 公竟, 公草)."""
    misread = (word[:-1] + c for word in words if word == "公章" or word.endswith("专用章")
               for c in SEAL_CHARACTER_LOOKALIKES)
    return (*words, *misread)


DOCUMENT_WORDS.update({seal: _with_misread_seal_character(DOCUMENT_WORDS[seal]) for seal in (
    Document.INVOICE_SEAL, Document.FINANCIAL_SEAL, Document.CONTRACT_SEAL,
    Document.OFFICIAL_SEAL)})

#: The animals a herder's papers count (动物防疫证一本（牦牛28头，耳标号：…）, set DT), and
#: their measure words: the herd, which is no item's count.
LIVESTOCK: tuple[str, ...] = ("牦牛", "黄牛", "奶牛", "肉牛", "犏牛", "牛", "绵羊", "山羊", "羊",
                              "马", "骆驼", "猪", "驴", "骡")
LIVESTOCK_MEASURES = "头只匹峰口"

#: Parts of document words as OCR misreads them, and what they are: read so only in a
#: label no known word names (银行承免汇票, set CF).
DOCUMENT_MISREADS: dict[str, str] = {
    "承免": "承兑",
    "杈": "权",  # 不动产杈证书 (set DZ): the fork 杈 for 权 of every right's certificate
}

#: An unknown word that, alone in its label but for the copy, names the business licence.
LICENCE_ALONE: tuple[str, ...] = ("执照",)

#: Words that name a document this table does not know: the item is
#: ``other`` and the notice carries an ``unknown_document`` warning. A word
#: here that holds a known one names something else (工会法人资格证书 is no
#: professional certificate).
UNKNOWN_DOCUMENT_WORDS: tuple[str, ...] = (
    "证书", "登记证", "证明", "执照", "卡", "本票", "汇票", "证", "章",
    "凭证", "凭据", "法人资格证书", "护照", "通行证", "调解书", "判决书", "裁定书", "协议书",
    # 进出口企业资格证书 (set CU): an enterprise's, no professional's
    "企业资格证书",
    # 自行车牌照一块, 三轮车牌照 (set CU): a plate of the 1990s, no paper; 煤气本 (set CU):
    # a gas ration book
    "牌照", "煤气本",
    "确认书", "通知书", "委托书",
    "批准书",  # 农村宅基地批准书 (set BT)
    "簿",  # 户口口簿 (set CL, a character printed twice), 会计账簿: a book
    # 粤F·5M263号机动车号牌一块: a plate is no paper, and no document kind of the contract
    "号牌",
    "结算单",  # 医保结算单一张: a settlement slip, no document kind of the contract
    # 开户许可证…及机构信用代码证各一份 (set BL): the central bank's credit code certificate,
    # not the 组织机构代码证 records.md names
    "机构信用代码证", "信用代码证",
    # 对外贸易经营者备案登记表: a form filed with an office, not one the parser knows
    "登记表", "备案表", "审批表",
    # 出口货物报关单: a customs declaration, and the forms of trade beside it (set AR);
    # 煤炭提货单 (set AT); 学生学籍档案 (set AW)
    "报关单", "核销单", "提单", "提货单", "学籍档案",
    # 发票领购簿一本及税控盘一个 (set BW): the book a tax office keeps a taxpayer's invoice
    # purchases in, no invoice; 购票簿 is its other name
    "发票领购簿", "领购簿", "购票簿",
    # 商业承兑汇票 (set CO): a bill a firm accepts, not the bank acceptance bill records.md
    # names (银行承兑汇票), though its name ends in that one's short form 承兑汇票
    "商业承兑汇票",
    # Papers between private parties (set CY): X出具的借条一张（借款金额：…）, 欠条, 借据,
    # 承诺书, 保证书, 授权书; papers of trade: 冷库仓单, 铁路货物运单; 征收安置房票 (a
    # voucher for a resettlement home, with its face amount). Not 回执: a paper's receipt for
    # the notice it prints (登报刊登回执单) and 报案回执 in news say it more often than a form.
    "借条", "欠条", "借据", "欠据", "承诺书", "保证书", "担保书", "授权书",
    "仓单", "运单", "房票", "备案回执",
    # 全国大学英语四级考试成绩报告单 (set DA): an exam's results; 住院病历: a hospital's record
    "成绩报告单", "成绩单", "病历",
    "病历本",  # 包头市中心医院病历本一本 (set EG): the book, whole
    # 医疗保险IC卡一张…及养老保险手册一本 (set DW): a booklet of one's insurance or work
    # record (养老保险手册, 劳动手册), no kind of the contract
    "手册",
    # 外国人永久居留身份证, 外国人居留许可（工作类） (set ED): a foreigner's card and permit to
    # stay, no resident's ID card
    "永久居留身份证", "居留身份证", "永久居留证", "居留许可",
)

#: Label words that say what kind of number follows, and the kind.
#: ``None``: the kind comes from the document (``编号``, ``号码``, ``证号``...).
NUMBER_LABELS: dict[str, Kind | None] = {
    "统一社会信用代码": Kind.USCC, "社会信用代码": Kind.USCC, "信用代码": Kind.USCC,
    # 统—社会信用代码 (鹤城晚报's OCR): 一 read as a dash
    "统—社会信用代码": Kind.USCC, "统-社会信用代码": Kind.USCC,
    "统一代码": Kind.USCC, "营业执照号": None, "营业执照号码": None, "执照号": None,
    "工商注册号": Kind.REGISTRATION_NUMBER, "营业执照注册号": Kind.REGISTRATION_NUMBER,
    "注册号": Kind.REGISTRATION_NUMBER, "注册号码": Kind.REGISTRATION_NUMBER,
    "原注册号": Kind.REGISTRATION_NUMBER,  # （原注册号：…） after a licence's USCC (set BD)
    "组织机构代码": Kind.ORG_CODE, "机构代码": Kind.ORG_CODE, "代码证号": Kind.ORG_CODE,
    "税号": None, "纳税人识别号": None, "税务登记号": None, "税务登记证号": None, "编码": None,
    "发票代码": Kind.INVOICE_CODE, "代码": None, "发票号码": Kind.INVOICE_NUMBER,
    "发票号": Kind.INVOICE_NUMBER, "票号": None, "号码": None,
    "核准号": Kind.ACCOUNT_PERMIT, "开户许可证核准号": Kind.ACCOUNT_PERMIT,
    "基本存款账户编号": Kind.ACCOUNT_PERMIT, "许可证编号": None, "开户许可证编号": Kind.SERIAL,
    "编号": None, "章号": None, "管理号": None, "备案号": None, "登记号": None, "户号": None,
    "字号": None, "印章编码": None,
    "印章编号": None,
    "证号": None, "证书号": None, "证书编号": None, "证件号": None, "证件号码": None,
    "证明号": None, "证明编号": None,  # 不动产登记证明（证明号：藏(2021)…不动产证明第…号） (set BK)
    "身份证号": Kind.RESIDENT_ID, "身份证号码": Kind.RESIDENT_ID,
    "公民身份号码": Kind.RESIDENT_ID, "身份证": Kind.RESIDENT_ID,
    "身分证号": Kind.RESIDENT_ID, "身分证号码": Kind.RESIDENT_ID,
    "出生证编号": Kind.BIRTH_CERTIFICATE, "出生医学证明编号": Kind.BIRTH_CERTIFICATE,
    "合同编号": Kind.SERIAL, "合同号": Kind.SERIAL, "档案编号": Kind.SERIAL,
    "车牌号": Kind.PLATE, "车牌号码": Kind.PLATE, "号牌号码": Kind.PLATE, "车号": Kind.PLATE,
    "车牌": Kind.PLATE, "收据号": Kind.SERIAL, "收据编号": Kind.SERIAL, "票据号": Kind.SERIAL,
    "票据号码": Kind.SERIAL, "凭证号": Kind.SERIAL, "账号": Kind.SERIAL, "帐号": Kind.SERIAL,
    "不动产权证号": Kind.PROPERTY_CERTIFICATE, "房产证号": Kind.PROPERTY_CERTIFICATE,
    "权证号": Kind.PROPERTY_CERTIFICATE, "产权证号": Kind.PROPERTY_CERTIFICATE,
    "房权证号": Kind.PROPERTY_CERTIFICATE, "证书号码": None,
    # 住院病历一本（住院号：2025041873） (set DA): a hospital's numbers of a patient's stay
    "住院号": Kind.SERIAL, "病案号": Kind.SERIAL, "门诊号": Kind.SERIAL,
    # 动物防疫证一本（…耳标号：254012200037815至254012200037842） (set DT): a herd's ear tags
    "耳标号": Kind.SERIAL, "耳标号码": Kind.SERIAL, "耳标编号": Kind.SERIAL,
    "卡号": Kind.SERIAL, "银行卡号": Kind.SERIAL, "保单号": Kind.SERIAL, "保险单号": Kind.SERIAL,
    "支票号码": Kind.SERIAL, "支票号": Kind.SERIAL, "汇票号码": Kind.SERIAL,
    "盘号": Kind.SERIAL, "税控盘号": Kind.SERIAL, "金税盘号": Kind.SERIAL,
    "股权证号": Kind.SERIAL, "合格证编号": Kind.SERIAL, "合格证号": Kind.SERIAL,
    "学号": Kind.SERIAL, "存折号": Kind.SERIAL, "存单号": Kind.SERIAL, "会员卡号": Kind.SERIAL,
    "车辆识别代号": Kind.SERIAL, "车架号": Kind.SERIAL,
    # 行驶证一本（发动机号：BJ3582716，车架号：LALPCJF89NE027364） (set BP)
    "发动机号": Kind.SERIAL, "发动机号码": Kind.SERIAL, "车架号码": Kind.SERIAL,
    "社会保障号码": Kind.RESIDENT_ID, "社保卡号": None, "残疾人证号": None, "工号": Kind.SERIAL,
    "号牌": Kind.PLATE,  # 号牌：新H·J5827
    # 提货单号：0058943 (set AT): a form's number, named after the form; 学籍号 (set AW)
    "单号": None, "提货单号": Kind.SERIAL, "报关单号": Kind.SERIAL, "学籍号": Kind.SERIAL,
    "全国学籍号": Kind.SERIAL,  # 学籍卡一张，全国学籍号：G3411812015… (set BQ)
    # a residence permit is numbered with its holder's ID number (居住证号码：810000…, set BQ)
    "居住证号码": Kind.RESIDENT_ID, "居住证号": Kind.RESIDENT_ID,
    # 护照号码：75 2O83614 (set EJ): a passport's number, never an organisation's code of
    # the same length
    "护照号码": Kind.SERIAL, "护照号": Kind.SERIAL, "护照编号": Kind.SERIAL,
    "No": None, "NO": None,
    "No.": None, "NO.": None, "№": None, "N0": None, "N0.": None,  # OCR's 0 for O
}
#: OCR drops the last character of a long label (…，统一社会信用代：91341226…): the
#: label without it still says the kind. Only labels of six characters or more that
#: end in 码 or 号, and never where the shortened label would end as a document
#: word does (税务登记证号 → 税务登记证 is the document).
NUMBER_LABELS.update({
    word[:-1]: kind for word, kind in list(NUMBER_LABELS.items())
    if len(word) >= 6 and word.endswith(("码", "号")) and word[:-1] not in NUMBER_LABELS
    and not word[:-1].endswith(("证", "章", "卡", "书", "照", "票", "单"))
})

#: Words of a certificate whose number is its holder's ID number, though its kind prints
#: serials too (tests/data/README.md: an 18-character number next to 从业资格证 or
#: 特种作业操作证 is ``resident_id``, valid or not: 道路运输从业资格证（证号：5106811990063…）).
HOLDER_ID_DOCUMENT_WORDS: tuple[str, ...] = (
    "从业资格证", "操作证",
    # 老年人优待证一本，证号：632126195303080042 (set CY): many provinces number the card
    # with its holder's ID; a shorter 证号 (140581003726, set BQ) stays the card's serial
    "优待证",
    # 港澳台居民居住证, 外国人永久居留身份证 (set ED): numbered as a resident ID is, with
    # their own region codes (830000…, 9…), so checked as one
    "居住证", "永久居留身份证",
)

#: Labels that name a kind only when the number fits no kind at all: a
#: misprinted 税号 is still a taxpayer number that failed.
LABEL_FALLBACK_KINDS: dict[str, Kind] = {
    "税号": Kind.TAXPAYER_ID, "纳税人识别号": Kind.TAXPAYER_ID, "税务登记号": Kind.TAXPAYER_ID,
    "税务登记证号": Kind.TAXPAYER_ID,
}

#: The kind of number each document prints when no label says otherwise.
DOCUMENT_NUMBER_KINDS: dict[Document, tuple[Kind, ...]] = {
    Document.BUSINESS_LICENSE: (Kind.USCC, Kind.REGISTRATION_NUMBER),
    Document.OFFICIAL_SEAL: (Kind.SERIAL, Kind.USCC),
    Document.FINANCIAL_SEAL: (Kind.SERIAL, Kind.USCC),
    Document.INVOICE_SEAL: (Kind.SERIAL, Kind.USCC),
    Document.CONTRACT_SEAL: (Kind.SERIAL, Kind.USCC),
    Document.LEGAL_REPRESENTATIVE_SEAL: (Kind.SERIAL,),
    Document.VAT_SPECIAL_INVOICE: (Kind.INVOICE_NUMBER, Kind.INVOICE_CODE,
                                   Kind.DIGITAL_INVOICE_NUMBER),
    Document.VAT_ORDINARY_INVOICE: (Kind.INVOICE_NUMBER, Kind.INVOICE_CODE,
                                    Kind.DIGITAL_INVOICE_NUMBER),
    Document.INVOICE: (Kind.INVOICE_NUMBER, Kind.INVOICE_CODE, Kind.DIGITAL_INVOICE_NUMBER),
    Document.RECEIPT: (Kind.SERIAL,),
    Document.TAX_RECEIPT: (Kind.SERIAL,),
    Document.BIRTH_CERTIFICATE: (Kind.BIRTH_CERTIFICATE,),
    Document.RESIDENT_ID_CARD: (Kind.RESIDENT_ID,),
    Document.HOUSEHOLD_REGISTER: (Kind.RESIDENT_ID, Kind.SERIAL),
    Document.PROPERTY_CERTIFICATE: (Kind.PROPERTY_CERTIFICATE, Kind.SERIAL),
    Document.ACCOUNT_PERMIT: (Kind.ACCOUNT_PERMIT, Kind.SERIAL),
    Document.ORG_CODE_CERTIFICATE: (Kind.ORG_CODE, Kind.USCC),
    Document.TAX_REGISTRATION_CERTIFICATE: (Kind.USCC, Kind.TAXPAYER_ID, Kind.RESIDENT_ID),
    Document.DRIVING_LICENSE: (Kind.RESIDENT_ID, Kind.SERIAL),
    Document.VEHICLE_LICENSE: (Kind.PLATE, Kind.SERIAL),
    Document.ROAD_TRANSPORT_PERMIT: (Kind.PLATE, Kind.SERIAL),
    Document.GRADUATION_CERTIFICATE: (Kind.SERIAL,),
    Document.PROFESSIONAL_CERTIFICATE: (Kind.SERIAL, Kind.RESIDENT_ID),
    Document.CONTRACT: (Kind.SERIAL,),
    # An unknown certificate may print the holder's credit code (社会团体法人登记证书).
    Document.OTHER: (Kind.SERIAL, Kind.USCC),
    Document.PERMIT: (Kind.SERIAL, Kind.USCC),
    Document.VEHICLE_CERTIFICATE: (Kind.SERIAL,),
    Document.TAX_CONTROL_DEVICE: (Kind.SERIAL,),
    Document.BANK_ACCEPTANCE_BILL: (Kind.SERIAL,),
    Document.CHEQUE: (Kind.SERIAL,),
    Document.PASSBOOK: (Kind.SERIAL,),
    Document.BANK_CARD: (Kind.SERIAL,),
    Document.SHARE_CERTIFICATE: (Kind.SERIAL,),
    Document.MEMBERSHIP_CARD: (Kind.SERIAL,),
    Document.BIRTH_PERMIT: (Kind.SERIAL,),
    Document.MARRIAGE_CERTIFICATE: (Kind.SERIAL,),
    Document.DISCHARGE_CERTIFICATE: (Kind.SERIAL,),
    Document.DISABILITY_CERTIFICATE: (Kind.RESIDENT_ID, Kind.SERIAL),
    Document.WORK_ID: (Kind.SERIAL,),
    Document.STUDENT_ID: (Kind.SERIAL,),
    Document.INSURANCE_POLICY: (Kind.SERIAL,),
    Document.SOCIAL_SECURITY_CARD: (Kind.RESIDENT_ID, Kind.SERIAL),
}

#: Copy words after a licence: 正本, 副本, 正副本, 正、副本.
COPIES: dict[str, Copy] = {
    "正副本": Copy.BOTH, "正、副本": Copy.BOTH, "正本及副本": Copy.BOTH, "正本和副本": Copy.BOTH,
    "正本、副本": Copy.BOTH, "正本副本": Copy.BOTH, "正本": Copy.ORIGINAL, "副本": Copy.DUPLICATE,
    # 营业执照付本 (set CZ): OCR's 付 for 副, a look-alike
    "付本": Copy.DUPLICATE,
}

#: Relatives and representatives written with a party: (父:…、母:…).
ROLES: dict[str, Role] = {
    "父亲": Role.FATHER, "父": Role.FATHER, "母亲": Role.MOTHER, "母": Role.MOTHER,
    "监护人": Role.GUARDIAN, "配偶": Role.SPOUSE, "丈夫": Role.SPOUSE, "妻子": Role.SPOUSE,
    "夫": Role.SPOUSE, "妻": Role.SPOUSE, "法定代表人": Role.LEGAL_REPRESENTATIVE,
    "法人代表": Role.LEGAL_REPRESENTATIVE, "法人": Role.LEGAL_REPRESENTATIVE,
    "负责人": Role.LEGAL_REPRESENTATIVE, "经营者": Role.LEGAL_REPRESENTATIVE,
}

#: Words between two events that say the second goes on with the same party
#: (居民身份证、驾驶证一并丢失; 公章一枚，另遗失开户许可证).
SAME_PARTY_WORDS: tuple[str, ...] = (
    "一并", "另外", "另", "同时", "并", "均", "还", "也", "亦", "又", "车内", "包内", "内有",
)

#: A relative of the party, after 其 (its): …遗失居民身份证；其妻林淑贤遗失机动车驾驶证…
#: (set BF). The relative is a party of the same notice, with items of its own.
RELATIVES: tuple[str, ...] = (
    "妻", "夫", "妻子", "丈夫", "配偶", "爱人", "子", "女", "儿子", "女儿",
    "父", "母", "父亲", "母亲",
)

#: The kinds of notice about an earlier one (更正声明, 撤销声明, 撤回公告): what they
#: call lost is the earlier notice's, not a loss of their own.
AMENDING_KINDS: tuple[str, ...] = ("更正", "撤销", "撤回")

#: What a notice's title calls it (张三遗失声明：…, X公告：本局…, 关于…的启事).
TITLE_WORDS: tuple[str, ...] = ("声明", "公告", "启事")

#: Words that join one more item to a list (公章、发票专用章及空白收据).
ITEM_JOINERS: tuple[str, ...] = ("以及", "及", "和", "与", "、", "另")

#: What opens an address field: the office's on a page's furniture line, but between two
#: wide gaps inside a notice maybe the party's own (so never taken for an ad there).
ADDRESS_OPENERS: tuple[str, ...] = ("地址", "广告地址", "受理地址")

#: What opens a line of page furniture: the advertising office's lines and
#: the editors' credits (登报热线:0731-58221234  58223456; 责任编辑:王某; 责编:…).
#: The marks a rule is drawn with across a page, between blocks or a table's rows.
RULE_MARKS = "─━—–-=_~*·."

FURNITURE_OPENERS: tuple[str, ...] = (
    "登报热线", "刊登热线", "广告热线", "咨询热线", "办理热线", "服务热线", "热线电话",
    "登报电话", "广告电话", "本版广告由", "本版广告", "刊登须知", "登报须知", "收费标准",
    # 发布时间：2026-12-05 07:30 来源：临清日报: an e-paper article's meta line, which may
    # open with its author or its count of readers (作者：　　来源：今日永嘉　　发布时间：…)
    "发布时间", "发布日期", "来源", "审核", "作者", "浏览", "浏览次数", "阅读", "点击",
    "责任编辑", "值班编辑", "编辑", "责编", "美编", "校对", "版式", "排版", "组版",
    *ADDRESS_OPENERS, "网址", "邮箱", "传真",
    # 记录号：AB202612030007 / 刊登日期：2026-12-03 / 报纸名称：阿坝日报: a database
    # export's card of fields, and the export's own head (检索条件：…, 导出时间：…)
    "记录号", "刊登日期", "见报日期", "登报日期", "报纸名称", "检索条件", "导出时间", "导出格式",
    "命中记录",
    # 订单号：FL202612050031 / 客户：王晋峰 / 版位：分类广告 / 规格：1栏×2cm / 收款方式：微信支付:
    # an advertising office's order, printed by its system above the notice (set AQ)
    "订单号", "客户", "版位", "规格", "收款方式", "付款方式", "备注", "查询条件", "导出人",
    # 采集时间：2026-12-05 07:42:16 / 分享来源：温州日报客户端 → 微信: a collector's record of
    # the share texts it kept (set AR)
    "采集时间", "采集时间段", "采集任务", "采集程序", "分享来源",
    # 热区坐标：(184,160)-(334,222)　　字数：49: where an e-paper's text view puts the article on
    # the page's image, and how long it is (今日玉山's 版面文字版, set BM)
    "热区坐标", "字数",
)

#: The field that holds the notice itself in a record or an order (【正文】, 正文：…, an
#: advertising office's 登报内容：…): the notice starts after it, as after a bullet.
BODY_LABELS: tuple[str, ...] = ("正文", "登报内容", "刊登内容", "声明内容", "分享文本", "分享内容")

#: What opens a web page's breadcrumb (当前位置：首页 > 便民服务 > 遗失声明, 滑县融媒网) and
#: its links to the articles before and after it (上一篇：遗失声明（2026年第47期）, a county
#: portal, set AQ): page furniture, though they name the notices they lead to.
BREADCRUMB_OPENERS: tuple[str, ...] = (
    "当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前的位置", "所在位置",
    "上一篇", "下一篇", "上一条", "下一条", "上一则", "下一则", "上篇", "下篇",
)

#: The heading of a web page's links to other articles (相关链接 / · 市民公交车上遗失钱包 司机
#: 拾金不昧送还, 濮阳日报's e-paper, set BG): the notices end there, and what follows is titles.
LINK_HEADINGS: tuple[str, ...] = (
    "相关链接", "相关阅读", "相关新闻", "相关文章", "相关推荐", "推荐阅读", "延伸阅读", "更多阅读",
    "热点推荐", "热门推荐", "热门文章", "猜你喜欢",
)

#: How a site's name ends, after a page's title in a search result or a tab
#: (遗失声明_普洱日报, 遗失声明 - 临沧新闻网, …_华律网).
SITE_ENDINGS: tuple[str, ...] = (
    "网", "日报", "晚报", "报", "新闻", "客户端", "融媒", "百科", "知道", "论坛", "头条", "网站",
    "官网", "电子版", "数字报",
)

#: Words of the small ads a page sets beside the notices (旺铺招租 面积120平米): between
#: two wide gaps inside a notice, such words are the layout's, not the notice's.
AD_WORDS: tuple[str, ...] = (
    "招租", "旺铺", "商铺出租", "门面出租", "出售", "急售", "求购", "招聘", "诚聘", "急聘",
    "平米", "平方米",
    # 【门窗定制】断桥铝门窗… (今日永新, set CN): the trades a column's small ads offer
    "定制", "装修", "家政", "维修", "搬家", "开锁", "回收", "培训", "出租", "转让",
    # 【招工】象山县石浦某水产加工厂招聘分拣工… (今日象山, set CY): hiring, in other words
    "招工", "诚招", "招募", "求职", "招商", "加盟",
    # 【广告】正阳县顺心家政服务中心：… (今日正阳, set EB): an ad that says so
    "广告",
    # 【便民】家电维修、管道疏通，上门服务，电话：… (新乡日报, set EK): a column's services
    "便民",
)

#: Newspaper names end so; a running head is one of them with a date
#: (湘潭日报 2024年5月9日 星期四 B3 分类信息).
PAPER_ENDINGS: tuple[str, ...] = (
    "日报", "晚报", "早报", "晨报", "都市报", "商报", "时报", "法治报", "法制报", "报",
)
#: The endings that name a newspaper whatever stands before them (not 报 alone: 李报 may
#: be a person's name).
NEWSPAPER_ENDINGS: tuple[str, ...] = tuple(e for e in PAPER_ENDINGS if len(e) > 1)

#: The names of a page's section in its running head (肇庆日报　B6　分类广告); not a notice's
#: own title (遗失声明　韩城市…), which stays in its text.
SECTION_NAMES: tuple[str, ...] = ("分类广告", "分类信息", "分类", "广告", "便民信息", "信息")

#: A weekday after a running head's date (2026年12月5日　星期六): the word, then the day.
WEEKDAY_WORDS: tuple[str, ...] = ("星期", "礼拜", "周")
WEEKDAY_DAYS = "一二三四五六日天"

#: Fields that name the day a page was printed, its date right after them
#: (发布时间：2026-12-05 07:30, 【出版日期】2010-08-17, 刊登日期=2026-12-06, 刊登于…).
PRINTED_ON_FIELDS: tuple[str, ...] = (
    *(verb + what for verb in ("出版", "刊登", "发布", "见报", "登报", "刊发")
      for what in ("日期", "时间")),
    "刊登于", "刊于",
    # a feed's or a web page's own: <published>2026-12-05T06:20:00+08:00</published>,
    # "datePublished": "…", <meta property="article:published_time" content="…">
    "published", "datePublished", "published_time", "publishdate", "pubdate", "pubtime",
)
#: …or right after it: 2026年12月6日见报公告汇总 (a desk's list of the day's notices).
PRINTED_AFTER_DATE: tuple[str, ...] = ("见报", "刊登", "刊发", "出版")
#: Words of a line about a file rather than its page: when it was exported, gathered,
#: stored or fetched (【入库时间】2011-03-01), a mail quoted (…，邹志文 <…> 写道：), a
#: database dump's end. Their dates are no day of printing.
ABOUT_THE_FILE_WORDS: tuple[str, ...] = (
    "导出", "采集", "下载", "打印", "抓取", "访问", "检索", "查询", "入库", "录入", "收录",
    "更新", "修改", "创建", "写道", "Dump",
)

#: Events and void words in traditional characters (遺失聲明, 聲明作廢): a line
#: that holds one is accounted for by ``scan`` even while it is not read.
TRADITIONAL_TRIGGERS: tuple[str, ...] = (
    "遺失", "丟失", "遺落", "被竊", "被搶", "損毀", "毀損", "作廢", "聲明",
)

#: Verbs of issuing: X开具的, 由X颁发的, X代开的 (a tax office issuing for someone).
ISSUING_VERBS: tuple[str, ...] = (
    "开具", "核发", "出具", "颁发", "签发", "开出", "发放", "制发", "填开", "代开",
)

#: Documents a bank named before them issued: 中国银行开户许可证, 农村信用合作联社存折,
#: 中国农业银行借记卡, 中国农业银行银行承兑汇票 (the bank that accepted it, set AR).
ISSUED_BY_BANKS: frozenset[Document] = frozenset({
    Document.ACCOUNT_PERMIT, Document.PASSBOOK, Document.BANK_CARD, Document.SHARE_CERTIFICATE,
    Document.BANK_ACCEPTANCE_BILL,
    # 中国工商银行转账支票 (set CX): the bank the cheques are drawn on, which issued the book,
    # as a bank before its 承兑汇票 accepted it
    Document.CHEQUE,
    # 淮南农商银行社会保障卡 (set BD): a bank issues the card with it
    Document.SOCIAL_SECURITY_CARD,
})
#: How a bank's name ends (中国银行, 农村信用合作联社).
BANK_ENDINGS: tuple[str, ...] = ("银行", "支行", "分行", "联社", "信用社")

#: The words a number's label ends in, whatever names it (营业执照副本编号): a label of its own.
LABEL_ENDINGS: tuple[str, ...] = (
    "编号", "号码", "证号", "账号", "票号", "代码", "编码", "备案号", "登记号", "档案号", "字号",
    "章号", "卡号", "照号",
)
#: Characters OCR reads for those of a label's ending, each with what it stands for
#: (统一社会信用代玛：91…, set BD): the label is still one, and is kept as printed.
LABEL_ENDING_LOOKALIKES: dict[str, str] = {"玛": "码", "吗": "码"}

#: Fields that name who issued a document: 发证机关：湘潭市市场监督管理局.
ISSUER_FIELDS: tuple[str, ...] = ("发证机关", "签发机关", "发证单位", "核发机关", "颁发机关",
                                  # 收据一张（…，开具单位：海阳市凤城置业有限公司，…） (set BH)
                                  "开具单位", "出具单位", "开票单位",
                                  # 银行承兑汇票一张，票号：…，出票人：临沂宏泰化工有限公司，… (set
                                  # BW): who draws a bill or cheque issues it (出票 is 签发)
                                  "出票人", "出票单位",
                                  # 增值税普通发票一份（销售方：临沂市…有限公司，发票代码：…）
                                  # (set EA): the seller issues the invoice
                                  "销售方", "销货方", "销售单位", "开票方")

#: Fields that each name one of two holders (男方：X；女方：Y): every one is read.
SPOUSE_FIELDS: tuple[str, ...] = ("男方", "女方")
#: Fields that name who keeps a shop: its party when none is named before the document.
KEEPER_FIELDS: tuple[str, ...] = ("经营者",)
#: Fields that name the party after the document (营业执照副本遗失，企业名称：X，…).
NAME_FIELDS: tuple[str, ...] = ("企业名称", "单位名称", "公司名称", "商户名称", "名称", "姓名",
                                # 驾驶证一本不慎遗失，持证人：罗正彬（住…） (set BC)
                                "持证人", "持有人",
                                # 居民户口簿一本…损毁，户主：寻乌县长宁镇钟有福 (set BF)
                                "户主",
                                # …存折一本不慎遗失，户名：X（已故），继承人：Y (set BF): the heir
                                "继承人",
                                # 中国农业银行借记卡一张不慎遗失，持卡人：张三
                                "持卡人",
                                # 不动产权证书一本于近日遗失，…，权利人：X (set EI): a
                                # property's holder
                                "权利人",
                                # 结婚证两本不慎遗失。男方：X；女方：Y (set BD): both
                                *SPOUSE_FIELDS,
                                # 营业执照副本一本不慎遗失，经营者：泸定县烹坝镇杨德全 (set DC):
                                # only where no party stands before (else a shop's keeper)
                                *KEEPER_FIELDS)

#: How an organisation speaks of itself: 本公司不慎遗失…; its name is in brackets
#: after it, or in the signature.
SELF_REFERENCES: tuple[str, ...] = (
    "本单位", "本公司", "本企业", "本店", "本社", "本合作社", "我公司", "我单位", "我企业",
    "本园", "我园", "本校", "我校", "本院", "我院", "本所", "我所",
    "本连队", "本连", "本团",  # 兵团: a regiment's company speaks of itself
    # 本村委会不慎遗失公章…特此声明。随县殷店镇九口堰村民委员会 (set AR): a village's or a
    # neighbourhood's committee
    "本村委会", "本村民委员会", "本居委会", "本居民委员会", "本村", "我村", "本社区",
    # 某县公安局公告：本局遗失公章一枚… : an office, a centre, a bank, an association
    "本局", "我局", "本中心", "我中心", "本行", "我行", "本协会", "本会",
    # …老年人协会遗失公章一枚，我会自即日起停止使用该印章 (set DX): an association, a
    # cooperative, in the first person
    "我协会", "我会", "我社", "我合作社",
    # …人民政府关于财务专用章遗失作废的公告：我镇财务专用章一枚… (set BZ): a town's or a
    # township's government, a subdistrict's office
    "本镇", "我镇", "本乡", "我乡", "本街道", "我街道",
    # 本厂遗失公章一枚，特此声明。海门市天补镇华艺服装厂 (set CU, a 2001 page): a factory, a
    # farm or a station
    "本厂", "我厂", "本场", "我场", "本站", "我站",
    # 本诊所不慎遗失…医疗机构执业许可证副本…特此声明作废。商南县…百草堂中医诊所 (set DA):
    # a clinic, a hospital or a school by its kind's own word
    "本诊所", "我诊所", "本医院", "我医院", "本卫生院", "我卫生院", "本学校", "我学校",
    "本幼儿园", "我幼儿园", "本药店", "我药店",
)
#: Who, on an organisation's staff, lost its papers for it: 本公司财务人员于…不慎遗失转账支票
#: (set CW). The organisation is the party, not the staff.
STAFF_WORDS: tuple[str, ...] = ("财务人员", "工作人员", "会计人员", "出纳员", "员工", "职员",
                                "业务员")
#: How a notice's holder, person or organisation, speaks of itself: 本人 too.
SPEAKERS: tuple[str, ...] = (*SELF_REFERENCES, "本人")

#: The words that end in 所 as an institution's name (…樟湖镇营业所签发的, set AR): there
#: 所 is the name's, not the particle of X所签发的.
INSTITUTIONS_IN_SUO: tuple[str, ...] = (
    "营业", "派出", "事务", "管理", "研究", "服务", "卫生", "税务", "财政", "公证", "交管",
    "供电", "司法", "工商", "检验", "监测", "保健", "托管", "储蓄",
)

#: Who the party is to the document, before its name (承租人陈秀琴遗失…房屋租赁合同, set AR):
#: a title, no part of the name.
PARTY_TITLES: tuple[str, ...] = (
    "承租人", "出租人", "权利人", "产权人", "买受人", "借款人", "甲方", "乙方",
    # 贺永平与共有人武翠兰遗失不动产权证书 (set BC): a co-owner, after the joiner
    "共有人", "共有权人",
    # 股东陈立新、周海燕遗失…有限公司出具的出资证明书两份 (set BW): the shareholders whose
    # certificates they are
    "股东", "出资人", "持股人",
)

#: The phrases that declare a notice void, whole. A page may break one between its
#: lines (…，声 / the page's foot and the next head / 明作废。, 云南法制报's PDF): the
#: line before and the line after then make one.
VOID_PHRASES: tuple[str, ...] = ("声明作废", "作废声明", "特此声明", "特此登报声明", "登报作废")

#: The label before who signs a notice (…声明作废。声明单位：贵阳市…服务中心).
SIGNER_LABELS: tuple[str, ...] = ("声明单位", "声明人")

#: Who lost it, in a notice written as a form: fields that name the party after the
#: document too (遗失物品：残疾人证一本，遗失人：李建设，…); who placed it, on a platform's
#: form (遗失物品：营业执照副本｜…｜登报单位：X, set DJ); whose car or household it is.
LOSER_FIELDS: tuple[str, ...] = ("遗失人", "遗失单位", "丢失人", "丢失单位", "失主", "挂失人",
                                 "登报人", "登报单位", "车主", "户主姓名")
#: Fields of a notice written as a form, that name its party before what it lost
#: (遗失人：巩义市米河镇李建设｜遗失物品：…｜证号：…, 声明人：李建设，遗失…, set BZ): the
#: field's name is no part of the party's; with the fields that name it after the document.
PARTY_FIELDS: tuple[str, ...] = (
    *SIGNER_LABELS, "当事人", *LOSER_FIELDS,
    *(field for field in NAME_FIELDS if field not in SPOUSE_FIELDS),
)
#: What an event word opens in such a form: the field of who lost it (遗失人：, 丢失单位：),
#: no event; and the field of what was lost (遗失物品：…, 遗失证件名称：…), whose name is
#: not read.
EVENT_FIELDS_OF_WHO: tuple[str, ...] = ("人", "单位", "者")
EVENT_FIELDS_OF_WHAT: tuple[str, ...] = ("物品", "证件", "证照", "票据", "物品名称", "证件名称")
#: The names of a form's fields whose values the parser reads as a notice's words (证件名称：
#: 户口簿, 声明内容：本人不慎遗失，声明作废, set DJ): not read themselves.
FORM_FIELD_NAMES: tuple[str, ...] = (
    "证件名称", "证件类型", "物品名称", "声明内容",
)

#: How the names of a form's fields of what end (证件类型, 证件名称, 车牌号, 证件号码): such a
#: field standing empty where the party's words end names no party (set DJ).
FIELD_NAME_ENDINGS: tuple[str, ...] = ("名称", "类型", "类别", "种类", "号码", "编号", "证号",
                                       "牌号", "内容")
#: The fields of where someone lives (地址：八宿县然乌镇, set DJ).
ADDRESS_FIELDS: tuple[str, ...] = ("地址", "住址", "住所", "家庭住址", "家庭地址", "联系地址",
                                   "通讯地址", "户籍地址")

#: Who a resident ID number's label says it is of (女方身份证号, 法定代表人身份证号码): a
#: person's own number, printed beside the documents, no document's (set DN).
PERSONS_WORDS: tuple[str, ...] = ("女方", "男方", "妻子", "丈夫", "本人", "户主", "持证人",
                                  "法定代表人", "法人代表", "法人", "经营者", "负责人")

#: The fields of a platform's order or a vendor's row that hold the notice whole
#: (订单号：…｜类型：遗失声明｜内容：X遗失公章…｜状态：已刊登, set DO).
CONTENT_FIELDS: tuple[str, ...] = ("内容", "正文", "刊登内容", "登报内容", "公告内容",
                                   "声明内容", "声明正文")

#: What a vendor's row says of a notice withdrawn and never printed (…｜状态：已撤单（客户申请
#: 退款，未见报）, set DJ).
NEVER_PRINTED_WORDS: tuple[str, ...] = ("撤单", "撤销订单", "未见报", "未刊登", "已取消", "已退款")

#: Units of the 兵团 that sign a notice (…特此声明。 第三师图木舒克市四十四团二连):
#: a regiment and its companies are places in an address and units that sign.
SIGNING_UNIT_ENDINGS: tuple[str, ...] = ("团", "连", "连队")

#: The levels of an administrative division, as the last character of its name
#: (湖南省, 株洲市, 攸县, 芦淞区, 自治州, 镇, 乡): a name that ends so is a place's.
DIVISION_LEVELS = "省市县区州镇乡"

#: Documents that name one person, whose name may stand glued before the document word
#: after an address (漳平市菁城街道郑德茂户口簿一本不慎遗失).
PERSONAL_DOCUMENTS: frozenset[Document] = frozenset({
    Document.RESIDENT_ID_CARD, Document.HOUSEHOLD_REGISTER, Document.BIRTH_CERTIFICATE,
    Document.DRIVING_LICENSE, Document.MARRIAGE_CERTIFICATE, Document.DISABILITY_CERTIFICATE,
    Document.DISCHARGE_CERTIFICATE, Document.SOCIAL_SECURITY_CARD, Document.STUDENT_ID,
})

#: What a party is, written before the name: not part of it (菜农王二, 出租车司机黄海涛).
PARTY_DESCRIPTORS: tuple[str, ...] = (
    "新生儿", "婴儿", "村民", "户主", "居民", "市民", "业主", "学生", "职工", "考生", "本人",
    # 家母沁源县灵空山镇侯秀珍…，其子：郭永平 (set CJ): the one who writes names a parent
    "家母", "家父",
    "菜农", "果农", "农民", "渔民", "牧民", "养殖户", "种植户", "运输户", "经营户", "专业户",
    "个体司机", "出租车司机", "货车司机", "网约车司机", "司机", "货车驾驶员", "出租车驾驶员",
    "驾驶员", "退休职工", "教师", "毕业生", "在校生", "村医", "快递员", "外卖员", "代驾司机",
    # 香港居民陈嘉豪, 台湾居民林佩萱: where a holder of a travel permit is from
    "香港居民", "澳门居民", "台湾居民", "港澳居民", "外籍人士", "外国人",
    # 內地居民唐振宇 (a Hong Kong paper): a mainland visitor
    "内地居民", "大陆居民",
    # 台灣同胞林美惠, 台胞陈信宏 (set EJ): how papers name a holder from Taiwan
    "台湾同胞", "台胞", "香港同胞", "澳门同胞", "港澳同胞",
)

#: The short names papers give documents, and the names they stand for: a number labelled
#: with one (黄俊宏（台胞证号码：…）…遗失台湾居民来往大陆通行证, set EJ) is that document's.
DOCUMENT_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "台胞证": ("台湾居民来往大陆通行证",),
    "回乡证": ("港澳居民来往内地通行证",),
    "港澳通行证": ("往来港澳通行证", "港澳居民来往内地通行证"),
    "护照": ("中华人民共和国护照", "普通护照"),
}

#: The measure words a count of documents takes after its numeral (一枚, 两本, 各一张).
MEASURE_WORDS = "枚张本份册个套件把颗块支"

#: Words that end where something befell, after the place they follow (刘晓雪于塔里木大学
#: 东门附近遗失; 在义乌国际商贸城附近护照被盗, set EJ): no part of a name or a label.
PLACE_POSTPOSITIONS: tuple[str, ...] = (
    "附近", "门口", "门前", "途中", "家中", "境内", "路上", "一带", "旁边", "周边",
)

#: The countries whose people mainland notices name most, by the name before 籍 or 公民
#: (日本籍佐藤健二, 俄罗斯公民伊万诺夫·谢尔盖, set EJ): a name after one of them is a
#: foreigner's, whatever script it is written in (any 籍 is not: 南陵县籍山镇 is a town).
COUNTRIES: tuple[str, ...] = (
    "日本", "韩国", "朝鲜", "蒙古", "蒙古国", "俄罗斯", "越南", "老挝", "缅甸", "泰国",
    "柬埔寨", "马来西亚", "新加坡", "印度尼西亚", "印尼", "菲律宾", "文莱", "印度",
    "巴基斯坦", "孟加拉国", "尼泊尔", "斯里兰卡", "哈萨克斯坦", "吉尔吉斯斯坦",
    "塔吉克斯坦", "乌兹别克斯坦", "土库曼斯坦", "阿富汗", "伊朗", "伊拉克", "土耳其",
    "也门", "沙特阿拉伯", "阿联酋", "以色列", "埃及", "尼日利亚", "南非", "肯尼亚",
    "埃塞俄比亚", "美国", "加拿大", "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "英国",
    "法国", "德国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "瑞典",
    "挪威", "丹麦", "芬兰", "波兰", "乌克兰", "爱尔兰", "奥地利", "希腊", "澳大利亚",
    "新西兰",
)

#: What ends a nationality before a foreigner's name (俄罗斯籍公民伊万·彼得罗夫).
NATIONALITY_ENDINGS: tuple[str, ...] = (
    "籍公民", "籍人士", "国公民", "国籍人士",
    # 俄罗斯籍游客, 巴基斯坦籍商人, 法国籍留学生, 美國籍華裔, 德国籍汉斯·米勒 (set ED): a
    # foreigner by what they do here, or by a country's 国籍 alone (not any 籍: 南陵县籍山镇
    # is a town, 籍志刚 a name)
    "籍游客", "籍商人", "籍留学生", "籍学生", "籍华裔", "籍华人", "籍教师", "籍员工", "国籍",
    # 缅甸籍边民玛玛温, 菲律宾籍船员JOMAR DELA CRUZ REYES (set EJ): a border resident, a seaman
    "籍边民", "籍船员", "籍海员",
)

#: Words after two names that say they are a couple (孙立军、赵晓雪夫妇之女…).
COUPLE_WORDS: tuple[str, ...] = ("夫妇", "夫妻")

#: Words after two names that say how they are related (王大力、王大勇兄弟): not part of a name.
KIN_WORDS: tuple[str, ...] = (
    *COUPLE_WORDS, "兄弟", "姐妹", "兄妹", "姐弟", "母子", "父子", "母女", "父女",
    "祖孙", "叔侄", "婆媳",
    # 谭德明、周玉芬、谭小军一家三口 (set BT)
    "一家三口", "一家四口", "一家五口", "一家人",
    # 梁秀英、梁秀华、梁福生兄妹三人共同遗失… (set DC): the kin, and how many they are
    *(kin + count + "人" for kin in ("兄弟", "姐妹", "兄妹", "姐弟") for count in "二两三四五"),
)

#: Words between parents and their child (唐建华、罗晓梅之子唐浩宇): the child is the party.
CHILD_WORDS: tuple[str, ...] = (
    "之子", "之女",
    # 樊建军、谢丽萍之双胞胎女儿樊语桐、樊语彤 (set BQ)
    "之儿子", "之女儿", "之双胞胎女儿", "之双胞胎儿子", "之双胞胎子女", "之双胞胎",
)

#: What a relative is to the holder, written before the relative's name in brackets
#: (（监护人：母亲宋丽华）, set BQ): no part of the name.
KIN_BEFORE_NAME: tuple[str, ...] = (
    *(w for w in RELATIVES if len(w) > 1),  # 父亲, 母亲, 妻子…
    "爷爷", "奶奶", "外公", "外婆", "祖父", "祖母", "外祖父", "外祖母", "舅舅", "姑姑", "叔叔",
    "伯父", "阿姨", "哥哥", "姐姐",
)

#: Endings that make a party an organisation rather than a person.
ORGANIZATION_ENDINGS: tuple[str, ...] = (
    "公司", "厂", "店", "部", "中心", "合作社", "学校", "小学", "中学", "大学", "学院", "幼儿园",
    "医院", "诊所", "卫生院", "卫生室", "委员会", "村委会", "居委会", "社区", "协会", "商会",
    "基金会", "事务所", "工作室", "超市", "商行", "酒店", "宾馆", "饭店", "餐馆", "餐厅", "药房",
    "药店", "门市", "门诊", "站", "所", "局", "院", "馆", "队", "行", "处", "办", "场", "社", "会",
    "集团", "银行", "支行", "分行", "营业部", "经营部", "分公司", "个体工商户", "农场", "园",
    "坊", "铺", "庄", "城", "楼", "吧", "室", "团", "科", "厅", "署", "组", "村", "镇", "乡",
    "街道", "联社", "合伙企业", "企业", "车队", "俱乐部", "培训班", "工程队", "门店", "办事处",
    # (茶舍 and the like, not 舍 alone: 丁阿依舍 is a Hui woman's name, set DT)
    "政府", "茶舍", "农舍", "宿舍", "精舍", "书舍", "雅舍", "学舍", "酒舍", "旅舍", "酒家",
    "商店", "批发部", "服务部", "门市部", "食府",
    "食堂",  # 碧水林场职工食堂 (set BL): a works' canteen, not a person after the place
    # 甲措雄乡德庆曲林寺: a monastery or temple registers as an organisation (USCC 71…)
    "寺", "庙", "清真寺", "教堂",
    "农家乐", "民宿",  # 白沙镇聚福园农家乐（个体工商户）: a farm-stay, not a person after a 园
    # 保和镇雪山客栈 (set BJ): an inn, a hostel, a guesthouse
    "客栈", "旅馆", "旅社", "招待所", "客舍",
    # 西畴县兴街镇中心完小 (set CI): a full primary school, as villages name theirs; a town's
    # central school
    "完小", "中心校",
)

#: Endings of a registered business's name, by which another kind of notice names its holder
#: after its title (清算公告 X有限公司（统一社会信用代码：…）股东会决议解散…, set EM): not the
#: endings a town or a village's name shares (镇, 村, 会).
REGISTERED_ENDINGS: tuple[str, ...] = (
    "公司", "合作社", "厂", "商店", "经营部", "门市部", "服务部", "中心", "事务所", "合伙企业",
)

#: Endings of an authority named inside a label (湖南省株洲市地方税务局预收款专用凭据).
AUTHORITY_ENDINGS: tuple[str, ...] = (
    "税务局", "税务分局", "税务所", "局", "分局", "财政厅", "委员会", "法院", "政府", "医院",
    "公安局", "派出所", "银行", "支行", "分行", "中心", "公司", "学校", "大学", "学院", "中学",
    "小学", "保健院", "卫生院", "幼儿园", "厅", "联社", "信用社",
    "合作社",  # 中宁县杞乡红枸杞专业合作社股金证: a cooperative issues its members' shares
)

#: How a school's name ends, that issues its graduates' diplomas.
SCHOOL_ENDINGS: tuple[str, ...] = ("大学", "学院", "学校", "中学", "小学", "职中", "技校", "党校")
#: The levels a diploma is of, before its word: 本科毕业证书, 中职毕业证书.
STUDY_LEVELS: tuple[str, ...] = (
    "本科", "专科", "大专", "中专", "中职", "高职", "高中", "初中", "研究生", "硕士", "博士",
)

#: How the bodies of government end (…税务局, …人民政府): one that titles its own 公告
#: announces (set BA), it is no holder's notice.
GOVERNMENT_BODIES: tuple[str, ...] = ("局", "政府", "委员会", "法院", "办事处", "派出所", "中心")
#: …and the banks that announce so to all their customers (set EH).
BANKS: tuple[str, ...] = ("银行", "支行", "分行", "信用社", "信用联社", "合作联社")

#: Words that name a kind of institution, not one: 普通高等学校毕业生就业报到证 names
#: no issuer, 株洲市第一中学学生证 does.
GENERIC_INSTITUTION_WORDS: tuple[str, ...] = (
    "普通", "高等", "中等", "初等", "高级", "职业", "技术", "全日制", "成人", "民办", "公办",
    "初级",  # 初级中学教师资格证书: the level a teacher may teach, no school
    "全国",  # 全国普通高等学校本专科毕业生就业报到证: every school of the kind, no one school
)
