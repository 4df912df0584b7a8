"""iter_notices, parse_many and the cutting of long texts at header lines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from corpus import load_pages
from voidnotice import Notice, iter_notices, parse, parse_many
from voidnotice.bulk import PIECE_SIZE, _Piece, jobs_count, pieces, run_pieces

PAGES = load_pages()
ALL_PAGES = "\n\n".join(text for _, text, _ in PAGES)


def dumped(notices: list[Notice] | Iterator[Notice]) -> list[dict[str, Any]]:
    """Records to compare, without ``source`` (parse() leaves it unset)."""
    return [n.model_dump(exclude={"source"}) for n in notices]


@pytest.mark.parametrize("name, text", [(name, text) for name, text, _ in PAGES])
def test_iter_notices_gives_what_parse_gives(name: str, text: str) -> None:
    assert dumped(iter_notices(text)) == dumped(parse(text))


def test_iter_notices_is_lazy_and_sets_source_to_null() -> None:
    notices = iter_notices(ALL_PAGES)
    assert isinstance(notices, Iterator)
    first = next(notices)
    assert first.source is None
    assert first.model_dump()["source"] is None
    assert dumped([first]) == dumped(parse(ALL_PAGES)[:1])


@pytest.mark.parametrize("size", [1, 200, 3000, 20000, PIECE_SIZE])
def test_pieces_give_the_notices_of_the_whole_text(size: int) -> None:
    blocks = [ALL_PAGES[i:i + 999] for i in range(0, len(ALL_PAGES), 999)]
    cut = list(pieces(blocks, size))
    assert "".join(piece for _, piece in cut) == ALL_PAGES
    assert [offset for offset, _ in cut] == [
        sum(len(piece) for _, piece in cut[:i]) for i in range(len(cut))
    ]
    if size < 3000:
        assert len(cut) > 10  # the pages hold headers, so the text is cut
    found = [n for n in run_pieces(_Piece(None, o, t) for o, t in cut) if not isinstance(n, int)]
    assert dumped(found) == dumped(parse(ALL_PAGES))


def test_pieces_keep_a_crlf_split_between_blocks() -> None:
    text = "遗失声明\r\n张三遗失身份证\r\n下列证件声明作废\r\n李四遗失户口簿\r\n"
    blocks = [text[: text.index("\n")], text[text.index("\n"):]]  # \r | \n
    cut = list(pieces(blocks, size=1))
    assert [piece for _, piece in cut] == [
        "遗失声明\r\n张三遗失身份证\r\n", "下列证件声明作废\r\n李四遗失户口簿\r\n"
    ]


def test_pieces_are_not_cut_at_another_kind_of_notice() -> None:
    # 注销公告 printed among a block's notices: the bulleted notices after it are the
    # block's, so a piece may not start at it (宣威日报, tests/data/pages/ho01).
    text = "遗失声明\n·张三遗失身份证\n注销公告\n某公司拟注销。\n·李四遗失户口簿\n"
    assert [piece for _, piece in pieces([text], size=1)] == [text]
    assert [n.declared_void for n in parse(text)] == [True, True]


def test_the_first_piece_may_be_smaller() -> None:
    cut = list(pieces([ALL_PAGES], size=20000, first=100))
    assert len(cut[0][1]) < 20000 <= len(cut[1][1])  # the first cut after 100, then 20000
    assert "".join(piece for _, piece in cut) == ALL_PAGES


def test_pieces_leave_a_text_without_headers_whole() -> None:
    text = "张三遗失身份证，声明作废。\n" * 1000
    assert list(pieces([text], size=10)) == [(0, text)]
    assert list(pieces([], size=10)) == []


def test_parse_many_takes_texts_pairs_and_mappings() -> None:
    text = "遗失声明\n张三遗失身份证\n李四遗失户口本"
    inputs: list[Any] = [text, ("page-2", text), {"id": 3, "text": text}, {"text": text}]
    found = list(parse_many(inputs))
    assert [n.source for n in found] == [None, None, "page-2", "page-2", "3", "3", None, None]
    assert [n.span for n in found] == [n.span for n in parse(text)] * 4
    keyed = list(parse_many([{"body": text, "key": "k"}], text_key="body", id_key="key"))
    assert [n.source for n in keyed] == ["k", "k"]


def test_parse_many_rejects_a_text_that_is_no_string() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        list(parse_many([("id", b"bytes")]))  # type: ignore[list-item]


def test_parse_many_reads_inputs_as_it_needs_them() -> None:
    taken: list[int] = []

    def inputs() -> Iterator[tuple[str, str]]:
        for number in range(1000):
            taken.append(number)
            yield str(number), "遗失声明\n张三遗失身份证"

    found = parse_many(inputs())
    assert next(found).source == "0"
    assert taken == [0]


def test_parse_many_on_two_processes_gives_the_same_notices_in_order() -> None:
    # every page an input of its own, then all of them as one text of several pieces
    assert len(ALL_PAGES) * 2 > 3 * PIECE_SIZE
    inputs = [(name, text) for name, text, _ in PAGES] + [("all", ALL_PAGES * 2)]
    one = list(parse_many(inputs, jobs=1))
    two = list(parse_many(inputs, jobs=2))
    assert [n.model_dump() for n in two] == [n.model_dump() for n in one]
    assert [n.source for n in one][:1] == [PAGES[0][0]]
    long = [n for n in one if n.source == "all"]
    whole = parse(ALL_PAGES * 2)
    assert [(n.text, n.span) for n in long] == [(n.text, n.span) for n in whole]


def test_run_pieces_counts_what_was_skipped() -> None:
    text = "他说遗失身份证后要及时挂失补办,以免被人冒用。"
    for jobs in (1, 2):
        assert list(run_pieces([_Piece("a", 0, text)], jobs)) == [1]


def test_jobs_count() -> None:
    assert jobs_count(2) == 2
    assert jobs_count(0) >= 1
    with pytest.raises(ValueError, match="0 \\(every core\\) or more"):
        jobs_count(-1)
