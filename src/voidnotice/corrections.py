"""Corrections for misread numbers: the valid numbers one edit away.

Newspaper type and OCR confuse ``1`` with ``I`` and ``L``, ``0`` with ``O``
and ``D``, ``2`` with ``Z``... :func:`suggest` lists the numbers one edit
away from a number that fails its check (a changed character, or two
neighbours swapped) that pass *every* check of their kind, most likely
misreading first: the likelihood of the misreading (:mod:`voidnotice.lookalikes`)
times the plausibility of the number (:mod:`voidnotice.plausibility`). Only
where no single edit finds anything does it try two look-alike changes.

Speed comes from the check's arithmetic: a kind module may describe its
checks as weighted sums (``CHECK_SUMS``, see :data:`CheckSum`) and the
characters each position may hold (``ALPHABETS``); a changed character then
moves each sum by ``weight * (new - old)``, so the few changes that fix
every sum are found with a dictionary look-up per position, and only those
run the full check. Kinds without the description fall back on their
``calc_check_digit`` (when it agrees with their examples) or, failing that,
on the full check of every candidate.

>>> [s.value for s in suggest("92430203MA41YB4C2X", kind="uscc")]
['92430203MA4LYB4C2X', '92430203MA41YB4D2X']
>>> suggest("91110108MA01G0FB09", kind="uscc")  # valid: nothing to suggest
[]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from voidnotice import lookalikes, plausibility
from voidnotice.ids import KindModule, module_for
from voidnotice.ids._base import DIGITS_AND_CAPITALS
from voidnotice.kinds import Kind
from voidnotice.validation import IDENTIFY_ORDER, Identifier, _as_kind, identify, validate

__all__ = [
    "LOOKALIKE_GROUPS",
    "CheckSum",
    "suggest",
]

#: Characters print and OCR confuse, each pair a group (see
#: :mod:`voidnotice.lookalikes`, the library's one table).
LOOKALIKE_GROUPS: tuple[str, ...] = lookalikes.GROUPS

#: One check as a weighted sum, the shape of a kind module's ``CHECK_SUMS``:
#: ``(modulus, target, terms)``, each term ``(position, weight, values)``
#: (position counted from 0, ``values`` the number each allowed character
#: stands for). A number passes when ``sum(weight * values[char])`` over the
#: terms is ``target`` modulo ``modulus``.
CheckSum = tuple[int, int, tuple[tuple[int, int, Mapping[str, int]], ...]]

_UNIVERSE = DIGITS_AND_CAPITALS

#: How likely an edit is as a misreading, beside the look-alike weights of
#: :data:`voidnotice.lookalikes.PAIRS` (1.0 for ``0``/``O``): two neighbours
#: swapped, and any other changed character.
SWAP_WEIGHT = 0.05
OTHER_WEIGHT = 0.01

_LOOKALIKES = {c: "".join(sorted(others)) for c, others in lookalikes.LOOKALIKES.items()}


class _Term(NamedTuple):
    check: int  # index of the sum in the plan
    weight: int
    values: Mapping[str, int]


@dataclass(frozen=True)
class _Plan:
    """How to search one kind at one length (built once, cached)."""

    kind: Kind
    alphabets: tuple[str, ...]
    moduli: tuple[int, ...]
    targets: tuple[int, ...]
    #: per position, the sums it takes part in
    terms: tuple[tuple[_Term, ...], ...]
    #: per position, for its first sum: weighted value mod modulus -> characters
    by_residue: tuple[Mapping[int, str], ...]
    #: a quick necessary condition when the module gives no sums
    predicate: Callable[[str], bool] | None


# ---------------------------------------------------------------------------
# Plans


def _compiled(module: KindModule) -> regex.Pattern[str]:
    return regex.compile(module.PATTERN)


def _probe_alphabets(module: KindModule, length: int) -> tuple[str, ...] | None:
    """Per-position characters, probed with the pattern around the examples."""
    pattern = _compiled(module)
    bases = [e for e in map(module.compact, module.EXAMPLES)
             if len(e) == length and pattern.fullmatch(e)]
    if not bases:
        return None
    alphabets = []
    for i in range(length):
        allowed = {c for base in bases for c in _UNIVERSE
                   if pattern.fullmatch(base[:i] + c + base[i + 1:])}
        alphabets.append("".join(sorted(allowed)))
    return tuple(alphabets)


def _module_sums(module: KindModule, length: int) -> tuple[CheckSum, ...]:
    sums: Sequence[CheckSum] = getattr(module, "CHECK_SUMS", ())
    return tuple(s for s in sums if all(pos < length for pos, _, _ in s[2]))


def _calc_predicate(module: KindModule, length: int) -> Callable[[str], bool] | None:
    """``calc_check_digit(body) == last``, if the module's examples agree with it."""
    calc: Callable[[str], str] | None = getattr(module, "calc_check_digit", None)
    if calc is None:
        return None
    examples = [e for e in map(module.compact, module.EXAMPLES)
                if len(e) == length and module.is_valid(e)]

    def predicate(value: str) -> bool:
        try:
            return calc(value[:-1]) == value[-1]
        except Exception:  # a body the calculation cannot read: let the full check say
            return True

    if examples and all(predicate(e) for e in examples):
        return predicate
    return None


@functools.cache
def _plan(kind: Kind, length: int) -> _Plan | None:
    module = module_for(kind)
    declared: Sequence[str] = getattr(module, "ALPHABETS", ())
    alphabets = tuple(declared) if len(declared) == length else _probe_alphabets(module, length)
    if alphabets is None:
        return None
    sums = _module_sums(module, length)
    terms: list[list[_Term]] = [[] for _ in range(length)]
    for number, (_, _, sum_terms) in enumerate(sums):
        for pos, weight, values in sum_terms:
            terms[pos].append(_Term(number, weight, values))
    # A character a sum cannot weigh cannot stand in a valid number.
    alphabets = tuple(
        "".join(c for c in alphabet if all(c in t.values for t in terms[pos]))
        for pos, alphabet in enumerate(alphabets)
    )
    by_residue: list[dict[int, str]] = []
    for pos, alphabet in enumerate(alphabets):
        index: dict[int, str] = {}
        if terms[pos]:
            first = terms[pos][0]
            modulus = sums[first.check][0]
            for c in alphabet:
                key = first.weight * first.values[c] % modulus
                index[key] = index.get(key, "") + c
        by_residue.append(index)
    return _Plan(
        kind=kind,
        alphabets=alphabets,
        moduli=tuple(s[0] for s in sums),
        targets=tuple(s[1] for s in sums),
        terms=tuple(tuple(t) for t in terms),
        by_residue=tuple(by_residue),
        predicate=None if sums else _calc_predicate(module, length),
    )


# ---------------------------------------------------------------------------
# Candidates: the edits whose arithmetic passes


def _contribution(term: _Term, c: str) -> int:
    return term.weight * term.values.get(c, 0)


class _Search:
    """One number against one plan: its residues and misfit positions."""

    def __init__(self, plan: _Plan, value: str) -> None:
        self.plan = plan
        self.value = value
        self.bad = [i for i, c in enumerate(value) if c not in plan.alphabets[i]]
        # Misfit characters weigh nothing: they are replaced anyway.
        totals = [0] * len(plan.moduli)
        for pos, c in enumerate(value):
            for term in plan.terms[pos]:
                totals[term.check] += _contribution(term, c)
        self.deficits = [
            (target - total) % modulus
            for target, total, modulus in zip(plan.targets, totals, plan.moduli, strict=True)
        ]

    def _passes(self, changes: Iterable[tuple[int, str]]) -> bool:
        """Whether replacing characters (position, new) fixes every sum."""
        plan = self.plan
        moved = [0] * len(plan.moduli)
        for pos, c in changes:
            for term in plan.terms[pos]:
                moved[term.check] += _contribution(term, c) - _contribution(term, self.value[pos])
        return all(
            (move - deficit) % modulus == 0
            for move, deficit, modulus in zip(moved, self.deficits, plan.moduli, strict=True)
        )

    def _replace(self, changes: Iterable[tuple[int, str]]) -> str:
        chars = list(self.value)
        for pos, c in changes:
            chars[pos] = c
        return "".join(chars)

    def _substitutes(self, pos: int) -> str:
        """The characters at ``pos`` that fix every sum (not yet the full check)."""
        plan, old = self.plan, self.value[pos]
        terms = plan.terms[pos]
        touched = {t.check for t in terms}
        if any(d for i, d in enumerate(self.deficits) if i not in touched):
            return ""
        if not terms:
            found = plan.alphabets[pos]
        else:
            first = terms[0]
            modulus = plan.moduli[first.check]
            needed = (self.deficits[first.check] + _contribution(first, old)) % modulus
            found = plan.by_residue[pos].get(needed, "")
            if len(terms) > 1:
                found = "".join(c for c in found if self._passes([(pos, c)]))
        return found.replace(old, "")

    def single(self) -> Iterator[tuple[float, int, str]]:
        """(likelihood, position, candidate) for every single edit whose sums pass."""
        value, plan = self.value, self.plan
        if len(self.bad) > 2:
            return
        if len(self.bad) <= 1:
            for pos in self.bad or range(len(value)):
                for c in self._substitutes(pos):
                    likelihood = lookalikes.weight(c, value[pos]) or OTHER_WEIGHT
                    yield likelihood, pos, self._replace([(pos, c)])
        for pos in range(len(value) - 1):
            a, b = value[pos], value[pos + 1]
            if (a == b or b not in plan.alphabets[pos] or a not in plan.alphabets[pos + 1]
                    or any(p not in (pos, pos + 1) for p in self.bad)):
                continue
            swap = [(pos, b), (pos + 1, a)]
            if self._passes(swap):
                yield SWAP_WEIGHT, pos, self._replace(swap)

    def double(self) -> Iterator[tuple[float, int, str]]:
        """(likelihood, position, candidate) for two look-alike changes whose sums pass."""
        value, plan = self.value, self.plan
        if len(self.bad) > 2:
            return
        options = [
            [c for c in _LOOKALIKES.get(old, "") if c in plan.alphabets[pos]]
            for pos, old in enumerate(value)
        ]
        for i, j in itertools.combinations(range(len(value)), 2):
            if any(p not in (i, j) for p in self.bad):
                continue
            for a in options[i]:
                for b in options[j]:
                    changes = [(i, a), (j, b)]
                    if self._passes(changes):
                        likelihood = lookalikes.weight(a, value[i]) * lookalikes.weight(b, value[j])
                        yield likelihood, j, self._replace(changes)


# ---------------------------------------------------------------------------
# The public function


def _identified(value: str) -> list[Kind]:
    try:
        return identify(value)
    except ModuleNotFoundError:  # a kind whose module is not installed
        return []


def _modules(kind: Kind | str | None, value: str) -> dict[Kind, str]:
    """The kinds to search, each with the number compacted its way."""
    kinds = [_as_kind(kind)] if kind is not None else list(IDENTIFY_ORDER)
    found: dict[Kind, str] = {}
    for k in kinds:
        try:
            module = module_for(k)
        except ModuleNotFoundError:
            if kind is not None:
                raise
            continue
        if module.HAS_CHECK_CHARACTER:
            found[k] = module.compact(value)
    return found


def suggest(
    value: str,
    kind: Kind | str | None = None,
    *,
    limit: int = 5,
    relax_region: bool = False,
) -> list[Identifier]:
    """The valid numbers one edit away from a misread one, likeliest first.

    An edit is a changed character or two unequal neighbours swapped; only
    when no single edit gives a valid number are two look-alike changes
    tried. Every suggestion passes every check of its kind and comes as
    ``validate(candidate, kind)`` (its ``raw`` is the candidate). Ranking:
    the likelihood of the misreading (the look-alike weights of
    :mod:`voidnotice.lookalikes`; swaps and other changes weigh less) times
    the plausibility of the corrected number
    (:func:`voidnotice.plausibility.prior`: a region code that exists, a
    common authority, an ``MA`` subject code, a plausible birth year, a
    region code in force when a resident ID was first assigned...). Ties
    (candidates of the same weight and plausibility, which nothing in the
    number tells apart) go by a fixed convention: the change further right,
    then the order of kinds, then the candidate's characters. See
    ``docs/suggest.md``.

    Without ``kind``, the kinds :func:`~voidnotice.identify` proposes are
    tried first, then every other kind of the same length. A valid number,
    a length no kind has, and kinds without a check character (invoice
    numbers, serials, plates...) get no suggestions; being valid as such a
    kind does not stop the search. ``relax_region`` is as in
    :func:`~voidnotice.validate`, for the number and its suggestions.

    >>> [s.value for s in suggest("92430203MA41YB4C2X", kind="uscc")][:2]
    ['92430203MA4LYB4C2X', '92430203MA41YB4D2X']
    >>> [s.value for s in suggest("91110108MA01GOFB09")]
    ['91110108MA01G0FB09']
    >>> r = suggest("91310175MA1K3BTP2B", "uscc")[0]  # 310175 is no region: 7 was a 1
    >>> r.raw, r.kind, r.valid
    ('91310115MA1K3BTP2B', <Kind.USCC: 'uscc'>, True)
    """
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")
    compacted = _modules(kind, value)
    kinds = list(compacted)
    if kind is None:  # identify's kinds first, then the others (a plan needs the length)
        kinds = list(dict.fromkeys(k for k in _identified(value) + kinds if k in compacted))
    if any(validate(value, k, relax_region=relax_region).valid for k in kinds):
        return []
    plans = [(order, plan, compacted[k]) for order, k in enumerate(kinds)
             if (plan := _plan(k, len(compacted[k]))) is not None]
    found: dict[str, tuple[tuple[float, int, int, str], Identifier]] = {}
    for step in ("single", "double"):
        for order, plan, number in plans:
            search = _Search(plan, number)
            edits = search.single() if step == "single" else search.double()
            for likelihood, pos, candidate in edits:
                if plan.predicate is not None and not plan.predicate(candidate):
                    continue
                result = validate(candidate, plan.kind, relax_region=relax_region)
                if not result.valid:
                    continue
                score = likelihood * plausibility.prior(result, number)
                rank = (-score, -pos, order, candidate)
                if candidate not in found or rank < found[candidate][0]:
                    found[candidate] = (rank, result)
        if found:
            break
    ranked = sorted(found.values(), key=lambda pair: pair[0])
    return [result for _, result in ranked[:limit]]
