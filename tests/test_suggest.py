"""Unit tests of voidnotice.suggest and the command line's suggestions."""

from __future__ import annotations

import io
import json
import random

import pytest
import regex

import bench
from voidnotice import Kind, UnknownKindError, lookalikes, plausibility, suggest, validate
from voidnotice.cli import run_validate
from voidnotice.ids import module_for, org_code, resident_id, uscc
from voidnotice.validation import IDENTIFY_ORDER

BENCH = bench.load("suggest")


def values(value: str, kind: Kind | str | None = None, limit: int = 5) -> list[str]:
    return [s.value for s in suggest(value, kind, limit=limit)]


def test_seed_page_code() -> None:
    assert values("92430203MA41YB4C2X", "uscc")[:2] == ["92430203MA4LYB4C2X", "92430203MA41YB4D2X"]


def test_each_suggestion_is_its_validation_result() -> None:
    for result in suggest("92430203MA41YB4C2X", "uscc"):
        assert result.valid and result.kind is Kind.USCC
        assert result == validate(result.raw, "uscc")
        assert result.raw == result.value


@pytest.mark.parametrize("kind", [Kind.USCC, Kind.ORG_CODE, Kind.REGISTRATION_NUMBER,
                                  Kind.RESIDENT_ID, Kind.TAXPAYER_ID])
def test_valid_numbers_get_nothing(kind: Kind) -> None:
    for example in module_for(kind).EXAMPLES:
        assert suggest(example, kind) == []
        assert suggest(example) == []


@pytest.mark.parametrize("kind", [k for k in IDENTIFY_ORDER
                                  if not module_for(k).HAS_CHECK_CHARACTER])
def test_kinds_without_check_character_get_nothing(kind: Kind) -> None:
    example = module_for(kind).EXAMPLES[0]
    wrong = example[:-1] + ("8" if example[-1] != "8" else "B")
    assert suggest(wrong, kind) == []


def test_charset_failure_gets_its_look_alike() -> None:
    assert values("91110108MA01GOFB09", "uscc") == ["91110108MA01G0FB09"]
    assert values("91110108MA01GOFB09") == ["91110108MA01G0FB09"]
    assert values("9111 0108 ma01 gofb 09") == ["91110108MA01G0FB09"]


def test_two_look_alikes_only_when_one_edit_finds_nothing() -> None:
    assert values("91110108MAO1GOFB09", "uscc") == ["91110108MA01G0FB09"]
    # one edit fixes this one, so no pair of changes is offered beside it
    assert all(
        sum(a != b for a, b in zip(s, "92430203MA41YB4C2X", strict=True)) <= 2
        for s in values("92430203MA41YB4C2X", "uscc", limit=100)
    )


def test_neighbour_swap() -> None:
    original = "91110108MA01G0FB09"
    swapped = original[:9] + original[10] + original[9] + original[11:]  # MA -> AM
    assert not validate(swapped, "uscc").valid
    assert original in values(swapped, "uscc")


def test_ranking_look_alikes_then_swaps_then_others() -> None:
    # 1->L at position 12 is a look-alike; C->D at position 16 is not, though later
    assert values("92430203MA41YB4C2X", "uscc") == ["92430203MA4LYB4C2X", "92430203MA41YB4D2X"]
    ranked = values("D2143569-1", "org_code", limit=100)
    # two "other" changes of equal likelihood and plausibility: the later position first
    assert ranked.index("D2143569X") < ranked.index("D21435681")
    assert ranked == values("D2143569-1", "org_code", limit=100)  # deterministic


def test_resident_id_x_only_last() -> None:
    for s in values("110105194912310021", "resident_id", limit=100):
        assert "X" not in s[:-1]
    # 0 read for 8 in the sequence is likelier than 1 printed for X
    assert values("110105194912310021", "resident_id")[:2] == [
        "110105194912318021", "11010519491231002X"]


def test_suggestions_respect_each_position() -> None:
    for kind in BENCH.GENERATORS:
        compiled = regex.compile(module_for(kind).PATTERN)
        for _, wrong in BENCH.samples(kind, 40, 7):
            for s in values(wrong, kind, limit=100):
                assert compiled.fullmatch(s), (kind, wrong, s)


def test_limit() -> None:
    assert len(suggest("D2143569-1", "org_code", limit=1)) == 1
    assert suggest("D2143569-1", "org_code", limit=0) == []
    assert len(suggest("D2143569-1", "org_code", limit=100)) > 5
    with pytest.raises(ValueError):
        suggest("D2143569-1", "org_code", limit=-1)


def test_unknown_kind_and_unfitting_lengths() -> None:
    with pytest.raises(UnknownKindError):
        suggest("91110108MA01G0FB08", "usc")
    assert suggest("hello") == []
    assert suggest("91110108MA01G0FB0", "uscc") == []  # only same-length edits


def test_without_kind_tries_fitting_kinds() -> None:
    wrong = "110105194912310021"  # a resident ID with its check character misread
    found = suggest(wrong)
    assert [s.value for s in found][:2] == ["110105194912318021", "11010519491231002X"]
    assert found[0].kind is Kind.RESIDENT_ID
    # shaped like a resident ID, it is one that failed, not a valid serial
    assert validate(wrong).kind is Kind.RESIDENT_ID
    assert not validate(wrong).valid


def test_check_sums_agree_with_check_digits() -> None:
    rng = random.Random(11)
    for _ in range(500):
        body = "".join(rng.choice(org_code.BODY_ALPHABET) for _ in range(8))
        for c in org_code.CHECK_ALPHABET:
            ((modulus, target, terms),) = org_code.CHECK_SUMS
            passes = sum(w * v[ch] for (_, w, v), ch in zip(terms, body + c, strict=True))
            assert (passes % modulus == target) == (org_code.calc_check_digit(body) == c)
        head = "91110108" + "".join(rng.choice(uscc.ALPHABET) for _ in range(9))
        for c in uscc.ALPHABET:
            number = head + c
            modulus, target, terms = uscc.CHECK_SUMS[0]
            total = sum(w * v[number[p]] for p, w, v in terms)
            assert (total % modulus == target) == (uscc.calc_check_digit(number) == c)


def test_resident_id_check_sum_agrees_with_its_check_character() -> None:
    rng = random.Random(12)
    ((modulus, target, terms),) = resident_id.CHECK_SUMS
    for _ in range(500):
        body = "".join(rng.choice("0123456789") for _ in range(17))
        for c in "0123456789X":
            number = body + c
            passes = sum(w * v[number[p]] for p, w, v in terms) % modulus == target
            assert passes == (resident_id.calc_check_digit(body) == c)


def test_alphabets_hold_every_example() -> None:
    for module in (uscc, org_code):
        for example in module.EXAMPLES:
            assert all(c in a for c, a in zip(example, module.ALPHABETS, strict=True))


def test_uscc_original_first_in_95_percent() -> None:
    first, anywhere = BENCH.shares(Kind.USCC, 300, 1)
    assert first >= 0.95
    assert anywhere >= 0.99


def test_cli_text_and_jsonl() -> None:
    out = io.StringIO()
    assert run_validate(["92430203MA41YB4C2X"], "uscc", False, "text", out) == 1
    assert out.getvalue().rstrip("\n").endswith(
        "\tdid you mean: 92430203MA4LYB4C2X, 92430203MA41YB4D2X")
    out = io.StringIO()
    run_validate(["92430203MA41YB4C2X", "91110108MA01G0FB09"], "uscc", False, "jsonl", out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["suggestions"] == ["92430203MA4LYB4C2X", "92430203MA41YB4D2X"]
    assert second["valid"] and second["suggestions"] == []
    out = io.StringIO()
    run_validate(["91110108MA01GOFB09"], None, False, "text", out)
    assert out.getvalue().startswith("91110108MA01GOFB09\t?\tINVALID\tkind: ")
    assert out.getvalue().rstrip("\n").endswith("\tdid you mean: 91110108MA01G0FB09")


def test_lookalike_table_holds_the_pairs_print_confuses() -> None:
    digit_pairs = ["38", "17", "56", "68", "08"]
    letter_pairs = ["O0", "D0", "Q0", "I1", "L1", "Z2", "S5", "B8", "G6"]
    for pair in digit_pairs + letter_pairs:
        a, b = pair[0], pair[1]
        assert lookalikes.weight(a, b) == lookalikes.weight(b, a) > 0, (a, b)
        assert b in lookalikes.LOOKALIKES[a]
    assert lookalikes.weight("O", "0") > lookalikes.weight("3", "8") > lookalikes.weight("2", "4")


def test_region_that_exists_beats_one_that_never_did() -> None:
    # 1 read as 7 in the region: keeping 310175 (no such code) and fixing the check is worse
    assert values("91310175MA1K3BTP2B", "uscc")[:2] == [
        "91310115MA1K3BTP2B", "91310175MA1K3BTP28"]


def test_ma_subject_code_beats_m4() -> None:
    head = "91340621MA2PBPLU0"
    original = head + uscc.calc_check_digit(head)
    wrong = original[:9] + "4" + original[10:]
    assert values(wrong, "uscc")[0] == original


def test_digit_look_alikes_in_region_and_year() -> None:
    assert values("440118198001010012", "resident_id")[0] == "440113198001010012"  # 3 read as 8
    assert values("120110193012010073", "resident_id")[0] == "120110198012010073"  # 1980 as 1930


def test_region_on_the_first_cards_beats_one_created_after_them() -> None:
    # Born 1959: the number dates from the first cards of 1984 at the earliest, so
    # 新华区 (130105, from 1983) is ordinary, and 鹿泉市 (130185, 1994-2014) is late.
    wrong = "130185195906113175"
    original = "130105195906113175"  # 0 read as 8 in the region
    assert values(wrong, "resident_id")[0] == original
    assert plausibility.prior(validate(original, "resident_id"), wrong) == 1.0


def test_region_withdrawn_before_the_first_cards() -> None:
    # 昌平县 was 110201 until 1982, then 110221: a holder born in 1980 got a number
    # (at 16 at the latest) with 110221, never with 110201, though the check allows it.
    wrong = "110201198012310028"
    found = values(wrong, "resident_id")
    assert found.index("110221198012310028") < found.index("110201198012310022")
    assert plausibility.prior(validate("110201198012310022", "resident_id"), wrong) == (
        plausibility.OLD_REGION)


def test_symmetric_tie_goes_to_the_change_further_right() -> None:
    # 1998 read for 1990, or 078 read for 070 in the sequence: the same look-alike
    # pair (0/8) and the same plausibility, so nothing in the number decides.
    wrong = "110105199803070105"
    first, second = suggest(wrong, "resident_id")[:2]
    assert (first.value, second.value) == ("110105199803078105", "110105199003070105")
    assert plausibility.prior(first, wrong) == plausibility.prior(second, wrong) == 1.0
    assert BENCH.explain(wrong, first)[1:] == BENCH.explain(wrong, second)[1:]


@pytest.mark.parametrize(("kind", "threshold"), [(Kind.USCC, 0.99), (Kind.RESIDENT_ID, 0.97)])
def test_real_numbers_original_first(kind: Kind, threshold: float) -> None:
    """Every caught single look-alike misreading of the repository's real numbers."""
    numbers = BENCH.real_numbers(kind)
    assert len(numbers) >= 6
    total, first, within = BENCH.real_shares(kind, numbers)
    assert total > 200
    assert first / total >= threshold
    assert within == total  # always within the default limit
