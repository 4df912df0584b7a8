"""python-stdnum's own real numbers, read from ../shared at run time (never copied here).

CI has ``../shared``; a checkout without it skips these tests, saying why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from voidnotice import validate

PEER = Path(__file__).parents[2] / "shared" / "corpus" / "peer"

pytestmark = pytest.mark.skipif(
    not PEER.is_dir(), reason=f"peer vectors not found: {PEER} (the shared/ checkout is absent)"
)


def _usccs() -> list[str]:
    path = PEER / "python-stdnum-uscc-valid.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _resident_ids() -> list[dict[str, Any]]:
    path = PEER / "python-stdnum-ric.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_all_200_usccs_are_there() -> None:
    assert len(_usccs()) == 200


@pytest.mark.parametrize("value", _usccs())
def test_peer_uscc_validates(value: str) -> None:
    result = validate(value, "uscc")
    assert result.valid, result.errors


@pytest.mark.parametrize("row", _resident_ids(), ids=lambda row: row["value"])
def test_peer_resident_id_verdict_and_first_code(row: dict[str, Any]) -> None:
    result = validate(row["value"], "resident_id")
    assert result.valid is row["valid"]
    first = result.errors[0].code if result.errors else None
    assert first == row["code"]
