"""Who a notice is about: where the party ends, names split apart, addresses,
descriptors, kin words and relations.

>>> _party("株洲市荷塘区张三").address
'株洲市荷塘区'
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from voidnotice.ids._base import construct
from voidnotice.normalize import compact
from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v
from voidnotice.parser.breaks import COLUMN_RULES
from voidnotice.parser.lexicon import active
from voidnotice.parser.numbers import (
    has_digit,
    has_letter,
    label_stem,
    labelled_found,
    looks_like_number,
    prints_number,
    read_identifier,
)
from voidnotice.parser.numerals import CAPITAL_DIGITS, LOWER_DIGITS, NUMERALS_TO_TEN
from voidnotice.parser.reading import Claim, Found, ItemContext, Reading
from voidnotice.problems import Problem
from voidnotice.records import (
    Document,
    Item,
    Party,
    PartyKind,
    Relation,
    Role,
)

# How far before a document word 的 may end the party (刘晓梅的机动车驾驶证).
_DESCRIBED_DOCUMENT = 6
_PLACE_ENDINGS = ("镇", "乡", "村", "街道", "社区", "组")


#: The country's name, which leads a document's name (中华人民共和国残疾人证, …护照).
_COUNTRY = "中华人民共和国"


def party_span(r: Reading, start: int, anchor: p.Match) -> tuple[int, int, int]:
    """Where the party starts and ends, and where the items begin.

    The party stands between the leading words (at ``start``) and the anchor,
    or, in ``遗失：王秀兰居民身份证一张``, right after the event and its colon.
    """
    text, t, context = r.text, r.folded, r.context
    if anchor.end() <= start:
        # 以下证件声明作废：X的公章… (set CW): the anchor, the void words, led the notice as its
        # header; the party runs from after them to its first document
        party_end, items_start = _party_boundary(t, start, len(t))
        return start, party_end, items_start
    end: int = anchor.start()
    after: int = anchor.end()
    if not t[start:end].strip(" :,。") and t.startswith(":", after):
        party_end, items_start = _party_boundary(t, after + 1, len(t))
        if party_end < len(t):
            return after + 1, party_end, items_start
    # (its end may lie past the anchor: the title's own 遗失 of X遗失声明：本公司不慎遗失…)
    titled = _titled_self(t, len(t))
    if titled is not None:
        # 某某有限公司遗失声明：本公司遗失公章一枚… : the title names who speaks of itself
        (name_start, name_end), speaker_end = titled
        context.own_name = text[name_start:name_end]
        return name_start, name_end, speaker_end
    own = p.match(p.OWN_NAME, t, start) if start else None
    if own is not None and own.end() <= end:
        # 本公司（长沙恒信达商贸有限公司）开具的…: the name in brackets is the party's.
        context.own_name = text[own.start("name"):own.end("name")]
        return own.start("name"), own.end("name"), own.end()
    party_end, items_start = _party_boundary(t, start, end)
    issued = p.match(p.ISSUER_VERB, t, party_end) if party_end > start else None
    if (issued is not None and p.group(issued).endswith("的")
            and p.match(p.DOCUMENT, t, issued.end()) is not None):
        # 由炎陵县不动产登记中心核发的不动产权证书一本于近日遗失，…，权利人：X (set EI): the
        # notice opens with who issued the document; its holder is named in a field
        return start, start, start
    if _describes_the_document(t, start, party_end, items_start, after):
        # 道路运输从业人员从业资格证一本遗失，持证人：五台县东冶镇武晋峰 (set DC): what stands
        # before the document describes it; its holder is named in the field after
        return start, start, start
    spoken = p.match(p.SPOKEN_FOR, t, start) if "声明" in t[start:items_start] else None
    if spoken is not None and spoken.end() <= items_start:
        # 受X委托，本所声明：该公司…, X清算组声明：该公司… (set DC): who speaks for X is no party
        return spoken.start("holder"), spoken.end("holder"), items_start
    opening = t.rfind("(", start, party_end)
    if (opening > start and ")" not in t[opening:party_end]
            and t.startswith(_WHEN_OR_WHERE, opening + 1)):
        # 兹有宁安市镜泊镇关玉梅（于…遗失机动车驾驶证…，声明作废）特此登报 (set CW): the
        # notice itself in brackets after who, opened by when or where it befell; the
        # bracket is no part of the name
        party_end = opening
    return start, party_end, items_start


def _describes_the_document(t: str, start: int, end: int, items_start: int, after: int) -> bool:
    """Is ``t[start:end]``, right before the first document, words of the document's own
    name, not a party: no place in it, and a field after the event names the holder?"""
    words = t[start:end]
    return (end == items_start and len(words) >= _DESCRIPTION_LENGTH and words.isalpha()
            and p.match(p.DOCUMENT, t, items_start) is not None
            and p.search(p.PLACE, words) is None
            and p.search(p.NAME_FIELD, t, after) is not None)


#: How long words before a document must be to be read as its description (a name is
#: shorter).
_DESCRIPTION_LENGTH = 5


#: How the account of a loss opens, after who: when, where, why, how carelessly.
_WHEN_OR_WHERE = ("于", "在", "因", "不慎", "不小心", "已", "己")


def _titled_self(t: str, end: int) -> tuple[tuple[int, int], int] | None:
    """The name a title gives before its body speaks of itself, and where the speaker's
    word ends: 某某有限公司遗失声明：本公司…, 某县公安局公告：本局…, 张三声明：本人… .
    An organisation says 本公司, a person 本人; a header (遗失声明：本公司…) names no one.

    >>> _titled_self("某某有限公司声明:本公司遗失公章", 11), _titled_self("遗失声明:本公司遗失", 8)
    (((0, 6), 12), None)
    """
    titled = p.match(p.TITLED_SELF, t)
    if titled is None or titled.end() >= end or p.match(p.OTHER_TITLE, t) is not None:
        return None  # (寻物启事：本人…, set EL: a kind of notice, no name)
    speaker = p.match(p.SPEAKER, t, titled.end())
    name_start, name_end = titled.start("name"), titled.end("name")
    named = p.search(p.DOCUMENT, t, name_start, name_end)
    if named is not None and named.end() == name_end and named.start() - name_start >= 2:
        # 季红梅居民身份证遗失声明　本人…, X有限公司公章遗失声明　本公司… (set EI): the title
        # names the document too, which the body names again
        name_end = named.start()
    name = t[name_start:name_end]
    if speaker is None or p.search(p.UNREAD_TRIGGER, name) is not None:
        return None
    wanted = PartyKind.PERSON if speaker.group() == "本人" else PartyKind.ORGANIZATION
    if _party(name).kind is not wanted:
        return None
    again = p.match(_NAMED_AGAIN, t, speaker.end())
    if again is not None and _unspaced(p.group(again, "name")) == _unspaced(name):
        # 季红梅居民身份证遗失声明　本人季 红梅，住金湖县银涂镇塔集社区，于… (set EI): the
        # body names the speaker again, and where she lives (户籍地…: where she is registered)
        return (name_start, name_end), again.end()
    return (name_start, name_end), speaker.end()


#: The speaker's name said again after 本人 in a titled notice's body, and where they live.
_NAMED_AGAIN = p._compile(
    r"(?P<name>[\p{Han}·. ]{2,12}?)\s*"
    r"(?:,\s*(?:家住|现住|住址|户籍地|户籍所在地|居住地|住)\s*:?[^,;。]{2,40})?(?=\s*[,;])",
    anchored=True)


def signing_party(t: str, lead_end: int, signer: str, labelled: bool = False) -> list[Party]:
    """本公司不慎遗失公章一枚，…特此声明。 南京玄武恒信科技有限公司: the organisation that
    speaks of itself is the one that signs. Without a signature it stays unnamed.

    A notice that names no one signed ``声明人：X`` (``labelled``) is X's, whoever X is:
    不慎遗失…户口簿一本，…特此声明。声明人：叶尔江·哈力木 (set BC).

    >>> signing_party("不慎遗失户口簿", 0, "叶尔江·哈力木", labelled=True)[0].name
    '叶尔江·哈力木'

    So is one that names no one before its event and is signed by an organisation:

    >>> signed = signing_party("公章一枚遗失，声明作废。宏达建材有限公司", 4, "宏达建材有限公司")
    >>> [p.name for p in signed]
    ['宏达建材有限公司']
    """
    if labelled and signer:
        return [_party(signer)]
    if p.search(p.SELF_REFERENCE, t, 0, max(lead_end, 1) + 4) is None:
        # 本人系措美县哲古镇哲古村村民，不慎遗失…特此声明作废。次仁旺堆 2026年12月4日 (set BI):
        # a person who speaks of itself signs with its name
        person = (signer and "本人" in t[:max(lead_end, 1) + 2]
                  and p.fullmatch(p.PERSON_NAME, signer) is not None)
        if person:
            return [_party(signer)]
        # 公章一枚遗失，声明作废。株洲宏达建材有限公司: a notice that names no one before its
        # event is the organisation's that signs it, as 本公司's is
        signed = _party(signer) if signer else None
        return [signed] if signed is not None and signed.kind is PartyKind.ORGANIZATION else []
    party = _party(signer) if signer else None
    return [party] if party is not None and party.kind is PartyKind.ORGANIZATION else []


def _party_boundary(t: str, start: int, end: int) -> tuple[int, int]:
    """Where the party ends and the items begin, in ``t[start:end]``.

    When no document word stands before the event verb, all of it is the
    party and the items follow the verb.
    """
    document = _first_document_outside_parentheses(t, start, end)
    if document is not None and _former(t, start, document):
        document -= 1  # 本公司原合同专用章一枚…停止使用: 原 (former) is the seal's label
    if document is not None and t.endswith(_COUNTRY, start, document):
        # 中华人民共和国残疾人证一本不慎遗失，持有人：… (set BF): the country's name leads
        # the document's, and names no party
        document -= len(_COUNTRY)
    de = t.rfind("的", start, document) if document is not None else -1
    if document is not None and de > start and _bank_before(t, de + 1, document):
        # 梅山茶源黑茶有限公司的中国建设银行转账支票一张因保管不慎破损 (set DB): whose it
        # is, then the bank that issued it, the label's
        return de, de + 1
    if document is not None and _bank_before(t, start, document):
        # 重庆农村商业银行存折一本不慎遗失，…继承人：… (set BF): the bank issued the passbook
        # it names; the holder is named after it
        document = start
    if document is not None:
        document = _held_from(t, start, document)
    side = (p.search(p.OTHER_SIDE, t, start, document)
            if document is not None and "签" in t[start:document] else None)
    if side is not None:  # 曾小燕与X公司签订的《商品房买卖合同》: the contract's other side
        return side.start(), side.start()
    issued = (p.search(p.ISSUER_VERB, t, start, document)
              if document is not None and "给" in t[start:document] else None)
    if (issued is not None and issued.group("to") and issued.start() > start
            and not any(c in t[start:issued.start()] for c in ",;。:")):
        # 本溪市…有限公司开具给桓仁县八里甸子镇刘玉昆的机动车销售统一发票… (set EA): who issued
        # it, then to whom, with a place; the items read both (the recipient is the party).
        # Not after a sentence (…转让给李国强，原出具给王建华的出资证明书同时作废)
        return issued.start(), issued.start()
    for marker in _OWNED_BY:
        if document is None:
            break
        owned = t.rfind(marker, start, document)
        between = t[owned + len(marker):document].strip("的") if owned > start else "-"
        if not between:
            # 邓州市穰东镇郭永强名下房屋所有权证（…）不慎遗失 (set BO): whose name it stands in
            return owned, document
        if between.endswith(v.BANK_ENDINGS) and not any(c in between for c in "的,"):
            # 王亚保（已故）所有的海南省农村信用社存折 (set DC): the bank that issued it after
            # whose it is, the label's
            return owned, owned + len(marker)
    vessel = p.search(p.VESSEL, t, start, document) if document is not None else None
    if vessel is not None:
        # 于德渤所属“辽庄渔23587”号渔船的渔业船舶国籍证书…遗失 (set CY): the vessel whose papers
        # they are ends the owner's name (its 庄 would end one, as a 饭庄's does)
        return vessel.start(), vessel.start()
    stop = end if document is None else document
    plate = p.search(p.PLATE, t, start, stop) if has_letter(t[start:stop]) else None
    if plate is not None:  # 韩立新的鲁C·3N8K6号小型轿车行驶证: the items begin at the plate
        cut: int = plate.start()
        # 车主：X	车牌号：藏D·3K571	遗失证件：… (set DJ): or at its label
        label = p.search(p.LABEL_BEFORE, t[start:cut]) if t.endswith(":", start, cut) else None
        cut = start + label.start() if label is not None else cut
        return (cut - 1 if t[start:cut].endswith("的") else cut), cut
    held = p.search(p.PROPERTY, t, start, stop) if "(" in t[start:stop] else None
    if held is not None:  # 巫春林所持闽（2018）…第0002716号不动产权证书: and at its number
        return held.start(), held.start()
    if document is None:
        general = _jiang(t, start, end)  # 不慎将中华人民共和国残疾人证遗失
        return (general, general + 1) if general != -1 else (end, end)
    opened = p.search(p.OPENED_AT, t[start:document])
    if opened is not None:  # 某公司在某银行开立的基本账户开户许可证遗失
        return start + opened.start(), start + opened.start()
    general = _jiang(t, start, document)
    if general != -1:
        return general, general + 1
    own = _after_self_reference(t, start, document)
    if own is not None and own < document:
        # 本公司因更换开票设备，尚未开具的空白河北增值税专用发票五份…自即日起作废。声明单位：X
        # (set BZ): the party speaks of itself (its signature names it); after the reason,
        # what stands before the document describes it (空白, 河北)
        reason = t.rfind(",", own, document) if t.startswith("因", own) else -1
        return own, reason + 1 if reason != -1 else own
    by = t.find("由", start, document)  # 俞思远由江西财经大学颁发的硕士学位证书…毁损
    if by > start and p.search(p.ISSUER_VERB, t, by, document) is not None:
        return by, by
    last_org_end = None
    # …商贸有限公司因公司名称变更，原公章…作废 (set AK): the 公司 of the reason is no ending
    because = t.find("因", start, document)
    named = because > start and p.search(p.ORGANIZATION_END, t[start:because]) is not None
    limit = because if named else document
    # 常玉柱于12月1日夜间将小型越野客车停放在镇农贸市场门口，… (set DM): an ending in where
    # something was put ends no party's name
    put = _PUT_SOMEWHERE.search(t, start, limit) if "将" in t[start:limit] else None
    limit = put.start() if put is not None else limit
    endings = list(p.finditer(p.ORGANIZATION_END, t[start:limit]))
    if endings:
        last_org_end = start + endings[-1].end()
    if last_org_end == document:
        # 某某公司中国银行开户许可证遗失: the bank after the holder's name issued the permit
        last_org_end = _holder_before_bank(t, start, endings, document) or last_org_end
    if last_org_end is not None and t.rfind("(", start, last_org_end) > t.rfind(")", start,
                                                                                 last_org_end):
        # X有限公司（原名：Y有限公司）因名称变更… (set BC): the last ending is inside a bracket
        # after the name; the party runs to its end (the bracket is read as an annotation)
        closing = t.find(")", last_org_end, limit)
        last_org_end = closing + 1 if closing != -1 else last_org_end
    group = p.match(p.VILLAGE_GROUP, t, last_org_end, document) if last_org_end else None
    if group is not None and t[:last_org_end].endswith(("村", "社区")):
        last_org_end = group.end()  # 吴家岗村3组吴德成户口簿: the group is the address's
    possessive = t.rfind("的", start, document)
    after_org = last_org_end or start
    # After a company, 原使用的公章 describes the seal; after a town, 潘志刚的 is a person.
    place = last_org_end is None or t[:last_org_end].endswith(_PLACE_ENDINGS)
    # 谷明辉的中华人民共和国残疾人证: the country's name leads the document's own
    described = (document - possessive <= _DESCRIBED_DOCUMENT
                 or t.startswith(_COUNTRY, possessive + 1)
                 or p.fullmatch(p.VEHICLE_CLASS, t[possessive + 1:document]) is not None
                 or _unknown_label(t, possessive + 1, document))
    if (place and after_org < possessive and described
            and p.search(p.ISSUER_VERB, t, after_org, possessive) is None):
        # 刘晓梅的机动车驾驶证, 舟溪镇潘志刚的居民身份证: what follows 的 is the label
        return possessive, possessive + 1
    if place and last_org_end is not None and _holder_before(t, last_org_end, document):
        return document, document  # 漳平市菁城街道郑德茂户口簿一本不慎遗失: 郑德茂's
    if place and named and last_org_end is not None and _person_before_reason(
            t, last_org_end, because):
        # 乌兰县茶卡镇马淑琴因家中漏水，所持普通护照浸水破损 (set AQ): the person after the
        # place is the party, and the reason after the name is no part of it
        return document, document
    if place and last_org_end is not None and _named_with_what_befell(t, last_org_end, document):
        # 霞浦县松城街道郑春生家中进水，其户口簿…被水浸泡 (set BZ): after the place, the person,
        # what befell their home, a comma, then the documents
        comma = t.rfind(",", last_org_end, document)
        return comma, comma + 1
    if (start < possessive < (last_org_end or start) and p.search(p.ISSUER_VERB, t, possessive,
                                                                 document) is None
            and _party(t[start:possessive]).kind is PartyKind.PERSON):
        # 牛彦龙的定西市安定区恒宇建材有限公司股权证: a person's certificate of a company
        return possessive, possessive + 1
    cut = last_org_end if last_org_end is not None else document
    party_end = cut - 1 if t[start:cut].endswith("的") else cut
    return party_end, cut


def _person_before_reason(t: str, start: int, because: int) -> bool:
    """Is ``t[start:because]``, before the 因 of a reason, a person's name, perhaps with
    their kin in brackets (巫溪县通城镇冉隆富（妻：向小琴）因房屋漏雨, set DM) or their home
    (灌水镇于凤琴家中因7月29日洪水进屋, set DM)?

    >>> _person_before_reason("冉隆富(妻:向小琴)因", 0, 10)
    True
    >>> _person_before_reason("于凤琴家中因", 0, 5)
    True
    >>> _person_before_reason("林蛙养殖场因", 0, 5)
    False
    """
    held = _without_kin_bracket(t[start:because])
    held = held.removesuffix("家中").removesuffix("家里") if len(held) > 3 else held
    return p.fullmatch(p.PERSON_NAME, held) is not None


def _without_kin_bracket(held: str) -> str:
    """``held`` without the kin in brackets at its end (孙浩宇（父亲：孙立伟）): the name.

    >>> _without_kin_bracket("孙浩宇(父亲:孙立伟)"), _without_kin_bracket("孙浩宇(原件)")
    ('孙浩宇', '孙浩宇(原件)')
    """
    opening = held.rfind("(") if held.endswith(")") else -1
    if opening > 0 and p.search(p.ROLE, held[opening:]) is not None:
        return held[:opening]
    return held


def _after_self_reference(t: str, start: int, document: int) -> int | None:
    """Where the text after the party's word for itself begins (本公司, 本单位…), when the
    party's span opens with one or the leading words ended in one; else None.

    >>> _after_self_reference("本公司空白发票", 0, 5), _after_self_reference("本公司空白发票", 3, 5)
    (3, 3)
    >>> _after_self_reference("张三空白发票", 0, 4) is None
    True
    """
    own = p.match(p.SELF_REFERENCE, t, start, document)
    if own is not None:
        return int(own.end())
    # the leading words took it, and the reason after it (本公司因更换开票设备，…)
    before = t[max(0, start - _SELF_AND_REASON):start]
    reason = _REASON_AT_END.search(before)
    if reason is not None:
        before = before[:reason.start()]
    return start if start and before.endswith(v.SELF_REFERENCES) else None


#: A reason at the end of the leading words: 因更换开票设备，.
_REASON_AT_END = re.compile(rf"{p.REASON_BEFORE}$")
#: How far back the party's word for itself and a reason after it may begin.
_SELF_AND_REASON = 24


def _named_with_what_befell(t: str, name_start: int, document: int) -> bool:
    """Is ``t[name_start:document]`` a person's name, words of what befell them (a tail a
    party's name drops, patterns.PARTY_TAIL), then a comma before the documents?

    >>> t = "松城街道郑春生家中进水,其户口簿"
    >>> _named_with_what_befell(t, 4, 13), _named_with_what_befell("松城街道郑春生,户口簿", 4, 8)
    (True, False)
    """
    comma = t.rfind(",", name_start, document)
    if comma == -1:
        return False
    tail = p.search(p.PARTY_TAIL, t[name_start:comma])
    return (tail is not None and tail.end() > tail.start()
            and p.fullmatch(p.PERSON_NAME, t[name_start:name_start + tail.start()]) is not None)


#: How many characters may stand between 所持 and the document word they describe.
_HELD_QUALIFIER = 4


def _held_from(t: str, start: int, document: int) -> int:
    """Where the label of the document at ``document`` starts: right after 所持 when a
    short word stands between (马淑琴…所持普通护照浸水破损, set AQ: 普通 is the passport's).

    >>> _held_from("马淑琴所持普通护照", 0, 7), _held_from("马淑琴的护照", 0, 4)
    (5, 4)
    """
    held = t.rfind("所持", start, document)
    if held == -1 or document - held - 2 > _HELD_QUALIFIER:
        return document
    between = t[held + 2:document]
    return held + 2 if all(p.is_han(c) for c in between) else document


def _holder_before(t: str, name_start: int, document: int) -> bool:
    """After a place, is ``t[name_start:document]`` the name of whom a personal
    document names (a person's 户口簿, 身份证, 驾驶证…), with no 的 between, perhaps with
    their kin in brackets (庄河市栗子房镇孙浩宇（父亲：…，母亲：…）出生医学证明遗失, set CQ),
    or a comma (户主：寿宁县下党乡吴永福；证件名称：户口簿；…, 城关镇吴永福，身份证遗失, set DJ)?

    >>> t = "栗子房镇孙浩宇(父亲:孙立伟)出生医学证明"
    >>> _holder_before(t, 4, 15), _holder_before("栗子房镇孙浩宇(原件)出生医学证明", 4, 11)
    (True, False)
    >>> _holder_before("下党乡吴永福;户口簿", 3, 7)
    True
    >>> _holder_before("下党乡吴永福;证件名称:户口簿", 3, 12)
    True
    """
    found = p.match(p.DOCUMENT, t, document)
    held = t[name_start:document]
    field = p.search(p.PARTY_SPAN_FIELD, held) if held.endswith(":") else None
    held = _without_kin_bracket((held[:field.start()] if field is not None else held).rstrip(" ,;"))
    if found is None or p.fullmatch(p.PERSON_NAME, held) is None:
        return False
    return active().document_for(p.group(found, "word")) in v.PERSONAL_DOCUMENTS


#: Places whose name ends in 原, before a document word: 太原公章 is the city's.
_PLACES_IN_YUAN = ("太原", "中原", "平原", "高原", "草原", "五原", "九原")


# 将乐县古镛镇廖雨萱（父：…）遗失出生医学证明 (三明日报): a county, a town and a village
# named with 将 are no 将 construction (不慎将身份证遗失). Not 将本市…, 将其…; nor a kind of
# place, no place's name (不慎将农村土地承包经营权证一本遗失, set CD; 将农村信用社存折).
_PLACE_IN_JIANG = re.compile(
    r"将(?![本该其我所此]|农村|城市|城镇|城乡|乡镇|乡村)(?:[^\W\d_]{1,2}?(?:县|市|区|镇|乡|村|街道)|军|台"
    # 铅山县英将乡祝文轩… (set DA): a township whose name ends in 将
    r"|[乡镇](?![政])"
    r")")


#: What says whose a document is, after the name: 名下 (in whose name), 所有的 (owned by).
_OWNED_BY = ("名下", "所有的")


def _jiang(t: str, start: int, end: int) -> int:
    """Where the 将 of 张三不慎将身份证遗失 stands in ``t[start:end]``, or -1.

    >>> _jiang("张三不慎将身份证", 0, 8), _jiang("将乐县古镛镇廖雨萱", 0, 9)
    (4, -1)
    >>> _jiang("铅山县英将乡祝文轩", 0, 9), _jiang("常玉柱将轿车停放在门口", 0, 11)
    (-1, -1)
    """
    at = t.rfind("将", start, end)
    while at != -1 and (_PLACE_IN_JIANG.match(t, at) is not None
                        or _PUT_SOMEWHERE.match(t, at) is not None):
        at = t.rfind("将", start, at)
    return at


# 常玉柱于12月1日夜间将小型越野客车停放在镇农贸市场门口，车窗被砸，车内…的居民身份证…被盗
# (set DM): 将 before where something was put is no 将 of a document befallen
_PUT_SOMEWHERE = re.compile(r"将[^,;。]{1,12}?(?:停放|存放|放置|放在)")


def _former(t: str, start: int, document: int) -> bool:
    """Is the document word at ``document`` preceded by 原 (former), not a place's 原?"""
    return (document > start and t[document - 1] == "原"
            and not t[:document].endswith(_PLACES_IN_YUAN))


#: How long the label of a document no word names may run before its 证, 章 or 卡.
_UNKNOWN_LABEL = 12


def _unknown_label(t: str, start: int, document: int) -> bool:
    """Is ``t[start:document]`` the label of a document of no known word, which ends at
    ``document`` in a lone 证 (额尔德木图的草原承包经营权证, set AY)?

    >>> _unknown_label("草原承包经营权证", 0, 7), _unknown_label("营业执照", 0, 0)
    (True, False)
    """
    return (0 < document - start <= _UNKNOWN_LABEL and all(p.is_han(c) for c in t[start:document])
            and p.match(p.DOCUMENT, t, document) is None)


def _bank_before(t: str, start: int, document: int) -> bool:
    """Is ``t[start:document]`` only the name of a bank that issued the document at
    ``document`` (重庆农村商业银行存折, 中国农业银行借记卡)?

    >>> _bank_before("重庆农村商业银行存折一本", 0, 8), _bank_before("某某公司营业执照", 0, 4)
    (True, False)
    >>> _bank_before("某某公司中国银行存折", 0, 8), _bank_before("张三不慎将中国银行存折", 0, 9)
    (False, False)
    """
    name = t[start:document]
    if not name.endswith(v.BANK_ENDINGS) or any(c in name for c in "将把的,"):
        return False  # 陆桂芳不慎将广东三水农村商业银行存折一本遗失: the holder's, before 将
    if any(marker in name for marker in _OWNED_BY):
        return False  # 刘德厚（已故）名下中国邮政储蓄银行存折 (set DC): whose it is, then the bank
    # no other organisation before the bank's own name (农村 is a bank's word, 公司 is not;
    # 中国建设银行株洲分行 and 中国农业银行股份有限公司长沙分行 are a bank's branch)
    if any(m.end() - m.start() > 1 and m.end() < len(name)
           and not p.group(m).endswith(v.BANK_ENDINGS) and not _bank_company(name, m.start())
           for m in p.finditer(p.ORGANIZATION_END, name)):
        return False
    word = p.match(p.DOCUMENT, t, document)
    return word is not None and active().document_for(
        p.group(word, "word"), p.group(word, "word")) in v.ISSUED_BY_BANKS


def _bank_company(t: str, at: int) -> bool:
    """Is the 公司 at ``at`` a bank's 股份有限公司 (中国农业银行股份有限公司)?

    >>> _bank_company("中国农业银行股份有限公司", 10), _bank_company("某某股份有限公司", 6)
    (True, False)
    """
    share = at - len("股份有限")
    return share > 0 and t.startswith("股份有限", share) and t.endswith(v.BANK_ENDINGS, 0, share)


def _holder_before_bank(t: str, start: int, endings: list[p.Match], document: int) -> int | None:
    """Where the holder's name ends when a bank's name stands between it and a document
    the bank issued: 某某公司中国银行开户许可证遗失 is 某某公司's permit, from 中国银行.

    ``endings`` are the organisation endings found from ``start``; the holder's is the
    last one of two characters or more that is no bank's (the 村 of 农村信用社 is the
    bank's own word).

    >>> t = "某某公司中国银行开户许可证"
    >>> _holder_before_bank(t, 0, list(p.finditer(p.ORGANIZATION_END, t[:8])), 8)
    4
    >>> t = "某某公司开户许可证"
    >>> _holder_before_bank(t, 0, list(p.finditer(p.ORGANIZATION_END, t[:4])), 4) is None
    True
    """
    holder = next((start + m.end() for m in reversed(endings)
                   if m.end() - m.start() > 1 and not p.group(m).endswith(v.BANK_ENDINGS)
                   and not _bank_company(t, start + m.start())), None)
    if holder is None or holder >= document or not _bank_before(t, holder, document):
        return None
    return holder


def _first_document_outside_parentheses(t: str, start: int, end: int) -> int | None:
    bracketed = _bracketed(t, start, end)
    firsts = []
    for pattern in (p.DOCUMENT, p.UNKNOWN_WORD):  # 食品经营许可证副本一份不慎遗失
        for m in p.finditer(pattern, t[start:end]):
            if (start + m.start() not in bracketed and not t.startswith("号", start + m.end())
                    and not _name_ends_so(t, start, start + m.start(), start + m.end())):
                firsts.append(start + int(m.start()))  # 身份证号：…: a label, not a document
                break
    return min(firsts, default=None)


#: What may follow a seal's 章 that counts it, and no name: 各一枚, 一枚, 2枚, 壹枚.
_COUNTED = frozenset(f"各枚{NUMERALS_TO_TEN}{LOWER_DIGITS}{CAPITAL_DIGITS}{string.digits}")


def _name_ends_so(t: str, start: int, a: int, b: int) -> bool:
    """Is the document word at ``t[a:b]`` the seal's 章 that ends a person's name (王宪章遗失…,
    前埠子村王宪章、刘桂芝夫妇…, set EG), not a seal (村民委员会章遗失…)?

    >>> _name_ends_so("王宪章遗失身份证", 0, 2, 3), _name_ends_so("村民委员会章遗失", 0, 5, 6)
    (True, False)
    """
    if t[a:b] != "章" or t[b:b + 1] in _COUNTED or t[a - 1:a] == "人":
        return False  # (…专用章各一枚: a seal, counted; …代表人章（刘广宇）: a person's seal)
    clause = max(t.rfind(mark, start, a) for mark in ",;:、") + 1
    return _is_person(t[max(clause, start):b])


def _bracketed(t: str, start: int, end: int) -> set[int]:
    """The positions inside brackets in ``t[start:end]``, unbalanced ones included."""
    bracketed: set[int] = set()
    if not any(opening in t for opening in "([【〔"):
        return bracketed
    depth = 0
    for i in range(start, end):
        if t[i] in "([【〔":
            depth += 1
        elif t[i] in ")]】〕":
            depth = max(0, depth - 1)
        elif depth:
            bracketed.add(i)
    return bracketed


# --- the names within the party's span -----------------------------------------


def read_parties(r: Reading, start: int, end: int) -> tuple[list[Party], list[Found]]:
    """The parties written in ``r.folded[start:end]``, and numbers printed beside them."""
    text, t = r.text, r.folded
    if t.startswith("【", start):
        # 【楼国庆、楼国华】系已故楼德明之继承人: a listing prints the names in brackets.
        closing = t.find("】", start, end)
        start, end = start + 1, closing if closing != -1 else end
    start, end, parents = _child_of(text, t, start, end)
    heirs = p.match(p.HEIRS_OF, t, start, end) if "继承人" in t[start:end] else None
    if heirs is not None and heirs.end() < end:  # 已故村民X的继承人A、B: A and B (set DM)
        start = heirs.end()
    chunks: list[tuple[int, int]] = []
    relations_after: dict[int, list[Relation]] = {}
    party_ids: list[Found] = []
    cursor = start
    for group in p.finditer(p.PARENTHESES, t[start:end]):
        g_start, g_end = start + group.start(), start + group.end()
        inner = t[g_start + 1:g_end - 1]
        if p.fullmatch(p.PARTY_ANNOTATION, t[g_start:g_end]) is not None:
            continue  # （台港澳法人独资）: no 法人 named, whatever the words say
        co_owners = p.fullmatch(p.CO_OWNERS, t[g_start:g_end])
        if co_owners is not None:  # X（共有人：Y）: Y holds it too, a party after X
            chunks.extend([(cursor, g_start), (g_start + co_owners.start("names"),
                                               g_start + co_owners.end("names"))])
            cursor = g_end
            continue
        relations = [read_relation(m) for m in p.finditer(p.ROLE, inner)]
        numbers = _numbers_in(text, t, g_start + 1, g_end - 1)
        if not relations and not numbers:
            continue  # part of the name: 某某合伙企业(普通合伙)
        chunks.append((cursor, g_start))
        relations_after.setdefault(g_start, []).extend(relations)
        party_ids.extend(numbers)
        cursor = g_end
    tail = p.search(p.PARTY_TAIL, t[cursor:end])
    chunks.append((cursor, cursor + tail.start() if tail else end))
    chunks = [piece for chunk in chunks for piece in _without_annotations(t, *chunk)]
    parties: list[Party] = []
    for index, (c_start, c_end) in enumerate(_split_off_numbers(text, t, chunks, party_ids)):
        # 陈家豪（身份证号：…）与林美珍: the joiner after the brackets starts no name; the
        # first name has none before it (和田市古江巴格街道…: 和 begins a place).
        # 宁城县五化镇包金山 丨遗失… (set CF): a column's rule OCR read before the event
        chunk = text[c_start:c_end].strip(" ,:;、" + COLUMN_RULES)
        names = _split_names(chunk.lstrip("与和及") if index else chunk)
        for name in map(_without_description, names):
            if name in v.KIN_WORDS:  # 何春生（男）、何春兰（女）兄妹: the kin word alone
                continue
            if name in _ALREADY:  # 訾若曦（父：訾国伟…）己遗失: the 已 before the event alone
                continue
            if name in _ROOMS:  # 本单位财务室于…被盗 (set CI): where, not who; the signature says
                continue
            if p.fullmatch(p.DESCRIBED_SPEAKER, name) is not None:
                continue  # 本人系…高二学生，不慎遗失…: who speaks, named where it signs
            kept = p.fullmatch(p.KEPT_BY, name)
            if kept is not None:  # X经营的Y: the shop Y, run by X
                keeper = Relation(role=Role.LEGAL_REPRESENTATIVE,
                                  name=_party(p.group(kept, "keeper")).name)
                parties.append(_related(_party(p.group(kept, "shop")), [keeper]))
                continue
            role = p.search(p.ROLE, name)
            if role is not None and role.start() == 0 and parties:
                parties[-1] = _related(parties[-1], [read_relation(role)])
            elif p.search(p.NOT_A_NAME, name) is None:
                parties.append(_party(name))
        relations = relations_after.get(c_end, [])
        if relations and parties:
            parties[-1] = _related(parties[-1], relations)
    if parents is not None and parties:
        # 王志刚、刘晓燕之子王子轩、王子墨（双胞胎） (set BM): each child named after 之子
        parties = [_with_parents(party, parents) for party in parties]
    return parties, party_ids


#: The roles only a person has: an organisation has a legal representative, no wife.
_KIN_ROLES = frozenset({Role.FATHER, Role.MOTHER, Role.PARENT, Role.GUARDIAN, Role.SPOUSE})


def _related(party: Party, relations: list[Relation]) -> Party:
    """``party`` with ``relations`` added. Whoever has kin is a person, whose name after a
    place may run to six characters, as Mongolian and Tibetan names do
    (扎兰屯市卧牛河镇宝音德力格尔（妻：乌云其其格）, set CE); without kin, six characters
    after a place are more often a shop's name. Whoever has a legal representative (经营者,
    负责人) is an organisation.

    >>> wife = Relation(role=Role.SPOUSE, name="乌云其其格")
    >>> party = _related(_party("扎兰屯市卧牛河镇宝音德力格尔"), [wife])
    >>> party.name, party.address, party.kind.value
    ('宝音德力格尔', '扎兰屯市卧牛河镇', 'person')
    >>> keeper = Relation(role=Role.LEGAL_REPRESENTATIVE, name="泽郎王姆")
    >>> party = _related(_party("理县米亚罗镇红叶藏家乐"), [keeper])
    >>> party.name, party.address, party.kind.value
    ('理县米亚罗镇红叶藏家乐', None, 'organization')
    """
    update: dict[str, object] = {"relations": [*party.relations, *relations]}
    if (party.kind is PartyKind.PERSON and party.address is not None
            and any(r.role is Role.LEGAL_REPRESENTATIVE for r in relations)):
        # 理县米亚罗镇红叶藏家乐（经营者：泽郎王姆） (set CP): whoever has a keeper or a legal
        # representative is an organisation, named with its place; no person after an address
        update.update(name=party.address + party.name, address=None,
                      kind=PartyKind.ORGANIZATION)
    if (party.kind is PartyKind.ORGANIZATION and party.address is None
            and not party.name.endswith(active().organization_endings)
            and any(r.role in _KIN_ROLES for r in relations)):
        match = p.search(p.KIN_ADDRESS, party.name)
        if match is not None:
            update.update(name=p.group(match, "name"), address=p.group(match, "address"),
                          kind=PartyKind.PERSON)
    return party.model_copy(update=update)


def _child_of(
    text: str, t: str, start: int, end: int
) -> tuple[int, int, tuple[list[str], str | None] | None]:
    """``A、B之子C``, ``A、B之女（C）``: the span of the child C, who is the party, and
    the parents before 之子, their names and the address written before them.

    A child too young for papers of its own is named by its parents (出生医学证明).
    """
    child = p.search(p.CHILD_OF, t[start:end])
    if child is None or child.start() == 0:
        return start, end, None
    parents = start + child.start()
    # 孙立军、赵晓雪夫妇之女孙语桐 (set BF): the couple's word is no part of the mother's name
    couple = next((w for w in v.COUPLE_WORDS if t.endswith(w, start, parents)), "")
    # 香港居民邓子健、内地居民刘思琪之子邓浩然 (set EJ): what each parent is, before their name
    names = [_without_descriptor(_unspaced(n))
             for n in _split_names(text[start:parents - len(couple)])]
    first = _party(names[0]) if names else None
    if first is None or not all(2 <= len(n) <= 4 for n in (first.name, *names[1:])):
        return start, end, None  # no person's name before 之子: the span stays as it is
    if not t[start + child.end():end].strip(" ()"):
        return start, end, None  # 张三之女遗失…: the child is not named
    start += child.end()
    closing = t.find(")", start, end)
    if t.startswith("(", start) and closing != -1 and not t[closing + 1:end].strip():
        start, end = start + 1, closing  # 之女（刘欣怡）
    return start, end, ([first.name, *names[1:]], first.address)


def _with_parents(party: Party, parents: tuple[list[str], str | None]) -> Party:
    """The child with its parents as relations: two are father and mother in the order
    written (as in （父：…，母：…））; one, whose sex the notice does not say, a parent."""
    names, address = parents
    roles = (Role.FATHER, Role.MOTHER) if len(names) == 2 else (Role.PARENT,) * len(names)
    relations = [Relation(role=role, name=name) for role, name in zip(roles, names, strict=True)]
    return party.model_copy(update={
        "relations": [*relations, *party.relations], "address": party.address or address,
    })


def _without_annotations(t: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of ``t[start:end]`` around what a party is, not who: 何春生（男）、
    何春兰（女）兄妹; 李淑珍（退休教师）; 某某店(个体工商户); and around a form's fields
    that name no one (证件类型：, 地址：八宿县然乌镇)."""
    cursor = start
    for m in p.finditer(p.PARTY_ANNOTATION, t[start:end]):
        yield from _without_fields(t, cursor, start + m.start())
        cursor = start + m.end()
    yield from _without_fields(t, cursor, end)


def _without_fields(t: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of ``t[start:end]`` around a form's fields that name no party.

    >>> t = "姓名:次仁卓嘎;地址:八宿县然乌镇;证件类型:"
    >>> [t[a:b] for a, b in _without_fields(t, 0, len(t))]
    ['姓名:次仁卓嘎;', ';', '']
    """
    if ":" not in t[start:end]:
        return iter(((start, end),))
    return _pieces_around(t, start, end, p.finditer(p.PARTY_SPAN_FIELD, t[start:end]))


def _pieces_around(
    t: str, start: int, end: int, matches: Iterator[p.Match]
) -> Iterator[tuple[int, int]]:
    """The pieces of ``t[start:end]`` between ``matches`` (of ``t[start:end]``)."""
    cursor = start
    for m in matches:
        yield cursor, start + m.start()
        cursor = start + m.end()
    yield cursor, end


def _without_descriptor(name: str) -> str:
    """菜农王二 is 王二: what the party is, before a name of two characters or more."""
    descriptor = p.search(p.DESCRIPTOR, name)
    if descriptor is not None and len(name) - descriptor.end() >= 2:
        return name[descriptor.end():]
    return name


def _without_description(name: str) -> str:
    """本人系蚌埠学院2018届毕业生张雨欣: the person is named after what they are; 侯秀珍
    年逾八旬: before how old they are."""
    age = p.search(p.AGE_AFTER_NAME, name)
    if age is not None and age.start() >= 2 and age.end() == len(name):
        name = name[:age.start()]
    described = p.search(p.DESCRIBED_PERSON, name)
    return p.group(described, "name") if described is not None else name


def _split_off_numbers(
    text: str, t: str, chunks: list[tuple[int, int]], party_ids: list[Found]
) -> list[tuple[int, int]]:
    """``马建军，身份证号：6101…``: a labelled number among the names is not a name."""
    pieces = []
    for c_start, c_end in chunks:
        cursor = c_start
        if not has_digit(t[c_start:c_end]):
            pieces.append((c_start, c_end))
            continue
        for m in p.finditer(p.LABELLED, t[c_start:c_end]):
            if has_digit(p.group(m, "num")):
                party_ids.append(labelled_found(text, c_start, m))
                pieces.append((cursor, c_start + m.start()))
                cursor = c_start + m.end()
        pieces.append((cursor, c_end))
    return pieces


def numbers_beside(r: Reading, start: int, end: int) -> list[Found]:
    """The numbers in ``r.folded[start:end]``, printed beside a party (in brackets after
    its name, or after its signature's name), labelled or not."""
    return _numbers_in(r.text, r.folded, start, end)


def _numbers_in(text: str, t: str, start: int, end: int) -> list[Found]:
    found = []
    for m in p.finditer(p.LABELLED, t[start:end]):
        found.append(labelled_found(text, start, m))
    if not found:
        for m in p.finditer(p.NUMBER, t[start:end]):
            if looks_like_number(p.group(m, "num")) and not t.startswith("年", start + m.end()):
                found.append(Found(start + m.start(), start + m.end(), Claim.ID,
                                    raw=text[start + m.start("num"):start + m.end("num")]))
    return found


def _split_names(chunk: str) -> list[str]:
    names: list[str] = []
    for piece in p.split(p.NAME_SEPARATOR, chunk):
        piece = piece.strip()
        if not piece:
            continue
        # 张振华与李秀梅夫妇 (set BI): the kin word after the joined names is no one's
        kin = next((w for w in v.KIN_WORDS if piece.endswith(w) and len(piece) > len(w)),
                   "") if piece.endswith(v.KIN_WORDS) else ""
        parts = [_untitled(part) for part in p.split(p.NAME_JOINER, piece[:len(piece) - len(kin)])]
        # (郑丽娟与台湾居民陈俊宏, set ED: who each is, before the name, is no part of it)
        people = all(_is_person(_without_descriptor(part)) for part in parts)
        # Organisations joined by 和 each end like one: 呼和浩特分公司 is one name.
        organizations = not kin and all(
            part.endswith(active().organization_endings) for part in parts)
        if len(parts) > 1 and (people or organizations):
            names.extend(part for part in parts if part)
        else:
            names.append(_untitled(piece) if piece.startswith("其") else piece)
    return names


def _untitled(name: str) -> str:
    """The name without the title before it (共有人武翠兰: a co-owner, set BC), or the
    word that says whose relative it is (李德胜和其子李志强, set BI).

    >>> _untitled("共有人武翠兰"), _untitled("武翠兰"), _untitled("其子李志强")
    ('武翠兰', '武翠兰', '李志强')
    """
    title = next((w for w in v.PARTY_TITLES if name.startswith(w) and len(name) > len(w)), "")
    if not title and name.startswith("其"):
        relative = max((w for w in v.RELATIVES if name.startswith(w, 1)), key=len, default="")
        title = "其" + relative if relative and len(name) > len(relative) + 2 else ""
    return name[len(title):]


#: Levels of a division no surname is (区 and 市 are surnames, rare as they are).
_LEVELS_NO_SURNAME = tuple(c for c in v.DIVISION_LEVELS if c not in "市区")
#: Levels after which one character is the start of a place's name, not a person's:
#: the banner (旗) of 内蒙古 besides.
_FRAGMENT_LEVELS = (*_LEVELS_NO_SURNAME, "旗")
#: A name that ends so is a place's: 古城区, 平凉市.
_PLACE_NAME_ENDINGS = tuple(v.DIVISION_LEVELS)


def _is_person(name: str) -> bool:
    """张三, or 贯洞镇石老旺 (a person after an address); not 社区党支部. A name in Latin
    letters is a person's unless it ends as a firm's (ALI HASSAN KHAN, set ED).

    >>> _is_person("ALI HASSAN KHAN"), _is_person("ACME TRADING CO., LTD")
    (True, False)
    """
    if _LATIN_NAME.fullmatch(name) is not None:
        return not _is_organization(name)
    if name.endswith(active().organization_endings):
        return False
    match = p.search(p.ADDRESS, name)
    person = p.group(match, "name") if match is not None else name
    # 丽江市古城区和秀梅: 古城区 is a place, so 和 is a surname here, not "and"
    # 永宁县杨和镇纳红梅: 镇纳红梅 begins with a town's level, so 和 joined no two people
    # 杭锦旗伊和乌素苏木贾海军: 杭锦旗伊 is a banner and the first character of a sumu's
    # name, whose 和 joined no two people
    fragment = any(person.find(level, 2) >= len(person) - 2 for level in _FRAGMENT_LEVELS)
    # 艾力·买买提与古丽米拉·阿不都 (set CA): a Uyghur, Kazakh or Mongolian name with its dot
    # runs longer than four characters
    longest = _DOTTED_NAME if _dotted(person) else _NAME
    return (2 <= len(person) <= longest and not _is_organization(person)
            and not person.endswith(_PLACE_NAME_ENDINGS)
            and not person.startswith(_LEVELS_NO_SURNAME) and not fragment)


_LATIN_NAME = p.LATIN_NAME_PATTERN
#: How a firm's name in Latin letters ends.
_LATIN_FIRM_ENDINGS = ("LIMITED", "LTD", "INC", "CO", "COMPANY", "CORPORATION", "CORP", "GMBH",
                       "LLC", "PLC", "S.A", "AG")


#: The longest name of a person, of Chinese characters, and with a dot between its parts.
_NAME, _DOTTED_NAME = 4, 16
#: A dot between a name's parts, however printed.
_NAME_DOT = re.compile(rf"[{v.HAN}][{re.escape(v.NAME_DOTS + v.NAME_PERIODS)}][{v.HAN}]")


def _dotted(name: str) -> bool:
    """Does ``name`` hold a dot between two parts (艾力·买买提, 苏和•巴特尔, 阿依夏木古丽.吐尔洪)?

    >>> _dotted("苏和•巴特尔"), _dotted("阿依夏木古丽.吐尔洪"), _dotted("张三."), _dotted("张三")
    (True, True, False, False)
    """
    return _NAME_DOT.search(name) is not None


def _is_organization(name: str) -> bool:
    """Does ``name`` end as an organisation's does, or name a newspaper (湘潭日报遗失公章一枚:
    a paper's own notice), or run longer than a person's name?

    >>> _is_organization("湘潭日报"), _is_organization("株洲晚报"), _is_organization("张日报")
    (True, True, False)
    """
    if _LATIN_NAME.fullmatch(name) is not None:  # HANG TAK TRADING COMPANY LIMITED (set ED)
        return name.upper().rstrip(".").endswith(_LATIN_FIRM_ENDINGS)
    if len(name) >= 4 and name.endswith((*active().organization_endings, *v.NEWSPAPER_ENDINGS)):
        return True
    # 阿依古丽·买买提 is long for a name, but a person's; so is DANIELJAMESWRIGHT (set BD)
    return len(name) >= 8 and not _dotted(name) and not name.isascii()


_SOLE_TRADER = ("个体工商户", "个体户")
_ROOMS = ("办公室", "营业厅", "财务室")


def read_relation(m: p.Match) -> Relation:
    """A ROLE match: 父亲:李 强 is the father 李强; 监护人：母亲宋丽华 the guardian 宋丽华."""
    name = _unspaced(p.group(m, "name"))
    kin = next((w for w in v.KIN_BEFORE_NAME if name.startswith(w)), "")
    if kin and 2 <= len(name) - len(kin) <= _LONGEST_NAME:
        name = name[len(kin):]
    return Relation(role=v.ROLES[p.group(m, "role")], name=name)


#: How long a Han name after a kin word may be (复姓 and two given characters).
_LONGEST_NAME = 4


def _unspaced(name: str) -> str:
    """OCR spaces names out (梁　志　明, 李 强): a Chinese name holds no space. A name in
    Latin letters keeps one between its words (MICHAEL JAMES PORTER, set ED), but not
    between letters OCR spaced (鲁C·3N K6).

    >>> _unspaced("梁　志　明"), _unspaced("MICHAEL  JAMES PORTER"), _unspaced("陈 KIM")
    ('梁志明', 'MICHAEL JAMES PORTER', '陈KIM')
    >>> _unspaced("鲁C·3N K6")
    '鲁C·3NK6'
    """
    words = name.split()
    joined = words[:1]
    for word in words[1:]:
        if _latin_word(joined[-1][-2:]) and _latin_word(word[:2]):
            joined.append(" ")
        joined.append(word)
    return "".join(joined)


def _latin_word(pair: str) -> bool:
    """Are the two characters at a word's edge those of a word in Latin letters (SE, N', not
    N or K6 that OCR spaced)?"""
    letters = [p.LATIN_LETTER.match(c) is not None for c in pair]
    return len(pair) == 2 and any(letters) and all(
        letter or c in "'-." for c, letter in zip(pair, letters, strict=True))


#: 已 before the event (五金店已遗失), and OCR's 己 and 巳 for it: no part of a name.
_ALREADY = ("已", "己", "巳")


def _party(chunk: str) -> Party:
    name, address = _unspaced(chunk), None
    trader = next((w for w in _SOLE_TRADER if name.startswith(w) and len(name) > len(w) + 1), "")
    name = name[len(trader):]  # 个体工商户李桂芳: a business, named by its owner
    name = _without_descriptor(name)  # 养殖户刘二柱: 户 ends no address here
    # 次旦卓玛所有的藏G·3D726号重型货车道路运输证遗失: who owns it, before the address is
    # split off
    name = name.removesuffix("的").removesuffix("所有")
    if name.endswith(_ALREADY) and len(name) >= 3:
        # 五金店已遗失, and OCR's 己 and 巳 for 已 (王德胜己遗失, 刘芳己遗失): far more
        # notices misprint 已 so than names end in 己 (李克己 would lose it). Before the
        # kin word (葛玉梅、闫晓雪母女己遗失), and before the address is split off: 兴旺五金店己
        # is no person's name of six characters.
        name = name[:-1]
    match = p.search(p.ADDRESS, name)
    # 第三师图木舒克市四十四团二连 signs as a unit: 二连 is no person
    units = (*active().organization_endings, *v.SIGNING_UNIT_ENDINGS)
    if match is not None and (not p.group(match, "name").endswith(units) or _named_so(
            p.group(match, "name"), p.group(match, "address"))):
        name, address = p.group(match, "name"), p.group(match, "address")
    name = _without_descriptor(name)  # 株洲市新生儿张三: after the address too
    name = name.removesuffix("的")
    kin = next((w for w in v.KIN_WORDS if name.endswith(w)), "") if name.endswith(
        v.KIN_WORDS) else ""
    if kin and len(name) >= len(kin) + 2:  # 王芳夫妇, 王大勇兄弟: named by one of them
        name = name.removesuffix(kin)
    room = next((r for r in _ROOMS if name.endswith(r)), "") if name.endswith(_ROOMS) else ""
    if room and name.removesuffix(room).endswith(active().organization_endings):
        name = name.removesuffix(room)  # 某某公司办公室于…被盗: the room is where, not who
    kind = PartyKind.ORGANIZATION if trader or _is_organization(name) else PartyKind.PERSON
    return construct(Party, name=name, kind=kind, address=address, relations=[])


def _named_so(name: str, address: str) -> bool:
    """揭西县河婆街道刘焕城: after a town or a street, three characters ending in 城 are a
    person's name (城 ends given names as it ends a mall's); a business so named has a
    longer one (鑫源家具城). So with 科 (西吉县震湖乡马登科, set DD: an office's 财务科 has a
    longer name too)."""
    return len(name) == 3 and name.endswith(("城", "科")) and address.endswith(_TOWN_LEVELS)


#: The levels of a town or a street, after which a person is named.
_TOWN_LEVELS = ("镇", "乡", "街道")


def with_item_context(parties: list[Party], context: ItemContext) -> list[Party]:
    if context.named and not parties:
        parties = [_party(name) for name in context.named]
    if context.recipient and (context.party_issued or not parties):
        parties = [_party(context.recipient)]
    if context.relations and parties:
        target = next((i for i, party in enumerate(parties)
                       if party.kind is PartyKind.ORGANIZATION), 0)
        party = parties[target]
        # 某店(经营者:孙立民)遗失法人章(孙立民): one representative, named twice.
        added = [r for r in context.relations if r not in party.relations]
        update: dict[str, object] = {"relations": [*party.relations, *added]}
        if party.address and any(r.role is Role.LEGAL_REPRESENTATIVE for r in context.relations):
            # 武汉市江岸区育才二小…法定代表人章（刘红梅）: only an organisation has a legal
            # representative, so what looked like an address is part of its name.
            update.update(name=party.address + party.name, address=None,
                          kind=PartyKind.ORGANIZATION)
        parties[target] = party.model_copy(update=update)
    return parties


def place_party_identifiers(found: list[Found], items: list[Item]) -> list[Problem]:
    """A number beside a party belongs to a lost ID card, or to the document its label
    names; otherwise it is reported (the warnings returned).

    Printed again as an item's own number (王小明（身份证号：X）…驾驶证，证号X),
    it is already in the record, and nothing is said.

    >>> place_party_identifiers([], [])
    []
    """
    warnings: list[Problem] = []
    recorded = {compact(i.raw) for item in items for i in item.identifiers}
    for number in found:
        if compact(number.raw) in recorded:
            continue
        owner = next((i for i in items if not i.identifiers and (
            prints_number(i.document, number) or _label_names(number.label, i.label))), None)
        if owner is not None:
            owner.identifiers.append(read_identifier(number, owner.document))
            continue
        checked = read_identifier(number, Document.OTHER)
        verdict = "valid" if checked.valid else "not valid"
        warnings.append(Problem(
            code="party_identifier",
            message=f"{checked.kind.value} {checked.value} ({verdict}) is printed beside a party,"
                    " not as a lost document's number",
        ))
    return warnings


def _label_names(label: str | None, document: str | None) -> bool:
    """Does the number's label name this document? 香港恒寶…（商業登記號碼：73815264）
    遺失商業登記證: the number beside the party numbers the certificate it lost. So
    does a label of the short name the document gives in brackets: 林佩珊（台胞证号码：…）
    …遗失台湾居民来往大陆通行证（台胞证） (set ED), or that papers give it
    (``vocabulary.DOCUMENT_SHORT_NAMES``, set EJ).

    >>> _label_names("商業登記號碼", "商業登記證"), _label_names("身份证号码", "营业执照")
    (True, False)
    >>> _label_names("台胞证号码", "台湾居民来往大陆通行证（台胞证）")
    True
    >>> _label_names("台胞证号码", "台湾居民来往大陆通行证")
    True
    """
    if not label or not document:
        return False
    folded = p.fold_width(label)
    stem = label_stem(folded)
    if stem == folded or len(stem) < 2:
        return False
    named = p.fold_width(document)
    return named.startswith(stem) or any(
        short.startswith(stem) for short in _BRACKETED.findall(named)) or any(
        named.startswith(full) for full in v.DOCUMENT_SHORT_NAMES.get(stem, ()))


#: What a document's label holds in brackets: its short name, 台湾居民来往大陆通行证（台胞证）.
_BRACKETED = re.compile(r"\(([^()]+)\)")
