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
likeliest corrections (:func:`voidnotice.suggest`): text lines end in
``did you mean: A, B``, jsonl lines carry a ``suggestions`` list. Exit status:
0 when every number is valid, 1 when any is not (or fits no kind), 2 for a
usage error.

>>> main(["validate", "--kind", "uscc", "91110108MA01G0FB09"])
91110108MA01G0FB09	uscc	valid
0
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import datetime
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from voidnotice import __version__
from voidnotice.bulk import FIRST_PIECE_SIZE, _Piece, pieces, run_pieces
from voidnotice.corrections import suggest
from voidnotice.kinds import Kind
from voidnotice.output import FORMATS, TEXT_FORMATS, Writer
from voidnotice.rows import import_extra
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
        INTERRUPTS.check()  # before waiting for the next line


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
    numbers: Iterable[str], kind: str | None, relax_region: bool, fmt: str, out: TextIO,
    as_of: datetime.date | None = None,
) -> int:
    """Validate each number and print its verdict; the exit status. ``as_of``: the date
    the numbers' dates are checked against (default: today).

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
            result = validate(number, kind, relax_region=relax_region, as_of=as_of)
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


#: Bytes read from a file or standard input at a time.
BLOCK = 1 << 20
#: The ``source`` of notices read from standard input.
STDIN_SOURCE = "<stdin>"
#: Records are flushed to the output at least this often (seconds), so a
#: reader sees the first ones at once even through a pipe.
FLUSH_EVERY = 0.2


def detect_encoding(path: str, encoding: str | None = None) -> str:
    """The encoding that decodes the whole file: ``encoding``, else UTF-8, else GB18030.

    The file is read in blocks and nothing is kept. Raises ``UnicodeDecodeError``
    when none fits, ``LookupError`` for an unknown encoding, ``OSError`` when
    the file cannot be read.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "gbk.txt")
    >>> with open(path, "wb") as f:
    ...     _ = f.write("遗失声明".encode("gbk"))
    >>> detect_encoding(path), detect_encoding(path, "gbk")
    ('gb18030', 'gbk')
    """
    candidates = (encoding,) if encoding else ENCODINGS
    for index, candidate in enumerate(candidates):
        decoder = codecs.getincrementaldecoder(candidate)()
        try:
            with open(path, "rb") as handle:
                while block := handle.read(BLOCK):
                    decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if index == len(candidates) - 1:
                raise
            continue
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover


class Interrupts:
    """Ctrl-C, remembered until the run acts on it.

    Python raises ``KeyboardInterrupt`` wherever the main thread is when the
    signal comes. Inside a finalizer the exception is printed and dropped:
    the regex module frees the parse tree of a pattern it compiles (on first
    use, while the run reads) in ``__del__`` methods, and a Ctrl-C that came
    there was lost; the run went on to wait for standard input for ever
    (the command's Ctrl-C test hung about once in forty runs). So the handler
    also remembers the signal, and the run checks between reads and between
    records.

    >>> interrupts = Interrupts()
    >>> interrupts.check()  # no Ctrl-C came: nothing happens
    >>> try:
    ...     interrupts(signal.SIGINT, None)
    ... except KeyboardInterrupt:
    ...     print("interrupted; remembered:", interrupts.pending)
    interrupted; remembered: True
    """

    def __init__(self) -> None:
        self.pending = False

    def __call__(self, signum: int, frame: object) -> None:
        self.pending = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` if Ctrl-C came and was dropped on its way."""
        if self.pending:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def handled(self) -> Iterator[Interrupts]:
        """Ctrl-C handled by this object within the block (in the main thread only:
        no other may set a handler). A ``KeyboardInterrupt`` a finalizer drops is not
        printed (Python would print it with a traceback): it is remembered, and the run
        ends with ``voidnotice: interrupted`` as on any Ctrl-C."""
        self.pending = False
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        before = signal.signal(signal.SIGINT, self)
        printing = sys.unraisablehook

        def unraisable(dropped: Any) -> None:
            if not (isinstance(dropped.exc_type, type)
                    and issubclass(dropped.exc_type, KeyboardInterrupt)):
                printing(dropped)

        sys.unraisablehook = unraisable
        try:
            yield self
        finally:
            sys.unraisablehook = printing
            signal.signal(signal.SIGINT, before)
            # the Ctrl-C was the block's: a later run in this process (run_parse called
            # from Python after main) must not end on it
            self.pending = False


#: The command's Ctrl-C, as :func:`main` handles it.
INTERRUPTS = Interrupts()


class _Run:
    """The state of one ``voidnotice parse`` run: its status, counts and progress bar."""

    def __init__(self, err: TextIO, progress: bool, total: int | None) -> None:
        self.err = err
        self.status = 0
        self.bar: Any = None
        if progress:
            try:
                from tqdm import tqdm
            except ImportError:  # the progress extra is not installed: no bar
                pass
            else:
                self.bar = tqdm(total=total, unit="B", unit_scale=True, file=err,
                                desc="voidnotice", leave=False)

    def fail(self, message: str) -> None:
        if self.bar is not None:
            self.bar.clear()
        print(f"voidnotice: {message}", file=self.err)
        self.status = 1

    def read(self, size: int) -> None:
        if self.bar is not None:
            self.bar.update(size)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _file_blocks(path: str, encoding: str, run: _Run) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            run.read(len(block))
            yield decoder.decode(block)
    yield decoder.decode(b"", final=True)


def _stdin_blocks(stdin: TextIO, encoding: str | None, run: _Run) -> Iterator[str]:
    """Standard input as it comes; without ``encoding``, its first block decides."""
    binary: Any = stdin.buffer
    read = getattr(binary, "read1", binary.read)
    first = read(BLOCK)
    if encoding is None:
        encoding = ENCODINGS[-1]
        for candidate in ENCODINGS[:-1]:
            try:
                codecs.getincrementaldecoder(candidate)().decode(first)
            except UnicodeDecodeError:
                continue
            encoding = candidate
            break
    decoder = codecs.getincrementaldecoder(encoding)()
    block = first
    while block:
        run.read(len(block))
        yield decoder.decode(block)
        INTERRUPTS.check()  # before waiting for more input
        block = read(BLOCK)
    yield decoder.decode(b"", final=True)


def _lines(blocks: Iterable[str]) -> Iterator[str]:
    """Lines ended by ``\\n`` (as JSON lines are), from text given in blocks.

    A line longer than a block is joined once, not copied again for each block.

    >>> list(_lines(["a\\nb", "c", "d\\ne\\n", "f"]))
    ['a', 'bcd', 'e', 'f']
    """
    parts: list[str] = []
    for block in blocks:
        if "\n" not in block:
            parts.append(block)
            continue
        head, *middle, tail = block.split("\n")
        parts.append(head)
        yield "".join(parts)
        yield from middle
        parts = [tail]
    rest = "".join(parts)
    if rest:
        yield rest


def expand(names: Sequence[str], pattern: str) -> Iterator[str]:
    """The files to read: each name, and the files under each directory that match
    ``pattern``, recursively, in sorted order; ``-`` is standard input.

    >>> import os, tempfile
    >>> top = tempfile.mkdtemp(); os.makedirs(os.path.join(top, "b"))
    >>> for name in ("a.txt", "b/c.txt", "b/d.csv"):
    ...     open(os.path.join(top, name), "w").close()
    >>> [os.path.relpath(p, top) for p in expand([top], "*.txt")]
    ['a.txt', 'b/c.txt']
    """
    for name in names:
        if name != "-" and os.path.isdir(name):
            found = (str(path) for path in Path(name).rglob(pattern) if path.is_file())
            yield from sorted(found)
        else:
            yield name


def _text_blocks(name: str, encoding: str | None, stdin: TextIO, run: _Run) -> Iterator[str]:
    if name == "-":
        return _stdin_blocks(stdin, encoding, run)
    return _file_blocks(name, detect_encoding(name, encoding), run)


def _jsonl_inputs(
    name: str, blocks: Iterable[str], text_field: str, id_field: str, run: _Run
) -> Iterator[tuple[str, str]]:
    source = STDIN_SOURCE if name == "-" else name
    for number, line in enumerate(_lines(blocks), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            run.fail(f"{source}:{number}: not a JSON line ({exc})")
            continue
        text = record.get(text_field) if isinstance(record, dict) else None
        if not isinstance(text, str):
            run.fail(f"{source}:{number}: no text in field {text_field!r}")
            continue
        ident = record.get(id_field)
        yield (f"{source}:{number}" if ident is None else str(ident)), text


def _csv_inputs(
    name: str, blocks: Iterable[str], text_field: str, id_field: str, run: _Run
) -> Iterator[tuple[str, str]]:
    """The texts of a CSV input (RFC 4180: a head row names the fields; a quoted field
    may hold commas, doubled quotes and line breaks), each with its source: the row's
    ``id_field``, else ``FILE:LINE`` of the line the row starts on.

    >>> import io
    >>> rows = _csv_inputs("a.csv", ['序号,内容\\n1,"张三遗失身份证，\\n声明作废。"\\n'],
    ...                    "内容", "序号", _Run(io.StringIO(), False, None))
    >>> list(rows)
    [('1', '张三遗失身份证，\\n声明作废。')]
    """
    source = STDIN_SOURCE if name == "-" else name
    reader = csv.DictReader(line + "\n" for line in _lines(blocks))
    try:
        if reader.fieldnames is None:
            return
        if text_field not in reader.fieldnames:
            run.fail(f"{source}: no field {text_field!r} in the head row")
            return
        start = reader.line_num + 1
        for row in reader:
            text = row.get(text_field)
            if text is None:  # a short row: an empty cell holds nothing to drop
                run.fail(f"{source}:{start}: no text in field {text_field!r}")
            elif text:
                ident = row.get(id_field)
                yield (ident or f"{source}:{start}"), text
            start = reader.line_num + 1
    except csv.Error as exc:
        run.fail(f"{source}:{reader.line_num}: not a CSV row ({exc})")


#: ``--as-of page``: each page checked as of the day it prints (:func:`page_date`).
PAGE_DAY = "page"


def _pieces(
    names: Iterable[str], encoding: str | None, stdin: TextIO, run: _Run, input_format: str,
    text_field: str, id_field: str, as_of: datetime.date | str | None = None,
) -> Iterator[_Piece]:
    """Every input cut into pieces, as they are read; a failed input is reported.

    With ``as_of`` :data:`PAGE_DAY`, each piece is checked as of the day its page
    prints, else the day the input's last page printed, else today; each record of a
    JSON or CSV input as of its own."""
    for name in names:
        source = STDIN_SOURCE if name == "-" else name
        day = as_of if isinstance(as_of, datetime.date) else None
        try:
            blocks = _text_blocks(name, encoding, stdin, run)
            if input_format in _RECORD_INPUTS:
                records = _RECORD_INPUTS[input_format](name, blocks, text_field, id_field, run)
                for ident, text in records:
                    own = _page_day(text) if as_of == PAGE_DAY else day
                    for offset, piece in pieces([text], first=FIRST_PIECE_SIZE):
                        yield _Piece(ident, offset, piece, as_of=own)
            else:
                for offset, piece in pieces(blocks, first=FIRST_PIECE_SIZE):
                    if as_of == PAGE_DAY:
                        day = _page_day(piece) or day
                    yield _Piece(source, offset, piece, as_of=day)
        except OSError as exc:
            run.fail(f"{name}: cannot read: {exc.strerror or exc}")
        except (UnicodeDecodeError, LookupError) as exc:
            run.fail(f"{name}: cannot decode ({exc}); try --encoding")


#: Inputs of records, each with a text to parse: JSON lines, CSV rows.
_RECORD_INPUTS = {"jsonl": _jsonl_inputs, "csv": _csv_inputs}


def _total_size(names: Sequence[str]) -> int | None:
    try:
        return sum(os.path.getsize(name) for name in names)
    except OSError:
        return None


def run_parse(
    files: Sequence[str], fmt: str, encoding: str | None, stdin: TextIO, out: IO[Any],
    err: TextIO, *, jobs: int = 1, glob: str | None = None, input_format: str = "text",
    text_field: str = "text", id_field: str = "id", progress: bool = False,
    as_of: datetime.date | str | None = None,
) -> int:
    """Parse every input and write its notices with one writer; the exit status.

    Inputs are files, directories (their files matching ``glob``, by default
    ``*.txt``, or ``*.jsonl`` for ``input_format="jsonl"``) and ``-``,
    standard input (the default). Each file is read in blocks and cut into
    pieces at header lines, so records are written as they are found and
    memory does not grow with the input. ``jobs`` processes parse (0: one
    for every core); the output is the same whatever their number. ``as_of``: the
    date the numbers' dates are checked against (the pages', default today), or
    :data:`PAGE_DAY`, the day each page prints.

    >>> import io, sys
    >>> out, err = io.StringIO(), io.StringIO()
    >>> run_parse(["no-such-file.txt"], "jsonl", None, sys.stdin, out, err)
    1
    >>> print(err.getvalue().strip())
    voidnotice: no-such-file.txt: cannot read: No such file or directory
    voidnotice: 0 notices found, 0 with warnings, 0 lines not understood
    """
    if isinstance(as_of, str) and as_of != PAGE_DAY:
        raise ValueError(f"as_of is a date or {PAGE_DAY!r}, not {as_of!r}")
    default_glob = f"*.{input_format}" if input_format in _RECORD_INPUTS else "*.txt"
    names = list(expand(files or ["-"], glob or default_glob))
    run = _Run(err, progress, None if "-" in names else _total_size(names))
    found = warned = not_understood = 0
    writer = Writer.open(fmt, out)
    flushed = time.monotonic()
    results = run_pieces(
        _pieces(names, encoding, stdin, run, input_format, text_field, id_field, as_of), jobs
    )
    try:
        for result in results:
            INTERRUPTS.check()
            if isinstance(result, int):  # a piece is done: flush before reading on
                not_understood += result
                if found:
                    out.flush()
                continue
            writer.write(result)
            found += 1
            warned += bool(result.warnings)
            if time.monotonic() - flushed > FLUSH_EVERY:
                out.flush()
                flushed = time.monotonic()
        writer.close()
    except KeyboardInterrupt:
        # What was written stays usable: the JSON array and the Parquet file are closed.
        with contextlib.suppress(Exception):
            results.close()
            writer.close()
            out.flush()
        raise
    finally:
        results.close()
        run.close()
    out.flush()
    print(f"voidnotice: {found} notices found, {warned} with warnings,"
          f" {not_understood} lines not understood", file=err)
    return run.status


def _page_day(text: str) -> datetime.date | None:
    from voidnotice.parser.page_date import page_date  # the parser's, loaded when asked for

    return page_date(text)


def _day_or_page(value: str) -> datetime.date | str:
    """``--as-of`` of ``voidnotice parse``: a day, or ``page`` (each page's own).

    >>> _day_or_page("page"), _day_or_page("2009-03-17")
    ('page', datetime.date(2009, 3, 17))
    """
    return PAGE_DAY if value == PAGE_DAY else _date(value)


def _date(value: str) -> datetime.date:
    """A day given on the command line, as ``YYYY-MM-DD``.

    >>> _date("2009-03-17")
    datetime.date(2009, 3, 17)
    >>> _date("17/3/2009")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '17/3/2009' is no day: give YYYY-MM-DD
    """
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is no day: give YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voidnotice", description="Read Chinese voidance notices and check their numbers."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check identifiers, one verdict a line")
    check.add_argument("values", nargs="*", metavar="VALUE",
                       help="numbers to check (default: one a line on standard input)")
    check.add_argument("--kind", choices=[k.value for k in Kind],
                       help="the kind of every number (default: guess each)")
    check.add_argument("--relax-region", action="store_true",
                       help="division codes unknown to the data are warnings, not errors")
    check.add_argument("--format", choices=["text", "jsonl"], default="text")
    check.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                       help="check dates as of this day (default: today)")
    reader = commands.add_parser("parse", help="read notices into records, one a line")
    reader.add_argument("files", nargs="*", metavar="FILE",
                        help="files or directories (default: standard input; - names it too)")
    reader.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="output format (parquet needs voidnotice[parquet] and -o)")
    reader.add_argument("--encoding", help="the files' encoding (default: UTF-8 or GB18030)")
    reader.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    reader.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="parse on N processes (0: one for every core; default 1)")
    reader.add_argument("--glob", metavar="PATTERN",
                        help="files to read in directories (default *.txt, *.jsonl or *.csv)")
    reader.add_argument("--input-format", choices=["text", "jsonl", "csv"], default="text",
                        help="jsonl: one JSON object a line, each with a text to parse; csv:"
                             " rows under a head row, each with a text to parse")
    reader.add_argument("--text-field", default="text", metavar="NAME",
                        help="with jsonl or csv input: the field holding the text"
                             " (default text)")
    reader.add_argument("--id-field", default="id", metavar="NAME",
                        help="with jsonl or csv input: the field giving the source"
                             " (default id; without it, FILE:LINE)")
    reader.add_argument("--as-of", type=_day_or_page, metavar="YYYY-MM-DD|page",
                        help="the day the pages were printed: numbers' dates are checked as"
                             " of it (default: today); page: the day each page prints in"
                             " its running head or an export's date field")
    reader.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar (it is shown only when standard error is a"
                             " terminal, with voidnotice[progress])")
    return parser


_TEXT_OUTPUT: dict[str, Any] = {"encoding": "utf-8", "newline": ""}


def _parse_command(args: argparse.Namespace) -> int:
    if args.jobs < 0:
        print("voidnotice: --jobs takes 0 (every core) or more", file=sys.stderr)
        return 2
    if args.format == "parquet":
        if not args.output:
            print("voidnotice: --format parquet writes a file: give -o FILE", file=sys.stderr)
            return 2
        try:
            import_extra("pyarrow.parquet", "parquet")
        except ImportError as exc:
            print(f"voidnotice: {exc}", file=sys.stderr)
            return 2
    progress = sys.stderr.isatty() and not args.quiet
    options = {"jobs": args.jobs, "glob": args.glob, "input_format": args.input_format,
               "text_field": args.text_field, "id_field": args.id_field, "progress": progress,
               "as_of": args.as_of}
    if not args.output:
        return run_parse(args.files, args.format, args.encoding, sys.stdin, sys.stdout,
                         sys.stderr, **options)
    binary = args.format not in TEXT_FORMATS
    try:
        handle = open(  # noqa: SIM115 - closed below; opening fails apart from parsing
            args.output, "wb" if binary else "w", **({} if binary else _TEXT_OUTPUT)
        )
    except OSError as exc:
        print(f"voidnotice: {args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with handle:
        return run_parse(args.files, args.format, args.encoding, sys.stdin, handle, sys.stderr,
                         **options)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    A reader that goes away (``voidnotice parse big.txt | head``) ends the
    run quietly with status 141; Ctrl-C ends it with status 130, without a
    traceback.

    >>> main(["validate", "--kind", "org_code", "--format", "jsonl", "D2143569-1"])
    {"raw": "D2143569-1", "value": "D21435691"..."suggestions": ["D2143569X", ...]}
    1
    """
    args = _parser().parse_args(argv)
    try:
        with INTERRUPTS.handled():
            if args.command == "parse":
                return _parse_command(args)
            return run_validate(
                _numbers(args.values, sys.stdin), args.kind, args.relax_region, args.format,
                sys.stdout, args.as_of,
            )
    except BrokenPipeError:
        # Python would report the pipe again when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except KeyboardInterrupt:
        print("voidnotice: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
