"""``voidnotice parse``: one writer a run, sources, inputs, streaming, pipes and Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus import DATA, load_pages
from voidnotice import __version__, parse
from voidnotice.cli import STDIN_SOURCE, main, run_parse
from voidnotice.rows import COLUMN_NAMES, arrow_schema

PAGES_DIR = DATA / "pages"
PAGES = load_pages()
SEED = PAGES_DIR / "zhuzhou-daily-2021-12-30.txt"
OTHER = PAGES_DIR / "page01.txt"
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    fmt = args[args.index("--format") + 1] if "--format" in args else "jsonl"
    files = [a for a in args if not a.startswith("--") and a != fmt]
    handle = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")))
    status = run_parse(files, fmt, None, handle, out, err)
    return status, out.getvalue(), err.getvalue()


def count(path: Path) -> int:
    return len(parse(path.read_text(encoding="utf-8")))


def test_json_of_two_files_is_one_array_with_sources() -> None:
    status, out, err = run(["--format", "json", str(SEED), str(OTHER)])
    assert status == 0
    records = json.loads(out)
    assert len(records) == count(SEED) + count(OTHER)
    assert [r["source"] for r in records] == (
        [str(SEED)] * count(SEED) + [str(OTHER)] * count(OTHER)
    )
    assert err.startswith(f"voidnotice: {len(records)} notices found")


def test_json_of_nothing_is_an_empty_array() -> None:
    status, out, _ = run(["--format", "json", "-"], stdin="今天天气很好")
    assert (status, json.loads(out)) == (0, [])


def test_csv_of_two_files_has_one_header_and_numbers_each_source() -> None:
    status, out, _ = run(["--format", "csv", str(SEED), str(OTHER)])
    rows = list(csv.reader(io.StringIO(out)))
    assert status == 0 and tuple(rows[0]) == COLUMN_NAMES
    assert sum(1 for r in rows if tuple(r) == COLUMN_NAMES) == 1
    body = [dict(zip(COLUMN_NAMES, r, strict=True)) for r in rows[1:]]
    assert all(r["source"] in (str(SEED), str(OTHER)) for r in body)
    firsts = [r["notice"] for r in body if r["source"] == str(OTHER)]
    assert firsts[0] == "1" and body[0]["notice"] == "1"


def test_jsonl_records_carry_their_source_and_stdin_is_named() -> None:
    text = SEED.read_text(encoding="utf-8")
    status, out, _ = run([str(SEED), "-"], stdin=text)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 2 * count(SEED)
    assert [r["source"] for r in records] == [str(SEED)] * count(SEED) + [STDIN_SOURCE] * count(
        SEED
    )
    assert records[0]["span"] == records[count(SEED)]["span"]


def test_directories_are_read_recursively_with_a_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    (tmp_path / "a" / "other.text").write_text(OTHER.read_text(encoding="utf-8"),
                                               encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_parse([str(tmp_path)], "jsonl", None, sys.stdin, out, err) == 0
    sources = {json.loads(line)["source"] for line in out.getvalue().splitlines()}
    assert sources == {str(tmp_path / "a" / "b" / "seed.txt")}
    out = io.StringIO()
    assert run_parse([str(tmp_path)], "jsonl", None, sys.stdin, out, err, glob="*.t*t") == 0
    listed = [json.loads(line)["source"] for line in out.getvalue().splitlines()]
    assert sorted(set(listed)) == [str(tmp_path / "a" / "b" / "seed.txt"),
                                    str(tmp_path / "a" / "other.text")]


def test_jsonl_input_with_text_and_id_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"doc": "d1", "body": "遗失声明\n张三遗失身份证"}, ensure_ascii=False),
        "",
        json.dumps({"body": "遗失声明\n李四遗失户口本"}, ensure_ascii=False),
        "not json",
        json.dumps({"doc": "d4"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run_parse([str(path)], "jsonl", None, sys.stdin, out, err, input_format="jsonl",
                       text_field="body", id_field="doc")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["source"], r["parties"][0]["name"], r["span"]) for r in records] == [
        ("d1", "张三", [5, 12]), (f"{path}:3", "李四", [5, 12])
    ]
    assert status == 1
    assert f"{path}:4: not a JSON line" in err.getvalue()
    assert f"{path}:5: no text in field 'body'" in err.getvalue()


def test_csv_input_with_text_and_id_fields(tmp_path: Path) -> None:
    # set AN (in01): an e-paper's notice table exported as CSV; quoted fields hold commas,
    # doubled quotes and a line break
    path = tmp_path / "export.csv"
    path.write_text(
        "序号,标题,内容,刊登日期\n"
        '1,"遗失声明","张三遗失身份证,号码110101199003077777,声明作废。","2026-12-05"\n'
        ',"遗失声明","李四于12月3日在""阿尔金""超市附近遗失户口簿，\n声明作废。","2026-12-05"\n'
        '3,"注销公告","某某有限公司拟注销，请债权人申报债权。","2026-12-05"\n'
        '4,"遗失声明"\n',
        encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run_parse([str(path)], "jsonl", None, sys.stdin, out, err, input_format="csv",
                       text_field="内容", id_field="序号")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["source"], r["parties"][0]["name"]) for r in records] == [
        ("1", "张三"), (f"{path}:3", "李四")]
    assert records[1]["text"] == '李四于12月3日在"阿尔金"超市附近遗失户口簿，声明作废。'
    assert status == 1  # the short row is reported, the others are read
    assert f"{path}:6: no text in field '内容'" in err.getvalue()  # row 2 took two lines
    out, err = io.StringIO(), io.StringIO()
    assert run_parse([str(path)], "jsonl", None, sys.stdin, out, err, input_format="csv",
                     text_field="正文") == 1
    assert f"{path}: no field '正文' in the head row" in err.getvalue()


def test_jsonl_input_from_stdin() -> None:
    out, err = io.StringIO(), io.StringIO()
    line = '{"id": 9, "text": "遗失声明\\n张三遗失身份证"}\n'
    stdin = io.TextIOWrapper(io.BytesIO(line.encode()))
    assert run_parse([], "jsonl", None, stdin, out, err, input_format="jsonl") == 0
    assert json.loads(out.getvalue())["source"] == "9"


def test_two_jobs_write_the_same_output(tmp_path: Path) -> None:
    outputs = []
    for jobs in (1, 2):
        out, err = io.StringIO(), io.StringIO()
        assert run_parse([str(PAGES_DIR)], "csv", None, sys.stdin, out, err, jobs=jobs) == 0
        outputs.append((out.getvalue(), err.getvalue()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count("\n") > 100


def test_output_file_and_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.csv"
    assert main(["parse", "--format", "csv", "-o", str(target), str(SEED)]) == 0
    assert target.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMN_NAMES)
    assert capsys.readouterr().out == ""
    parquet = tmp_path / "out.parquet"
    assert main(["parse", "--format", "parquet", "-o", str(parquet), str(SEED), str(OTHER)]) == 0
    table = pq.read_table(parquet)
    assert table.schema == arrow_schema()
    assert set(table.column("source").to_pylist()) == {str(SEED), str(OTHER)}


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "parquet", str(SEED)]) == 2
    assert "give -o FILE" in capsys.readouterr().err


def test_parquet_without_pyarrow_names_the_extra(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['pyarrow'] = None; from voidnotice.cli import main;"
            f" sys.exit(main(['parse', '--format', 'parquet', '-o', {str(tmp_path / 'x')!r},"
            f" {str(SEED)!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=ENV, check=False)
    assert done.returncode == 2
    assert "pip install 'voidnotice[parquet]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_version_and_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "voidnotice", "--version"], capture_output=True,
                          text=True, env=ENV, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"voidnotice {__version__}")
    done = subprocess.run([sys.executable, "-m", "voidnotice", "parse", str(SEED)],
                          capture_output=True, text=True, env=ENV, check=False)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == count(SEED)


def big_text(pages: int = 60) -> bytes:
    """Many pages, headers and all: more than one piece."""
    texts = [text for _, text, _ in PAGES]
    return "\n\n".join(texts[i % len(texts)] for i in range(pages)).encode("utf-8")


def start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "voidnotice", "parse", *args], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
    )


def feed(process: subprocess.Popen[bytes]) -> threading.Thread:
    """Write the input from a thread (the output pipe fills meanwhile), and keep it open."""
    assert process.stdin is not None
    stdin = process.stdin

    def write() -> None:
        try:
            stdin.write(big_text())
            stdin.flush()
        except (BrokenPipeError, ValueError):  # the process ended, or the test closed it
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def first_line(process: subprocess.Popen[bytes]) -> bytes:
    """The first line of output, waited for in a thread so that a hang fails the test."""
    found: list[bytes] = []
    reader = threading.Thread(target=lambda: found.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(120)
    assert found, "no record came out while the input was still open"
    return found[0]


def rest_of_output(process: subprocess.Popen[bytes], seconds: float) -> tuple[bytes, bytes]:
    """What the process writes until it ends, within ``seconds``: past them it is killed
    and the test fails, so that a process that hangs cannot hang the suite."""
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout, process.stderr
    found: list[bytes] = []
    reader = threading.Thread(target=lambda: found.extend([out.read(), err.read()]),
                              daemon=True)
    reader.start()
    reader.join(seconds)
    if reader.is_alive():
        process.kill()
        reader.join(10)
        pytest.fail(f"the process had not ended {seconds:g} s on: {b''.join(found)[-500:]!r}")
    return found[0], found[1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_records_come_out_before_the_input_ends(jobs: str) -> None:
    process = start(["--jobs", jobs])
    writer = feed(process)  # and kept open: the input is not exhausted
    line = first_line(process)
    assert json.loads(line)["source"] == STDIN_SOURCE
    assert process.poll() is None  # still waiting for the rest of its input
    assert process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    # Read the rest of the output meanwhile, so that the process never waits on a full
    # pipe and takes all its input; only then is the input closed.
    stdout = process.stdout
    rest_parts: list[bytes] = []
    reader = threading.Thread(target=lambda: rest_parts.append(stdout.read()))
    reader.start()
    writer.join(120)
    process.stdin.close()
    reader.join(300)
    rest = b"".join(rest_parts)
    err = process.stderr.read()
    assert process.wait(timeout=300) == 0
    assert len(rest.splitlines()) + 1 == int(err.split()[1]) and b"Traceback" not in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_a_traceback(jobs: str) -> None:
    process = start(["--jobs", jobs, "--format", "json"])
    feed(process)
    first = first_line(process)
    process.send_signal(signal.SIGINT)
    rest, err = rest_of_output(process, 120)
    assert process.wait(timeout=120) == 130, err.decode()
    assert all(r["source"] == STDIN_SOURCE for r in json.loads(first + rest))  # closed
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert b"interrupted" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_goes_away_ends_the_run_quietly(jobs: str, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(big_text(120))
    process = start(["--jobs", jobs, str(path)])
    assert process.stdout is not None and process.stderr is not None
    first_line(process)
    process.stdout.close()  # as `| head -1` does
    err = process.stderr.read()
    process.wait(timeout=300)
    assert process.returncode == 141
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(big_text(120))
    process = start(["--jobs", "2", str(path)])
    first_line(process)
    workers = children(process.pid)
    assert len(workers) == 2
    process.kill()  # SIGKILL: the parent cannot tell its workers
    process.wait()
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() for pid in workers):
            break
        threading.Event().wait(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)


def run_with_terminal_stderr(args: list[str]) -> tuple[int, bytes, bytes]:
    """Run ``voidnotice parse`` with standard error on a pseudo-terminal."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    # 24 rows of 80 columns, as a terminal has (a new pseudo-terminal has 0 x 0).
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "voidnotice", "parse", *args],
                               stdout=subprocess.PIPE, stderr=slave, env=ENV)
    os.close(slave)
    err = bytearray()
    reader = threading.Thread(target=lambda: drain(master, err))
    reader.start()
    out = process.stdout.read() if process.stdout else b""
    status = process.wait(timeout=120)
    reader.join(10)
    os.close(master)
    return status, out, bytes(err)


def drain(fd: int, into: bytearray) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed
            return
        if not chunk:
            return
        into.extend(chunk)


def test_a_progress_bar_on_a_terminal_only_and_not_when_quiet() -> None:
    status, out, err = run_with_terminal_stderr([str(SEED), str(OTHER)])
    assert status == 0
    assert b"voidnotice:   0%|" in err  # tqdm's bar, shown at the start
    assert len(out.splitlines()) == count(SEED) + count(OTHER)  # records only
    assert all(line.startswith(b"{") for line in out.splitlines())
    status, out, err = run_with_terminal_stderr(["--quiet", str(SEED)])
    assert status == 0 and b"%" not in err and b"notices found" in err
    done = subprocess.run([sys.executable, "-m", "voidnotice", "parse", str(SEED)],
                          capture_output=True, env=ENV, check=False)
    assert b"%" not in done.stderr  # not a terminal: no bar


class _DroppedCtrlC:
    """Ctrl-C comes while a finalizer runs (as the regex module's do, freeing a parse
    tree): Python prints the KeyboardInterrupt and drops it."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


class _Stdin:
    """Standard input whose first block comes with a Ctrl-C that a finalizer drops;
    it counts the reads."""

    def __init__(self, data: bytes) -> None:
        self.buffer = self
        self.blocks = [data]
        self.reads = 0

    def read1(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads == 1:
            _DroppedCtrlC()  # freed at once: its __del__ runs here
        return self.blocks.pop() if self.blocks else b""

    read = read1


def _parse_interrupted(monkeypatch: pytest.MonkeyPatch) -> _Stdin:
    """``voidnotice parse`` on standard input whose first block comes with a Ctrl-C a
    finalizer drops; it ends with status 130."""
    stdin = _Stdin("遗失声明\n张三遗失身份证，声明作废。\n".encode())
    monkeypatch.setattr(sys, "stdin", stdin)
    # Python's own hook, which prints what a finalizer drops (pytest's would warn instead)
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)
    assert main(["parse"]) == 130
    return stdin


def test_a_ctrl_c_dropped_by_a_finalizer_still_ends_the_run(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = _parse_interrupted(monkeypatch)
    assert stdin.reads == 1  # it did not wait for more input
    err = capsys.readouterr().err
    assert "voidnotice: interrupted" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err  # the drop not printed
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # set back


def test_a_ctrl_c_dropped_by_a_finalizer_stops_validate(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    read: list[str] = []

    def lines() -> Iterator[str]:
        for line in ["91110108MA01G0FB09\n", "P430935842\n"]:
            read.append(line)
            if len(read) == 1:
                _DroppedCtrlC()
            yield line

    monkeypatch.setattr(sys, "stdin", lines())
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)
    assert main(["validate"]) == 130
    assert read == ["91110108MA01G0FB09\n"]
    err = capsys.readouterr().err
    assert "voidnotice: interrupted" in err and "Traceback" not in err


def test_a_ctrl_c_handled_by_a_run_does_not_end_the_next(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # after main ended on a dropped Ctrl-C, run_parse called from Python reads on
    _parse_interrupted(monkeypatch)
    capsys.readouterr()
    out, err = io.StringIO(), io.StringIO()
    try:
        status = run_parse([str(SEED)], "jsonl", None, sys.stdin, out, err)
    except KeyboardInterrupt:
        pytest.fail("the Ctrl-C main handled ended a later run")
    assert status == 0 and len(out.getvalue().splitlines()) == 6
