"""``docs/notice.schema.json`` is the JSON Schema pydantic gives for ``Notice``, never stale.

Regenerate it with ``python scripts/update_schema.py`` after changing the
models. The contract's fields and enum values (``../shared/spec/records.md``)
are checked against the schema too, so a rename shows up here.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from voidnotice.records import Notice

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "notice.schema.json"
RECORDS = ROOT.parent / "shared" / "spec" / "records.md"

#: The document kinds records.md lists (its "Document kinds" table).
CONTRACT_DOCUMENTS = (
    "official_seal", "financial_seal", "invoice_seal", "contract_seal",
    "legal_representative_seal", "business_license", "vat_special_invoice",
    "vat_ordinary_invoice", "invoice", "receipt", "tax_receipt", "birth_certificate",
    "resident_id_card", "household_register", "property_certificate", "account_permit",
    "org_code_certificate", "tax_registration_certificate", "driving_license",
    "vehicle_license", "road_transport_permit", "graduation_certificate",
    "professional_certificate", "contract", "other",
)
CONTRACT_IDENTIFIER_KINDS = (
    "uscc", "org_code", "registration_number", "resident_id", "taxpayer_id", "invoice_code",
    "invoice_number", "digital_invoice_number", "birth_certificate", "account_permit",
    "property_certificate", "plate", "serial",
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_schema", ROOT / "scripts" / "update_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def test_committed_schema_is_fresh() -> None:
    fresh = Notice.model_json_schema(mode="serialization")
    stale = "docs/notice.schema.json is stale: run python scripts/update_schema.py"
    assert _committed() == fresh, stale


def test_committed_file_is_what_the_script_writes() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == _script().render()


def test_check_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    stale = tmp_path / "notice.schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert script.main(["--check", "--path", str(stale)]) == 1
    assert stale.read_text(encoding="utf-8") == "{}\n"
    assert script.main(["--path", str(stale)]) == 0
    assert script.main(["--check", "--path", str(stale)]) == 0
    assert "stale" in capsys.readouterr().err


def test_schema_names_the_contract_fields() -> None:
    schema = _committed()
    assert schema["title"] == "Notice"
    assert set(schema["required"]) >= {"text", "span", "event", "declared_void"}
    for name in ("text", "span", "event", "declared_void", "parties", "items", "warnings"):
        assert name in schema["properties"], name
    definitions = schema["$defs"]
    assert set(definitions["Party"]["properties"]) >= {"name", "kind", "address", "relations"}
    assert set(definitions["Item"]["properties"]) >= {
        "document", "label", "copy", "count", "issuer", "amount", "identifiers"}
    assert set(definitions["Identifier"]["properties"]) >= {
        "raw", "value", "kind", "label", "valid", "errors"}
    assert set(definitions["Problem"]["properties"]) >= {"code", "message"}


def test_schema_span_is_two_offsets() -> None:
    span = _committed()["properties"]["span"]
    assert span["type"] == "array"
    assert [item["type"] for item in span["prefixItems"]] == ["integer", "integer"]


def test_schema_amount_is_a_string() -> None:
    amount = _committed()["$defs"]["Item"]["properties"]["amount"]
    assert {"type": "string"} in amount["anyOf"]


def test_schema_holds_the_contract_enums() -> None:
    definitions = _committed()["$defs"]
    assert set(definitions["Document"]["enum"]) >= set(CONTRACT_DOCUMENTS)
    assert set(definitions["Kind"]["enum"]) >= set(CONTRACT_IDENTIFIER_KINDS)
    assert set(definitions["Event"]["enum"]) >= {"lost", "stolen", "damaged", "void"}
    assert set(definitions["Copy"]["enum"]) >= {"original", "duplicate", "both"}
    assert set(definitions["PartyKind"]["enum"]) >= {"person", "organization"}
    assert set(definitions["Role"]["enum"]) >= {
        "father", "mother", "guardian", "spouse", "legal_representative"}


def _table_values(markdown: str, heading: str) -> list[str]:
    section = markdown.split(heading, 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)


@pytest.mark.skipif(not RECORDS.is_file(), reason=f"contract not found: {RECORDS}")
def test_contract_tables_are_in_the_schema() -> None:
    """The tables of records.md itself, so a kind added there is noticed here."""
    markdown = RECORDS.read_text(encoding="utf-8")
    documents = _table_values(markdown, "### Document kinds")
    kinds = _table_values(markdown, "### Identifier kinds")
    assert set(documents) >= set(CONTRACT_DOCUMENTS)  # the table was read
    assert set(kinds) >= set(CONTRACT_IDENTIFIER_KINDS)
    definitions = _committed()["$defs"]
    assert set(definitions["Document"]["enum"]) >= set(documents)
    assert set(definitions["Kind"]["enum"]) >= set(kinds)
