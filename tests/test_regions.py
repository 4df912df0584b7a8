"""The division data as voidnotice reads it, against python-stdnum's own reader."""

from __future__ import annotations

from stdnum import numdb

from voidnotice import regions


def _stdnum_counties() -> dict[str, str]:
    """Each 6-digit code's ``county`` property, read by ``stdnum.numdb``."""
    counties: dict[str, str] = {}
    for _, low, high, _, children in numdb.get("cn/loc").prefixes:
        for province in range(int(low), int(high) + 1):
            for _, c_low, c_high, c_props, _ in children:
                for county in range(int(c_low), int(c_high) + 1):
                    counties[f"{province:02d}{county:04d}"] = c_props.get("county", "")
    return counties


def test_every_code_reads_as_stdnum_reads_it() -> None:
    """One pattern over loc.dat gives the codes and years numdb gives, every one."""
    expected = _stdnum_counties()
    assert len(expected) > 6000
    assert list(regions.codes()) == list(expected)
    for code, raw in expected.items():
        names = [w.name for w in regions.windows(code)]
        assert ",".join(names) == ",".join(part.split("]")[-1] for part in raw.split(","))


def test_every_province_reads_as_stdnum_reads_it() -> None:
    for _, low, high, props, _ in numdb.get("cn/loc").prefixes:
        for province in range(int(low), int(high) + 1):
            assert regions.province_name_in_data(f"{province:02d}") == (
                props.get("province") or None)


def test_years_of_a_renamed_code() -> None:
    """350211 was 郊区 from 1983 to 1986, then 集美区: both windows, with their years."""
    first, second = regions.windows("350211")
    assert (first.name, first.start, first.end) == ("郊区", 1983, 1986)
    assert (second.name, second.start, second.end) == ("集美区", 1987, None)
