"""Amounts in yuan, as receipts, cheques and bills write them.

A lost receipt, cheque or bill is named with its amount, written the way it
was written on the document. Those documents are filled in under the
People's Bank's rules for writing amounts (《正确填写票据和结算凭证的基本规定》,
an annex to 《支付结算办法》); the rules referred to below are its sections:

* rule 1: 大写 digits 壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元, 角 and 分;
  the traditional 貳 陸 萬 億 圓 are accepted too (圆 is the standard 元);
* rule 2: 整 (or 正) after an amount that ends at 元, allowed after 角;
* rule 3: 人民币 right before the 大写 amount;
* rule 4: 零 where the 小写 amount has a 0: 壹仟肆佰零玖元伍角 (1409.50), one
  零 for several 0 (陆仟零柒元壹角肆分, 6007.14), 元零叁角贰分 or 元叁角贰分 alike
  when the 元 digit is 0, and 元零贰分 when the 角 digit is 0 (16409.02);
* rule 5: ¥ before the 小写 digits, which group by three (¥1,409.50).

Notices also write amounts as people say them: ``2.5万元``, ``5000元整``,
``五千元``, ``金额5万``. An amount in another currency (``港币5,000元``,
``US$800``) is no amount in yuan: it reads as None, and
:func:`amount_warning` says why.

>>> parse_amount("人民币捌仟圆整"), parse_amount("肆佰元零捌分"), parse_amount("1.2亿元")
(Decimal('8000'), Decimal('400.08'), Decimal('120000000'))
>>> parse_amount("港币5,000元") is None, foreign_currency("港币5,000元")
(True, '港币')
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from voidnotice.parser.numerals import (
    _BIG_UNITS,
    _DIGITS,
    CAPITAL_DIGITS,
    LOWER_DIGITS,
    chinese_integer,
)
from voidnotice.problems import Problem

# --- the pattern that finds an amount in a notice ------------------------------
# patterns.AMOUNT compiles PATTERN; the group ``money`` is what parse_amount reads.
# No two \s* stand side by side with only optional parts between them, and
# every repetition starts with a character its neighbour cannot match, so the
# pattern runs in linear time (tests/test_amounts.py tries long runs of each part).

_YUAN = "[元圆圓]"  # rule 1: 圆 (圓) is the 大写 form of 元: 人民币捌仟圆整
_BIG = "[万萬亿億]"
_NUMERAL = f"[零〇{LOWER_DIGITS}{CAPITAL_DIGITS}十拾百佰千仟{_BIG[1:-1]}]"
_DIGIT = f"[0-9零〇{LOWER_DIGITS}{CAPITAL_DIGITS}]"
# 小写 digits: 1,234,560.00 grouped by three (rule 5), with , ， or ' (the
# full-width ， and ＇ are folded before the pattern runs), or ungrouped. The
# group is atomic: nothing after a number starts with a digit, and the regex
# package takes quadratic time backtracking through a long run of groups.
_ARABIC = r"(?=\d)(?<![\d.,'’])(?>(?:\d{1,3}(?:[,'’]\d{3})+|\d+)(?:\.\d+)?)"
# 角 and 分 after 元, a 零 before either (rule 4): 肆佰元零捌分, 壹拾万柒仟元零伍角叁分.
_FRACTION = rf"(?:零?{_DIGIT}角)?(?:零?{_DIGIT}分)?"
# Rule 2; 正 is no 整 in 元正本 or 元正副本 (an amount, then the copies lost).
_END = r"(?:整|正(?![本副、]))?"
# No word goes on here (陆分公司, 三角洲), though 声明作废 may follow with no comma.
_WORD_ENDS = r"(?!(?!声明|作废)\p{Han})"
# What the label may name first: the paper (票面金额, 汇票金额), or the column the amount was
# copied from (大写金额：壹拾贰万元整).
# 股金金额：人民币伍仟元整 (set BH): what a share certificate of a credit union stands for.
# 车价合计：38,000.00元 (set CV): a used-car sales invoice's total.
# 借条…（借款金额：人民币拾贰万元整）, 欠条…（欠款金额：35000元） (set CY): what a note of
# a loan or a debt stands for.
_LABEL_PREFIX = r"(?:票面|汇票|合同|出票|开票|存单|存款|股金|车价|借款|欠款|大写|小写)?"
# At most four labels (价税合计金额共计): a run of them tried from each of its
# characters, each time to its end, would make a long run quadratic.
# 出资额：人民币贰拾万元整 (set BD): what a capital contribution certificate stands for
# 金额：8,000.00元，税额：1,040.00元，价税合计：9,040.00元 (set EA): an invoice's tax, read so
# that it is known for no sum of the document's (items.py leaves it out)
_LABEL = (rf"(?:{_LABEL_PREFIX}"
          r"(?:总金额|金额|价款|面额|总额|款项|价税合计|合计|共计|总计|出资额|税额)\s*){1,4}")
# Labels that name an amount and nothing else: only after these is a number with
# no 元 an amount (金额5万); after 共计 or 合计 it may be a count (共计2份).
_AMOUNT_LABEL = (rf"(?:{_LABEL_PREFIX}"
                 r"(?:总金额|金额|价款|面额|总额|价税合计|出资额)\s*){1,4}")
# 金额（大写）：, 人民币(小写), 金额大写：: the column of a receipt the amount was copied
# from, in brackets or not (set AQ)
_CASE = r"(?:\(?(?:大写|小写)\)?\s*(?::\s*)?)?"
_AFTER_LABEL = rf"(?:(?:为|是)\s*)?(?::\s*)?{_CASE}"
_PREFIX = rf"(?:人民币|RMB|CNY|¥|￥)\s*{_CASE}"

_FOREIGN_WORDS = (
    "港币", "港幣", "港元", "澳门币", "澳门元", "澳元", "新台币", "台币", "美元", "美金",
    "欧元", "英镑", "日元", "韩元", "加元", "新加坡元", "瑞士法郎", "法郎", "卢布", "泰铢",
)
_FOREIGN_CODES = ("USD", "HKD", "EUR", "GBP", "JPY", "MOP", "TWD")
_FOREIGN_SIGNS = ("HK$", "US$", "NT$", "MOP$", "$", "€", "£")


def _alternation(words: tuple[str, ...]) -> str:
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(w.replace("$", "\\$") for w in longest_first)


# 日元 is no currency in 三十日元旦 (a date, then a holiday).
_CURRENCY = (
    rf"(?:{_alternation(_FOREIGN_WORDS).replace('日元', '日元(?!旦)')}"
    rf"|(?<![A-Za-z])(?:{_alternation(_FOREIGN_CODES)})(?![A-Za-z])"
    rf"|{_alternation(_FOREIGN_SIGNS)})"
)
# Each (?=…) before a lookbehind below only tests a character before the costlier
# lookbehind runs: the pattern is tried at every position of every notice.
_RUN = rf"(?={_NUMERAL})(?<!{_NUMERAL}){_NUMERAL}++"  # numerals, from the first of them
_CURRENCY_STARTS = "".join(sorted({w[0] for w in _FOREIGN_WORDS + _FOREIGN_CODES + _FOREIGN_SIGNS}))
_FOREIGN = (
    # 港币5,000元, 港币伍仟元整, USD 800, HK$5,000
    rf"(?=[{_CURRENCY_STARTS}]){_CURRENCY}\s*(?::\s*)?"
    rf"(?:{_ARABIC}(?:\s*{_BIG})?(?:\s*{_YUAN}{_FRACTION})?|{_RUN}(?:{_YUAN}{_FRACTION})?){_END}"
    # 5000美元, 5,000元港币, 伍仟美元
    rf"|(?:{_ARABIC}(?:\s*{_BIG})?|{_RUN})\s*(?:{_YUAN}\s*)?{_CURRENCY}"
)
# 通用手工发票（千元版）, 定额发票（拾元版） (set DW): a printed form's denomination, no sum
_NO_EDITION = "(?!版)"
_IN_YUAN = (
    rf"{_ARABIC}(?:\s*{_BIG})?\s*{_YUAN}{_NO_EDITION}{_FRACTION}{_END}"  # 226264元, 2.5万元
    rf"|{_RUN}{_YUAN}{_NO_EDITION}{_FRACTION}{_END}"  # 贰万元整, 肆佰元零捌分
    # a lone 角 or 分 in 大写 digits (伍角, 捌分), where a word does not go on: in
    # 一二三 or before more of a word they are words (三角洲, 陆分公司)
    rf"|(?=[{CAPITAL_DIGITS}])(?<!{_NUMERAL})[{CAPITAL_DIGITS}](?:角(?:零?{_DIGIT}分)?|分){_END}{_WORD_ENDS}"
)
# Where a label or 人民币 already says it is money: ¥1,234.50, 人民币5万, 金额5万 (issue
# 13), 金额五角. A number a word goes on from is something else: 金额2021年, 总额…2张.
_BARE = (
    rf"{_DIGIT}(?:角(?:零?{_DIGIT}分)?|分){_END}"
    rf"|{_ARABIC}(?:\s*{_BIG})?{_END}(?![\d'’%]|[.,]\d|\s*(?!声明|作废)\p{{Han}})"
)

#: The source of ``patterns.AMOUNT``: an optional label, then the group ``money``.
PATTERN = (
    rf"(?:{_LABEL}{_AFTER_LABEL})?(?P<money>{_FOREIGN}|(?:{_PREFIX})?(?:{_IN_YUAN})"
    rf"|{_PREFIX}(?:{_BARE}))"
    rf"|{_AMOUNT_LABEL}{_AFTER_LABEL}(?P<money>{_BARE})"
)
#: Strings one of which every match of :data:`PATTERN` holds.
TRIGGERS = (
    "元", "圆", "圓", "¥", "￥", "币", "幣", "RMB", "CNY", "角", "分",
    "金额", "价款", "面额", "总额", "价税合计",
    "美金", "镑", "法郎", "卢布", "铢", *_FOREIGN_CODES, "$", "€", "£",
)

# --- reading one amount ---------------------------------------------------------

_YUAN_CHARS = frozenset("元圆圓")
_PREFIXES = ("人民币", "RMB", "CNY", "¥", "(大写)", "(小写)", ":")
_SEPARATORS = frozenset(",'’")


def foreign_currency(text: str) -> str | None:
    """The foreign currency an amount is written in, as printed; None for yuan.

    >>> foreign_currency("港币5,000元"), foreign_currency("5000美元"), foreign_currency("HK$800")
    ('港币', '美元', 'HK$')
    >>> foreign_currency("人民币5000元") is None
    True
    """
    folded = unicodedata.normalize("NFKC", text)
    found = [(folded.find(w), -len(w), w) for w in (*_FOREIGN_WORDS, *_FOREIGN_SIGNS)
             if w in folded]
    found += [(folded.find(c), -len(c), c) for c in _FOREIGN_CODES if _code_in(c, folded)]
    return min(found)[2] if found else None


def _code_in(code: str, text: str) -> bool:
    """USD as a word, not inside a longer run of letters."""
    at = text.find(code)
    while at != -1:
        before, after = text[at - 1:at], text[at + len(code):at + len(code) + 1]
        if not _letter(before) and not _letter(after):
            return True
        at = text.find(code, at + 1)
    return False


def _letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def amount_warning(text: str) -> Problem | None:
    """Why an amount gives no value in yuan; None when it gives one.

    >>> amount_warning("港币5,000元").code, amount_warning("伍佰仟元").code
    ('foreign_currency', 'unparsed')
    >>> amount_warning("¥5,000") is None
    True
    """
    currency = foreign_currency(text)
    if currency is not None:
        return Problem(code="foreign_currency", message=f"{text} is in {currency}, not in yuan:"
                       " the item's amount is left empty")
    if parse_amount(text) is None:  # 伍佰仟元: not dropped unseen
        return Problem(code="unparsed", message=f"not understood: {text} (no amount it can be)")
    return None


def parse_amount(text: str) -> Decimal | None:
    """An amount in yuan from its printed form; None when it cannot be read.

    The forms and the rules they come from are in this module's docstring.
    Trailing zeros stay as printed; a scale from 万 or 亿 adds none.

    >>> parse_amount("226264元"), parse_amount("¥1,234.50"), parse_amount("贰万元整")
    (Decimal('226264'), Decimal('1234.50'), Decimal('20000'))
    >>> parse_amount("人民币伍仟元整"), parse_amount("壹万贰仟叁佰元伍角")
    (Decimal('5000'), Decimal('12300.5'))
    >>> parse_amount("伍角"), parse_amount("5万"), parse_amount("１２，３４５．６７元")
    (Decimal('0.5'), Decimal('50000'), Decimal('12345.67'))
    >>> parse_amount("元") is None, parse_amount("美元500") is None
    (True, True)
    """
    cleaned = "".join(unicodedata.normalize("NFKC", text).split())
    if not cleaned or foreign_currency(cleaned) is not None:
        return None
    stripped = True
    while stripped:  # 人民币(大写):壹万元整, RMB¥100
        stripped = False
        for prefix in _PREFIXES:
            if cleaned.startswith(prefix):
                cleaned, stripped = cleaned[len(prefix):], True
    cleaned = cleaned.removesuffix("整").removesuffix("正")  # rule 2
    if cleaned[-1:] in ("角", "分") and not _YUAN_CHARS.intersection(cleaned):
        return _fraction(cleaned)  # 伍角, 捌分, 5角: an amount under one yuan
    value = _arabic(cleaned) if cleaned[:1].isdigit() else _chinese(cleaned)
    # 玖玖玖…(a hundred of them)元 is no amount a notice prints, and would be rounded.
    return value if value is None or value < _TOO_LARGE else None


#: No notice prints an amount of this many yuan (ten thousand trillion).
_TOO_LARGE = Decimal(10) ** 16


def _arabic(text: str) -> Decimal | None:
    """1,234.50元, 2.5万元, 5万, 12元5角: digits, a scale, 元, then 角 and 分."""
    end = 0
    while end < len(text) and (text[end].isdigit() or text[end] in _SEPARATORS or text[end] == "."):
        end += 1
    number, rest = text[:end], text[end:]
    whole, point, decimals = number.partition(".")
    if (point and not decimals.isdigit()) or not _grouped(whole):
        return None
    for separator in _SEPARATORS:
        whole = whole.replace(separator, "")
    if len(whole) + len(decimals) > _MAX_DIGITS:
        return None  # a run of digits glued to 万元 (…4302111983122853722.5万元) is no amount
    value = Decimal(whole + point + decimals)
    if rest[:1] in _BIG_UNITS:
        value *= _BIG_UNITS[rest[0]]
        rest = rest[1:]
        if value == value.to_integral_value():
            # 2.5万 is 25000 yuan, not 25000.0: the scale came from 万, not the print.
            value = value.quantize(Decimal(1))
    if not rest:
        return value
    if rest[0] not in _YUAN_CHARS:
        return None
    fraction = _fraction(rest[1:])
    return None if fraction is None else value + fraction


#: More digits than any amount a notice prints (a trillion yuan has 13): beyond
#: this, a number is a run of other numbers, and scaling it by 万 would exceed the
#: precision of a Decimal.
_MAX_DIGITS = 18


def _grouped(whole: str) -> bool:
    """Digits, grouped by three when grouped at all (rule 5): 1,234,560, not 12,34."""
    groups = whole.replace("'", ",").replace("’", ",").split(",")
    if not all(g.isdigit() for g in groups):
        return False
    return len(groups) == 1 or (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))


def _chinese(text: str) -> Decimal | None:
    """贰万元整, 肆佰元零捌分: a Chinese integer, 元, then 角 and 分."""
    for at, char in enumerate(text):
        if char in _YUAN_CHARS:
            whole = chinese_integer(text[:at])
            fraction = _fraction(text[at + 1:])
            if whole is None or fraction is None:
                return None
            return whole + fraction
    return None


def _fraction(text: str) -> Decimal | None:
    """角 and 分 after the 元, each perhaps after a 零 (rule 4): 零捌分 is 0.08."""
    value = Decimal(0)
    at = 0
    for unit, scale in (("角", Decimal("0.1")), ("分", Decimal("0.01"))):
        start = at
        if text.startswith("零", at) and _digit(text[at + 1:at + 2]) is not None:
            at += 1  # 元零捌分 (no 角), 元零伍角 (no 元 digit): the 零 marks the zero
        digit = _digit(text[at:at + 1])
        if digit is not None and text[at + 1:at + 2] == unit:
            value += digit * scale
            at += 2
        else:
            at = start
    return value if at == len(text) else None


def _digit(char: str) -> int | None:
    if char.isascii() and char.isdigit():
        return int(char)
    return _DIGITS.get(char) if char else None


