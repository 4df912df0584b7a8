"""What of a text is markup or an engine's note, not the words of the page.

A page reaches the parser through converters and engines that add their own marks:
Markdown's emphasis round a name (``**陶春燕**``), a text browser's number before a link
(``[8]呼伦贝尔学院``), a quotation's marks before each line of
a forwarded e-mail (``> ``), an OCR engine's confidence after each line (``⇥0.968``). None
of them is read, on a page or in a notice given alone, so a notice reads the same either
way; the offsets of what is read stay those of the text as given.
"""

from __future__ import annotations

import csv
import io
import itertools
import re

from voidnotice.parser.vocabulary import DOCUMENT_WORDS, EVENTS, HAN, TRADITIONAL_TRIGGERS

#: Markdown's strong emphasis round a few words (新现镇**陶春燕**遗失…, a page a converter
#: wrote as Markdown): two asterisks against the words on each side, no sentence's mark
#: between them, and no digits alone, so that a mask is kept (4401**********2228,
#: 张**、李**遗失…, 4401**1234**5678).
_EMPHASIS = re.compile(r"(?<!\*)\*\*(?=[^\s*])([^*\n,;。，；、]{1,40}?)(?<=[^\s*])\*\*(?!\*)")


#: No marks of markup: what nearly every line holds, one shared empty set.
NO_MARKS: frozenset[int] = frozenset()


def emphasis(text: str) -> frozenset[int]:
    """The offsets of the asterisks of Markdown's strong emphasis in ``text``: markup,
    not read.

    >>> sorted(emphasis("镇**陶春燕**遗失")), emphasis("4401**********2228")
    ([1, 2, 6, 7], frozenset())
    """
    if "**" not in text:  # nearly every line
        return NO_MARKS
    return frozenset(i for m in _EMPHASIS.finditer(text) if not m.group(1).isdigit()
                     for i in (m.start(), m.start() + 1, m.end() - 2, m.end() - 1))


# …斯琴图雅遗失[8]呼伦贝尔学院颁发的…: a text browser's dump (lynx, w3m) numbers each link
# before its words and lists the addresses under References (呼伦贝尔日报's e-paper, set
# AQ). Only after a word and before one: a line's [1] may be a notice's number, and a year
# in brackets ([2019]) has four digits.
_LINK_MARK = re.compile(rf"(?<=[{HAN}A-Za-z])\[\d{{1,3}}\](?=[^\s\d\]])")


#: What each character escape stands for.
_ESCAPED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "#39": "'", "#34": '"',
            # 金额：&yen;1,280.00元 (今日桐庐's e-paper, set DF), &ldquo;…&rdquo;, &middot;
            "yen": "¥", "#165": "¥", "ldquo": "“", "rdquo": "”", "middot": "·", "#183": "·",
            "mdash": "—", "times": "×"}
_ESCAPE_NAMES = "|".join(sorted(_ESCAPED, key=len, reverse=True))
#: The escapes of HTML that stand for a space.
_SPACE_ESCAPES = ("nbsp", "ensp", "emsp", "thinsp", "#160", "#12288", "#x3000", "#xa0")


# What an e-paper's HTML leaves in its text export: space entities and line tags
# (…有限公司&nbsp;遗失营业执照副本, 公章一枚<br>统一社会信用代码：…). Read as spaces, as
# many as the characters they take, so that every offset is kept.
# …and an Atom feed's HTML content, escaped once (平凉日报's feed, set CE): &amp;nbsp;,
# &lt;p&gt;…&lt;br/&gt;…&lt;/p&gt;
_HTML = re.compile(rf"&(?:amp;)?(?:{'|'.join(_SPACE_ESCAPES)});?"
                   # any tag, as a page saved as HTML source holds them (<p style=…>, </a>)
                   r"|</?[a-z][a-z0-9:-]{0,20}(?:\s[^<>]{0,300})?/?>"
                   # a feed's XML (昭通日报's RSS): its declaration, and the CDATA round
                   # an item's HTML (<description><![CDATA[<p>…</p>]]></description>)
                   r"|<\?xml[^<>]{0,300}\?>|<!\[CDATA\[|\]\]>"
                   r"|&lt;/?[a-z][a-z0-9:-]{0,20}(?:\s[^<>]{0,300}?)?/?&gt;"
                   # 拾味&amp;茶饮店, &lt;&lt;房屋租赁合同&gt;&gt; (a notice platform's XML
                   # export, set CR): a character XML or HTML writes as an escape stands
                   # for that character; tried after the entities above, which are spaces
                   # and tags
                   rf"|(?P<escapes>(?:&(?:{_ESCAPE_NAMES});){{1,20}})"
                   # \u3000\u3000沧源…声明作废。\r\n声明人：… (a JSON export's escapes, written
                   # out as text, set DS): a space and a line break are spaces too
                   r"|\\u(?:3000|00a0|200[23])|\\[rnt](?![a-z])",
                   re.IGNORECASE)
_ESCAPE = re.compile(rf"&({_ESCAPE_NAMES});", re.IGNORECASE)


def _unescape(m: re.Match[str]) -> str:
    escapes = m.group("escapes")
    if escapes is None:
        return " " * (m.end() - m.start())
    # the characters together, then the spaces: &lt;&lt; stays the one mark << (a title's)
    characters = "".join(_ESCAPED[e.lower()] for e in _ESCAPE.findall(escapes))
    return characters + " " * (m.end() - m.start() - len(characters))


def unescaped(text: str) -> str:
    """``text`` with HTML's spaces and tags as spaces and the characters its escapes
    stand for, then spaces: as long as ``text``, each offset kept. A name is read without
    the spaces (拾味&amp;茶饮店 reads 拾味&茶饮店), as an OCR space inside it is.

    >>> unescaped("公司&nbsp;遗失<br>")
    '公司      遗失    '
    >>> unescaped("&lt;&lt;租赁合同&gt;&gt;")
    '<<      租赁合同>>      '
    >>> unescaped("\\\\u3000张三遗失身份证。\\\\r\\\\n")
    '      张三遗失身份证。    '
    """
    return _HTML.sub(_unescape, text)


def not_read(text: str) -> frozenset[int]:
    """The offsets of the markup in ``text`` that is not read: the asterisks of Markdown's
    emphasis (:func:`emphasis`) and a text browser's numbers of links inside a line.

    >>> sorted(not_read("遗失[8]呼伦贝尔学院")), not_read("[1]张三遗失身份证")
    ([2, 3, 4], frozenset())
    """
    marks = emphasis(text)
    if "[" not in text:  # nearly every line
        return marks
    links = frozenset(i for m in _LINK_MARK.finditer(text) for i in range(m.start(), m.end()))
    return marks | links if links else marks


# 遗失居民身份证，身份证号：65432119⇥0.968: an OCR engine's line mode gives each line's
# confidence after a tab (阿勒泰日报's classified page); no part of the page's text.
_SCORE = re.compile(r"[ \t]*\t(?:0\.\d{2,}|1\.0+)[ \t]*$", re.MULTILINE)


def scores(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds an OCR engine's confidence at a line's end, after a tab.

    >>> text = "遗失声明\\t0.998\\n张三遗失身份证\\t0.95"
    >>> [text[a:b] for a, b in scores(text)]
    ['\\t0.998', '\\t0.95']
    """
    if "\t" not in text:
        return []
    return [m.span() for m in _SCORE.finditer(text)]


#   15  无锡市锡山区东港镇…: a scan of a legal paper numbers every fifth line in its margin
# (江苏法制报's notice page, set AR), and OCR reads the number into the line: each the number
# of its line, counted from one place, every few lines. A table's number before each row
# numbers rows, not lines, and every one of them: it stays a bullet.
# Searched from each line break (the text given one before it): a literal the engine finds
# fast, where ``^`` in multiline mode is tried at every character.
_MARGIN_NUMBER = re.compile(r"\n[ \t\u3000]*(\d{1,3})(?=[ \t\u3000]{2,}\S)")
#: How many numbered lines show a margin's numbering.
_MARGIN_RUN = 3


def line_numbers(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds the numbers a margin gives its lines: three or more, each its
    line's number counted from the same line, the same few lines apart.

    >>> text = "\\n".join(f"{i:>3}  第{i}行" if i % 5 == 0 else f"     第{i}行"
    ...                   for i in range(1, 16))
    >>> [text[a:b] for a, b in line_numbers(text)]
    ['  5', ' 10', ' 15']
    >>> line_numbers("001   张三遗失身份证\\n002   李四遗失户口簿\\n003   王五遗失驾驶证")
    []
    """
    groups: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    line, at = 0, 0
    for m in _MARGIN_NUMBER.finditer("\n" + text):  # offsets one past the text's
        line += text.count("\n", at, m.start())
        at = m.start()
        groups.setdefault(int(m.group(1)) - line, []).append((line, (m.start(), m.end(1) - 1)))
    spans: list[tuple[int, int]] = []
    for numbered in groups.values():
        steps = {b[0] - a[0] for a, b in itertools.pairwise(numbered)}
        if len(numbered) >= _MARGIN_RUN and len(steps) == 1 and min(steps) >= 2:
            spans.extend(span for _, span in numbered)
    return sorted(spans)


# | 1 | 会理市…声明作废。 | 2026-12-06 |: a table a converter wrote as Markdown (凉山日报's
# page); its pipes part the cells as a spreadsheet's tabs do, and the row under its head
# (| --- | :---: |) is no line of the page. Only on a page that holds such a row.
_DELIMITER_ROW = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.MULTILINE)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
# …正、副本，<br>统一社会信用代码…: a cell holds no line break, so the converter writes one as
# a tag; it is a break inside the notice, joined with nothing as a page's are
_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


# +------+------------+ / | 1    | 2026-12-03 | 延长县…遗失居民身份证，身份证 | 个人 |: a table
# drawn in ASCII (a word processor's text export, 延安日报社广告部's day sheet), a cell's
# text wrapped over lines: its rules and borders read as spaces, its columns are found
# where the gaps line up, as a PDF's are, and each read down.
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=]{2,}\+)+[ \t]*$", re.MULTILINE)


def table_row(line: str) -> bool:
    """Is ``line`` a row of a Markdown table, its cells between pipes?

    >>> table_row("| 1 | 张三遗失身份证 | 2026-12-06 |"), table_row("张三 | 李四")
    (True, False)
    """
    return _TABLE_ROW.fullmatch(line) is not None and line.count("|") >= 3


def as_read(text: str) -> str:
    """``text`` as its lines are read, every offset where it was: an OCR engine's
    confidences (:func:`scores`) and a Markdown table's delimiter rows as spaces, the
    pipes of its rows as the tabs that part a spreadsheet's cells, the ``<br>`` of a cell
    as characters not read (:func:`cells`); a table drawn in ASCII, its rules and borders
    as spaces.

    >>> as_read("遗失声明\\t0.998\\n张三")
    '遗失声明      \\n张三'
    >>> as_read("+----+------+\\n| 1  | 张三 |\\n+----+------+")
    '             \\n  1    张三  \\n             '
    >>> as_read("| 序号 | 内容 |\\n| --- | --- |\\n| 1 | 张三 |")
    '  序号 \\t 内容  \\n             \\n  1 \\t 张三  '

    A JSON string saved as text, its line breaks escaped, has them read as breaks, its
    field's name and quotes as spaces (and so has an SQL dump's row, :func:`_sql_rows`):

    >>> as_read('"content": "张三遗失身份证\\\\n李四遗失户口簿"')
    '            张三遗失身份证 \\n李四遗失户口簿 '
    """
    spans = sorted(scores(text) + line_numbers(text) + broken_markup(text))
    tables = "|" in text and _DELIMITER_ROW.search(text) is not None
    grid = ("+-" in text or "+=" in text) and _GRID_RULE.search(text) is not None
    escaped = "\\n" in text and '":' in text
    rows = "," in text and _csv_header(text)
    # (not text.upper(): a page is not copied to look for one word)
    dump = ("VALUES" in text or "values" in text) and _INSERT.search(text) is not None
    if not spans and not tables and not grid and not escaped and not rows and not dump:
        return text
    parts, at = [], 0
    for a, b in spans:
        parts.append(text[at:a] + " " * (b - a))
        at = b
    parts.append(text[at:])
    read = "".join(parts)
    if tables:
        read = _DELIMITER_ROW.sub(lambda m: " " * len(m.group()), read)
        read = _TABLE_ROW.sub(lambda row: cells(row.group()), read)
    if grid:
        read = _GRID_RULE.sub(lambda m: " " * len(m.group()), read)
        read = _TABLE_ROW.sub(lambda row: row.group().replace("|", " "), read)
    if rows:
        read = _csv_cells(read)
    if dump:
        read = _sql_rows(read)
    if escaped or dump:
        read = _ESCAPED_BREAK.sub(_break_read, read)
        read = _JSON_PUNCTUATION.sub(lambda m: " " * len(m.group()), read)
        read = _JSON_STRING_EDGE.sub(lambda m: " " * len(m.group()), read)
    return read


# …编号：Q420583615<br / />声明作废。, …有限公司&nb / sp;遗失… (break fuzz, seed 37): a tag or an
# escape a line break cut in two, as a page's text export cuts a long line of HTML source.
# No line break of the page: the whole of it is markup, read as spaces.
# (no Chinese inside: a tag a mutation or a bad export left open, <p sty / 巴宜区…遗失…，
# must not take the notices up to the next tag's end)
_BROKEN_TAG = re.compile(
    rf"<[ \t]*/?[ \t]*[a-z][a-z0-9:\-\r\n]{{0,20}}"
    rf"(?:\s[^<>{HAN}\u3000-\u303f\uff00-\uffef]{{0,300}})?/?\s*>", re.IGNORECASE)
_BROKEN_ESCAPE = re.compile(r"&[a-z#0-9\r\n]{2,10};", re.IGNORECASE)
_ESCAPE_WORDS = frozenset({*_ESCAPED, *_SPACE_ESCAPES})


def broken_markup(text: str) -> list[tuple[int, int]]:
    """Where a tag or an escape of HTML is broken across lines in ``text``.

    >>> broken_markup("编号：1<br\\n/>声明作废。"), broken_markup("公司&nb\\nsp;遗失")
    ([(4, 10)], [(2, 9)])
    >>> broken_markup("编号：1<br/>\\n声明作废。")
    []
    """
    if "\n" not in text or ("<" not in text and "&" not in text):
        return []
    tags = [m.span() for m in _BROKEN_TAG.finditer(text) if "\n" in m.group()]
    escapes = [m.span() for m in _BROKEN_ESCAPE.finditer(text) if "\n" in m.group()
               and m.group()[1:-1].replace("\n", "").replace("\r", "").lower() in _ESCAPE_WORDS]
    return sorted(tags + escapes)


# "content": "<p>…遗失…</p>\n<p>…</p>": a JSON string saved as text (an e-paper's API,
# set CK), its line breaks escaped; read as breaks, the backslash as a space.
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
# },  {: the lines between two of its objects (one article and the next), blank as read,
# so that the next article's words do not run on from the last one's
# "pics": [],  "wordCount": 1070: and a field whose value holds no word of the page, as
# no text at all
_JSON_PUNCTUATION = re.compile(
    r'^[ \t]*(?:"[A-Za-z_][A-Za-z0-9_]{0,40}"[ \t]*:[ \t]*'
    r'(?:-?[\d.]{1,30}|true|false|null|\[\]|\{\}|"[\x20-\x7e]{0,300}")?[ \t]*)?[{}\[\],]*[ \t]*$',
    re.MULTILINE)


#: The first line that holds anything, past a byte-order mark: a CSV file's header.
_FIRST_LINE = re.compile(r"[\ufeff \t\r\n]*([^\n]*)")


def _first_line(text: str) -> str:
    """The first line of ``text`` that holds anything, stripped (the page not copied).

    >>> _first_line("\\ufeff\\n 编号,内容 \\n1,张三")
    '编号,内容'
    """
    found = _FIRST_LINE.match(text)
    return found.group(1).strip() if found is not None else ""


#: The most a database's own field holds (a CSV header's name, an id, a date, a paper's
#: name, a category): a longer one with Chinese in it may hold a notice. And the fewest
#: fields a CSV header has.
_SHORT_FIELD, _CSV_FIELDS = 12, 3


def _csv_header(text: str) -> bool:
    """Does ``text`` open with a CSV file's header row (编号,日期,报纸,版次,类型,内容: a notice
    database's export, set CK)? Short fields, no sentence's marks, three or more, and as
    many in most of the rows after it, read as CSV reads them (quoted cells whole): a
    page that opens with a line of words and commas (首页,新闻,遗失声明) is no file of rows.

    >>> _csv_header("编号,日期,内容\\n1,2026-12-05,张三遗失身份证"), _csv_header("张三,李四遗失")
    (True, False)
    >>> _csv_header("首页,新闻,遗失声明\\n张三遗失身份证,声明作废。")
    False
    """
    fields = _first_line(text).split(",")
    if not (len(fields) >= _CSV_FIELDS and "\n" in text
            and all(0 < len(f) <= _SHORT_FIELD and not any(c in f for c in "。，；：\"")
                    for f in fields)):
        return False
    try:
        rows = list(itertools.islice(csv.reader(io.StringIO(text.lstrip("\ufeff \t\r\n"))),
                                     _CSV_ROWS_LOOKED_AT))[1:]
    except csv.Error:
        return False
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    return bool(rows) and 2 * sum(len(row) == len(fields) for row in rows) >= len(rows)


#: How many rows after a CSV header are looked at to see that the file is one.
_CSV_ROWS_LOOKED_AT = 21


def _notice_column(text: str) -> int | None:
    """Which column of a CSV file's header holds the notices' words (内容, 正文, 声明…).

    >>> _notice_column("编号,日期,内容\\n1,2026-12-05,张三遗失身份证"), _notice_column("编号,日期")
    (2, None)
    """
    header = _first_line(text).split(",")
    return next((i for i, field in enumerate(header)
                 if any(word in field for word in _NOTICE_COLUMNS)), None)


def _csv_cells(text: str) -> str:
    """A CSV file as its notices are read: where its header names the column of the
    notices' words (内容, 正文, 声明…), that column, each row a paragraph of its own, the
    other cells blank (id, date, paper, type, length, remarks: the database's, not the
    notice's) unless one says something is lost or void at length (a damaged row whose
    notice slipped into another cell, which is then read or reported); else the commas
    between its cells as the tabs of a tab-separated export. Either way a comma inside a
    quoted cell (…公章一枚,统一社会信用代码…) stays, and so does a line break inside one
    (…特此声明。⏎<who signs>); a line with no comma between cells is no row, and stays.

    >>> _csv_cells('编号,内容,字数\\n1,"张三遗失身份证,\\n声明作废",47\\n第7版')
    '\\n  内容   \\n\\n  张三遗失身份证,\\n声明作废    \\n第7版'
    >>> _csv_cells('编号,日期,备注\\n1,"张三遗失身份证,声明作废",47')
    '编号\\t日期\\t备注\\n1\\t"张三遗失身份证,声明作废"\\t47'
    """
    column = _notice_column(text)
    out = list(text)
    for row in _csv_rows(text):
        if len(row) < 2:
            continue  # a line of the page, not a row
        for index, (a, b) in enumerate(row):
            if index:  # the comma before the cell
                out[a - 1] = " " if column is not None else "\t"
            if column is None:
                continue
            cell = text[a:b]
            quoted = len(cell) >= 2 and cell[0] == '"' and cell[-1] == '"'
            if index == column or (len(cell) > _SHORT_FIELD and _SAYS_VOID.search(cell)):
                if quoted:
                    out[a] = out[b - 1] = " "
            else:
                out[a:b] = [c if c in "\r\n" else " " for c in cell]
        a = row[0][0]
        if column and out[a] == " ":
            # each row a paragraph of its own, its first blank cell read as a blank line: a
            # row whose notice ends in its signature on a line of the cell's own does not
            # run on into the next row's notice (…特此声明。⏎<who signs>)
            out[a] = "\n"
    return "".join(out)


def _csv_rows(text: str) -> list[list[tuple[int, int]]]:
    """The spans of each row's cells, as CSV reads them: a quoted cell holds its commas,
    its doubled quotes and its line breaks.

    >>> _csv_rows('a,"b,""c""\\nd",e\\nf')
    [[(0, 1), (2, 13), (14, 15)], [(16, 17)]]
    """
    rows: list[list[tuple[int, int]]] = []
    cells: list[tuple[int, int]] = []
    start, quoted, i = 0, False, 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == '"' and text[i + 1:i + 2] == '"':
                i += 2
                continue
            quoted = char != '"'
        elif char == '"' and i == start:
            quoted = True
        elif char in ",\n":
            cells.append((start, i))
            if char == "\n":
                rows.append(cells)
                cells = []
            start = i + 1
        i += 1
    rows.append([*cells, (start, len(text))])  # the last row, its quote closed or not
    return rows


# INSERT INTO `t_classified` VALUES (5830115,'2026-12-05',…,'…遗失…','522301',…);: a notice
# database's SQL dump (mysqldump, set CP), a row a statement or many rows in one.
_INSERT = re.compile(
    r"^[ \t]*INSERT[ \t]+INTO[ \t]+[^\s(]+[ \t]*(?:\([^)\n]*\)[ \t]*)?VALUES[ \t]*",
    re.IGNORECASE | re.MULTILINE)
_HAN = re.compile(f"[{HAN}]")


def _sql_rows(text: str) -> str:
    r"""An SQL dump as its notices are read: each row's text fields of more than a few
    characters, Chinese among them (the notice, an ad, a title), each row a paragraph of
    its own; not its numbers, dates, codes and links, nor the statements, nor any line of
    the dump's own (its comments, the table's definition and the column comments that name
    遗失声明, its locks). Any other line (another page's, pasted before or after) is read
    as it stands.

    >>> dump = "-- 遗失声明\nINSERT INTO `t` VALUES (1,'2026','张三遗失居民身份证，声明作废。');"
    >>> _sql_rows(dump).split("\n")
    ['       ', '                      ', '', '          张三遗失居民身份证，声明作废。   ']
    """
    out = list(text)

    def blank(a: int, b: int) -> None:
        out[a:b] = [c if c in "\r\n" else " " for c in text[a:b]]

    in_table = False  # inside a CREATE TABLE's definition, up to its closing line
    for line in _SQL_LINE.finditer(text):
        if in_table or _SQL_OWN.match(line.group()) is not None:
            if not _holds_a_notice(line.group()):
                blank(line.start(), line.end())
            opens = _CREATE_TABLE.match(line.group()) is not None
            in_table = (in_table or opens) and _TABLE_END.match(line.group()) is None
    for statement in _INSERT.finditer(text):
        rows, end = _sql_tuples(text, statement.end())
        spans = [span for _, row in rows for span in row]
        if any(not any(a <= m.start() < b for a, b in spans)
               for m in _SAYS_VOID.finditer(text, statement.end(), end)):
            # a damaged row (a quote lost, a line run in) with words that say something is
            # lost or void outside its fields: read as it stands, never dropped unseen
            continue
        blank(statement.start(), end)
        for opening, fields in rows:
            # a blank line before each row, so that a row's last line (its signature) does not
            # run on into the next row's notice, in a statement of many rows too
            out[opening] = "\n"
            if opening and out[opening - 1] == " ":
                out[opening - 1] = "\n"
            for a, b in fields:
                if b - a > _SHORT_FIELD and _HAN.search(text, a, b) is not None:
                    out[a:b] = text[a:b]
    return "".join(out)


def rows_filed_void(text: str) -> list[tuple[int, int]]:
    """The rows of a database's export (a CSV file with a notices' column, an SQL dump)
    that one of the database's own short fields files as lost or void (its category,
    `作废声明`, `遗失声明`): for each, the part of the row on the line that holds that
    field. Whatever the row's text gives, that line is in a notice or is reported
    (segmentation's last net), never dropped unseen.

    >>> text = '编号,类型,内容\\n1,作废声明,某银行公告：存折继续有效。\\n2,招聘,某公司招聘司机'
    >>> [text[a:b] for a, b in rows_filed_void(text)]
    ['1,作废声明,某银行公告：存折继续有效。']
    >>> rows_filed_void("张三遗失身份证，声明作废。")
    []
    """
    rows: list[tuple[int, int, list[tuple[int, int]]]] = []  # start, end, the short fields
    if "," in text and _csv_header(text):
        column = _notice_column(text)
        if column is not None:
            rows.extend((row[0][0], row[-1][1], [cell for i, cell in enumerate(row)
                                                 if i != column])
                        for row in _csv_rows(text)[1:] if len(row) > 1)
    if ("VALUES" in text or "values" in text) and _INSERT.search(text) is not None:
        for statement in _INSERT.finditer(text):
            tuples, _ = _sql_tuples(text, statement.end())
            rows.extend((opening, fields[-1][1], fields) for opening, fields in tuples if fields)
    spans = []
    for start, end, fields in rows:
        filed = next((a for a, b in fields
                      if b - a <= _SHORT_FIELD and _SAYS_VOID.search(text, a, b) is not None),
                     None)
        if filed is not None:
            line_start = text.rfind("\n", 0, filed) + 1
            line_end = text.find("\n", filed)
            spans.append((max(start, line_start), min(end, len(text) if line_end < 0
                                                      else line_end)))
    return spans


def _holds_a_notice(line: str) -> bool:
    """Does a line of an SQL dump's own say something is lost or void and name a known
    document, as a notice does? A damaged dump may have a notice run into it (…DEFAULT
    NUL利辛县…遗失居民身份证…声明作废。, the mutation fuzz); it is then read as it stands,
    as a CSV's cell that says so is, never dropped unseen. A column's comment that names
    遗失声明 names no document.

    >>> _holds_a_notice("`category` varchar(16) COMMENT '栏目：遗失声明/注销公告'")
    False
    >>> _holds_a_notice("`page_no` varchar(8) NUL张三遗失居民身份证，声明作废。")
    True
    """
    return _SAYS_VOID.search(line) is not None and _DOCUMENT_WORD.search(line) is not None


#: A document word the parser knows (营业执照, 居民身份证…), as a dump's line may hold one.
_DOCUMENT_WORD = re.compile("|".join(sorted({w for words in DOCUMENT_WORDS.values() for w in words},
                                            key=len, reverse=True)))
#: Each line of a text, without its break.
_SQL_LINE = re.compile(r"[^\n]*")
#: A line of the dump's own: a comment, a conditional comment, a statement of no rows.
_SQL_OWN = re.compile(
    r"[ \t]*(?:--|/\*.*\*/;?[ \t]*\r?$"
    r"|(?:DROP|LOCK|UNLOCK|SET|USE|ALTER|CREATE)[ \t]+[^\n]*(?:;|\()[ \t]*\r?$)",
    re.IGNORECASE)
_CREATE_TABLE = re.compile(r"[ \t]*CREATE[ \t]+TABLE\b", re.IGNORECASE)
#: The last line of a table's definition: ``) ENGINE=InnoDB … COMMENT='…';``.
_TABLE_END = re.compile(r"[ \t]*\).*;[ \t]*\r?$")


def _sql_tuples(text: str, i: int) -> tuple[list[tuple[int, list[tuple[int, int]]]], int]:
    r"""The rows of an INSERT's values from ``text[i:]`` to the statement's end: where each
    row's bracket opens and the spans of its quoted fields' words (a backslash escapes the
    next character, as a doubled quote does a quote); and where the statement ends.

    >>> text = "(1,'a\\'b','c'),(2,NULL,'d');"
    >>> rows, end = _sql_tuples(text, 0)
    >>> [(at, [text[a:b] for a, b in fields]) for at, fields in rows], end
    ([(0, ["a\\'b", 'c']), (15, ['d'])], 28)
    """
    rows: list[tuple[int, list[tuple[int, int]]]] = []
    fields: list[tuple[int, int]] | None = None
    opening = i
    while i < len(text):
        char = text[i]
        if char == "'" and fields is not None:
            j = i + 1
            while j < len(text):
                if text[j] == "\\" or text[j:j + 2] == "''":  # an escaped or doubled quote
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    j += 1
            fields.append((i + 1, min(j, len(text))))
            i = j + 1
            continue
        if char == "(" and fields is None:
            fields, opening = [], i
        elif char == ")" and fields is not None:
            rows.append((opening, fields))
            fields = None
        elif char in ";\n" and fields is None:
            return rows, i + (char == ";")  # the statement's end
        i += 1
    return rows, len(text)


#: Words that say something is lost or void (as a cell of a damaged CSV row may).
_SAYS_VOID = re.compile("|".join(sorted({*EVENTS, *TRADITIONAL_TRIGGERS, "作废", "挂失"},
                                        key=len, reverse=True)))

#: The words of a CSV header that name the column of the notices' words.
_NOTICE_COLUMNS = ("内容", "正文", "声明", "全文", "文本")


# "content": "<p>下列证件声明作废：</p>: a string field's name and quotes, as spaces; its
# words (a title 遗失声明, the column's header) are read as a line of their own
_JSON_STRING_EDGE = re.compile(
    r'^[ \t]*"[A-Za-z_][A-Za-z0-9_]{0,40}"[ \t]*:[ \t]*"|(?<!\\)"[ \t]*,?[ \t]*$', re.MULTILINE)


def _break_read(m: re.Match[str]) -> str:
    return " " * (len(m.group()) - 1) + ("\n" if m.group().endswith("n") else " ")


# > 张三遗失身份证…: the marks a quoted e-mail (a forwarded digest) or a Markdown block
# quote sets before each line; a line of marks alone is a blank line of the quotation.
_QUOTE_OPENERS = ">＞"
_QUOTED = re.compile(rf"(?:[{_QUOTE_OPENERS}][ \t\u3000]*)+")


# 扩散一下//@米易县融媒体中心:#遗失声明# 米易县…: a microblog's repost, each reposter's words
# before //@who:, the post itself after the last of them.
_REPOST = re.compile(r"//@[^:：/\s]{1,30}[:：]")


def repost_prefix(line: str) -> int:
    """How much of ``line`` is the reposters' words before the post they passed on.

    >>> line = "扩散一下//@米易县融媒体中心:#遗失声明# 米易县…"
    >>> line[repost_prefix(line):]
    '#遗失声明# 米易县…'
    >>> repost_prefix("张三遗失身份证")
    0
    """
    if "//@" not in line:
        return 0
    ends = [m.end() for m in _REPOST.finditer(line)]
    return ends[-1] if ends else 0


def quote_marks(text: str, pos: int = 0) -> int:
    """How many characters of ``text`` from ``pos`` (a line's start) are the marks of a
    quotation, an e-mail's or Markdown's (``> ``), and no part of the text.

    >>> quote_marks("> 张三遗失身份证"), quote_marks(">> 李四"), quote_marks("张三 > 李四")
    (2, 3, 0)
    >>> quote_marks(">"), quote_marks("张三\\n> 李四", 3)
    (1, 2)
    """
    if text[pos:pos + 1] not in _QUOTE_OPENERS:  # nearly every line: no search
        return 0
    m = _QUOTED.match(text, pos)
    return m.end() - pos if m else 0


def cells(row: str) -> str:
    """A Markdown table's row as read, every offset where it was: its pipes as the tabs
    that part a spreadsheet's cells, the ``<br>`` of a cell as word joiners, characters
    not read (a break joined with nothing, as a page's are).

    >>> cells("| 1 | 张三遗失<br>身份证 |")
    '  1 \\t 张三遗失\\u2060\\u2060\\u2060\\u2060身份证  '
    """
    first, last = row.index("|"), row.rindex("|")
    inner = row[first + 1:last].replace("|", "\t")
    read = row[:first] + " " + inner + " " + row[last + 1:]  # the borders: no cell's edge
    return _CELL_BREAK.sub(lambda m: "\u2060" * len(m.group()), read)
