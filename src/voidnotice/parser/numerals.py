"""Chinese numerals as notices print them.

Counts come as 一枚, 两本, 壹份, 3份; amounts, read with the same digits,
are in :mod:`voidnotice.parser.amounts` (``parse_amount`` is here too, where it was first).

>>> chinese_to_int("贰万")
20000
"""

from __future__ import annotations

from decimal import Decimal

# The numerals as characters, for the patterns; every pattern's class is built from these.
#: 一 to 十: numbering (一、), edition numbers (第七版) and, with 〇 and 零, dates.
NUMERALS_TO_TEN = "一二三四五六七八九十"
#: …and with 〇 and 零, the numerals of a date (二〇二六年十二月三日). Old pages and
#: their OCR set the zero as the circle ○ (于二○○五年三月, set DW).
DATE_NUMERALS = f"〇○零{NUMERALS_TO_TEN}"
#: The 小写 digits 一 to 九 with 两 (兩), as counts and amounts print them.
LOWER_DIGITS = "一二两兩三四五六七八九"
#: The 大写 digits of amounts and counts (壹份, 人民币伍万元), simplified and traditional.
CAPITAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖"

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2, "两": 2,
    "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def chinese_to_int(text: str) -> int | None:
    """The value of a count: plain digits or a Chinese integer; None if it is neither.

    >>> [chinese_to_int(n) for n in ("一", "十二", "两", "壹佰零伍")]
    [1, 12, 2, 105]
    >>> chinese_to_int("3"), chinese_to_int("张") is None
    (3, True)
    """
    if text.isdecimal() and text.isascii():
        return int(text)
    return chinese_integer(text)


def chinese_integer(text: str) -> int | None:
    """A Chinese integer as an amount writes it; None when it is not well formed.

    Units fall from 仟 to 拾 within each 万 and each 亿; 零 stands for the
    zeros between them (rule 4 of :mod:`voidnotice.parser.amounts`). Digits
    with no unit are read by position.

    >>> [chinese_integer(n) for n in ("壹拾贰万零叁佰", "壹亿贰仟万", "陆仟零柒", "拾万")]
    [120300, 120000000, 6007, 100000]
    >>> chinese_integer("一〇〇〇")
    1000
    >>> chinese_integer("伍佰仟") is None, chinese_integer("") is None
    (True, True)
    """
    if not text or any(c not in _DIGITS and c not in _SMALL_UNITS and c not in _BIG_UNITS
                       for c in text):
        return None
    if all(c in _DIGITS for c in text):  # 一〇〇〇: digits by position, as a year is written
        return int("".join(str(_DIGITS[c]) for c in text))
    total = block = section = 0  # done at 亿, done at 万, under 万
    digit: int | None = None
    smallest = 10_000  # the unit just read: the next one must be smaller
    for char in text:
        if char in _DIGITS and _DIGITS[char] == 0 and char in "零〇○":
            if digit is not None:
                return None  # 伍零: a digit needs its unit
        elif char in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if unit >= smallest:
                return None  # 伍佰仟: units fall within a 万
            if digit is None and unit != 10:
                return None  # 拾 alone is 10 (拾万元); 佰 alone is nothing
            section += (1 if digit is None else digit) * unit
            digit, smallest = None, unit
        elif _BIG_UNITS[char] == 10_000:
            if block or section + (digit or 0) == 0:
                return None
            block, section, digit, smallest = (section + (digit or 0)) * 10_000, 0, None, 10_000
        else:  # 亿
            if total or block + section + (digit or 0) == 0:
                return None
            total = (block + section + (digit or 0)) * 100_000_000
            block, section, digit, smallest = 0, 0, None, 10_000
    return total + block + section + (digit or 0)


def parse_amount(text: str) -> Decimal | None:
    """An amount in yuan from its printed form: :func:`voidnotice.parser.amounts.parse_amount`.

    >>> parse_amount("2.5万元"), parse_amount("人民币捌仟圆整")
    (Decimal('25000'), Decimal('8000'))
    """
    # Imported here: amounts reads its digits from this module.
    from voidnotice.parser.amounts import parse_amount as read

    return read(text)
