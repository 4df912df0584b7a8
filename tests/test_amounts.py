"""Amounts as receipts, cheques and bills write them (voidnotice.parser.amounts).

The rules are those of 《正确填写票据和结算凭证的基本规定》 (the People's
Bank's rules for filling in payment instruments), numbered as in
``voidnotice.parser.amounts``; each test names the rule its forms come from.
Amounts are read from whole notices, as the parser meets them, and the
reader is also tried on its own.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from voidnotice import parse_notice
from voidnotice.parser import patterns as p
from voidnotice.parser.amounts import (
    amount_warning,
    foreign_currency,
    parse_amount,
)
from voidnotice.parser.numerals import chinese_integer


def _read(amount: str) -> tuple[Decimal | None, list[str]]:
    """The amount of a receipt notice printing ``amount``, and the notice's warning codes."""
    notice = parse_notice(f"张三遗失某某公司开具的收据一张，金额{amount}，声明作废。")
    assert notice is not None
    assert [item.document.value for item in notice.items] == ["receipt"]
    return notice.items[0].amount, [w.code for w in notice.warnings]


def _reads(amount: str, value: str) -> None:
    assert _read(amount) == (Decimal(value), [])
    assert str(parse_amount(amount)) == value


@pytest.mark.parametrize(("amount", "value"), [
    ("人民币捌仟圆整", "8000"),  # issue 13: 圆 is the 大写 元
    ("人民币陆万圆", "60000"),
    ("贰万元整", "20000"),
    ("人民币貳萬圓整", "20000"),  # traditional forms are accepted too
    ("陸億元整", "600000000"),
    ("壹亿贰仟万元整", "120000000"),  # 万 inside 亿: 1.2 亿, not 1 亿 and 2 仟万 of 万
    ("壹佰贰拾万元整", "1200000"),
    ("壹拾万元整", "100000"),
    ("拾万元整", "100000"),  # 拾 alone is 壹拾
    ("五千元", "5000"),  # notices also write the everyday digits the rules forbid
    ("两万元", "20000"),
])
def test_rule_1_capital_digits_units_and_yuan(amount: str, value: str) -> None:
    _reads(amount, value)


@pytest.mark.parametrize(("amount", "value"), [
    ("伍仟元整", "5000"),
    ("伍仟元正", "5000"),
    ("5000元整", "5000"),
    ("5000元正", "5000"),
    ("人民币壹万贰仟叁佰元伍角整", "12300.5"),  # 整 may follow 角
])
def test_rule_2_zheng_after_yuan_or_jiao(amount: str, value: str) -> None:
    _reads(amount, value)


@pytest.mark.parametrize("text", ["金额5000元正本", "金额伍仟元正副本", "金额伍仟元正、副本"])
def test_rule_2_zheng_is_no_part_of_a_following_copy_word(text: str) -> None:
    found = p.search(p.AMOUNT, text)
    assert found is not None
    money = found.group("money")
    assert money is not None
    assert money.endswith("元")


@pytest.mark.parametrize(("amount", "value"), [
    ("人民币伍仟元整", "5000"),
    ("人民币(大写):壹万元整", "10000"),
    ("（大写）：壹万元整", "10000"),  # 金额（大写）：…, the receipt's column
])
def test_rule_3_renminbi_before_the_capital_amount(amount: str, value: str) -> None:
    _reads(amount, value)


def test_a_cheque_s_two_columns_give_one_amount() -> None:
    assert _read("人民币（大写）壹万元整（小写）¥10,000.00") == (Decimal("10000"), [])


@pytest.mark.parametrize(("amount", "value"), [
    # the examples of rule 4, each with the 小写 amount it stands for
    ("人民币壹仟肆佰零玖元伍角", "1409.5"),  # ¥1,409.50: a 0 in the middle is 零
    ("人民币陆仟零柒元壹角肆分", "6007.14"),  # ¥6,007.14: one 零 for two 0
    ("人民币壹仟陆佰捌拾元零叁角贰分", "1680.32"),  # ¥1,680.32: 元 digit 0, with 零
    ("人民币壹仟陆佰捌拾元叁角贰分", "1680.32"),  # ... or without it
    ("人民币壹拾万柒仟元零伍角叁分", "107000.53"),  # ¥107,000.53: 零 after 元
    ("人民币壹拾万零柒仟元伍角叁分", "107000.53"),  # ... or after 万
    ("人民币壹万陆仟肆佰零玖元零贰分", "16409.02"),  # ¥16,409.02: 角 digit 0
    ("人民币叁佰贰拾伍元零肆分", "325.04"),  # ¥325.04
    ("肆佰元零捌分", "400.08"),  # issue 13: gave 400
    ("壹拾贰万零叁佰元整", "120300"),
])
def test_rule_4_ling_where_the_figures_have_a_zero(amount: str, value: str) -> None:
    _reads(amount, value)


@pytest.mark.parametrize(("amount", "value"), [
    ("¥1,409.50", "1409.50"),
    ("￥1,409.50", "1409.50"),
    ("¥ 1,409.50元", "1409.50"),
    ("RMB 1,409.50", "1409.50"),
    ("RMB1409.50元", "1409.50"),
    ("CNY 1,409.50", "1409.50"),
    ("人民币1,409.50元", "1409.50"),
    ("1,234,560.00元", "1234560.00"),
    ("1，234，560.00元", "1234560.00"),  # the full-width comma
    ("１，２３４，５６０．００元", "1234560.00"),  # full-width digits and point
    ("1'234'560.00元", "1234560.00"),  # the apostrophe of Swiss-style ledgers
    ("￥１２，３４５．６７", "12345.67"),
    ("1409.50元整", "1409.50"),
    ("226264元", "226264"),
])
def test_rule_5_yuan_sign_and_groups_of_three(amount: str, value: str) -> None:
    _reads(amount, value)


def test_rule_5_digits_grouped_otherwise_are_not_read_as_one_amount() -> None:
    assert parse_amount("12,34元") is None
    amount, codes = _read("12,34元")
    assert amount is None
    assert codes == ["unparsed"]  # said, not dropped


@pytest.mark.parametrize(("amount", "value"), [
    ("伍角", "0.5"),  # issue 13: a lone 角
    ("伍角陆分", "0.56"),
    ("伍角整", "0.5"),
    ("捌分", "0.08"),
    ("人民币零元伍角", "0.5"),
    ("五角", "0.5"),  # after 金额, everyday digits too
    ("5角", "0.5"),
    ("12元5角", "12.5"),
])
def test_an_amount_under_one_yuan(amount: str, value: str) -> None:
    _reads(amount, value)


@pytest.mark.parametrize("text", [
    "张三遗失某某集团第陆分公司公章一枚，声明作废。",
    "张三遗失长江三角洲某某公司开具的收据一张，声明作废。",
])
def test_jiao_and_fen_inside_words_are_no_amount(text: str) -> None:
    notice = parse_notice(text)
    assert notice is not None
    assert [item.amount for item in notice.items] == [None]


@pytest.mark.parametrize(("amount", "value"), [
    ("2.5万元", "25000"),  # the scale adds no decimals
    ("1.2万元", "12000"),
    ("1.25万元", "12500"),
    ("10万元", "100000"),
    ("1.2亿元", "120000000"),
    ("1,200万元", "12000000"),
    ("5万元整", "50000"),
    ("5万", "50000"),  # issue 13: 万 with no 元 after an amount label
    ("人民币5万", "50000"),
    ("5000", "5000"),  # a bare number after 金额 is the amount too
])
def test_wan_and_yi_with_decimals(amount: str, value: str) -> None:
    _reads(amount, value)


@pytest.mark.parametrize("text", ["金额2021年", "金额5000张", "金额50%"])
def test_a_number_a_word_goes_on_from_is_no_bare_amount(text: str) -> None:
    assert p.search(p.AMOUNT, text) is None


def test_a_number_after_a_count_label_stays_a_count() -> None:
    notice = parse_notice("张三遗失收据共计2份，声明作废。")
    assert notice is not None
    assert [(item.count, item.amount) for item in notice.items] == [(2, None)]


@pytest.mark.parametrize(("amount", "currency"), [
    ("港币5,000元", "港币"),
    ("港币伍仟元整", "港币"),
    ("5,000元港币", "港币"),
    ("5000港元", "港元"),
    ("5000美元", "美元"),
    ("美元500", "美元"),
    ("800欧元", "欧元"),
    ("1000日元", "日元"),
    ("HK$5,000", "HK$"),
    ("US$800.00", "US$"),
    ("USD 800", "USD"),
    ("伍仟美元", "美元"),
])
def test_another_currency_gives_no_amount_and_a_warning(amount: str, currency: str) -> None:
    assert _read(amount) == (None, ["foreign_currency"])
    assert parse_amount(amount) is None
    assert foreign_currency(amount) == currency
    warning = amount_warning(amount)
    assert warning is not None
    assert warning.code == "foreign_currency"
    assert currency in warning.message


def test_a_yuan_amount_names_no_currency() -> None:
    assert foreign_currency("人民币5,000元") is None
    assert amount_warning("人民币5,000元") is None
    assert foreign_currency("RMBUSDX") is None  # USD inside a longer word is none


def test_an_amount_that_cannot_be_a_number_is_reported() -> None:
    assert parse_amount("伍佰仟元") is None
    assert _read("伍佰仟元") == (None, ["unparsed"])


@pytest.mark.parametrize(("text", "value"), [
    ("壹拾贰万零叁佰", 120300),
    ("壹亿贰仟万", 120_000_000),
    ("壹万亿", 10**12),
    ("陆仟零柒", 6007),
    ("壹仟零伍拾", 1050),
    ("壹佰拾", 110),
    ("一〇〇〇", 1000),  # digits alone are read by position
    ("伍零", 50),
    ("零", 0),
])
def test_chinese_integer(text: str, value: int) -> None:
    assert chinese_integer(text) == value


@pytest.mark.parametrize(
    "text", ["", "伍佰仟", "伍伍拾", "伍零佰", "佰", "壹万贰万", "壹亿亿", "万", "元"]
)
def test_chinese_integer_rejects_what_no_amount_writes(text: str) -> None:
    assert chinese_integer(text) is None


@pytest.mark.parametrize("text", [
    "金额" * 10_000 + "元",  # a run of labels, tried from each of its characters
    "¥1" + ",000" * 5_000 + "x",  # a long run of groups of three
    "1" + ",000" * 5_000 + "x元",
    "金额5" + " " * 10_000 + "万" + " " * 10_000 + "x",
    "壹" * 20_000 + "美",
    "伍角" * 10_000,
    "港币" * 10_000,
    "¥ " * 10_000,
    "$1" * 10_000,
])
def test_the_amount_pattern_runs_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    list(p.finditer(p.AMOUNT, text))  # raises TimeoutError past patterns.TIMEOUT
    assert time.perf_counter() - started < p.TIMEOUT / 2


@pytest.mark.parametrize(("text", "value"), [
    ("金额：3600元（大写：叁仟陆佰元整）", "3600"),  # set AZ: the capitals restated
    ("金额大写：叁仟元整（3000元）", "3000"),  # the figures restated
    ("金额：叁仟元整（￥3,000.00）", "3000"),
    ("金额（大写：叁仟陆佰元整）", "3600"),  # the bracket holds the amount itself
])
def test_an_amount_restated_in_brackets_is_one_amount(text: str, value: str) -> None:
    notice = parse_notice(f"张三遗失收据一张，{text}，声明作废。")
    assert notice is not None
    assert notice.items[0].amount == Decimal(value)
    assert [w.code for w in notice.warnings] == []
