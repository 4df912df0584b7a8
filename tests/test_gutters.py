"""Columns found from where wide gaps line up (voidnotice.parser.gutters).

The reading order is checked for what it promises on every page of the
corpus: each piece is the text at its offset, and every character of the
page is given exactly once (a column's piece is moved, never copied or
dropped). Then the layouts that made the rule, and the ones it must leave
alone.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import as_expected, load_notices, load_pages
from voidnotice import parse, scan
from voidnotice.parser import gutters
from voidnotice.parser.segmentation import _LAYOUT
from voidnotice.records import Page

PAGES = load_pages()


def _characters(text: str) -> list[int]:
    """Where the text holds ink, as the pieces must give it."""
    return [i for i, c in enumerate(text) if not c.isspace()]


def _given(text: str) -> list[int]:
    seen: list[int] = []
    for piece in gutters.reading_order(text, _LAYOUT):
        assert text[piece.offset:piece.offset + len(piece.text)] == piece.text
        seen.extend(piece.offset + i for i, c in enumerate(piece.text) if not c.isspace())
    return seen


@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_every_character_of_a_page_is_given_once(
    name: str, text: str, expected: object
) -> None:
    assert sorted(_given(text)) == _characters(text)


_CELL = st.text(alphabet="张三遗失身份证号：1234567890，声明作废。", min_size=1, max_size=14)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=1, max_size=4), min_size=1, max_size=8),
       st.integers(min_value=2, max_value=12), st.booleans())
def test_any_grid_gives_every_character_once(
    rows: list[list[str]], gap: int, blank_rows: bool
) -> None:
    width = 2 * 14 + gap
    lines = []
    for cells in rows:
        line = ""
        for k, cell in enumerate(cells):
            line = line.ljust(k * width) + cell
        lines.append(line)
        if blank_rows:
            lines.append("")
    text = "\n".join(lines) + "\n"
    assert sorted(_given(text)) == _characters(text)


def _texts(text: str) -> list[str]:
    return [p.text.strip() for p in gutters.reading_order(text, _LAYOUT) if p.text.strip()]


def _set(*cells: str, at: tuple[int, ...] = (0, 50, 62)) -> str:
    """One line of cells, each starting at its display column."""
    line = ""
    for cell, column in zip(cells, at, strict=False):
        line += " " * (column - gutters.display_width(line)) + cell
    return line + "\n"


GRID = (
    "逊克县奇克镇王艳秋遗失居民      饶河县饶河镇鑫源水产养殖专\n"
    "身份证，身份证号：23112319      业合作社遗失营业执照正本及\n"
    "9607081244，声明作废。          公章一枚，声明作\n"
    "                                废。\n"
)


def test_a_grid_read_across_is_read_column_after_column() -> None:
    assert _texts(GRID) == [
        "逊克县奇克镇王艳秋遗失居民", "身份证，身份证号：23112319", "9607081244，声明作废。",
        "饶河县饶河镇鑫源水产养殖专", "业合作社遗失营业执照正本及", "公章一枚，声明作", "废。"]


def test_a_grid_read_across_gives_its_notices_whole() -> None:
    page = scan("遗失声明\n\n" + GRID)
    assert [n.text for n in page.notices] == [
        "逊克县奇克镇王艳秋遗失居民身份证，身份证号：231123199607081244，声明作废。",
        "饶河县饶河镇鑫源水产养殖专业合作社遗失营业执照正本及公章一枚，声明作废。"]


def test_gaps_that_line_up_on_two_lines_only_are_no_column() -> None:
    text = ("萝北县凤翔镇刘玉珍遗失户口簿，户号：    23042100\n"
            "绥滨县绥东镇张三遗失身份证，证号：      230421\n"
            "6183，声明作废。\n")
    assert [p.column for p in gutters.reading_order(text, _LAYOUT)] == [False] * 3


def test_ocr_gaps_at_other_places_on_each_line_are_no_column() -> None:
    text = ("萝北县凤翔镇刘玉珍遗失户口簿，户号：    23042100\n"
            "绥滨县遗失身份证，证号：    2304216183，声明作废。\n"
            "桦川县悦来镇孙宝库　　遗失驾驶证，证号：　　230826198603150718\n"
            "声明    作废。\n")
    assert not any(p.column for p in gutters.reading_order(text, _LAYOUT))


def test_a_database_row_whose_notice_wraps_to_the_margin_is_no_column() -> None:
    # 甘南日报's export (hd04): the row's fields line up, the wrapped notice runs across
    text = "".join(
        f"000{k}      2026-12-01      甘南日报      第04版    遗失声明    合作市张{k}遗\n"
        f"失营业执照正本，统一社会信用代码：91\n623001MA72H8QK54，声明作废。\n"
        for k in range(1, 5))
    assert not any(p.column for p in gutters.reading_order(text, _LAYOUT))


def test_a_tables_row_numbers_stay_with_the_notice() -> None:
    text = ("   1    泸溪县张三遗失营业执照副本，      12月1日       单位\n"
            "        声明作废。\n"
            "   2    花垣县李四遗失居民身份证，        12月1日       个人\n"
            "        声明作废。\n"
            "   3    保靖县王五遗失户口簿，            12月2日       个人\n"
            "        声明作废。\n")
    texts = _texts(text)
    assert texts[:6] == ["1    泸溪县张三遗失营业执照副本，", "声明作废。",
                         "2    花垣县李四遗失居民身份证，", "声明作废。",
                         "3    保靖县王五遗失户口簿，", "声明作废。"]
    aside = [p.text for p in gutters.reading_order(text, _LAYOUT) if p.aside]
    assert aside == ["12月1日", "12月1日", "12月2日", "单位", "个人", "个人"]


def test_a_line_whose_every_column_opens_a_notice_starts_a_row() -> None:
    text = "".join(_set(left, right, at=(0, 36)) for left, right in (
        ("●咸丰县覃玉梅遗失居民身份证，", "●来凤县杨志勇遗失驾驶证，"),
        ("声明作废。", "声明作废。"),
        ("●建始县黄语桐遗失出生医学证明，", "●巴东县邓光荣遗失结婚证，"),
        ("声明作废。", "声明作废。")))
    assert [n.parties[0].name for n in scan("遗失声明\n" + text).notices] == [
        "覃玉梅", "杨志勇", "黄语桐", "邓光荣"]


def test_a_spaced_out_line_is_no_grid_of_columns() -> None:
    line = "王  小  红  遗  失  户  口  簿"
    text = "\n".join([line] * 5) + "\n"
    assert not any(p.column for p in gutters.reading_order(text, _LAYOUT))


def test_a_notice_runs_on_from_the_foot_of_one_column_to_the_head_of_the_next() -> None:
    # 吕梁日报's grid of four narrow columns (set AA, ia03)
    text = ("遗失声明\n\n"
            "1.临县高志强遗失居民身      927635，声明作废。\n"
            "份证，声明作废。            3.岚县李建堂遗失机动\n"
            "2.石楼县张彩霞遗失出生      车登记证书，声明作废。\n"
            "医学证明，编号：S140        4.中阳县任秀兰遗失户\n"
            "                            口簿，声明作废。\n")
    assert [n.text for n in scan(text).notices] == [
        "临县高志强遗失居民身份证，声明作废。",
        "石楼县张彩霞遗失出生医学证明，编号：S140927635，声明作废。",
        "岚县李建堂遗失机动车登记证书，声明作废。",
        "中阳县任秀兰遗失户口簿，声明作废。"]


def test_a_column_of_price_lists_with_gaps_of_its_own_beside_the_notices() -> None:
    # 安康日报 (set AA, ia04): the ads' inner gaps line up too, and some are wider
    text = ("便民信息                              遗失声明\n"
            "【房屋出租】汉滨区江北大道旁          ◆汉阴县凤堰农旅开发有限公司\n"
            "单间                    800元/月      遗失营业执照正本，声明作废。\n"
            "一室一厅                1200元/月     ◆石泉县胡玉梅遗失居民身份证，\n"
            "两室一厅（带家电）      1650元/月     声明作废。\n"
            "电话：13891526374　王女士             ◆宁陕县徐文涛遗失结婚证，声明\n"
            "                                      作废。\n")
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == [
        "汉阴县凤堰农旅开发有限公司", "胡玉梅", "徐文涛"]
    assert [s.reason.code for s in page.skipped if "元/月" in s.text] == ["furniture"] * 3


def test_a_table_whose_notice_column_comes_first_and_rows_run_without_blank_lines() -> None:
    # 赣南日报 (set AA, ia02): 声明内容 | 联系人 | 联系电话 | 受理日期
    text = ("作废声明\n\n"
            "声明内容                                              联系人      联系电话\n"
            "----------------------------------------------------------------------------\n"
            "寻乌县鸿达物流有限公司原公章、原财务专用章            赖小平      13970736518\n"
            "各一枚自即日起停止使用，声明作废。\n"
            "全南县黎小军遗失机动车驾驶证，证号：360729            黎小军      15779723064\n"
            "200009170530，声明作废。\n"
            "定南县蓝天幼儿园遗失公章一枚，                        温丽        0797-4262371\n"
            "声明作废。\n"
            "----------------------------------------------------------------------------\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "寻乌县鸿达物流有限公司原公章、原财务专用章各一枚自即日起停止使用，声明作废。",
        "全南县黎小军遗失机动车驾驶证，证号：360729200009170530，声明作废。",
        "定南县蓝天幼儿园遗失公章一枚，声明作废。"]
    assert all(not n.warnings for n in page.notices)


def test_a_line_of_the_page_inside_a_region_breaks_no_column() -> None:
    text = ("甲县张三遗失身份证，      乙县李四遗失户口簿，\n"
            "证号：123，声明作废。    户号：456，声明作废。\n"
            "第7版\n"
            "丙县王五遗失驾驶证，      丁县赵六遗失结婚证，\n"
            "声明作废。                声明作废。\n")
    assert _texts(text) == [
        "甲县张三遗失身份证，", "证号：123，声明作废。", "丙县王五遗失驾驶证，", "声明作废。",
        "乙县李四遗失户口簿，", "户号：456，声明作废。", "丁县赵六遗失结婚证，", "声明作废。",
        "第7版"]


# A page set in columns reads as its columns one after another, a column that ends its
# sentence a paragraph of its own: corpus notices that end their sentence, wrapped into
# columns of a width and read across with a gap.
_NOTICES = [row["text"] for row in load_notices()
            if row["expected"] and 12 <= len(row["text"]) <= 70
            and row["text"].endswith("声明作废。") and "  " not in row["text"]
            and "\u3000" not in row["text"]
            # no markup: an entity or a tag cut by a column's wrap (…<b / r>声明作废。) is
            # no page's layout
            and "&" not in row["text"] and "<" not in row["text"]
            # a line of its own breaks the column it stands in: no line break of any kind
            # (…一本，\u2028户号：…, a line separator an export left inside a notice)
            and len(row["text"].splitlines()) == 1]


def _wrapped(text: str, cells: int) -> list[str]:
    lines, line = [], ""
    for c in text:
        if gutters.display_width(line + c) > cells:
            lines.append(line)
            line = ""
        line += c
    return [*lines, line]


def _records(page: Page) -> list[str]:
    return sorted(json.dumps(as_expected(n, with_text=True), ensure_ascii=False, default=str)
                  for n in page.notices)


def _column(rng: random.Random, cells: int, bullets: bool) -> list[str]:
    """One to three notices wrapped into a column, at least as many lines as a column's
    edge needs (``gutters.MIN_SUPPORT``: one line alone cannot show a column, and the
    reader does not claim to find one)."""
    lines: list[str] = []
    for text in rng.sample(_NOTICES, rng.randint(1, 3)):
        lines += _wrapped(("●" if bullets else "") + text, cells)
    while len(lines) < gutters.MIN_SUPPORT:
        lines += _wrapped(("●" if bullets else "") + rng.choice(_NOTICES), cells)
    return lines


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from([2, 3, 4]),
       st.sampled_from([24, 28, 30, 36, 40]), st.sampled_from([2, 3, 4, 6, 8]), st.booleans())
def test_a_page_set_in_columns_reads_as_its_columns_one_after_another(
    rng: random.Random, count: int, cells: int, gap: int, bullets: bool
) -> None:
    columns = [_column(rng, cells, bullets) for _ in range(count)]
    across = []
    for i in range(max(len(c) for c in columns)):
        line = ""
        for k, column in enumerate(columns):
            if i < len(column):
                line += " " * ((cells + gap) * k - gutters.display_width(line)) + column[i]
        across.append(line)
    stacked: list[str] = []
    for column in columns:
        if stacked and stacked[-1].endswith("。"):
            stacked.append("")  # a column that ends its sentence is a paragraph
        stacked.extend(column)
    head = "遗失声明\n\n"
    # a grid's row may be read across when every column opens a notice on one line:
    # the same notices either way
    assert _records(scan(head + "\n".join(across))) == _records(
        scan(head + "\n".join(stacked)))


def test_columns_a_notice_runs_on_between_are_never_cut_into_rows() -> None:
    # 河源晚报 (set AC, ic02): both columns open a notice on one line after ending one,
    # but the second column opened with the end of the first's last notice
    text = ("遗失声明\n\n"
            + _set("■紫金县紫城镇张三遗失居民身份证，声明作废。", "号：4416240127365，声明作废。")
            + _set("■和平县阳明镇李四遗失定期存单一张，存单",
                   "■龙川县老隆镇王五遗失驾驶证，声明作废。")
            + _set("■连平县元善镇赵六遗失户口簿，声明作废。",
                   "■东源县仙塘镇钱七遗失结婚证，声明作废。")
            + _set("■紫金县临江镇孙八遗失存折一本，存单", "■龙川县佗城镇周九遗失护照，声明作废。"))
    names = [n.parties[0].name for n in scan(text).notices]
    assert names == ["张三", "李四", "赵六", "孙八", "王五", "钱七", "周九"]


def test_a_tables_rows_on_two_pages_keep_every_column() -> None:
    # 陇东报 (set AC, ic03): the page break between rows leaves each page's rows its edges
    def rows(*names: str) -> str:
        return "".join(_set(f"{name}遗失居民身份证，声明作废。", name[-2:], "12月2日")
                       for name in names)
    text = ("遗失声明\n\n" + rows("紫金县紫城镇张三", "和平县阳明镇李四")
            + "\n第 1 页　共 2 页\n\f\n" + rows("龙川县老隆镇王五", "连平县元善镇赵六"))
    page = scan(text)
    assert [n.parties[0].name for n in page.notices] == ["张三", "李四", "王五", "赵六"]
    assert page.notices[0].text == "紫金县紫城镇张三遗失居民身份证，声明作废。"
    assert all(not n.warnings for n in page.notices)


def test_a_tables_row_of_a_lost_property_notice_is_no_notice() -> None:
    # 陇东报 (set AC, ic03): 寻物启事 opening a cell asks for a bag back
    text = ("遗失声明\n\n"
            + _set("紫金县紫城镇张三遗失居民身份证，声明作废。", "张先生", "12月3日") + "\n"
            + _set("寻物启事：本人于11月29日在农贸市场附近遗失黑色", "王女士", "12月3日")
            + "手提包一个，望拾到者与本人联系。\n\n"
            + _set("和平县阳明镇李四遗失不动产权证书一本。", "李四", "12月4日"))
    page = scan(text)
    assert [n.text for n in page.notices] == ["紫金县紫城镇张三遗失居民身份证，声明作废。",
                                              "和平县阳明镇李四遗失不动产权证书一本。"]


def test_a_tables_numbers_go_with_their_notices_under_a_head_of_its_own() -> None:
    # the date column's span starts a line above the notices' (its head stands alone):
    # the numbers are the first column's, told by the leftmost edge, and stay with
    # their notices
    text = ("遗失声明\n\n"
            + _set("", "", "受理日期", at=(0, 6, 50))
            + "".join(_set(str(k), f"{place}遗失居民身份证，声明作废。", "12月1日",
                           at=(0, 6, 50))
                      for k, place in enumerate(("紫金县紫城镇张三", "和平县阳明镇李四",
                                                 "龙川县老隆镇王五"), 1)))
    assert _texts(text)[1:5] == ["1     紫金县紫城镇张三遗失居民身份证，声明作废。",
                                 "2     和平县阳明镇李四遗失居民身份证，声明作废。",
                                 "3     龙川县老隆镇王五遗失居民身份证，声明作废。", "受理日期"]


def test_a_sentence_read_across_columns_is_skipped_with_an_ordered_span() -> None:
    # Found by mutating a fee table (`注销公告     每则260元`): read column after
    # column, a sentence's pieces come out of the text's order, and its skipped span had
    # run backwards, (19, 18), an empty text.
    text = "作废声明  元\n注销公告  证书作废\n登报热线"
    page = scan(text)
    assert page.notices == []
    assert page.skipped and all(a < b and page.skipped[i].text == text[a:b]
                                for i, (a, b) in enumerate(s.span for s in page.skipped))


def _abreast(left: list[str], right: list[str], at: int = 40) -> str:
    """Two columns side by side, the right one from display cell ``at``."""
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append(a + " " * (at - gutters.display_width(a)) + b if b else a)
    return "遗失声明\n\n" + "\n".join(rows) + "\n"


def test_columns_whose_notices_line_up_once_read_column_after_column() -> None:
    # set AT (it02): the two columns open a notice on the same line once, by chance; that
    # is no row of a grid, and each column is read down before the next
    left = ["●甲一镇张三遗失居民身份", "证，声明作废。", "●甲二镇李四遗失户口簿，", "声明作废。",
            "●甲三镇周八遗失行驶证，", "声明作废。"]
    right = ["●乙一镇王五遗失结婚证，声明作废。", "●乙三镇孙七遗失行驶证，声明作废。",
             "●乙二镇赵六遗失驾驶证，", "声明作废。"]
    assert [n.parties[0].name for n in parse(_abreast(left, right))] == [
        "张三", "李四", "周八", "王五", "孙七", "赵六"]


def test_a_grid_of_boxes_reads_row_by_row() -> None:
    # every column opens its notices on the same lines: a grid, a row of boxes at a time
    left = ["●甲一镇张三遗失居民身份", "证，声明作废。", "●甲二镇李四遗失户口簿，", "声明作废。"]
    right = ["●乙一镇王五遗失结婚证，", "声明作废。", "●乙二镇赵六遗失驾驶证，", "声明作废。"]
    assert [n.parties[0].name for n in parse(_abreast(left, right))] == [
        "张三", "王五", "李四", "赵六"]


def test_a_right_column_whose_start_wavers_by_a_wide_character_is_one_column() -> None:
    # 巴中日报 as a PDF converter padded it (set EQ, eq01): the right column starts at
    # display cell 46, 47 or 48 from line to line; the edge was taken at 48, where most
    # lines start, and the lines starting at 46 ran across it: notices of both columns
    # were read into one another
    rows = [
        '',
        '●南江县长赤镇岳明轩遗失居民身份证，身份       社会信用代码：91511902MA6Q4W8E66，声明作',
        '证号：511922199304182712，声明作废。           废。',
        '●南江县红光镇兴隆茶业有限公司遗失营业执        ●通江县诺江镇罗春梅遗失不动产权证书一本，',
        '照副本，统一社会信用代码：91511922MA6B3K      证号：川（2022）通江县不动产权第0004863',
        '7T0P，声明作废。                                号。',
        '●平昌县驷马镇何雨桐（父：何文斌，母：苟        ●平昌县江口镇张德富遗失机动车驾驶证，证',
        '晓霞）遗失出生医学证明，编号：Q5108O2736。    号：511923198203051591，档案编号：511900',
        '●恩阳区柳林镇苟志华遗失川Y·5C736号小型普      318724，声明作废。',
        '通客车行驶证及机动车登记证书各一本，声明       ●南江县沙河镇米仓山农业开发有限公司遗失',
        '作废。                                          四川增值税专用发票（发票联）一份，发票代',
        '●巴州区江北街道巴山印象餐饮有限公司遗失        码：5100252130，发票号码：03961257，价税',
    ]
    assert sorted({gutters.display_width(row[:row.index("  ")]) + len(row[row.index("  "):])
                   - len(row[row.index("  "):].lstrip(" ")) for row in rows if "  " in row}) == [
        46, 47, 48]
    notices = scan("下列证件声明作废\n" + "\n".join(rows) + "\n").notices
    assert [n.text[:8] for n in notices] == [
        "南江县长赤镇岳明", "南江县红光镇兴隆", "平昌县驷马镇何雨", "恩阳区柳林镇苟志",
        "巴州区江北街道巴", "通江县诺江镇罗春", "平昌县江口镇张德", "南江县沙河镇米仓"]
    assert notices[1].items[0].identifiers[0].value == "91511922MA6B3K7T0P"


def test_a_folio_under_the_running_head_between_two_columns_is_the_pages() -> None:
    # 黔东南日报 read down its columns (set EQ): the running head and the page's number
    # alone under it stand between a notice's two halves; 6 opened a table's row
    text = ("下列证件声明作废\n■黎平县德凤街道侗乡情酒业有限公司\n"
            "遗失营业执照正、副本及公章一枚，统\n"
            "黔东南日报　2026年12月4日　星期五　　　　第6版　分类信息\n6\n"
            "一社会信用代码：91522631MA6H6C9L6N，\n声明作废。\n")
    page = scan(text)
    assert [n.text for n in page.notices] == [
        "黎平县德凤街道侗乡情酒业有限公司遗失营业执照正、副本及公章一枚，统一社会信用代码："
        "91522631MA6H6C9L6N，声明作废。"]
    assert [s.text for s in page.skipped] == [
        "黔东南日报　2026年12月4日　星期五　　　　第6版　分类信息", "6"]
