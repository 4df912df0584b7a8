"""A caller's own words: read with the lexicon given, never leaking into the default."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from voidnotice import Document, Event, Kind, Lexicon, parse, parse_notice, scan

LICENCE = "张三遗失营照副本，执照码：91110108MA01G0FB09，声明作废。"
LEXICON = Lexicon.default().extend(
    documents={"营照": "business_license"},
    events={"不见了": Event.LOST},
    number_labels={"执照码": "uscc"},
    issuing_verbs=("补发",),
)


def test_a_document_word_of_ones_own() -> None:
    notice = parse_notice(LICENCE, lexicon=LEXICON)
    assert notice is not None
    [item] = notice.items
    assert (item.document, item.label, item.copy) == (
        Document.BUSINESS_LICENSE, "营照副本", "duplicate")
    assert [(i.kind, i.label, i.valid) for i in item.identifiers] == [
        (Kind.USCC, "执照码", True)]
    assert notice.warnings == []


def test_the_default_is_left_as_it_was() -> None:
    notice = parse_notice(LICENCE)
    assert notice is not None
    assert all(item.document is not Document.BUSINESS_LICENSE for item in notice.items)
    assert "营照" not in Lexicon.default().document_words()


def test_an_event_of_ones_own_and_an_issuing_verb() -> None:
    notice = parse_notice("李四的驾驶证不见了，声明作废。", lexicon=LEXICON)
    assert notice is not None and notice.event is Event.LOST
    assert parse_notice("李四的驾驶证不见了。") is None
    issued = parse_notice("王五遗失株洲市公安局补发的驾驶证，声明作废。", lexicon=LEXICON)
    assert issued is not None and issued.items[0].issuer == "株洲市公安局"


def test_words_in_traditional_characters_are_folded() -> None:
    lexicon = Lexicon.default().extend(documents={"營照": "business_license"})
    notice = parse_notice("張三遺失營照副本，聲明作廢。", lexicon=lexicon)
    assert notice is not None and notice.items[0].document is Document.BUSINESS_LICENSE
    assert notice.items[0].label == "營照副本"


def test_pages_read_with_the_lexicon_given() -> None:
    page = "下列证件声明作废\n·张三遗失营照副本\n·李四遗失身份证"
    assert [n.items[0].document for n in parse(page, lexicon=LEXICON)] == [
        Document.BUSINESS_LICENSE, Document.RESIDENT_ID_CARD]
    assert scan(page, lexicon=LEXICON).notices == parse(page, lexicon=LEXICON)
    # Without the lexicon the word is not known, and the notice says so.
    unknown = parse(page)[0]
    assert unknown.items == []
    assert [(w.code, w.message) for w in unknown.warnings] == [
        ("unparsed", "not understood: 营照副本"), ("no_item", "no document named")]


def test_threads_with_different_lexicons_do_not_see_each_others_words() -> None:
    def read(lexicon: Lexicon | None) -> Document | None:
        notice = parse_notice(LICENCE, lexicon=lexicon)
        return notice.items[0].document if notice and notice.items else None

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(read, [LEXICON, None] * 50))
    assert results[0::2] == [Document.BUSINESS_LICENSE] * 50
    assert Document.BUSINESS_LICENSE not in results[1::2]


def test_a_value_that_is_no_enum_member_is_refused() -> None:
    with pytest.raises(ValueError, match="'licence' is not a valid Document"):
        Lexicon.default().extend(documents={"营照": "licence"})
    with pytest.raises(ValueError, match="'misplaced' is not a valid Event"):
        Lexicon.default().extend(events={"不见了": "misplaced"})


def test_bulk_readers_take_a_lexicon_through_a_process_pool() -> None:
    from voidnotice import iter_notices, parse_many

    pages = [("a", "下列证件声明作废\n·张三遗失营照副本"),
             ("b", "下列证件声明作废\n·李四遗失营照正本")]
    for jobs in (1, 2):
        found = [(n.source, n.items[0].document) for n in parse_many(pages, jobs=jobs,
                                                                      lexicon=LEXICON)]
        assert found == [("a", Document.BUSINESS_LICENSE), ("b", Document.BUSINESS_LICENSE)]
    lazily = iter_notices(pages[0][1], lexicon=LEXICON)
    assert next(lazily).items[0].document is Document.BUSINESS_LICENSE


def test_a_lazy_reader_does_not_lend_its_lexicon_to_the_caller() -> None:
    from voidnotice import iter_notices
    from voidnotice.parser.lexicon import active

    lazily = iter_notices("下列证件声明作废\n·张三遗失营照副本\n·李四遗失身份证", lexicon=LEXICON)
    next(lazily)
    assert active() is Lexicon.default()  # between two notices, the caller reads as before
    notice = parse_notice(LICENCE)
    assert notice is not None
    assert all(i.document is not Document.BUSINESS_LICENSE for i in notice.items)


def test_a_lexicon_pickles_to_one_object_a_process() -> None:
    import pickle

    again = pickle.loads(pickle.dumps(LEXICON))
    assert again.tables() == LEXICON.tables()
    assert pickle.loads(pickle.dumps(LEXICON)) is again
