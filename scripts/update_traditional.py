"""Regenerate ``src/voidnotice/data/traditional.txt``: traditional characters to simplified.

The parser reads notices printed in traditional characters (遺失聲明, 營業執照)
by folding each character to its simplified form before matching, one
character for one, so offsets into the text stay the same and names and
labels are returned as printed. The mapping is OpenCC's ``TSCharacters.txt``
(Apache License 2.0, https://github.com/BYVoid/OpenCC), keeping for each
character its first simplified reading; entries whose first reading is not a
single character are left out.

Usage, from the repository root, with the ``opencc-python-reimplemented``
package installed (it ships OpenCC's dictionaries), or given the file::

    python scripts/update_traditional.py [path/to/TSCharacters.txt]
    python scripts/update_traditional.py --check   # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "voidnotice" / "data" / "traditional.txt"
HEADER = (
    "# Traditional to simplified Chinese characters, one pair a line (traditional first).\n"
    "# From OpenCC's TSCharacters.txt (Apache License 2.0, https://github.com/BYVoid/OpenCC);\n"
    "# regenerate with scripts/update_traditional.py.\n"
)


def _default_source() -> Path:
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        sys.exit("install opencc-python-reimplemented, or give the path of TSCharacters.txt")
    return Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"


def pairs(source: Path) -> list[tuple[str, str]]:
    """The single-character pairs of an OpenCC character table, in its order."""
    found = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        key, _, readings = line.partition("\t")
        first = readings.split(" ")[0]
        if len(key) == 1 and len(first) == 1 and key != first:
            found.append((key, first))
    return found


def render(found: list[tuple[str, str]]) -> str:
    """The data file's text."""
    return HEADER + "".join(f"{a}{b}\n" for a, b in found)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the table, or with ``--check`` say whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render(pairs(args.source or _default_source()))
    if args.check:
        return 0 if TARGET.read_text(encoding="utf-8") == text else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10)) - 3} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
