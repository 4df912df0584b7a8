"""No content of any length makes validation raise anything but its documented errors.

``voidnotice.validate(s, kind=k)`` and each module's ``is_valid`` never
raise; the pydantic types raise only ``pydantic.ValidationError``. Written
over every ``Kind``: a kind whose module has not landed yet is skipped.
"""

from __future__ import annotations

import contextlib
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from voidnotice import Kind, types, validate
from voidnotice.ids import KindModule, module_for

MEGABYTE = 1_000_000
TYPES = {
    cls.kind: cls
    for cls in vars(types).values()
    if isinstance(cls, type)
    and issubclass(cls, types.IdentifierStr)
    and cls is not types.IdentifierStr
}


def _module(kind: Kind) -> KindModule:
    try:
        return module_for(kind)
    except ImportError:
        pytest.skip(f"voidnotice.ids.{kind.value} has not landed yet")


def _must_not_raise(kind: Kind, text: str) -> None:
    module = _module(kind)
    result = validate(text, kind=kind)
    assert result.kind is kind
    assert isinstance(module.is_valid(text), bool)
    with contextlib.suppress(ValidationError):
        TypeAdapter(TYPES[kind]).validate_python(text)


def test_every_kind_has_a_type() -> None:
    assert set(TYPES) == set(Kind)


def _random_unicode(size: int, seed: int) -> str:
    rng = random.Random(seed)
    # Everything but the surrogates, which no str from real text holds alone.
    points = [rng.randrange(0x110000 - 0x800) for _ in range(size)]
    return "".join(chr(p + 0x800 if p >= 0xD800 else p) for p in points)


BIG_INPUTS = {
    "digits": "1" * MEGABYTE,
    "nuls": "\x00" * MEGABYTE,
    "unicode": _random_unicode(MEGABYTE, 7),
    "full_width": "９" * MEGABYTE,
    "separators": "- ·" * (MEGABYTE // 3),
    "x_run": "X" * MEGABYTE,
}


@pytest.mark.parametrize("kind", list(Kind), ids=str)
@pytest.mark.parametrize("name", list(BIG_INPUTS))
def test_megabyte_inputs(kind: Kind, name: str) -> None:
    _must_not_raise(kind, BIG_INPUTS[name])


# Inputs near the shapes the validators look at, where bugs hide.
SHAPED = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.text("0123456789X*×- \x00", min_size=13, max_size=22),
    st.from_regex(r"[0-9A-Z]{8,22}", fullmatch=True),
    st.from_regex(r"[1-9][0-9]{5}(18|19|20)[0-9]{4}[0-3][0-9]{4}[0-9X]", fullmatch=True),
    st.builds(
        lambda d, n: d * n, st.sampled_from(["٣", "²", "0", "Ⅸ", "ß", "ǅ"]), st.integers(1, 25)
    ),
)


@pytest.mark.parametrize("kind", list(Kind), ids=str)
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=SHAPED)
def test_any_text(kind: Kind, text: str) -> None:
    _must_not_raise(kind, text)

