"""voidnotice.plausibility: the prior each trait of a number contributes."""

from __future__ import annotations

import pytest

from voidnotice import plausibility, validate
from voidnotice.ids import org_code, resident_id, uscc


def _uscc(head: str) -> str:
    """A valid USCC from its first 16 characters."""
    body = head + org_code.calc_check_digit(head[8:16])
    return body + uscc.calc_check_digit(body)


def _rid(body: str) -> str:
    return body + resident_id.calc_check_digit(body)


def prior(number: str, kind: str) -> float:
    result = validate(number, kind)
    assert result.valid, (number, result.errors)
    return plausibility.prior(result, number)


@pytest.mark.parametrize(("number", "factor"), [
    (_uscc("91110108MA01G0FB"), 1.0),  # common pair, known region, MA code
    (_uscc("91110108600037341"[:16]), 1.0),  # an older all-digit code
    (_uscc("91310175MA1K3BTP"), plausibility.UNKNOWN_REGION),  # 310175: no such region
    (_uscc("91110110MA01G0FB"), plausibility.OLD_REGION),  # 燕山区, withdrawn in 1986
    (_uscc("71110108MA01G0FB"), 0.3),  # 宗教活动场所: a less common pair
    (_uscc("Y1110108MA01G0FB"), 0.1),  # the rarest pairs
    (_uscc("91110108M401G0FB"), plausibility.MISSING_MA),
    (_uscc("9111010860AB3734"), plausibility.LETTERS_IN_OLD_CODE),
])
def test_uscc_factors(number: str, factor: float) -> None:
    assert prior(number, "uscc") == pytest.approx(factor)


@pytest.mark.parametrize(("number", "factor"), [
    (_rid("11010519801231002"), 1.0),
    (_rid("11010519451231002"), 0.6),
    (_rid("11010519351231002"), 0.3),
    (_rid("11010519251231002"), 0.1),
    (_rid("11010518991231002"), 0.002),
    (_rid("81000019901231002"), 0.2),  # a Hong Kong resident's permit
    (_rid("11011819701231002"), plausibility.LATE_REGION),  # 密云区 from 2015, born 1970
    (_rid("11011820001231002"), 1.0),  # born 2000: a first card after 2015 is plausible
    # Nobody had a number before the first cards of 1984: born 1950 counts as 1968.
    (_rid("31011219501231002"), 1.0),  # 闵行区 from 1981: on the first cards
    (_rid("31011319501231002"), 1.0),  # 宝山区 from 1988: 20 years after 1968
    (_rid("32028119501231002"), plausibility.LATE_REGION),  # 江阴市 from 1989: later
    (_rid("32028119701231002"), 1.0),  # born 1970: 1989 is within 20 years
    # 昌平县 (110201), withdrawn in 1982: valid for a holder born before, on no card
    (_rid("11020119501231002"), plausibility.OLD_REGION),
    (_rid("11020119801231002"), plausibility.OLD_REGION),
])
def test_resident_id_factors(number: str, factor: float) -> None:
    assert prior(number, "resident_id") == pytest.approx(factor)


def test_lone_org_codes_keep_their_letters() -> None:
    assert prior("D2143569-X", "org_code") == 1.0
    body = "M4012345"
    assert prior(body + org_code.calc_check_digit(body), "org_code") == plausibility.MISSING_MA


def test_check_character_edits_cost_nothing() -> None:
    result = validate("91110108MA01G0FB09", "uscc")
    assert plausibility.prior(result, "91110108MA01G0FB0X") == plausibility.CHECK_EDIT == 1.0
