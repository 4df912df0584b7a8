"""Regenerate ``docs/notice.schema.json``, the JSON Schema of a parsed notice.

The schema is what pydantic says of :class:`voidnotice.Notice` in
serialization mode: the shape of one line of ``voidnotice parse --format
jsonl``. ``tests/test_schema.py`` fails when the committed file differs from
a fresh one, so run this after changing the models in ``records.py``.

Usage, from the repository root::

    python scripts/update_schema.py           # write docs/notice.schema.json
    python scripts/update_schema.py --check   # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "docs" / "notice.schema.json"

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from voidnotice.records import Notice  # noqa: E402


def render() -> str:
    """The schema file's text: indent 2, non-ASCII kept, a trailing newline."""
    schema = Notice.model_json_schema(mode="serialization")
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when the file is missing or stale")
    parser.add_argument("--path", type=Path, default=SCHEMA_PATH,
                        help=f"the schema file (default: {SCHEMA_PATH.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    path: Path = args.path
    fresh = render()
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if args.check:
        if current != fresh:
            print(f"{path} is stale: run python scripts/update_schema.py", file=sys.stderr)
            return 1
        print(f"{path} is up to date")
        return 0
    if current == fresh:
        print(f"{path} is up to date")
    else:
        path.write_text(fresh, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
