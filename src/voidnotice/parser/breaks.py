"""Where a line break falls inside a word or a number, and what goes with it.

A narrow column sets a hyphen where it breaks a word or a number (临洮县…不慎遗失营- /
业执照正副本); the hyphen goes with the break. A page's lines and a notice given in
several lines are joined by the same rule, so a notice reads the same alone and in a
block.
"""

from __future__ import annotations

import string

from voidnotice.ids._base import DIGITS
from voidnotice.parser.patterns import is_han

#: The column's rule a photo's OCR reads at a line's end (…汉牡丹文化传媒有限公| / 司遗失…,
#: 牛城晚报): no part of the line, on a page or in a notice given in lines. (│ and ┃: a word
#: processor's table copied to text, set EQ.)
COLUMN_RULES = "|¦丨│┃"


def hyphenated(before: str, after: str) -> bool:
    """Did the layout hyphenate a word or number at this break (营- / 业执照)? One hyphen
    after a character of content, content at the start of the next line; not the dash
    of a range, between two numbers of the same length (号码00812331－ / 00812335).

    ``before`` and ``after`` are the folded lines on either side of the break.

    >>> hyphenated("遗失营-", "业执照"), hyphenated("号码00812331-", "00812335")
    (True, False)
    >>> hyphenated("字号：J231124-", "2018-000527")
    False

    A name's or a plate's middle dot may open the next line (巴合提别克- / ·努尔兰, 吉G- /
    ·3F528): the hyphen goes with the break there too.

    >>> hyphenated("本人巴合提别克-", "·努尔兰")
    True

    OCR that spaced a line's characters out spaced the hyphen out with them (营 业 执 照
    正 - / 本): one space before it, after a character with a space before it too.

    >>> hyphenated("营 业 执 照 正 -", "本 ,"), hyphenated("张三 -", "李四")
    (True, False)

    Or with the next line spaced out, the line before it only partly (崇明区向化镇陆 - /
    建 新 遗 失…, break fuzz seed 30).

    >>> hyphenated("崇明区向化镇陆 -", "建 新 遗 失"), hyphenated("崇明区向化镇陆 -", "建新遗失")
    (True, False)
    """
    if before[-2:] == " -" and len(before) >= 3 and before[-3] != " " and (
            before[-4:-3] in ("", " ") or after[1:2] == " "):
        before = before[:-2] + "-"
    opening = after[1:2] if after[:1] == "·" else after[:1]
    if not (len(before) >= 2 and before[-1] == "-" and before[-2] not in "- " and opening
            and (opening.isalnum() or is_han(opening))):
        return False
    left = len(before) - 1 - len(before[:-1].rstrip(DIGITS))
    right = len(after) - len(after.lstrip(DIGITS))
    if left >= 4 and left == right:
        return False
    # 字号：J231124- / 2018-000527 (a marriage certificate's number, 黑龙江晨报): a number
    # written with hyphens keeps the one at the break
    return "-" not in _number_end(before[:-1]) + _number_start(after)


def _number_end(text: str) -> str:
    """The letters, digits and hyphens ``text`` ends with."""
    kept = text.rstrip(_NUMBER_CHARACTERS)
    return text[len(kept):]


def _number_start(text: str) -> str:
    """The letters, digits and hyphens ``text`` starts with."""
    return text[:len(text) - len(text.lstrip(_NUMBER_CHARACTERS))]


_NUMBER_CHARACTERS = DIGITS + string.ascii_letters + "-"
