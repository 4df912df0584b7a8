"""Chinese numerals and amounts as notices print them.

Counts come as 一枚, 两本, 壹份, 3份; amounts as 226264元, ¥1,234.50,
2.5万元, 贰万元整, 人民币伍仟元整, 壹万贰仟叁佰元伍角.

>>> chinese_to_int("贰万")
20000
>>> parse_amount("2.5万元")
Decimal('25000')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def chinese_to_int(text: str) -> int | None:
    """The value of a Chinese integer (or plain digits); None if it is not one.

    >>> [chinese_to_int(n) for n in ("一", "十二", "两", "壹佰零伍")]
    [1, 12, 2, 105]
    >>> chinese_to_int("3"), chinese_to_int("张") is None
    (3, True)
    """
    if text.isdecimal() and text.isascii():
        return int(text)
    if not text or any(c not in _DIGITS and c not in _SMALL_UNITS and c not in _BIG_UNITS
                       for c in text):
        return None
    total = section = digit = 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[char]
            digit = 0
        else:
            total = (total + section + digit) * _BIG_UNITS[char]
            section = digit = 0
    return total + section + digit


def parse_amount(text: str) -> Decimal | None:
    """An amount in yuan from its printed form; None when it cannot be read.

    >>> parse_amount("226264元"), parse_amount("¥1,234.50"), parse_amount("贰万元整")
    (Decimal('226264'), Decimal('1234.50'), Decimal('20000'))
    >>> parse_amount("人民币伍仟元整"), parse_amount("壹万贰仟叁佰元伍角")
    (Decimal('5000'), Decimal('12300.5'))
    >>> parse_amount("元") is None
    True
    """
    cleaned = text.replace(",", "").replace("，", "").replace(" ", "")
    for prefix in ("人民币", "RMB", "¥", "￥"):
        cleaned = cleaned.removeprefix(prefix)
    cleaned = cleaned.removesuffix("整").removesuffix("正")
    yuan, _, fraction = cleaned.partition("元")
    if not yuan:
        return None
    multiplier = 1
    if yuan[-1] in _BIG_UNITS and yuan[:-1].replace(".", "", 1).isdecimal():
        multiplier, yuan = _BIG_UNITS[yuan[-1]], yuan[:-1]
    try:
        value = Decimal(yuan) * multiplier
        if multiplier != 1 and value == value.to_integral_value():
            # 2.5万 is 25000 yuan, not 25000.0: the scale came from 万, not the print.
            value = value.quantize(Decimal(1))
    except InvalidOperation:
        whole = chinese_to_int(yuan)
        if whole is None:
            return None
        value = Decimal(whole)
    return value + _fraction(fraction)


def _fraction(text: str) -> Decimal:
    """角 and 分 after the 元: 伍角 is 0.5, 伍角陆分 0.56."""
    value = Decimal(0)
    digit: int | None = None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char == "角" and digit is not None:
            value += Decimal(digit) / 10
        elif char == "分" and digit is not None:
            value += Decimal(digit) / 100
    return value
