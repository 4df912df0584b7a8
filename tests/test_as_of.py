"""Checking a number's dates as of the day its notice was printed (``as_of``).

An archive back-filled from old pages checks each page's numbers against that page's
date: on a page of 2009 a person born in 2015 is in the future, and on a page of 1998 an
invoice code's year digits 98 are 1998, where checked today they would be 2098.
"""

from __future__ import annotations

import datetime
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from voidnotice import iter_notices, parse, parse_many, parse_notice, scan, validate
from voidnotice.cli import main, run_parse
from voidnotice.problems import Problem
from voidnotice.records import Notice

#: Born on 2015-01-01: a valid number today, a birth to come on a page of 2009.
BORN_2015 = "110105201501010017"
#: Issued in 1998: a code to come (2098) checked today, a past one on a page of 1998.
CODE_1998 = "4300981130"
PAGE_2009 = datetime.date(2009, 3, 17)
PAGE_1998 = datetime.date(1998, 6, 1)
NOTICE = f"张三遗失居民身份证，身份证号：{BORN_2015}，声明作废。"


def _codes(errors: list[Problem]) -> list[str]:
    return [e.code for e in errors]


def test_validate_checks_dates_as_of_the_day_given() -> None:
    assert validate(BORN_2015).valid
    assert _codes(validate(BORN_2015, as_of=PAGE_2009).errors) == ["date"]
    assert not validate(CODE_1998, "invoice_code").valid
    assert validate(CODE_1998, "invoice_code", as_of=PAGE_1998).valid
    # a year after the page's is still one to come
    assert not validate("4300991130", "invoice_code", as_of=PAGE_1998).valid
    # a unified property certificate of 2017 on a page of 2016
    assert _codes(validate("湘(2017)株洲市不动产权第0012345号", "property_certificate",
                           as_of=datetime.date(2016, 5, 1)).errors) == ["date"]


def test_the_day_given_ends_with_the_call() -> None:
    validate(BORN_2015, as_of=PAGE_2009)
    parse_notice(NOTICE, as_of=PAGE_2009)
    assert validate(BORN_2015).valid


def test_every_reader_checks_as_of_the_day_given() -> None:
    page = "遗失声明\n" + NOTICE
    readings: list[Sequence[Notice | None]] = [
        [parse_notice(NOTICE, as_of=PAGE_2009)],
        parse(page, as_of=PAGE_2009),
        scan(page, as_of=PAGE_2009).notices,
        list(iter_notices(page, as_of=PAGE_2009)),
        list(parse_many([page, page], jobs=2, as_of=PAGE_2009)),
    ]
    for notices in readings:
        assert notices and all(n is not None for n in notices)
        for notice in notices:
            assert notice is not None
            [number] = notice.items[0].identifiers
            assert (number.valid, _codes(number.errors)) == (False, ["date"])
    # without it, today
    notice = parse_notice(NOTICE)
    assert notice is not None and notice.items[0].identifiers[0].valid


def test_the_command_line_takes_the_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["validate", "--as-of", "1998-06-01", CODE_1998]) == 0
    assert main(["validate", CODE_1998]) == 1
    page = tmp_path / "page.txt"
    page.write_text("遗失声明\n" + NOTICE + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_parse([str(page)], "jsonl", None, sys.stdin, out, err, as_of=PAGE_2009) == 0
    record = json.loads(out.getvalue())
    assert [e["code"] for e in record["items"][0]["identifiers"][0]["errors"]] == ["date"]


def test_a_day_not_written_as_iso_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["validate", "--as-of", "17/3/2009", CODE_1998])
    assert stopped.value.code == 2
    assert "is no day: give YYYY-MM-DD" in capsys.readouterr().err


def test_a_datetime_counts_by_its_day_and_a_string_is_refused() -> None:
    morning = datetime.datetime(2009, 3, 17, 8, 30)
    assert _codes(validate(BORN_2015, as_of=morning).errors) == ["date"]
    with pytest.raises(TypeError, match=r"as_of expects a datetime\.date, not str"):
        parse_notice(NOTICE, as_of="2009-03-17")  # type: ignore[arg-type]


def test_the_command_line_reads_each_pages_own_day(tmp_path: Path) -> None:
    # --as-of page: a page of 2009 as of its running head's day, one with no head as of
    # today; a JSON line as of the day its own text prints
    old = tmp_path / "old.txt"
    old.write_text(f"海门日报　2009年3月17日　星期二　第4版\n遗失声明\n●{NOTICE}\n",
                   encoding="utf-8")
    bare = tmp_path / "bare.txt"
    bare.write_text(f"遗失声明\n●{NOTICE}\n", encoding="utf-8")
    records = tmp_path / "export.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": f"【出版日期】2009-03-17\n{NOTICE}"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_parse([str(old), str(bare)], "jsonl", None, sys.stdin, out, err,
                     as_of="page") == 0
    verdicts = [json.loads(line)["items"][0]["identifiers"][0]["valid"]
                for line in out.getvalue().splitlines()]
    assert verdicts == [False, True]
    out = io.StringIO()
    assert run_parse([str(records)], "jsonl", None, sys.stdin, out, err,
                     input_format="jsonl", as_of="page") == 0
    assert [json.loads(line)["items"][0]["identifiers"][0]["valid"]
            for line in out.getvalue().splitlines()] == [False]
    with pytest.raises(ValueError, match="as_of is a date or 'page'"):
        run_parse([str(old)], "jsonl", None, sys.stdin, out, err, as_of="pages")
