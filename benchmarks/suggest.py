"""How often and how fast ``suggest`` recovers a misread number.

Generates valid numbers with a fixed seed, misreads one character as a
look-alike (the pairs of :mod:`voidnotice.lookalikes`: ``0``/``O``,
``3``/``8``, ``1``/``7``...), keeps the misreadings the check catches, and
measures per kind the share of them where the original is suggestion number
one, and where it is among the suggestions (the default ``limit=5``). Then
the same over every single look-alike misreading of the real USCCs and
resident IDs in ``tests/data`` (and python-stdnum's in ``../shared``, when
there); then the mean time of ``suggest`` per misread number, on one core.

    .venv/bin/python benchmarks/suggest.py [--count 2000] [--seed 20240611]
    .venv/bin/python benchmarks/suggest.py --misses resident_id

``--misses KIND`` prints instead every real-number misreading of that kind
whose original does not come first, with each candidate's edit, misreading
weight, plausibility and score: the cases to study before changing the model.

``tests/test_suggest.py`` imports the generators, :func:`shares`,
:func:`real_numbers` and :func:`real_shares` from here.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from voidnotice import lookalikes, plausibility, regions, validate
from voidnotice.corrections import OTHER_WEIGHT, SWAP_WEIGHT, suggest
from voidnotice.ids import org_code, registration_number, resident_id, uscc
from voidnotice.kinds import Kind
from voidnotice.lookalikes import LOOKALIKES
from voidnotice.validation import Identifier


@functools.cache
def county_codes() -> tuple[str, ...]:
    """Division codes in force today (their last name has no end year)."""
    found = []
    for province in regions.PROVINCES:
        for rest in range(101, 10000):
            code = f"{province}{rest:04d}"
            history = regions.windows(code)
            if history and history[-1].end is None and code[4:] != "00":
                found.append(code)
    return tuple(found)


def _pick(rng: random.Random, alphabet: str, count: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def _org_body(rng: random.Random, alphabet: str) -> str:
    """The two forms real codes take: 8 digits (before 2015) or ``MA`` and 6 more."""
    if rng.random() < 0.5:
        return _pick(rng, "0123456789", 8)
    return "MA" + _pick(rng, alphabet, 6)


def valid_org_code(rng: random.Random) -> str:
    body = _org_body(rng, org_code.BODY_ALPHABET)
    return body + org_code.calc_check_digit(body)


def valid_uscc(rng: random.Random) -> str:
    authority = rng.choice(sorted(uscc.AUTHORITIES))
    category = rng.choice(sorted(uscc.AUTHORITIES[authority][1]))
    body = _org_body(rng, uscc.ALPHABET)
    head = authority + category + rng.choice(county_codes()) + body
    head += org_code.calc_check_digit(body)
    return head + uscc.calc_check_digit(head)


def valid_resident_id(rng: random.Random) -> str:
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 65))
    body = rng.choice(county_codes()) + born.strftime("%Y%m%d") + _pick(rng, "0123456789", 3)
    return body + resident_id.calc_check_digit(body)


def valid_registration_number(rng: random.Random) -> str:
    body = (rng.choice(county_codes()) + rng.choice(sorted(registration_number.ENTITY_TYPES))
            + _pick(rng, "0123456789", 7))
    return body + registration_number.calc_check_digit(body)


def valid_taxpayer_id(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(county_codes()) + valid_org_code(rng)
    return valid_resident_id(rng) + _pick(rng, "0123456789", 2)


#: A generator of valid numbers for each kind with a check character.
GENERATORS: dict[Kind, Callable[[random.Random], str]] = {
    Kind.USCC: valid_uscc,
    Kind.ORG_CODE: valid_org_code,
    Kind.REGISTRATION_NUMBER: valid_registration_number,
    Kind.RESIDENT_ID: valid_resident_id,
    Kind.TAXPAYER_ID: valid_taxpayer_id,
}

_LOOKALIKES = {c: "".join(sorted(others)) for c, others in LOOKALIKES.items()}


def misread(rng: random.Random, number: str, kind: Kind) -> str | None:
    """One character read as a look-alike; None if the check does not catch it."""
    positions = [i for i, c in enumerate(number) if c in _LOOKALIKES]
    if not positions:
        return None
    pos = rng.choice(positions)
    wrong = number[:pos] + rng.choice(_LOOKALIKES[number[pos]]) + number[pos + 1:]
    return None if validate(wrong, kind).valid else wrong


def samples(kind: Kind, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` pairs (original, caught misreading), reproducible from ``seed``."""
    rng = random.Random(f"{seed}-{kind.value}")
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        original = GENERATORS[kind](rng)
        wrong = misread(rng, original, kind)
        if wrong is not None:
            pairs.append((original, wrong))
    return pairs


def shares(kind: Kind, count: int, seed: int) -> tuple[float, float]:
    """The share of caught misreadings whose original comes first, and comes at all."""
    first = anywhere = 0
    for original, wrong in samples(kind, count, seed):
        found = [s.value for s in suggest(wrong, kind)]
        first += bool(found) and found[0] == original
        anywhere += original in found
    return first / count, anywhere / count


def mean_time(kind: Kind, count: int, seed: int) -> float:
    """Mean seconds of one ``suggest`` call on a caught misreading."""
    wrongs = [wrong for _, wrong in samples(kind, count, seed)]
    suggest(wrongs[0], kind)  # build the kind's plan outside the timing
    start = time.perf_counter()
    for wrong in wrongs:
        suggest(wrong, kind)
    return (time.perf_counter() - start) / len(wrongs)


REPO = Path(__file__).resolve().parent.parent
PEER = REPO.parent / "shared" / "corpus" / "peer"


def real_numbers(kind: Kind, peer: bool = False) -> list[str]:
    """The valid real numbers of ``kind`` in tests/data (18 characters for a resident ID).

    With ``peer``, python-stdnum's own real numbers in ``../shared`` too, when there.
    """
    found = []
    with (REPO / "tests" / "data" / "real_numbers_ids.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["kind"] == kind.value and row["valid"]:
                found.append(row["value"])
    if peer and kind is Kind.USCC and (PEER / "python-stdnum-uscc-valid.txt").exists():
        text = (PEER / "python-stdnum-uscc-valid.txt").read_text(encoding="utf-8")
        found += [x.strip() for x in text.splitlines() if x.strip() and x[0] != "#"]
    if peer and kind is Kind.RESIDENT_ID and (PEER / "python-stdnum-ric.jsonl").exists():
        with (PEER / "python-stdnum-ric.jsonl").open(encoding="utf-8") as lines:
            found += [row["value"] for row in map(json.loads, lines) if row["valid"]]
    values = [validate(x, kind).value for x in found]
    return [v for v in dict.fromkeys(values) if len(v) == 18 and validate(v, kind).valid]


def lookalike_edits(number: str) -> Iterator[str]:
    """``number`` with one character read as one of its look-alikes, each way it can be."""
    for pos, c in enumerate(number):
        for other in _LOOKALIKES.get(c, ""):
            yield number[:pos] + other + number[pos + 1:]


def every_misreading(number: str, kind: Kind) -> list[str]:
    """Every single look-alike misreading of ``number`` that its check catches."""
    return [wrong for wrong in lookalike_edits(number) if not validate(wrong, kind).valid]


def real_shares(kind: Kind, numbers: list[str], limit: int = 5) -> tuple[int, int, int]:
    """(misreadings, original first, original within ``limit``) over real numbers."""
    total = first = within = 0
    for number in numbers:
        for wrong in every_misreading(number, kind):
            found = [s.value for s in suggest(wrong, kind, limit=limit)]
            total += 1
            first += bool(found) and found[0] == number
            within += number in found
    return total, first, within


def explain(wrong: str, suggestion: Identifier) -> tuple[str, float, float]:
    """The edit from ``wrong`` to a suggestion, its misreading weight and its plausibility.

    The weight is the one :func:`~voidnotice.suggest` gives the edit (a
    look-alike pair's, :data:`SWAP_WEIGHT`, :data:`OTHER_WEIGHT`, or the
    product of two look-alikes); their product with the plausibility is the
    score the suggestions are ranked by.
    """
    value = suggestion.value
    diff = [i for i, (a, b) in enumerate(zip(wrong, value, strict=True)) if a != b]
    edit = ", ".join(f"{i + 1}: {wrong[i]}->{value[i]}" for i in diff)
    if len(diff) == 2 and diff[1] == diff[0] + 1 and wrong[diff[0]] == value[diff[1]]:
        weight = SWAP_WEIGHT
        edit += " (swap)"
    else:
        weight = 1.0
        for i in diff:
            weight *= lookalikes.weight(wrong[i], value[i]) or OTHER_WEIGHT
    return edit, weight, plausibility.prior(suggestion, wrong)


def print_misses(kind: Kind, numbers: list[str], limit: int = 10) -> int:
    """Print every misreading of ``numbers`` whose original is not first; return their count."""
    count = 0
    for number in numbers:
        for wrong in every_misreading(number, kind):
            found = suggest(wrong, kind, limit=limit)
            if found and found[0].value == number:
                continue
            count += 1
            rank = next((i + 1 for i, s in enumerate(found) if s.value == number), None)
            print(f"\n{wrong} read for {number} (rank {rank})")
            for s in found:
                edit, weight, prior = explain(wrong, s)
                mark = "*" if s.value == number else " "
                print(f"  {mark} {s.value}  {edit:<22} misreading {weight:<5.2f}"
                      f" plausibility {prior:<6.3g} score {weight * prior:.4g}")
    return count


def lookalike_readings(wrong: str, kind: Kind) -> int:
    """How many numbers that pass every check are one look-alike away from ``wrong``."""
    return sum(validate(reading, kind).valid for reading in lookalike_edits(wrong))


def ceiling(kind: Kind, numbers: list[str]) -> tuple[int, float]:
    """(misreadings with more than one valid look-alike reading, the best expected first share).

    When a misread number has k valid look-alike readings, the original one
    among them, a ranker that has nothing else to tell them apart puts the
    original first one time in k: the mean of 1/k is the share such a ranker
    can expect. Only a prior beyond the number's own checks (how plausible
    each reading is) can beat it.
    """
    ambiguous, expected, total = 0, 0.0, 0
    for number in numbers:
        for wrong in every_misreading(number, kind):
            readings = lookalike_readings(wrong, kind)
            total += 1
            ambiguous += readings > 1
            expected += 1 / readings
    return ambiguous, expected / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--misses", metavar="KIND", choices=[k.value for k in GENERATORS],
                        help="print the real-number misreadings whose original is not first")
    args = parser.parse_args()
    if args.misses:
        kind = Kind(args.misses)
        numbers = real_numbers(kind, peer=True)
        total = sum(len(every_misreading(n, kind)) for n in numbers)
        print(f"\n{print_misses(kind, numbers)} of {total} misreadings: original not first")
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    county_codes()
    print(f"{args.count} caught look-alike misreadings per kind, seed {args.seed}")
    print(f"{'kind':<22}{'first':>8}{'in top 5':>10}")
    for kind in GENERATORS:
        first, anywhere = shares(kind, args.count, args.seed)
        print(f"{kind.value:<22}{first:>8.1%}{anywhere:>10.1%}")
    print("\nevery caught single look-alike misreading of real numbers"
          " (tests/data, and python-stdnum's in ../shared when there)")
    print("(ambiguous: another number one look-alike away passes every check too;"
          " ceiling: the first share\nto expect when nothing tells those readings apart)")
    print(f"{'kind':<22}{'numbers':>8}{'misreadings':>13}{'first':>8}{'in top 5':>10}"
          f"{'ambiguous':>11}{'ceiling':>9}")
    for kind in (Kind.USCC, Kind.RESIDENT_ID):
        numbers = real_numbers(kind, peer=True)
        total, first_count, within = real_shares(kind, numbers)
        ambiguous, best = ceiling(kind, numbers)
        print(f"{kind.value:<22}{len(numbers):>8}{total:>13}{first_count / total:>8.1%}"
              f"{within / total:>10.1%}{ambiguous:>11}{best:>9.1%}")
    print("\nmean suggest() time per misread number, one core")
    for kind in (Kind.USCC, Kind.RESIDENT_ID):
        print(f"{kind.value:<22}{mean_time(kind, args.count, args.seed) * 1e6:>8.0f} µs")


if __name__ == "__main__":
    main()
