"""Start-up: what ``import voidnotice`` and the first calls after it cost, in new processes.

Run by hand: ``.venv/bin/python benchmarks/startup.py [--runs 21]``. Each run
starts a fresh interpreter pinned to one core (where the OS allows) and
times, inside it, ``import voidnotice``, then the first ``validate`` (a
USCC), then the first ``parse_notice``; beside it, in turn, a bare
interpreter (``-c pass``) and one that imports python-stdnum's USCC module
and checks a number. Wall times of whole processes come from this process;
medians over the runs, minimum and maximum beside them.

Targets (issue #6): ``import voidnotice`` at most 150 ms more than a bare
interpreter; the first identifier check at most 50 ms after the import.
Bytecode is written on the first, uncounted run (as an installed package has
it), whatever ``PYTHONDONTWRITEBYTECODE`` says in the caller's environment.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

#: Times itself inside a new interpreter and prints them as JSON (seconds).
CHILD = """
import time
t0 = time.perf_counter()
import voidnotice
t1 = time.perf_counter()
voidnotice.validate("91110108MA01G0FB09", kind="uscc")
t2 = time.perf_counter()
voidnotice.parse_notice("张三遗失身份证，声明作废。")
t3 = time.perf_counter()
import json
print(json.dumps({"import": t1 - t0, "first_validate": t2 - t1, "first_parse_notice": t3 - t2}))
"""

STDNUM = "from stdnum.cn import uscc; uscc.is_valid('91110108MA01G0FB09')"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _pin() -> list[str]:
    """A prefix that runs a command on one core, or none where there is no taskset."""
    return ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []


def _wall(command: Sequence[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([*_pin(), *command], capture_output=True, text=True, env=_env(),
                          check=True)
    return time.perf_counter() - start, done.stdout


def _row(name: str, values: Sequence[float], note: str = "") -> str:
    ms = [v * 1000 for v in values]
    return (f"{name:<34} {statistics.median(ms):8.1f} ms  (min {min(ms):6.1f}, max {max(ms):6.1f})"
            + (f"  {note}" if note else ""))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args(argv).runs
    python = sys.executable
    _wall([python, "-c", CHILD])  # writes the bytecode, warms the disk cache
    bare: list[float] = []
    stdnum: list[float] = []
    ours: list[float] = []
    inside: dict[str, list[float]] = {"import": [], "first_validate": [], "first_parse_notice": []}
    for _ in range(runs):  # in turn, so that a drift in the machine's speed touches each alike
        bare.append(_wall([python, "-c", "pass"])[0])
        stdnum.append(_wall([python, "-c", STDNUM])[0])
        took, out = _wall([python, "-c", CHILD])
        ours.append(took)
        for key, value in json.loads(out).items():
            inside[key].append(value)
    print(f"voidnotice {__import__('voidnotice').__version__}, Python {sys.version.split()[0]}, "
          f"{runs} runs each, pinned to one core: {bool(_pin())}")
    print(_row("bare interpreter (-c pass)", bare))
    print(_row("stdnum: import + one USCC check", stdnum))
    print(_row("whole process: all three below", ours))
    median_bare = statistics.median(bare)
    print(_row("in it: import voidnotice", inside["import"],
               f"+ bare {1000 * median_bare:.1f} ms = "
               f"{1000 * (statistics.median(inside['import']) + median_bare):.1f}; target: "
               "at most 150 ms more than bare"))
    print(_row("in it: first validate (USCC)", inside["first_validate"], "target: at most 50 ms"))
    print(_row("in it: first parse_notice", inside["first_parse_notice"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
