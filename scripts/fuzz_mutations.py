"""Damage corpus lines and pages at random and check the parser's promises on each.

The cases and the checks are those of ``tests/test_mutations.py`` (which runs 2,000
of them in the suite): a corpus line or page edited a few times at random,
then ``scan`` must not raise, every record must round-trip through JSON, every span
must run forwards inside the text, and every line holding notice text must lie in a
notice or in ``skipped``. Run by hand, for many more cases or other seeds; what it
finds is a rule to write, with a test.

Usage, from the repository root::

    python scripts/fuzz_mutations.py [--seed 1] [--seconds 60] [--show 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT / "src", ROOT / "tests"):
    if str(folder) not in sys.path:  # run from a checkout without installing
        sys.path.insert(0, str(folder))

from test_mutations import broken_promises, case  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    runs, failures = 0, []
    while time.monotonic() < deadline:
        text = case(rng)
        runs += 1
        try:
            found = broken_promises(text)
        except Exception:  # a crash is what the run looks for
            found = [traceback.format_exc(limit=3)]
        if found:
            failures.append((text, found))
    print(f"seed {args.seed}: {runs} cases, {len(failures)} broke a promise")
    for text, found in failures[:args.show]:
        print(f"\n{text!r}\n  " + "\n  ".join(found))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
