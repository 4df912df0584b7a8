"""Run every benchmark in turn and print their reports one after the other.

    .venv/bin/python benchmarks/run.py

Each script runs as its own process (so one's imports and caches do not warm
up the next) with this interpreter: ``validators.py`` (validations per
second beside python-stdnum), ``suggest.py`` (misreading recovery and its
time), ``parse.py`` (parsing speed and linear growth).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("validators.py", "suggest.py", "parse.py")


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"=== {script} " + "=" * (60 - len(script)), flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script)], cwd=HERE.parent)
        took = time.perf_counter() - start
        print(f"--- {script}: {took:.0f} s, exit status {code}\n", flush=True)
        if code:
            failed.append(script)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
