"""How plausible a valid number is: the prior that :func:`voidnotice.suggest` ranks with.

Two valid numbers can each be one misreading away from what was printed;
the reader's question is which of them was printed. :func:`prior` answers
for one candidate with a factor, ``1.0`` for a number with nothing unusual,
smaller for each unusual trait (the factors multiply):

* a region code in no version of the division data (``0.05``), or one
  withdrawn years before the kind existed (``0.3``);
* a USCC authority and category pair that is rare in real codes (``0.3``
  for the less common pairs, ``0.1`` for the rarest; ``91`` and ``92`` are
  most codes printed);
* a USCC subject code starting with ``M`` but not ``MA`` (``0.05``): codes
  issued after 2015 start ``MA``; an older code (not starting ``M``) with
  letters in its body (``0.2``): in USCCs those are digits but in a few
  provinces (lone organisation codes only get the ``MA`` factor);
* a resident ID's birth year before 1950 (``0.6`` in the 1940s, ``0.3`` in
  the 1930s, ``0.1`` in the 1920s, less before: the living thin out), a
  holder other than a resident (a permit or foreigner's number, ``0.2``);
* a resident ID's region code out of step with when the number was first
  assigned (the code is the one in force then): created more than 20 years
  after the birth year (``0.3``), births before 1968 counting as 1968, since
  nobody had a number before the first resident identity cards of 1984
  (issued from 16); or withdrawn before 1984, so that no card can have
  carried it (``0.3``; the check only refuses a code withdrawn before the
  birth year);
* an edit of the check character rather than of the body: ``1.0``, no
  penalty. A changed check character makes any body pass, so it seemed to
  explain the least; measured, a penalty made the ranking slightly worse
  (``docs/suggest.md``), so it stays a named factor of 1.

The factors are judgements from the standards and from the distribution of
real numbers in ``tests/data`` (see ``docs/suggest.md``).

>>> from voidnotice import validate
>>> prior(validate("91110108MA01G0FB09", "uscc"), "91110108MA01G0FB0X")
1.0
>>> prior(validate("91310175MA1K3BTP28", "uscc"), "91310175MA1K3BTP2B")  # no such region
0.05
"""

from __future__ import annotations

import datetime
from typing import Any

from voidnotice import regions
from voidnotice.kinds import Kind
from voidnotice.regions import Region
from voidnotice.validation import Identifier

__all__ = ["CHECK_EDIT", "prior"]

#: The factor of an edit of the check character (the last one).
CHECK_EDIT = 1.0
UNKNOWN_REGION = 0.05
OLD_REGION = 0.3
MISSING_MA = 0.05
LETTERS_IN_OLD_CODE = 0.2
#: A resident ID's region code created this many years after the birth year
#: is unlikely to be the one in force when the number was first assigned.
LATE_REGION_YEARS = 20
LATE_REGION = 0.3
#: The first resident identity cards, and with them the first numbers (the
#: 1984 trial issue; the 居民身份证条例 of 1985), went to residents of 16 and
#: over: a holder born earlier got a number no sooner than 1984.
FIRST_CARDS = 1984
CARD_AGE = 16
#: A USCC's region code withdrawn more than this many years before 2015 is
#: implausible (the division data's years are those of its editions).
WITHDRAWAL_MARGIN = 5

#: USCC authority and category pairs by how often real codes carry them.
COMMON_PAIRS = frozenset({"91", "92", "93", "11", "12", "51", "52", "53", "31", "N2", "N3"})
RARE_PAIRS = frozenset({"21", "41", "61", "62", "A1", "A9", "Y1"})


def _region(region: Region | None, issued_from: int | None) -> float:
    if region is None or region.code in ("100000",) or region.code.endswith("0000"):
        return 1.0
    if not region.known:
        return UNKNOWN_REGION
    until = region.in_force_until
    if issued_from is not None and until is not None and until < issued_from - WITHDRAWAL_MARGIN:
        return OLD_REGION
    return 1.0


def _uscc(parts: Any) -> float:
    factor = _region(parts.region, 2015)
    pair = parts.authority + parts.category
    if pair not in COMMON_PAIRS:
        factor *= 0.1 if pair in RARE_PAIRS else 0.3
    factor *= _org_form(parts.org_code, embedded=True)
    return factor


def _org_form(code: str, embedded: bool = False) -> float:
    if code.startswith("M"):
        return 1.0 if code.startswith("MA") else MISSING_MA
    # Codes in USCCs from before 2015 are digits, but for a few provinces'
    # letters; lone organisation codes with letters are printed more often.
    return 1.0 if not embedded or code[:8].isdigit() else LETTERS_IN_OLD_CODE


#: Birth years and their factor: the living population thins out with age.
BIRTH_YEAR_FACTORS: tuple[tuple[int, float], ...] = (
    (1950, 1.0), (1940, 0.6), (1930, 0.3), (1920, 0.1), (1900, 0.02), (0, 0.002),
)


def _birth_year(year: int) -> float:
    return next(f for start, f in BIRTH_YEAR_FACTORS if year >= start)


def _resident(parts: Any) -> float:
    factor = 1.0 if parts.holder == "resident" else 0.2
    born: datetime.date | None = parts.birth_date
    if born is not None:
        factor *= _birth_year(born.year)
    region: Region = parts.region
    if parts.holder != "resident":
        return factor
    if born is not None:
        factor *= _resident_region_timing(region, born.year)
    return factor * _region(region, None)


def _resident_region_timing(region: Region, birth_year: int) -> float:
    """Whether the code can have been in force when the number was first assigned.

    That was at birth, at the first card (from 16) or later, and never before
    :data:`FIRST_CARDS`: a code created more than 20 years after the birth
    year (after 1988 for a holder 16 or older in 1984) means a late first
    number, and a code withdrawn before 1984 was on no card. (The check
    itself only refuses a code withdrawn before the birth year.)
    """
    factor = 1.0
    start = region.in_force_from
    reference = max(birth_year, FIRST_CARDS - CARD_AGE)
    if start is not None and start > reference + LATE_REGION_YEARS:
        factor *= LATE_REGION
    history = regions.windows(region.code)
    if history and all(w.end is not None and w.end < FIRST_CARDS for w in history):
        factor *= OLD_REGION
    return factor


def prior(result: Identifier, misread: str) -> float:
    """The plausibility factor of a valid ``result`` corrected from ``misread``.

    ``misread`` is the number as read, compact, of the same length.

    >>> from voidnotice import validate
    >>> prior(validate("120110198012010073", "resident_id"), "120110193012010073")
    1.0
    >>> prior(validate("120110193012070073", "resident_id"), "120110193012010073")
    0.3
    """
    parts = result.parts
    factor = 1.0
    if parts is not None:
        if result.kind is Kind.USCC:
            factor = _uscc(parts)
        elif result.kind is Kind.RESIDENT_ID:
            factor = _resident(parts)
        elif result.kind is Kind.ORG_CODE:
            factor = _org_form(result.value)
        else:
            factor = _region(getattr(parts, "region", None), None)
    if len(misread) == len(result.value) and misread[-1] != result.value[-1]:
        factor *= CHECK_EDIT
    return factor
