"""Many texts at once: notices one at a time, in order, on several cores.

:func:`iter_notices` gives the notices of one text lazily, as
:func:`voidnotice.parse` would list them. :func:`parse_many` reads many
inputs (texts, ``(id, text)`` pairs, or mappings with a text and an id key)
and yields every notice in input order with ``source`` set to the input's
id; with ``jobs > 1`` the work is spread over a pool of processes.

Long texts are cut into pieces at header lines (``遗失声明``, ``注销公告``...),
where the page reader starts afresh whatever came before, so a piece gives
exactly the notices the whole text gives there; spans are still offsets in
the whole text. Memory is bounded by the pieces in flight and by the largest
single input, never by the total.

>>> texts = [("a", "遗失声明\\n张三遗失身份证"), ("b", "遗失声明\\n李四遗失户口本")]
>>> [(n.source, n.parties[0].name, n.span) for n in parse_many(texts)]
[('a', '张三', (5, 12)), ('b', '李四', (5, 12))]
"""

from __future__ import annotations

import concurrent.futures
import datetime
import itertools
import os
import queue
import signal
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeAlias

from voidnotice.ids._base import as_of as checked_as_of
from voidnotice.parser import patterns as p
from voidnotice.parser.lexicon import Lexicon, using
from voidnotice.parser.segmentation import (
    BREAK_REACH,
    draft_notices,
    drafts,
    sentence_goes_on,
)
from voidnotice.problems import expect_str
from voidnotice.records import Notice, Skipped

#: An input of :func:`parse_many`: a text, an ``(id, text)`` pair, or a
#: mapping with a text key and, optionally, an id key.
Input: TypeAlias = str | tuple[object, str] | Mapping[str, object]

#: About how many characters a piece holds before it is cut at the next
#: header line, and a batch of small inputs sent to a worker in one task.
PIECE_SIZE = 64_000
#: The first piece of an input is cut sooner, so that its first records
#: come out of a pool at once.
FIRST_PIECE_SIZE = 8_000


class _Tally(list[Skipped]):
    """Counts what the page reader skips, without keeping it."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def append(self, item: Skipped) -> None:
        self.seen += 1


def _scan_lazily(
    text: str, skipped: list[Skipped], lexicon: Lexicon | None = None,
    as_of: datetime.date | None = None,
) -> Iterator[Notice]:
    """What :func:`voidnotice.scan` finds, notice by notice; the rest goes to ``skipped``.

    Each step is read with ``lexicon`` (and checked ``as_of``), and both are set back
    before a notice is yielded, so the caller's own reading between two notices is
    never done with them.
    """
    pending = drafts(text, skipped)
    while True:
        with using(lexicon), checked_as_of(as_of):
            draft = next(pending, None)
            if draft is None:
                return
            found = draft_notices(text, draft, skipped)
        yield from found


def iter_notices(
    text: str, *, lexicon: Lexicon | None = None, as_of: datetime.date | None = None
) -> Iterator[Notice]:
    """The notices of ``text``, one at a time, in order: ``parse(text)`` lazily.

    Nothing is held but the notice being read, so the first ones come at once
    from a text of any length. ``lexicon`` and ``as_of`` as for
    :func:`voidnotice.parse`.

    >>> notices = iter_notices("遗失声明\\n张三遗失身份证\\n李四遗失户口本")
    >>> next(notices).parties[0].name
    '张三'
    >>> [n.text for n in notices]
    ['李四遗失户口本']
    """
    expect_str("iter_notices", text)
    return _scan_lazily(text, _Tally(), lexicon, as_of)


def _resets(line: str, before: str = "") -> bool:
    """Is this line a header, after which the page reader starts afresh?

    Mirrors the header test of :func:`voidnotice.parser.segmentation.drafts`: a line
    with no bullet that holds a voidance header, and not the rest of the sentence the
    line ``before`` left open. Not the header of another kind of notice: the block it
    breaks may go on after it (注销公告 among the notices).
    """
    stripped = line.strip()
    if not stripped or sentence_goes_on(p.fold_width(before.strip())):
        return False
    folded = p.fold_width(stripped)
    if folded[0] in p.BULLET_STARTS:
        return False
    compact = folded.replace(" ", "")
    return p.search(p.HEADER, compact) is not None


def _held(line: str, held: int) -> int:
    """After (转下版), no cut until (接上版) joins the notice (or the page reader gives up)."""
    folded = p.fold_width(line.strip())
    if p.search(p.CONTINUED_BELOW, folded) is not None:
        return BREAK_REACH
    if held and p.match(p.CONTINUED_FROM, folded) is not None:
        return 0
    return max(0, held - 1)


def pieces(
    blocks: Iterable[str], size: int = PIECE_SIZE, first: int | None = None
) -> Iterator[tuple[int, str]]:
    """Cut a text, given as consecutive blocks, into ``(offset, piece)`` pairs.

    A piece ends once it holds ``size`` characters (the first piece:
    ``first``, by default ``size``), before the next header line; parsing
    each piece gives the same notices as parsing the whole, with spans moved
    by the offset. Without headers the text stays whole. A small first piece
    gets the first records out sooner from a pool.

    >>> text = "遗失声明\\n张三遗失身份证\\n遗失声明\\n李四遗失户口本\\n"
    >>> list(pieces([text[:7], text[7:]], size=5))
    [(0, '遗失声明\\n张三遗失身份证\\n'), (13, '遗失声明\\n李四遗失户口本\\n')]
    """
    current: list[str] = []
    length = 0
    offset = 0
    carry = ""
    held = 0  # lines still to come in which a notice cut by (转下版) may go on
    limit = size if first is None else first
    for block in itertools.chain(blocks, [None]):
        if block is None:
            lines, carry = [carry] if carry else [], ""
        else:
            lines = (carry + block).splitlines(keepends=True)
            # The last line may go on in the next block (a \r\n may be split too).
            carry = lines.pop() if lines else ""
        for line in lines:
            if length >= limit and not held and _resets(line, current[-1] if current else ""):
                yield offset, "".join(current)
                offset += length
                current, length, limit = [], 0, size
            current.append(line)
            length += len(line)
            held = _held(line, held)
    if current:
        yield offset, "".join(current)


def _as_pair(item: Input, text_key: str, id_key: str) -> tuple[str | None, str]:
    if isinstance(item, str):
        return None, item
    if isinstance(item, Mapping):
        text = item[text_key]
        ident = item.get(id_key)
    else:
        ident, text = item
    if not isinstance(text, str):
        raise TypeError(f"the text of an input must be a str, not {type(text).__name__}")
    return (None if ident is None else str(ident)), text


@dataclass(frozen=True)
class _Piece:
    source: str | None
    offset: int
    text: str
    lexicon: Lexicon | None = None
    as_of: datetime.date | None = None


def _placed(notice: Notice, piece: _Piece) -> Notice:
    if piece.offset == 0 and piece.source is None:
        return notice
    # model_copy keeps every field and changes only these two.
    a, b = notice.span
    return notice.model_copy(
        update={"source": piece.source, "span": (a + piece.offset, b + piece.offset)}
    )


def _parse_piece(piece: _Piece) -> tuple[list[Notice], int]:
    tally = _Tally()
    notices = [_placed(n, piece)
               for n in _scan_lazily(piece.text, tally, piece.lexicon, piece.as_of)]
    return notices, tally.seen


def _parse_batch(batch: list[_Piece]) -> list[tuple[list[Notice], int]]:
    return [_parse_piece(piece) for piece in batch]


def _start_worker(parent: int) -> None:  # pragma: no cover - runs in the worker processes
    # Ctrl-C reaches every process of the group: the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:  # pragma: no cover - runs in the worker processes
    """End this worker when its parent is gone (killed outright, it cannot say so)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _batches(items: Iterable[_Piece], size: int, first: int) -> Iterator[list[_Piece]]:
    """Pieces in batches of about ``size`` characters, the first of ``first``."""
    batch: list[_Piece] = []
    length = 0
    limit = first
    for piece in items:
        batch.append(piece)
        length += len(piece.text)
        if length >= limit:
            yield batch
            batch, length, limit = [], 0, size
    if batch:
        yield batch


def jobs_count(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 means one for every core.

    >>> jobs_count(3), jobs_count(0) >= 1
    (3, True)
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every core) or more, not {jobs}")
    if jobs == 0:
        sched = getattr(os, "sched_getaffinity", None)
        return len(sched(0)) if sched else (os.cpu_count() or 1)
    return jobs


def run_pieces(
    items: Iterable[_Piece], jobs: int = 1
) -> Generator[Notice | int, None, None]:
    """Parse pieces in order: each notice, and after each piece the count it skipped.

    One process reads lazily. Several parse batches of pieces in a pool: a
    thread reads the input and submits the batches, at most two a process
    ahead of the one being yielded, so results go out while it waits for
    more input (a pipe).
    """
    workers = jobs_count(jobs)
    if workers == 1:
        for piece in items:
            tally = _Tally()
            for notice in _scan_lazily(piece.text, tally, piece.lexicon, piece.as_of):
                yield _placed(notice, piece)
            yield tally.seen
        return
    with concurrent.futures.ProcessPoolExecutor(
        workers, initializer=_start_worker, initargs=(os.getpid(),)
    ) as pool:
        # With fork, the first task starts every worker: here, before the reading
        # thread exists, so that no process forks while it has two threads.
        pool.submit(int).result()
        feed = _Feed(pool, items, 2 * workers)
        try:
            while (future := feed.next()) is not None:
                yield from _flatten(future.result())
        finally:
            feed.stop()


_Batch = concurrent.futures.Future[list[tuple[list[Notice], int]]]


class _Feed:
    """A thread that reads pieces, submits them in batches and queues the futures."""

    def __init__(
        self, pool: concurrent.futures.Executor, items: Iterable[_Piece], ahead: int
    ) -> None:
        self.pool = pool
        self.queue: queue.Queue[_Batch | BaseException | None] = queue.Queue(ahead)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(items,), daemon=True)
        self.thread.start()

    def _put(self, item: _Batch | BaseException | None) -> bool:
        while not self.stopped.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, items: Iterable[_Piece]) -> None:
        try:
            for batch in _batches(items, PIECE_SIZE, FIRST_PIECE_SIZE):
                if self.stopped.is_set() or not self._put(self.pool.submit(_parse_batch, batch)):
                    return
        except BaseException as exc:  # raised again in the reading thread
            self._put(exc)
            return
        self._put(None)

    def next(self) -> _Batch | None:
        """The next batch's future, in order; None at the end."""
        item = self.queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def stop(self) -> None:
        """Stop submitting and cancel what has not started."""
        self.stopped.set()
        while True:
            try:
                item = self.queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, concurrent.futures.Future):
                item.cancel()


def _flatten(results: list[tuple[list[Notice], int]]) -> Iterator[Notice | int]:
    for notices, skipped in results:
        yield from notices
        yield skipped


def _pieces_of(
    inputs: Iterable[Input], text_key: str, id_key: str, lexicon: Lexicon | None = None,
    as_of: datetime.date | None = None,
) -> Iterator[_Piece]:
    for item in inputs:
        source, text = _as_pair(item, text_key, id_key)
        for offset, piece in pieces([text], first=FIRST_PIECE_SIZE):
            yield _Piece(source, offset, piece, lexicon, as_of)


def parse_many(
    inputs: Iterable[Input],
    *,
    jobs: int = 1,
    text_key: str = "text",
    id_key: str = "id",
    lexicon: Lexicon | None = None,
    as_of: datetime.date | None = None,
) -> Iterator[Notice]:
    """Every notice of every input, in input order, each with its ``source``.

    An input is a text (``source`` stays None: no id was given), an
    ``(id, text)`` pair, or a mapping with ``text_key`` and optionally
    ``id_key``; ids are turned into strings. Inputs are read as they are
    needed, so memory is bounded by the largest input, not by all of them.
    ``jobs > 1`` parses on that many processes (0: one for every core),
    batching small inputs and cutting long ones at header lines; the
    notices and their order are the same as with one. ``lexicon`` and ``as_of`` as
    for :func:`voidnotice.parse` (they travel to the processes with the texts).

    >>> rows = [{"id": 7, "text": "遗失声明\\n张三遗失身份证"}, "遗失声明\\n李四遗失户口本"]
    >>> [(n.source, n.parties[0].name) for n in parse_many(rows, jobs=2)]
    [('7', '张三'), (None, '李四')]
    """
    items = _pieces_of(inputs, text_key, id_key, lexicon, as_of)
    return (n for n in run_pieces(items, jobs) if not isinstance(n, int))
