"""Bulk work: --jobs 2 against 1, peak memory, time to the first record, Dask.

Run by hand (needs the extras: ``pip install -e '.[all]'``)::

    .venv/bin/python benchmarks/bulk.py            # ~4 min on two cores
    .venv/bin/python benchmarks/bulk.py --quick    # smaller inputs, ~1 min

Inputs are made from the test pages (``tests/data/pages/*.txt``, notices
among news, headers and all), written to a temporary folder:

1. *Reference*: ``stdnum.cn.uscc.is_valid`` per second on this machine
   (best of 5), as in ``validators.py``, at the start and at the end: the
   machine is shared, and the rate says how fast it was at the time.
2. *Jobs*: wall-clock and CPU time of ``voidnotice parse DIR`` over a folder
   of files with ``--jobs 1`` and ``--jobs 2`` (best of 2 each), and whether
   the outputs are identical. Target: 1.6x.
3. *Memory*: peak resident memory of ``voidnotice parse FILE`` on one file
   of 4 MB and one of 40 MB (``ru_maxrss`` of the child). Target: within
   2x. Beside it, ``parse()`` of the whole 4 MB text in one go, as before.
4. *First record*: seconds from start to the first line of output, on the
   40 MB file, with ``--jobs 1`` and ``--jobs 2``. Target: under 1 s.
5. *Dask*: the folder's files as ``(name, text)`` pairs, flat rows in a
   pandas DataFrame: ``parse_many`` in this process against ``parse_bag`` on
   a ``LocalCluster`` of 2 worker processes (cluster start timed apart).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

from stdnum.cn import uscc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = sorted((ROOT / "tests" / "data" / "pages").glob("*.txt"))
PYTHON = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def stdnum_rate() -> float:
    """``stdnum.cn.uscc.is_valid`` calls per second, best of 5."""
    rng = random.Random(20240501)
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    numbers = ["91110108MA01G0FB09", "92430203MA41YB4C2X"] + [
        "9111" + "".join(rng.choice(alphabet) for _ in range(14)) for _ in range(198)
    ]
    best = min(timeit.repeat(lambda: [uscc.is_valid(n) for n in numbers], number=10, repeat=5))
    return len(numbers) * 10 / best


def page_text(size: int, seed: int) -> str:
    """Pages joined by blank lines, rotated by ``seed``, until ``size`` bytes in UTF-8."""
    texts = [p.read_text(encoding="utf-8") for p in PAGES]
    parts: list[str] = []
    total = 0
    index = seed
    while total < size:
        text = texts[index % len(texts)]
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(parts)


def child(args: list[str], out: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (with the child's children) and peak RSS (KiB) of a command.

    Each is run from a fresh wrapper, so that ``ru_maxrss`` is this command's alone.
    """
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "out = open(sys.argv[1], 'wb') if sys.argv[1] != '-' else subprocess.DEVNULL\n"
        "subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL, check=True)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n"
    )
    done = subprocess.run([PYTHON, "-c", code, str(out) if out else "-", *args],
                          capture_output=True, text=True, env=ENV, check=True)
    wall, cpu, rss = done.stdout.split()
    return float(wall), float(cpu), int(rss)


def parse_command(*args: str) -> list[str]:
    return [PYTHON, "-m", "voidnotice", "parse", "--quiet", *args]


def first_record(path: Path, jobs: int) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(parse_command("--jobs", str(jobs), str(path)),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    assert process.stdout is not None
    process.stdout.readline()
    took = time.perf_counter() - start
    process.send_signal(signal.SIGINT)  # as Ctrl-C: the workers end too
    process.stdout.close()
    process.wait()
    return took


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def dask_figures(folder: Path) -> tuple[float, float, float, int, bool]:
    """One process against a LocalCluster of 2 worker processes; same rows?"""
    import dask.bag as db
    from distributed import Client, LocalCluster

    from voidnotice import parse_many, to_rows
    from voidnotice.dask import parse_bag
    from voidnotice.rows import to_pandas

    inputs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    alone = to_pandas(to_rows(parse_many(inputs)))
    one = time.perf_counter() - start
    start = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    client.run(lambda: __import__("voidnotice.dask"))  # imports, as a long-lived cluster has
    started = time.perf_counter() - start
    start = time.perf_counter()
    frame = parse_bag(db.from_sequence(inputs, npartitions=8)).compute()
    two = time.perf_counter() - start
    client.close()
    cluster.close()
    same = frame.reset_index(drop=True).equals(alone)
    return one, started, two, len(frame), same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    quick = parser.parse_args().quick
    files, small, large = (30, 1_000_000, 10_000_000) if quick else (100, 4_000_000, 40_000_000)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        folder = work / "pages"
        folder.mkdir()
        for index in range(files):
            (folder / f"p{index:03d}.txt").write_text(page_text(60_000, index), encoding="utf-8")
        small_file, large_file = work / "small.txt", work / "large.txt"
        small_file.write_text(page_text(small, 0), encoding="utf-8")
        large_file.write_text(page_text(large, 0), encoding="utf-8")
        corpus_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6

        rate = stdnum_rate()
        print(f"reference: stdnum.cn.uscc.is_valid {rate:,.0f}/s;"
              f" load average {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores", flush=True)

        print(f"\n--jobs: {files} files, {corpus_mb:.1f} MB", flush=True)
        timings = {}
        for jobs in (1, 2, 1, 2):
            out = work / f"out{jobs}.jsonl"
            wall, cpu, _ = child(parse_command("--jobs", str(jobs), str(folder)), out)
            best = timings.get(jobs, (float("inf"), 0.0, ""))
            if wall < best[0]:
                timings[jobs] = (wall, cpu, digest(out))
        (w1, c1, d1), (w2, c2, d2) = timings[1], timings[2]
        print(f"  --jobs 1: {w1:.2f} s wall, {c1:.2f} s CPU; {corpus_mb / w1:.2f} MB/s")
        print(f"  --jobs 2: {w2:.2f} s wall, {c2:.2f} s CPU; {corpus_mb / w2:.2f} MB/s")
        print(f"  speed-up {w1 / w2:.2f}x (target 1.6x); outputs identical: {d1 == d2}")
        print(f"  CPU time of 2 jobs over 1: {c2 / c1:.2f}; with two free cores the speed-up"
              f" is at most {2 * c1 / c2:.2f}x", flush=True)

        print("\nmemory (peak RSS of voidnotice parse, --jobs 1):", flush=True)
        _, _, rss_small = child(parse_command(str(small_file)))
        wall_large, _, rss_large = child(parse_command(str(large_file)))
        print(f"  {small / 1e6:.0f} MB file: {rss_small / 1024:.0f} MiB")
        print(f"  {large / 1e6:.0f} MB file: {rss_large / 1024:.0f} MiB"
              f" ({wall_large:.0f} s); ratio {rss_large / rss_small:.2f} (target within 2x)")
        old = [PYTHON, "-c", "import sys; from voidnotice import parse;"
               " parse(open(sys.argv[1], encoding='utf-8').read())", str(small_file)]
        _, _, rss_old = child(old)
        print(f"  parse() of the whole {small / 1e6:.0f} MB text at once: {rss_old / 1024:.0f} MiB",
              flush=True)

        print(f"\ntime to the first record ({large / 1e6:.0f} MB file):", flush=True)
        for jobs in (1, 2):
            took = min(first_record(large_file, jobs) for _ in range(3))
            print(f"  --jobs {jobs}: {took:.2f} s (target under 1 s)", flush=True)

        print(f"\nDask: the {files} files as (name, text) pairs to flat rows in pandas:",
              flush=True)
        one, started, two, rows, same = dask_figures(folder)
        print(f"  one process (parse_many, to_pandas): {one:.2f} s")
        print(f"  LocalCluster, 2 worker processes, 8 partitions: {two:.2f} s"
              f" ({one / two:.2f}x), after {started:.1f} s to start the cluster")
        print(f"  {rows} rows; the same rows as in one process: {same}")

        rate_end = stdnum_rate()
        print(f"\nreference at the end: stdnum.cn.uscc.is_valid {rate_end:,.0f}/s;"
              f" load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
