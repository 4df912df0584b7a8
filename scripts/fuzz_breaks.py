"""Break corpus lines where a narrow column or an e-paper could, and compare readings.

Each line of ``tests/data/notices.jsonl`` that holds a notice is broken at random
places: a line break (one or two, never a blank line), a line break after a
column's hyphen, or a character that does not show (a soft hyphen, a zero-width
space or joiner). The broken text must read the same given to ``parse_notice``
(with ``declared_void=True``) and as the only notice of a block under
``遗失声明`` (records.md: a notice reads the same alone and in a block). Run by
hand, outside the suite: it reports what differs, and what it finds is a rule to
write, with a test, not a test to keep failing.

Usage, from the repository root::

    python scripts/fuzz_breaks.py [--seed 1] [--count 1500] [--show 10]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from voidnotice import Notice, parse, parse_notice  # noqa: E402

_INVISIBLE = "\u00ad\u200b\u200d\ufeff"


def broken(text: str, rng: random.Random) -> str | None:
    """``text`` broken once or twice, or None when it is too short to break, or when a
    break would stand beside one the text holds (a blank line parts two paragraphs)."""
    if len(text) < 6:
        return None
    result = _broken(text, rng)
    if result is None or (_BLANK_LINE.search(result) and not _BLANK_LINE.search(text)):
        return None
    return result


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")


def _broken(text: str, rng: random.Random) -> str | None:
    at = rng.randint(1, len(text) - 1)
    how = rng.choice(("break", "hyphen", "invisible", "two breaks"))
    if how == "break":
        return text[:at] + "\n" + text[at:]
    if how == "hyphen":
        return text[:at] + "-\n" + text[at:]
    if how == "invisible":
        return text[:at] + rng.choice(_INVISIBLE) + text[at:]
    other = rng.randint(1, len(text) - 1)
    first, second = sorted((at, other))
    if second - first < 2:  # a blank line parts two paragraphs on a page: not the same
        return None
    return text[:first] + "\n" + text[first:second] + "\n" + text[second:]


def comparable(notice: Notice) -> dict[str, Any]:
    """The record without what depends on where it stands (its text and span)."""
    dumped = notice.model_dump(mode="json")
    for key in ("text", "span", "source"):
        dumped.pop(key, None)
    return dumped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args(argv)
    with open(ROOT / "tests" / "data" / "notices.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    texts = [row["text"] for row in rows if row["expected"] is not None]
    rng = random.Random(args.seed)
    tried = differing = 0
    for _ in range(args.count):
        text = broken(rng.choice(texts), rng)
        alone = parse_notice(text, declared_void=True) if text is not None else None
        if text is None or alone is None:
            continue
        tried += 1
        in_block = parse("遗失声明\n" + text)
        if len(in_block) == 1 and comparable(in_block[0]) == comparable(alone):
            continue
        differing += 1
        if differing <= args.show:
            print(repr(text))
            print("  alone:   ", comparable(alone))
            for notice in in_block:
                print("  in block:", comparable(notice))
    print(f"{differing} of {tried} broken lines read otherwise in a block")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
