"""How much faster ``voidnotice.columns.check`` is than a loop over ``validate``.

For USCCs, resident IDs, organisation codes and registration numbers:
200,000 values (by default), four in five valid
numbers from the generators of ``benchmarks/suggest.py``, the rest with one
character changed; times one Python loop over ``validate(value, kind)``
against ``columns.check`` on a list, a polars Series and a pandas Series
(best of 3, one core), and prints the ratios. Needs the ``[polars]`` and
``[pandas]`` extras.

    python benchmarks/columns.py [--count 200000]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl

from voidnotice import Kind, validate
from voidnotice.columns import check


def _generators() -> Any:
    path = Path(__file__).parent / "suggest.py"
    spec = importlib.util.spec_from_file_location("benchmark_suggest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.GENERATORS


def values(kind: Kind, count: int, seed: int = 7) -> list[str]:
    """``count`` numbers, four in five valid, the rest with one character changed."""
    rng = random.Random(seed)
    generate = _generators()[kind]
    distinct = [generate(rng) for _ in range(min(count, 20000))]
    out = []
    for i in range(count):
        number = distinct[i % len(distinct)]
        if rng.random() < 0.2:
            pos = rng.randrange(len(number))
            number = number[:pos] + rng.choice("0123456789X") + number[pos + 1:]
        out.append(number)
    return out


def best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(f"{args.count} values per kind, best of 3, one core")
    print(f"{'kind':<21}{'input':<16}{'seconds':>9}{'values/s':>12}{'vs loop':>9}")
    for kind in (Kind.USCC, Kind.RESIDENT_ID, Kind.ORG_CODE, Kind.REGISTRATION_NUMBER):
        data = values(kind, args.count)
        check(data[:100], kind)  # build the look-up tables outside the timing
        loop = best(lambda: [validate(v, kind) for v in data], repeat=1)  # noqa: B023
        print(f"{kind.value:<21}{'validate loop':<16}{loop:>9.3f}{args.count / loop:>12,.0f}"
              f"{1:>8.1f}x")
        inputs = {"list": data, "polars Series": pl.Series(data), "pandas Series": pd.Series(data)}
        for name, column in inputs.items():
            seconds = best(lambda: check(column, kind))  # noqa: B023
            print(f"{kind.value:<21}{name:<16}{seconds:>9.3f}{args.count / seconds:>12,.0f}"
                  f"{loop / seconds:>8.1f}x")


if __name__ == "__main__":
    main()
