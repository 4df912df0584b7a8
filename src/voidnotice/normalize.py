"""Turn a number as printed into the characters the standards speak of.

Newspaper and OCR text writes full-width digits, lower case, spaces every few
characters, hyphens and middle dots, and a trailing ``号``. Normalising is
Unicode NFKC, upper case, then dropping those separators. Look-alike letters
(O for 0, I for 1) are never silently repaired: that is what
:func:`voidnotice.suggest` is for.
"""

from __future__ import annotations

import unicodedata

# NFKC has already folded full-width forms, so only half-width separators and
# the dashes and dots NFKC leaves alone need listing.
_SEPARATORS = " \t\r\n\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212·・.\u30fb"
_DROP_SEPARATORS = str.maketrans("", "", _SEPARATORS)


def fold(text: str) -> str:
    """NFKC and upper case, nothing removed.

    >>> fold("９１ａ－Ｘ")
    '91A-X'
    """
    return unicodedata.normalize("NFKC", text).upper()


def compact(number: str) -> str:
    """Return the number without separators, in half-width upper case.

    >>> compact("９２４３ ０２０３ ma4l yb4c 2x")
    '92430203MA4LYB4C2X'
    >>> compact("D2143569-X")
    'D2143569X'
    >>> compact("00966245号")
    '00966245'
    """
    folded = fold(number).translate(_DROP_SEPARATORS)
    return folded[:-1] if folded.endswith("号") else folded
