"""Administrative division codes (GB/T 2260) and province abbreviations.

The division history comes from the data python-stdnum ships
(``stdnum/cn/loc.dat``, built from Wikipedia's code lists), read once on first
use into a dictionary, so a look-up costs one dict access. Each county name
carries the years it was in force; codes are withdrawn and re-used. The
file is read with one pattern over its text (a few milliseconds, where
``stdnum.numdb`` takes about 60) and a code's years are parsed when it is
first asked for: the first check of a number should not wait for them.

>>> lookup("430203").county
'芦淞区'
>>> lookup("430203").prefecture, lookup("430203").province
('株洲市', '湖南省')
>>> lookup("110103").in_force_until
2010
>>> lookup("320594").known
False
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

#: Province-level units: first two digits of their code, name, and the
#: one-character abbreviations used on plates and property certificates.
PROVINCES: dict[str, tuple[str, str]] = {
    "11": ("北京市", "京"), "12": ("天津市", "津"), "13": ("河北省", "冀"),
    "14": ("山西省", "晋"), "15": ("内蒙古自治区", "蒙"), "21": ("辽宁省", "辽"),
    "22": ("吉林省", "吉"), "23": ("黑龙江省", "黑"), "31": ("上海市", "沪"),
    "32": ("江苏省", "苏"), "33": ("浙江省", "浙"), "34": ("安徽省", "皖"),
    "35": ("福建省", "闽"), "36": ("江西省", "赣"), "37": ("山东省", "鲁"),
    "41": ("河南省", "豫"), "42": ("湖北省", "鄂"), "43": ("湖南省", "湘"),
    "44": ("广东省", "粤"), "45": ("广西壮族自治区", "桂"), "46": ("海南省", "琼"),
    "50": ("重庆市", "渝"), "51": ("四川省", "川"), "52": ("贵州省", "贵"),
    "53": ("云南省", "云"), "54": ("西藏自治区", "藏"), "61": ("陕西省", "陕"),
    "62": ("甘肃省", "甘"), "63": ("青海省", "青"), "64": ("宁夏回族自治区", "宁"),
    "65": ("新疆维吾尔自治区", "新"), "71": ("台湾省", "台"), "81": ("香港特别行政区", "港"),
    "82": ("澳门特别行政区", "澳"),
}

#: The mainland abbreviations used on vehicle plates, in GB/T 2260 order (no 台, 港, 澳).
PLATE_PROVINCES = "".join(
    abbreviation for code, (_, abbreviation) in PROVINCES.items() if code not in ("71", "81", "82"))

#: Second abbreviations some documents use (property certificates: 黔 for
#: Guizhou; older forms 申, 蜀, 滇, 秦, 陇).
OTHER_ABBREVIATIONS: dict[str, str] = {
    "申": "31", "蜀": "51", "黔": "52", "滇": "53", "秦": "61", "陇": "62",
}

#: Province code for each abbreviation.
PROVINCE_BY_ABBREVIATION: dict[str, str] = {
    **{abbreviation: code for code, (_, abbreviation) in PROVINCES.items()},
    **OTHER_ABBREVIATIONS,
}

#: Cities with their own tax and invoice region codes (计划单列市).
SEPARATE_PLAN_CITIES: dict[str, str] = {
    "2102": "大连市", "3302": "宁波市", "3502": "厦门市", "3702": "青岛市", "4403": "深圳市",
}


class Window(NamedTuple):
    """One name of a division code and the years it was in force."""

    start: int | None
    end: int | None
    name: str


class Region(BaseModel):
    """A GB/T 2260 code and what the division data knows of it.

    ``known`` is False when the code is in no version of the data: a
    development-zone authority code such as ``320594`` (Suzhou Industrial
    Park), or a misprint.

    >>> lookup("110108")  # doctest: +NORMALIZE_WHITESPACE
    Region(code='110108', province='北京市', prefecture=None, county='海淀区',
           known=True, in_force_from=None, in_force_until=None)
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    province: str | None
    prefecture: str | None
    county: str | None
    known: bool
    in_force_from: int | None = None
    in_force_until: int | None = None


@functools.lru_cache(maxsize=8192)
def _parse_windows(text: str) -> tuple[Window, ...]:
    windows = []
    for part in text.split(","):
        if part.startswith("["):
            years, name = part[1:].split("]", 1)
            start, end = years.split("-")
            windows.append(Window(int(start) if start else None, int(end) if end else None, name))
        else:
            windows.append(Window(None, None, part))
    return tuple(windows)


# A line of stdnum's numdb format as loc.dat writes it: indent, a code or a range of
# codes, one property (``  0118 county="[2015-]密云区"``, ``11 province="北京市"``).
_ENTRY = re.compile(r'^( *)(\d+)(?:-(\d+))?[ \t]+(\w+)="([^"]*)"[ \t]*$', re.MULTILINE)


def _stdnum_data(*parts: str) -> str:
    """A data file python-stdnum ships, found without importing stdnum (its package
    imports stdnum.util, which loads pydoc and ssl: 30 ms a first check need not wait)."""
    spec = importlib.util.find_spec("stdnum")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise ModuleNotFoundError("python-stdnum is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder.joinpath(*parts).read_text(encoding="utf-8")


@functools.cache
def _divisions() -> tuple[dict[str, str], dict[str, str]]:
    """Province names by 2 digits, and each 6-digit code's windows as loc.dat writes them."""
    text = _stdnum_data("cn", "loc.dat")
    entries = _ENTRY.findall(text)
    lines = sum(1 for line in text.splitlines() if line.strip() and not line.startswith("#"))
    if len(entries) != lines:  # a newer stdnum wrote a line this pattern does not know
        raise RuntimeError(f"stdnum/cn/loc.dat: read {len(entries)} of {lines} entries")
    provinces: dict[str, str] = {}
    counties: dict[str, str] = {}
    codes2: list[str] = []
    for indent, low, high, key, value in entries:
        span = range(int(low), int(high or low) + 1)
        if not indent:
            codes2 = [f"{code:02d}" for code in span]
            for code2 in codes2:
                provinces[code2] = value if key == "province" else ""
        elif key == "county":
            for code2 in codes2:
                for code in span:
                    counties[f"{code2}{code:04d}"] = value
    return provinces, counties


def codes() -> Iterator[str]:
    """Every 6-digit code of the division data, in the data's order.

    >>> "110108" in set(codes())
    True
    """
    return iter(_divisions()[1])


def windows(code: str) -> tuple[Window, ...]:
    """The names a 6-digit code has had, oldest first; empty if never used.

    >>> [w.name for w in windows("350211")]
    ['郊区', '集美区']
    >>> windows("999999")
    ()
    """
    found = _divisions()[1].get(code)
    return _parse_windows(found) if found is not None else ()


def province_name(code2: str) -> str | None:
    """The province-level unit of a 2-digit code, or None.

    >>> province_name("43")
    '湖南省'
    >>> province_name("99") is None
    True
    """
    entry = PROVINCES.get(code2)
    return entry[0] if entry else None


def province_name_in_data(code2: str) -> str | None:
    """The province name as the division data spells it (python-stdnum's), or None.

    >>> province_name_in_data("81"), province_name("81")
    ('香港特別行政區', '香港特别行政区')
    """
    return _divisions()[0].get(code2) or None


def in_force_by(code: str, year: int) -> bool:
    """Whether the code existed and was not withdrawn before ``year``.

    This is the question for a resident ID: its address code is the one in
    force when the number was first assigned, which may be years after birth,
    so a code created after the birth year is fine; one withdrawn before it
    is not.

    >>> in_force_by("110111", 1980)  # 房山区, from 1986
    True
    >>> in_force_by("110103", 2011)  # 崇文区, until 2010
    False
    """
    return any(w.end is None or w.end >= year for w in windows(code))


def _current(found: tuple[Window, ...], year: int | None) -> Window | None:
    if not found:
        return None
    if year is not None:
        for window in found:
            if (window.start is None or window.start <= year) and (
                window.end is None or window.end >= year
            ):
                return window
    return found[-1]


@functools.lru_cache(maxsize=4096)
def lookup(code: str, year: int | None = None) -> Region:
    """Decode a 6-digit division code; ``year`` picks the name then in force.

    Never raises: an unknown code gives ``known=False`` and whatever the
    province digits tell.

    >>> lookup("350211", 1985).county, lookup("350211").county
    ('郊区', '集美区')
    >>> lookup("430000").province, lookup("430000").county
    ('湖南省', None)
    >>> lookup("x").known
    False
    """
    # Built from the data without validation (model_construct): validating would make
    # a first check build pydantic's validators, 30 ms it otherwise never needs.
    provinces, counties = _divisions()
    province = provinces.get(code[:2]) or province_name(code[:2])
    if len(code) != 6 or not code.isdigit() or code.endswith("0000"):
        return Region.model_construct(
            code=code, province=province, prefecture=None, county=None,
            known=code in counties,
        )
    prefecture_window = _current(windows(code[:4] + "00"), year)
    prefecture = prefecture_window.name if prefecture_window else None
    if code.endswith("00"):
        return Region.model_construct(
            code=code, province=province, prefecture=prefecture, county=None,
            known=code in counties,
        )
    window = _current(windows(code), year)
    return Region.model_construct(
        code=code,
        province=province,
        prefecture=None if prefecture in (None, "市辖区", "县") else prefecture,
        county=window.name if window else None,
        known=window is not None,
        in_force_from=window.start if window else None,
        in_force_until=window.end if window else None,
    )
