"""The ``voidnotice`` command line.

``voidnotice parse [FILE ...]`` reads notice text (standard input when no
file is named; UTF-8 with or without BOM, or GB18030/GBK, detected unless
``--encoding`` is given) and prints one record a notice: ``--format jsonl``
(default), ``json``, ``csv`` or ``table``. It ends with a count on standard
error. A file that cannot be read or decoded is reported on standard error
and the others are still processed; the exit status is then 1.

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
from voidnotice.output import FORMATS, write
from voidnotice.page import scan
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


#: Tried in order when no encoding is given: GB18030 decodes GBK and GB2312 too.
ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text from bytes: the given encoding, else UTF-8 (BOM or not), else GB18030.

    Raises ``UnicodeDecodeError`` (a ``ValueError``) when none fits.

    >>> decode("遗失".encode("gbk")), decode(b"\\xef\\xbb\\xbf\\xe9\\x81\\x97")
    ('遗失', '遗')
    """
    if encoding:
        return data.decode(encoding)
    for candidate in ENCODINGS[:-1]:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode(ENCODINGS[-1])


def _read(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        return stdin.buffer.read()
    with open(name, "rb") as handle:
        return handle.read()


def run_parse(
    files: Sequence[str], fmt: str, encoding: str | None, stdin: TextIO, out: TextIO,
    err: TextIO,
) -> int:
    """Parse each file (``-`` is standard input) and write its notices; the exit status.

    >>> import io, sys
    >>> out, err = io.StringIO(), io.StringIO()
    >>> run_parse(["no-such-file.txt"], "jsonl", None, sys.stdin, out, err)
    1
    >>> print(err.getvalue().strip())
    voidnotice: no-such-file.txt: cannot read: No such file or directory
    voidnotice: 0 notices found, 0 with warnings, 0 lines not understood
    """
    status = 0
    found = warned = not_understood = 0
    for name in files or ["-"]:
        try:
            text = decode(_read(name, stdin), encoding)
        except OSError as exc:
            print(f"voidnotice: {name}: cannot read: {exc.strerror or exc}", file=err)
            status = 1
            continue
        except (UnicodeDecodeError, LookupError) as exc:
            print(f"voidnotice: {name}: cannot decode ({exc}); try --encoding", file=err)
            status = 1
            continue
        page = scan(text)
        write(page.notices, fmt, out)
        found += len(page.notices)
        warned += sum(1 for n in page.notices if n.warnings)
        not_understood += len(page.skipped)
    print(f"voidnotice: {found} notices found, {warned} with warnings,"
          f" {not_understood} lines not understood", file=err)
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
    reader = commands.add_parser("parse", help="read notices into records, one a line")
    reader.add_argument("files", nargs="*", metavar="FILE",
                        help="text files (default: standard input; - names it too)")
    reader.add_argument("--format", choices=FORMATS, default="jsonl")
    reader.add_argument("--encoding", help="the files' encoding (default: UTF-8 or GB18030)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["validate", "--kind", "org_code", "--format", "jsonl", "D2143569-1"])
    {"raw": "D2143569-1", "value": "D21435691"..."suggestions": ["D2143569X", ...]}
    1
    """
    args = _parser().parse_args(argv)
    if args.command == "parse":
        return run_parse(args.files, args.format, args.encoding, sys.stdin, sys.stdout,
                         sys.stderr)
    return run_validate(
        _numbers(args.values, sys.stdin), args.kind, args.relax_region, args.format, sys.stdout
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
