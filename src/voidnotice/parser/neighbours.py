"""Another kind of notice beside a voidance notice: which text is whose.

Papers print voidance notices among 注销公告, 清算公告, 寻物启事, 招领启事 and the
rest, and a narrow column's OCR runs them on with nothing but ``。`` between them
(荆州日报's and 安庆晚报's pages, sets EH and EL). These rules say where each notice
runs from its title, whether another kind of notice voids what its own holder lost
(and is read whole), and where a voidance notice run on after other kinds begins.
Segmentation cuts a page by them, and the reader a single text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from voidnotice.parser import patterns as p
from voidnotice.parser import vocabulary as v

#: How far before a place an open bracket is looked for.
_BRACKET_REACH = 96


def title_cuts(folded: str) -> list[int]:
    """Where a notice's title is run on after the last sentence of another (…特此公告。
    遗失公告石首市…, …申报债权。减资公告洪湖市…) or after the name that signs it (…宣告该票据
    无效。朝阳市龙城区人民法院清算公告北票市…), in order.

    >>> title_cuts("张三遗失身份证,声明作废。招领启事:本人拾得钱包。遗失公告李四遗失户口簿。")
    [13, 25]
    """
    return sorted({m.end() for pattern in (p.OTHER_NOTICE_AFTER, p.VOID_TITLE_AFTER,
                                           p.TITLE_AFTER_SIGNER)
                   for m in p.finditer(pattern, folded)})


def voidance_start(folded: str) -> int:
    """Where the voidance notice begins in a text that opens with other kinds of notice,
    each run on to the next title (招领启事：…请失主…认领。遗失声明青河县…遗失…存折…, set
    EM); 0 when the text opens with none, or no voidance notice follows them.

    A voidance notice with no title of its own begins with the sentence of its loss, when
    that sentence names its own holder (…申报债权。临江市桦树镇杨春生遗失…行驶证，声明作废。,
    set EO; not …申报债权。另，本公司公章…遗失, which speaks of the holder named first).

    >>> voidance_start("招领启事:本所拾得钱包一个,请失主认领。遗失声明张三遗失存折一本,声明作废。")
    20
    >>> voidance_start("减资公告 X公司注册资本减少。张三遗失残疾人证,声明作废。")
    15
    >>> voidance_start("注销公告 X公司经决议注销。另,本公司公章不慎遗失,声明作废。")
    0
    """
    if p.match(p.OTHER_TITLE, folded) is None:
        return 0
    cuts = [*title_cuts(folded), len(folded)]
    start = last = 0
    for cut in cuts:
        piece = folded[start:cut]
        if p.match(p.OTHER_TITLE, piece) is None or read_whole(piece):
            break
        start, last = cut, start
    if start == len(folded):  # no voidance notice under a title: one in the last piece's body
        start = _own_loss_sentence(folded, last)
    return start if start < len(folded) and reports_loss(folded[start:]) else 0


def _own_loss_sentence(folded: str, start: int) -> int:
    """Where the sentence of the first loss in the piece from ``start`` (another kind's
    title) begins, when it names a holder of its own (no 本公司, 另，本社); the text's length
    when it does not, or is the piece's first sentence.

    >>> _own_loss_sentence("减资公告 X公司减资。张三遗失身份证。", 0)
    11
    """
    title = p.match(p.OTHER_TITLE, folded, start)
    event = p.search(p.EVENT, folded, start if title is None else title.end())
    if event is None:
        return len(folded)
    sentence = folded.rfind("。", start, event.start()) + 1
    if not sentence or p.search(p.SELF_REFERENCE, folded, sentence, event.start()) is not None:
        return len(folded)
    return sentence


def voids_its_loss(folded: str) -> bool:
    """Does another kind of notice void what its holder lost, as a voidance notice does?
    ●注销公告：X有限公司…拟…申请注销登记，因公章一枚不慎遗失，现声明作废。请债权人… (set EH,
    as set DN read one); not a notice about an earlier one (撤销声明：…刊登的遗失…的声明…, 印章
    启用公告：…原公章已于…登报声明作废…), nor a correction's preface before what it restates.

    >>> voids_its_loss("注销公告:X有限公司拟申请注销登记,因公章一枚不慎遗失,现声明作废。")
    True
    >>> voids_its_loss("印章启用公告:X有限公司原公章已于12月2日登报声明作废,新公章自即日起启用。")
    False
    """
    # (…以上证件同时声 明作 废。, set EL: OCR's spaces across the void words)
    void = p.search(p.VOID_STATEMENT, folded.replace(" ", ""))
    return (reports_loss(folded) and void is not None
            and p.news(folded, p.correction_end(folded)) is None)


def reports_loss(folded: str) -> bool:
    """Does the text report a loss or a theft, not only name a kind of notice?

    Not the 遗失 of 遗失声明: …（本栏目刊登的遗失声明、作废声明均由刊登者提供…）, a page's
    disclaimer glued to a 招领启事 by the mutation fuzz; 遗失声明｜2026年12月5日, a vendor's row.

    >>> reports_loss("遗失声明|2026年12月5日"), reports_loss("遗失公告张三遗失身份证")
    (False, True)
    """
    return next(losses(folded), None) is not None


def losses(folded: str) -> Iterator[p.Match]:
    """The events in ``folded`` that report a loss or a theft, not a title's word
    (遗失启事北票市…刘淑芬遗失…, set EM: the title's 遗失 opens no notice of its own).

    >>> [m.start() for m in losses("遗失启事张三遗失身份证")]
    [6]
    """
    return (m for m in p.finditer(p.EVENT, folded)
            if not folded.startswith(v.TITLE_WORDS, m.end()))


def opens_with_document(folded: str) -> bool:
    """Does the text open with a document's name, after a list's marks (…；开户许可证一份)?

    >>> opens_with_document("、开户许可证一份"), opens_with_document("张三遗失")
    (True, False)
    """
    head = folded.lstrip(" ,:;、")
    return (p.match(p.DOCUMENT, head) is not None
            or p.match(p.UNKNOWN_WORD, head) is not None)


def closed_at(folded: str) -> int:
    """Where the notice under a voidance title ends: after the sentence of its first void
    statement or closing words (特此公告) after its loss; the text's end when none does.

    >>> closed_at("遗失公告张三遗失身份证,特此公告。公告:本院受理…")
    17
    """
    loss = next(losses(folded), None)
    if loss is None:
        return len(folded)
    ends = [m.end() for pattern in (p.VOID_STATEMENT, p.CLOSING)
            for m in [p.search(pattern, folded, loss.end())] if m is not None]
    if not ends:
        return len(folded)
    stop = folded.find("。", min(ends))
    return len(folded) if stop == -1 else stop + 1


#: What ends a notice's first clause: its full stop, or a list's semicolon.
_FIRST_CLAUSE = re.compile("[。;]")


def read_whole(folded: str) -> bool:
    """Is this piece, from a title run on after another notice, a voidance notice whole?

    遗失公告石首市…遗失增值税普通发票一份…，特此公告 (荆州日报's 公告 section, set EH) is one
    under its title, with no void words; so is 注销公告：X有限公司…申报债权。另，本公司公章不慎
    遗失，声明作废。 (安庆晚报, set EL), which voids what it lost in its last sentence.

    >>> read_whole("遗失公告石首市某公司遗失增值税普通发票一份,特此公告。")
    True
    >>> read_whole("注销公告X有限公司经股东会决议注销,请债权人申报债权。")
    False
    """
    if p.match(p.VOID_TITLE, folded) is not None:
        # (遗失声明刊登价格：个人证件…每则60元；…: an agency's prices under the word, set BZ)
        return reports_loss(_FIRST_CLAUSE.split(folded, 1)[0])
    title = p.match(p.OTHER_TITLE, folded)
    if title is None or not voids_its_loss(folded):
        return False
    if any(kind in p.group(title) for kind in v.AMENDING_KINDS):
        # 更正声明：…刊登的X遗失公章的声明中…: the loss an amending notice names is the earlier
        # notice's; one that restates it whole (…现更正为：X遗失…声明作废, set CJ) is read
        corrected = p.correction_end(folded)
        return corrected > 0 and holders_own(folded, corrected)
    return holders_own(folded, title.end())


#: What ends a clause inside a notice's sentence (folded).
CLAUSE_MARK = re.compile(r"[,;。]")
#: What ends a clause before a loss, folded: a title's colon too (注销公告：X…因公章…遗失).
_CLAUSE_ENDS = ",;:。"


def holders_own(folded: str, title_end: int) -> bool:
    """Does another kind of notice report its holder's loss, not a holder it names?

    Its first loss is the holder's when nothing but the title comes before its clause
    (新印章启用公告 X人民政府原财务专用章于…不慎遗失), or when its clause speaks of the
    holder (…申请注销登记，因营业执照正、副本不慎遗失; …申报债权。另，本公司公章不慎遗失, set
    EL; 寻物启事：本人…遗失) or opens with the document. 寻人启事：…随身带有身份证。沈阳盛京瑞达
    商贸有限公司遗失公章一枚…声明作废。 (set HP) names a holder of its own: a notice of its own.

    >>> holders_own("注销公告:X公司拟申请注销。另,本公司公章不慎遗失,声明作废", 4)
    True
    >>> holders_own("减资公告:X公司经股东会决议。张三遗失身份证,声明作废", 4)
    False
    """
    event = next(losses(folded))
    # (…有限公司（统一社会信用代码：9121…）因公章…不慎遗失, set EM: not a mark in brackets)
    clause = max((k for k in (folded.rfind(mark, 0, event.start()) for mark in _CLAUSE_ENDS)
                  if k >= 0 and not inside_brackets(folded, k)), default=-1) + 1
    if not folded[title_end:clause].strip(" :"):
        return True  # the title, then the holder
    before = folded[clause:event.start()]
    return p.match(p.HOLDERS_OWN, before) is not None or opens_with_document(before)


def inside_brackets(folded: str, position: int) -> bool:
    """Is ``position`` inside an open bracket? (父：谭军，母：刘芳；身份证号…) is one aside."""
    before = folded[max(0, position - _BRACKET_REACH):position]
    opened = max(before.rfind("("), before.rfind("（"), before.rfind("["))
    closed = max(before.rfind(")"), before.rfind("）"), before.rfind("]"))
    return opened > closed
