"""Validations per second: voidnotice beside python-stdnum, same inputs, one run.

Run by hand: ``.venv/bin/python benchmarks/validators.py``. Pins itself to
one core where the OS allows, warms both libraries up (their reference data
loads once), then times each validator over the same mix of valid and
invalid numbers with ``timeit``, keeping the best of several repeats.

Targets: ``validate(x, kind="resident_id")`` at least twice as fast as
``stdnum.cn.ric.is_valid``; ``validate(x, kind="uscc")`` at least as fast as
``stdnum.cn.uscc.is_valid``.
"""

from __future__ import annotations

import os
import random
import timeit
from collections.abc import Callable, Sequence

from stdnum.cn import ric, uscc

import voidnotice
from voidnotice.ids import org_code
from voidnotice.ids import resident_id as our_ric
from voidnotice.ids import uscc as our_uscc

REPEATS = 15
ROUNDS = 10

# Real-looking counties and organisation bodies; mutations make the invalid half.
COUNTIES = ("110105", "110108", "430203", "440113", "360426", "320505", "510104", "110103")
USCC_SEEDS = (
    "91110108MA01G0FB09", "91110000600037341L", "9135010557098120XJ", "91350100M000100Y43",
    "121200004013590816", "913210007908906337", "92430203MA41YB4C2X", "916201055811843000",
)


def _resident_ids(rng: random.Random, count: int) -> list[str]:
    numbers = []
    for _ in range(count):
        body = (
            rng.choice(COUNTIES)
            + f"{rng.randint(1940, 2015)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + f"{rng.randint(0, 999):03d}"
        )
        numbers.append(body + our_ric.calc_check_digit(body))
    return numbers


def _usccs(rng: random.Random, count: int) -> list[str]:
    alphabet = our_uscc.ALPHABET
    numbers = list(USCC_SEEDS)
    while len(numbers) < count:
        body = "".join(rng.choice(alphabet) for _ in range(8))
        head = rng.choice(("91", "92", "93", "52", "12")) + rng.choice(COUNTIES)
        code = head + body + org_code.calc_check_digit(body)
        numbers.append(code + our_uscc.calc_check_digit(code))
    return numbers


def _mutate(rng: random.Random, numbers: list[str]) -> list[str]:
    """Half as given, half with one digit changed (mostly invalid)."""
    mixed = []
    for i, number in enumerate(numbers):
        if i % 2:
            pos = rng.randrange(len(number))
            number = number[:pos] + rng.choice("0123456789") + number[pos + 1:]
        mixed.append(number)
    return mixed


def _rates(
    checks: Sequence[Callable[[str], object]], numbers: Sequence[str]
) -> list[float]:
    """Validations per second of each check, best of REPEATS interleaved runs.

    Interleaving keeps a burst of load from another process from falling on
    one library only.
    """
    def runner(check: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for number in numbers:
                check(number)
        return run

    runs = [runner(check) for check in checks]
    best = [float("inf")] * len(runs)
    for run in runs:
        run()  # warm caches and lazy imports before timing
    for _ in range(REPEATS):
        for i, run in enumerate(runs):
            best[i] = min(best[i], timeit.timeit(run, number=ROUNDS))
    return [len(numbers) * ROUNDS / seconds for seconds in best]


def _ours(kind: str) -> Callable[[str], object]:
    def check(number: str) -> object:
        return voidnotice.validate(number, kind=kind)
    return check


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main() -> None:
    """Print validations per second for both libraries and the ratio."""
    _pin_one_core()
    rng = random.Random(20240501)
    rows = [
        ("uscc", _mutate(rng, _usccs(rng, 200)), uscc.is_valid, "uscc"),
        ("resident_id", _mutate(rng, _resident_ids(rng, 200)), ric.is_valid, "resident_id"),
    ]
    print(f"{'kind':<12} {'voidnotice/s':>14} {'stdnum/s':>12} {'ratio':>7}")
    for name, numbers, stdnum_is_valid, kind in rows:
        ours, theirs = _rates([_ours(kind), stdnum_is_valid], numbers)
        print(f"{name:<12} {ours:>14,.0f} {theirs:>12,.0f} {ours / theirs:>6.2f}x")


if __name__ == "__main__":
    main()
