"""The promises the parser keeps on every corpus line and page.

Not what each notice reads as (``test_corpus.py`` checks that) but what
holds for every record whatever it reads as:

1. every record serialises to JSON and comes back equal, ``parts`` included;
2. a notice read alone and the same notice as the one bulleted line of a
   ``下列证件声明作废`` block give the same record, and so does a notice a page
   gave, read again alone;
3. nothing disappears: every line that holds notice text lies in a notice's
   span or in ``Page.skipped`` with a reason, and a line of page furniture
   inside a block is skipped without taking the block's notices with it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from corpus import KNOWN_GAPS, load_notices, load_pages, notice_bounds
from voidnotice import Notice, Page, parse, parse_notice, scan
from voidnotice.parser import vocabulary as v

NOTICES = [row for row in load_notices() if row["expected"] is not None]
PAGES = load_pages()

#: What any line that holds a notice holds: an event or a void word, and a document.
_TRIGGERS = (*v.EVENTS, "作废")
_DOCUMENT_WORDS = tuple(w for words in v.DOCUMENT_WORDS.values() for w in words)

#: Lines a page prints that are no notice and must not cut a block.
FURNITURE_LINES = (
    "登报热线:0731-58221234  58223456",
    "— B3 —",
    "责任编辑:王某 美编:李某 校对:张某",
    "湘潭日报 2024年5月9日 星期四 B3 分类信息",
    "第7版",
)


def _round_trips(notice: Notice) -> None:
    again = Notice.model_validate_json(notice.model_dump_json())
    assert again == notice
    assert again.model_dump(mode="json") == notice.model_dump(mode="json")


def _comparable(notice: Notice) -> dict[str, Any]:
    """What must not depend on where the notice stood: not its offsets, the header, or
    its text (in a block the line's own number, ``1.``, is a bullet and leaves it)."""
    return notice.model_dump(mode="json", exclude={"span", "declared_void", "text"})


@pytest.mark.parametrize("row", NOTICES, ids=[row["id"] for row in NOTICES])
def test_a_line_round_trips_and_reads_the_same_in_a_block(row: dict[str, Any]) -> None:
    alone = parse_notice(row["text"])
    assert alone is not None
    _round_trips(alone)
    in_block = parse("下列证件声明作废\n·" + row["text"])
    assert len(in_block) == 1, [n.text for n in in_block]
    _round_trips(in_block[0])
    assert _comparable(in_block[0]) == _comparable(alone)
    assert in_block[0].declared_void


def _holds_notice_text(line: str) -> bool:
    return any(w in line for w in _TRIGGERS) and any(w in line for w in _DOCUMENT_WORDS)


def _covered(page: Page, start: int, end: int) -> bool:
    spans = [n.span for n in page.notices] + [s.span for s in page.skipped]
    return any(a < end and start < b for a, b in spans)


def _accounted(text: str, page: Page) -> list[str]:
    """The notice-like lines of ``text`` that no notice and no skipped entry holds."""
    missing, offset = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if _holds_notice_text(stripped) and len(stripped) > 8 and not _covered(
                page, offset, offset + len(line)):
            missing.append(stripped)
        offset += len(line)
    return missing


@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_a_page_accounts_for_every_line_and_round_trips(
    name: str, text: str, expected: list[Any]
) -> None:
    page = scan(text)
    assert _accounted(text, page) == []
    for notice in page.notices:
        _round_trips(notice)
    again = Page.model_validate_json(page.model_dump_json())
    assert again == page


@pytest.mark.parametrize("furniture", FURNITURE_LINES)
@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_a_line_of_page_furniture_inside_a_block_is_skipped_alone(
    name: str, text: str, expected: list[Any], furniture: str
) -> None:
    page = scan(text)
    if not page.notices:
        return
    # After the line that ends the first notice: inside its block, before the next notice.
    cut = text.find("\n", page.notices[0].span[1])
    if cut < 0:
        cut = len(text)
    changed = text[:cut] + "\n" + furniture + text[cut:]
    after = scan(changed)
    assert [n.text for n in after.notices] == [n.text for n in page.notices]
    assert [_comparable(n) for n in after.notices] == [_comparable(n) for n in page.notices]
    start = cut + 1
    assert any(s.span == (start, start + len(furniture)) and s.reason.code == "furniture"
               for s in after.skipped), after.skipped


@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_a_page_notice_reads_the_same_given_alone(
    name: str, text: str, expected: list[Any]
) -> None:
    # what a page cut out as one notice, given alone to parse_notice (a vendor storing
    # the notices it read, then reading one again), is the same record
    for notice in scan(text).notices:
        alone = parse_notice(notice.text, declared_void=notice.declared_void)
        assert alone is not None, notice.text
        assert _comparable(alone) == _comparable(notice), notice.text


def test_the_whole_corpus_as_one_block_reads_every_notice() -> None:
    """One line must not take a block with it: every corpus notice, bulleted under one
    header with all the others (news and other notices among them), is a notice of
    that block with its own text (less its numbering). A numbered news line once turned
    every notice of such a block into ``outside_block``."""
    rows = [row for row in load_notices() if row["id"] not in KNOWN_GAPS]
    block = "下列证件声明作废\n" + "\n".join("·" + row["text"] for row in rows)
    texts = [notice.text for notice in parse(block)]
    wanted = [row["text"] for row in rows if row["expected"] is not None]
    missing = [line for line in wanted if not any(_holds(line, text) for text in texts)]
    assert missing == []


# …and the space entities of its indent (<p>&emsp;&emsp;台山市…</p>, set CA), and a JSON
# export's escapes written out (\u3000\u3000沧源…, set DS)
_MARKUP = r"<[^<>]*>|&[a-z0-9#]+;|\\u[0-9a-fA-F]{4}|\\[rnt]"
_TAGS_AROUND = re.compile(rf"^(?:{_MARKUP})+|(?:{_MARKUP})+$")


_TITLE = re.compile(r"^【[^【】]{1,8}】")


def _holds(line: str, text: str) -> bool:
    """Is ``text`` the notice of the corpus line ``line``, less its numbering? In a row
    of tab-separated fields (a database export), it is the field that holds it; a tab
    right after a label's colon parts no fields (证书号码：⇥2019…, set CZ)."""
    if "\t" in line:  # (a form's fields are read whole: 单位名称：X⇥遗失物品：Y⇥…, set DJ)
        return text in (line, *re.split(r"(?<![:：])\t", line))
    if line.count("｜") >= 2:  # a vendor's row: 【遗失声明】…声明作废。｜江西日报｜… (set DJ):
        # the field of the notice, less the title in brackets a block reads as a header's
        return text == line or any(text == field.strip()
                                   or _holds(_TITLE.sub("", field.strip()), text)
                                   for field in line.split("｜"))
    line = "".join(part.strip() for part in line.splitlines())  # records.md: breaks joined
    # <p>北海市…声明作废。</p> (set BJ): a page's HTML tags around a line are the page's
    line = _TAGS_AROUND.sub("", line)
    start, end = notice_bounds(line)  # a page's head or foot glued to it (sets DE, DG)
    line = line[start:end]
    if line.endswith(text) and len(line) - len(text) <= 5:
        return True
    # an ad read into the notice between wide gaps is left out of its text (y001)
    rest = iter(line)
    return line.endswith(text[-1:]) and text[:1] in line[:6] and all(c in rest for c in text)
