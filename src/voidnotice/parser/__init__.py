"""The notice parser: from text to :class:`~voidnotice.records.Notice` records.

Where each thing lives:

* ``vocabulary.py``: every word the parser knows, as data (events, document
  words, labels, issuing verbs, roles, endings, headers...);
  ``lexicon.py``: those words as a :class:`~voidnotice.parser.lexicon.Lexicon`
  a caller can extend; ``numerals.py`` and ``amounts.py``: numerals, counts
  and sums of money.
* ``patterns.py``: the text folded once (width, traditional script), what
  does not show, and the patterns compiled from the lexicon (by ``re`` where
  they need nothing of ``regex``'s own), each with the trigger words that
  let a text skip it; ``triggers.py``: the strings a pattern's match must
  hold, read from its source, so that a long alternation is tried with only
  the branches a text can match.
* ``breaks.py``: a line break inside a word or a number, and the hyphen a
  column set there; for a page's lines and a notice given in lines alike.
* ``markup.py``: what converters and engines add to a page and is not read:
  Markdown's emphasis and tables, a quotation's marks, an OCR engine's
  confidences.
* ``gutters.py``: a page set in columns and read across them (a PDF export,
  an OCR of a grid), its columns found where wide gaps line up over many
  lines and given one after another.
* ``segmentation.py``: a page or a block cut into notices (``parse``,
  ``scan``): headers, bullets and numbering, page furniture, continuations.
* ``neighbours.py``: other kinds of public notice beside a voidance notice
  (注销公告, 寻物启事…): where each runs from its title, and which of them void
  what their own holder lost; for a page's pieces and a single text alike.
* ``reader.py``: one notice (``parse_notice``): where the party ends and the
  items begin, and the record built from both;
  ``reading.py``: what one reading holds: the notice being read
  (:class:`~voidnotice.parser.reading.Reading`: its text, which characters are
  explained, what the items say of the parties, its warnings), handed to the
  rules of the parties and the items, and what they find in it;
  ``parties.py``: who; ``items.py``: which documents, with their counts,
  amounts and issuers; ``numbers.py``: the numbers and their labels;
  ``kind_choice.py``: which kind of identifier a number is.
* ``page_date.py``: the day a page was printed, from its running head or an
  export's field (``page_date``), to check its numbers as of that day.

>>> from voidnotice.parser import parse_notice
>>> parse_notice("张三遗失身份证，声明作废。").parties[0].name
'张三'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from voidnotice.parser.page_date import page_date
    from voidnotice.parser.reader import parse_notice
    from voidnotice.parser.segmentation import parse, scan

_EXPORTS = {
    "parse": "voidnotice.parser.segmentation",
    "scan": "voidnotice.parser.segmentation",
    "parse_notice": "voidnotice.parser.reader",
    "page_date": "voidnotice.parser.page_date",
}

__all__ = ["page_date", "parse", "parse_notice", "scan"]


def __getattr__(name: str) -> Any:
    """Each function on first use: importing a word list should not load the reader."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'voidnotice.parser' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
