"""The ``voidnotice`` command line.

``voidnotice validate [--kind K] [VALUE ...]`` checks numbers given as
arguments, or one a line on standard input, and prints one verdict a line
(``--format jsonl`` for machines). Exit status: 0 when every number is valid,
1 when any is not (or fits no kind), 2 for a usage error.

>>> main(["validate", "--kind", "uscc", "91110108MA01G0FB09"])
91110108MA01G0FB09	uscc	valid
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from voidnotice.kinds import Kind
from voidnotice.validation import Identifier, UnknownKindError, validate


def _numbers(values: Sequence[str], stdin: TextIO) -> Iterator[str]:
    if values:
        yield from values
        return
    for line in stdin:
        stripped = line.strip()
        if stripped:
            yield stripped


def _text_line(result: Identifier) -> str:
    verdict = "valid" if result.valid else "INVALID"
    reasons = "; ".join(f"{p.code}: {p.message}" for p in result.errors)
    notes = "; ".join(f"warning {p.code}: {p.message}" for p in result.warnings)
    return "\t".join(part for part in (result.value, result.kind.value, verdict, reasons, notes) if part)


def _json_line(result: Identifier) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


def run_validate(
    numbers: Iterable[str], kind: str | None, relax_region: bool, fmt: str, out: TextIO
) -> int:
    """Validate each number and print its verdict; the exit status.

    >>> import io; out = io.StringIO()
    >>> run_validate(["P430935842", "hello"], None, False, "text", out)
    1
    >>> print(out.getvalue().strip())
    P430935842	birth_certificate	valid
    hello	?	INVALID	kind: 'hello' fits no kind of identifier
    """
    status = 0
    for number in numbers:
        try:
            result = validate(number, kind, relax_region=relax_region)
        except UnknownKindError as exc:
            status = 1
            if fmt == "jsonl":
                print(json.dumps({"raw": number, "kind": None, "valid": False,
                                  "errors": [{"code": "kind", "message": str(exc)}]},
                                 ensure_ascii=False), file=out)
            else:
                print(f"{number}\t?\tINVALID\tkind: {exc}", file=out)
            continue
        if not result.valid:
            status = 1
        print(_json_line(result) if fmt == "jsonl" else _text_line(result), file=out)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voidnotice", description="Read Chinese voidance notices and check their numbers."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check identifiers, one verdict a line")
    check.add_argument("values", nargs="*", metavar="VALUE",
                       help="numbers to check (default: one a line on standard input)")
    check.add_argument("--kind", choices=[k.value for k in Kind],
                       help="the kind of every number (default: guess each)")
    check.add_argument("--relax-region", action="store_true",
                       help="division codes unknown to the data are warnings, not errors")
    check.add_argument("--format", choices=["text", "jsonl"], default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["validate", "--format", "jsonl", "D2143569-1"])
    {"raw": "D2143569-1", "value": "D21435691"...
    1
    """
    args = _parser().parse_args(argv)
    return run_validate(
        _numbers(args.values, sys.stdin), args.kind, args.relax_region, args.format, sys.stdout
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
