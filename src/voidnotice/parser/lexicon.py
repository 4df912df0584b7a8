"""The words the parser knows, as data a caller can extend.

A :class:`Lexicon` holds the tables the parser's patterns are built from:
the event verbs, the document words and the kind of document each names,
the number labels and the kind of number each announces, the verbs of
issuing, the endings that make a party an organisation. The default one is
made from :mod:`voidnotice.parser.vocabulary`. A data vendor whose papers print a
word the parser does not know adds it without forking::

    lexicon = Lexicon.default().extend(documents={"营照": "business_license"})
    parse_notice(text, lexicon=lexicon)

``extend`` returns a new lexicon and leaves the default untouched; the
patterns of each lexicon are compiled once, on first use. Words may be
written in traditional characters: the parser folds every text to
simplified characters before it reads it, and folds the words the same way.

>>> lexicon = Lexicon.default().extend(documents={"营照": "business_license"})
>>> lexicon.document_for("营照副本").value, Lexicon.default().document_for("营照副本").value
('business_license', 'other')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType

from voidnotice.kinds import Kind
from voidnotice.parser import vocabulary as v
from voidnotice.records import Document, Event

#: A lexicon's tables as plain values: events, documents, number labels,
#: issuing verbs, organisation endings.
Tables = tuple[
    tuple[tuple[str, str], ...],
    tuple[tuple[str, tuple[str, ...]], ...],
    tuple[tuple[str, str | None], ...],
    tuple[str, ...],
    tuple[str, ...],
]


#: How long a document word is, at least, for a label with one of its characters dropped
#: to name it (出生医学证 for 出生医学证明): shorter, a word less one is too often another.
_SHORTENED_FROM = 5


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The parser's vocabulary; compare by identity, so each lexicon has its own patterns.

    >>> Lexicon.default().events["遗失"]
    <Event.LOST: 'lost'>
    """

    events: Mapping[str, Event]
    documents: Mapping[Document, tuple[str, ...]]
    number_labels: Mapping[str, Kind | None]
    issuing_verbs: tuple[str, ...]
    organization_endings: tuple[str, ...]
    _longest_first: tuple[tuple[str, Document], ...] = field(init=False, repr=False)
    _by_word: Mapping[str, Document] = field(init=False, repr=False)
    # document_for's answers: labels repeat from notice to notice (营业执照副本, 公章).
    _named: dict[tuple[str, str | None], Document] = field(
        init=False, repr=False, default_factory=dict)
    # document_short_of's words, each with one character dropped; made on first use.
    _shortened: dict[str, Document] = field(init=False, repr=False, default_factory=dict)
    # Two characters side by side inside an event or document word (遗失: 遗失; 营业执照: 营业,
    # 业执, 执照), for joins.
    _pairs: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        longest = tuple(sorted(
            ((word, document) for document, words in self.documents.items() for word in words),
            key=lambda pair: -len(pair[0]),
        ))
        object.__setattr__(self, "_longest_first", longest)
        # Reversed, so that the first document listing a word keeps it.
        object.__setattr__(self, "_by_word", MappingProxyType(dict(reversed(longest))))
        words = [*self.events, *(word for word, _ in longest)]
        object.__setattr__(self, "_pairs", frozenset(
            word[i:i + 2] for word in words for i in range(len(word) - 1)))

    def __reduce__(self) -> tuple[Callable[[Tables], Lexicon], tuple[Tables]]:
        """Pickled as its tables (for ``parse_many(jobs=N)``); one lexicon a process each."""
        return _interned, (self.tables(),)

    def tables(self) -> Tables:
        """The tables as plain, hashable values: equal for equal lexicons.

        >>> Lexicon.default().tables() == Lexicon.default().extend().tables()
        True
        """
        return (
            tuple(sorted((w, e.value) for w, e in self.events.items())),
            tuple(sorted((d.value, words) for d, words in self.documents.items())),
            tuple(sorted((w, None if k is None else k.value)
                         for w, k in self.number_labels.items())),
            self.issuing_verbs,
            self.organization_endings,
        )

    @staticmethod
    @functools.cache
    def default() -> Lexicon:
        """The words of :mod:`voidnotice.parser.vocabulary`; the same object every call.

        >>> Lexicon.default() is Lexicon.default()
        True
        """
        return Lexicon(
            events=MappingProxyType(dict(v.EVENTS)),
            documents=MappingProxyType(dict(v.DOCUMENT_WORDS)),
            number_labels=MappingProxyType(dict(v.NUMBER_LABELS)),
            issuing_verbs=v.ISSUING_VERBS,
            organization_endings=v.ORGANIZATION_ENDINGS,
        )

    def extend(
        self,
        *,
        events: Mapping[str, Event | str] | None = None,
        documents: Mapping[str, Document | str] | None = None,
        number_labels: Mapping[str, Kind | str | None] | None = None,
        issuing_verbs: tuple[str, ...] = (),
        organization_endings: tuple[str, ...] = (),
    ) -> Lexicon:
        """A new lexicon with more words; this one is left as it is.

        Values are the enums or their strings (``"lost"``, ``"business_license"``,
        ``"uscc"``; a label may map to ``None``: the document decides the kind).
        A value that is none of them raises ``ValueError`` naming it.

        >>> lexicon = Lexicon.default().extend(
        ...     events={"遺落": "lost"}, number_labels={"执照编码": "uscc"})
        >>> lexicon.events["遗落"], lexicon.number_labels["执照编码"]
        (<Event.LOST: 'lost'>, <Kind.USCC: 'uscc'>)
        >>> Lexicon.default().extend(documents={"营照": "licence"})
        Traceback (most recent call last):
        ...
        ValueError: 'licence' is not a valid Document
        """
        added: dict[Document, list[str]] = {}
        for word, document in (documents or {}).items():
            added.setdefault(Document(document), []).append(_folded(word))
        merged = {d: (*added.pop(d, ()), *words) for d, words in self.documents.items()}
        merged.update({d: tuple(words) for d, words in added.items()})
        return Lexicon(
            events=MappingProxyType({
                **self.events, **{_folded(w): Event(e) for w, e in (events or {}).items()}}),
            documents=MappingProxyType(merged),
            number_labels=MappingProxyType({**self.number_labels, **{
                _folded(w): None if k is None else Kind(k)
                for w, k in (number_labels or {}).items()}}),
            issuing_verbs=(*self.issuing_verbs, *map(_folded, issuing_verbs)),
            organization_endings=(*self.organization_endings,
                                  *map(_folded, organization_endings)),
        )

    def document_short_of(self, label: str) -> Document | None:
        """The document whose word ``label`` ends in, one character of it dropped (not its
        first): OCR's 出生医学证 for 出生医学证明 (set CH). Only words of five characters or
        more; None when no word is so.

        >>> Lexicon.default().document_short_of("出生医学证").value
        'birth_certificate'
        >>> Lexicon.default().document_short_of("结业证书") is None  # no 毕业证书 less its 毕
        True
        """
        shortened = self._shortened
        if not shortened:
            known = {word for word, _ in self._longest_first}
            for word, document in reversed(self._longest_first):
                for i in range(1, len(word)) if len(word) >= _SHORTENED_FROM else ():
                    short = word[:i] + word[i + 1:]
                    if short not in known:
                        shortened[short] = document
        longest = len(self._longest_first[0][0]) if self._longest_first else 0
        for start in range(max(0, len(label) - longest), len(label)):
            named = shortened.get(label[start:])
            if named is not None:
                return named
        return None

    def joins(self, before: str, after: str) -> bool:
        """Do the characters ``before`` and ``after`` stand side by side inside one of the
        lexicon's event or document words? (A hyphen between them is a broken line's.)

        >>> Lexicon.default().joins("遗", "失"), Lexicon.default().joins("三", "遗")
        (True, False)
        """
        return before + after in self._pairs

    def document_words(self) -> list[str]:
        """Every document word, longest first (for building a pattern).

        >>> Lexicon.default().document_words()[:1]
        ['成品油零售经营批准证书']
        """
        return [word for word, _ in self._longest_first]

    def document_for(self, label: str, word: str | None = None) -> Document:
        """The document a label names, by its longest known document word.

        ``word`` is the document word the parser matched: in 电子发票（普通发票）
        it is 电子发票, so the words in parentheses do not decide.

        >>> Lexicon.default().document_for("营业执照副本").value
        'business_license'
        >>> Lexicon.default().document_for("会议纪要")
        <Document.OTHER: 'other'>
        """
        named = self._named.get((label, word))
        if named is not None:
            return named
        target = word or label
        document = self._by_word.get(target)
        if document is None:  # the longest known word inside; on a tie, the first listed
            document = next((d for w, d in self._longest_first if w in target), Document.OTHER)
        if document is Document.TAX_RECEIPT and "非税" in label:
            document = Document.RECEIPT
        elif document is Document.RECEIPT and "税" in label and "非税" not in label:
            document = Document.TAX_RECEIPT
        if len(self._named) >= _NAMED_LIMIT:  # a stream of novel labels: start again
            self._named.clear()
        self._named[(label, word)] = document
        return document


#: How many labels a lexicon remembers the document of.
_NAMED_LIMIT = 4096


@functools.lru_cache(maxsize=32)
def _interned(tables: Tables) -> Lexicon:
    """The lexicon of these tables, made once in a process, so that a pool's worker
    compiles its patterns once, not for every batch it is sent."""
    events, documents, labels, verbs, endings = tables
    return Lexicon(
        events=MappingProxyType({w: Event(e) for w, e in events}),
        documents=MappingProxyType({Document(d): words for d, words in documents}),
        number_labels=MappingProxyType({w: None if k is None else Kind(k) for w, k in labels}),
        issuing_verbs=verbs,
        organization_endings=endings,
    )


def _folded(word: str) -> str:
    # The parser reads folded text (patterns.fold_width); imported here, not at the
    # top, because patterns is built on this module.
    from voidnotice.parser.patterns import fold_width

    return fold_width(word)


#: The lexicon a parse under way was given; None while it reads with the default. Read
#: directly where a call to :func:`active` costs too much (patterns.Pattern.ready).
GIVEN: ContextVar[Lexicon | None] = ContextVar("voidnotice_lexicon", default=None)


def active() -> Lexicon:
    """The lexicon of the parse under way: the one given to it, else the default.

    >>> active() is Lexicon.default()
    True
    """
    return GIVEN.get() or Lexicon.default()


@contextmanager
def using(lexicon: Lexicon | None) -> Iterator[None]:
    """Read with ``lexicon`` inside the block (with ``None``, the lexicon already active).

    The choice is a context variable: threads and asyncio tasks each have
    their own, so a parse with one lexicon never sees another's words.

    >>> lexicon = Lexicon.default().extend(documents={"营照": "business_license"})
    >>> with using(lexicon):
    ...     active() is lexicon
    True
    >>> active() is Lexicon.default()
    True
    """
    if lexicon is None:
        yield
        return
    token = GIVEN.set(lexicon)
    try:
        yield
    finally:
        GIVEN.reset(token)
