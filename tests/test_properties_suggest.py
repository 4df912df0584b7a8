"""Property tests of voidnotice.suggest: a caught look-alike misreading is undone."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import bench
from voidnotice import Kind, suggest, validate
from voidnotice.corrections import LOOKALIKE_GROUPS
from voidnotice.ids import module_for
from voidnotice.validation import Identifier

BENCH = bench.load("suggest")
#: Every kind with a check character that has a generator of valid numbers.
KINDS = [k for k in BENCH.GENERATORS if module_for(k).HAS_CHECK_CHARACTER]
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much])


def _one_edit_apart(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    lookalike = len(diff) == 2 and all(
        any(a[i] in g and b[i] in g for g in LOOKALIKE_GROUPS) for i in diff)
    return (swapped and a[diff[1]] == b[diff[0]]) or lookalike


@SETTINGS
@given(kind=st.sampled_from(KINDS), rng=st.randoms(use_true_random=False))
def test_caught_misreading_is_undone(kind: Kind, rng: random.Random) -> None:
    original = BENCH.GENERATORS[kind](rng)
    assert validate(original, kind).valid
    wrong = BENCH.misread(rng, original, kind)
    assume(wrong is not None)
    assert original in [s.value for s in suggest(wrong, kind, limit=1000)]


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_uscc_caught_misreading_in_top_five(rng: random.Random) -> None:
    original = BENCH.valid_uscc(rng)
    wrong = BENCH.misread(rng, original, Kind.USCC)
    assume(wrong is not None)
    assert original in [s.value for s in suggest(wrong, Kind.USCC)]


@SETTINGS
@given(kind=st.sampled_from(KINDS), rng=st.randoms(use_true_random=False))
def test_suggestions_are_valid_and_one_edit_away(kind: Kind, rng: random.Random) -> None:
    original = BENCH.GENERATORS[kind](rng)
    pos = rng.randrange(len(original))
    wrong = original[:pos] + rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") + original[pos + 1:]
    found = suggest(wrong, kind, limit=1000)
    if validate(wrong, kind).valid:
        assert found == []
    values = [s.value for s in found]
    assert len(set(values)) == len(values)
    for s in found:
        assert s.valid and s.kind is kind and s.raw == s.value
        assert _one_edit_apart(module_for(kind).compact(wrong), s.value)


@SETTINGS
@given(kind=st.sampled_from(KINDS), rng=st.randoms(use_true_random=False))
def test_valid_numbers_get_nothing(kind: Kind, rng: random.Random) -> None:
    assert suggest(BENCH.GENERATORS[kind](rng), kind) == []


def _rank_key(wrong: str, suggestion: Identifier) -> tuple[float, int]:
    """The score and the position a suggestion ranks by (the swap's left character)."""
    _, weight, prior = BENCH.explain(wrong, suggestion)
    diff = [i for i, (a, b) in enumerate(zip(wrong, suggestion.value, strict=True)) if a != b]
    swap = len(diff) == 2 and diff[1] == diff[0] + 1 and wrong[diff[0]] == suggestion.value[diff[1]]
    return weight * prior, diff[0] if swap else diff[-1]


@SETTINGS
@given(kind=st.sampled_from(KINDS), rng=st.randoms(use_true_random=False))
def test_ranked_by_score_then_the_change_further_right(kind: Kind, rng: random.Random) -> None:
    original = BENCH.GENERATORS[kind](rng)
    wrong = BENCH.misread(rng, original, kind)
    assume(wrong is not None)
    keys = [_rank_key(wrong, s) for s in suggest(wrong, kind, limit=1000)]
    assert keys == sorted(keys, reverse=True)
