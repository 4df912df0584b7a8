"""The ``voidnotice`` command line.

``voidnotice validate [--kind K] [VALUE ...]`` checks numbers given as
arguments, or one a line on standard input, and prints one verdict a line
(``--format jsonl`` for machines). Beside an invalid number it names the
likeliest corrections (:func:`voidnotice.suggest.suggest`): text lines end in
``did you mean: A, B``, jsonl lines carry a ``suggestions`` list. Exit status:
0 when every number is valid, 1 when any is not (or fits no kind), 2 for a
usage error.

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
from voidnotice.suggest import suggest
from voidnotice.validation import Identifier, UnknownKindError, validate

#: How many corrections a line shows beside an invalid number.
SHOWN_SUGGESTIONS = 3


def _numbers(values: Sequence[str], stdin: TextIO) -> Iterator[str]:
    if values:
        yield from values
        return
    for line in stdin:
        stripped = line.strip()
        if stripped:
            yield stripped


def _did_you_mean(suggestions: Sequence[str]) -> str:
    return f"did you mean: {', '.join(suggestions)}" if suggestions else ""


def _text_line(result: Identifier, suggestions: Sequence[str] = ()) -> str:
    verdict = "valid" if result.valid else "INVALID"
    reasons = "; ".join(f"{p.code}: {p.message}" for p in result.errors)
    notes = "; ".join(f"warning {p.code}: {p.message}" for p in result.warnings)
    parts = (result.value, result.kind.value, verdict, reasons, notes, _did_you_mean(suggestions))
    return "\t".join(part for part in parts if part)


def _json_line(result: Identifier, suggestions: Sequence[str] = ()) -> str:
    return json.dumps(
        {**result.model_dump(mode="json"), "suggestions": list(suggestions)}, ensure_ascii=False
    )


def _suggestions(number: str, kind: str | None, relax_region: bool) -> list[str]:
    found = suggest(number, kind, limit=SHOWN_SUGGESTIONS, relax_region=relax_region)
    return [s.value for s in found]


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
    >>> _ = run_validate(["92430203MA41YB4C2X"], "uscc", False, "text", out := io.StringIO())
    >>> print(out.getvalue().strip())
    92430203MA41YB4C2X	uscc	INVALID	...	did you mean: 92430203MA4LYB4C2X, 92430203MA41YB4D2X
    >>> _ = run_validate(["91110108MA01GOFB09"], None, False, "jsonl", out := io.StringIO())
    >>> json.loads(out.getvalue())["suggestions"]
    ['91110108MA01G0FB09']
    """
    status = 0
    for number in numbers:
        try:
            result = validate(number, kind, relax_region=relax_region)
        except UnknownKindError as exc:
            status = 1
            suggestions = _suggestions(number, kind, relax_region)
            if fmt == "jsonl":
                print(json.dumps({"raw": number, "kind": None, "valid": False,
                                  "errors": [{"code": "kind", "message": str(exc)}],
                                  "suggestions": suggestions},
                                 ensure_ascii=False), file=out)
            else:
                print("\t".join(part for part in (number, "?", "INVALID", f"kind: {exc}",
                                                   _did_you_mean(suggestions)) if part), file=out)
            continue
        suggestions = [] if result.valid else _suggestions(number, kind, relax_region)
        if not result.valid:
            status = 1
        line = _json_line if fmt == "jsonl" else _text_line
        print(line(result, suggestions), file=out)
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

    >>> main(["validate", "--kind", "org_code", "--format", "jsonl", "D2143569-1"])
    {"raw": "D2143569-1", "value": "D21435691"..."suggestions": ["D2143569X", ...]}
    1
    """
    args = _parser().parse_args(argv)
    return run_validate(
        _numbers(args.values, sys.stdin), args.kind, args.relax_region, args.format, sys.stdout
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
