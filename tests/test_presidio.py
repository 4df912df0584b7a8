"""voidnotice.presidio: recognizers for Chinese numbers, tested without an NLP model."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry

from voidnotice.presidio import (
    CONTEXT_SCORE,
    ENTITIES,
    INVALID_SCORE,
    RECOGNIZERS,
    UNCHECKED_SCORE,
    CnInvoiceNumberRecognizer,
    CnUsccRecognizer,
    IdentifierRecognizer,
    recognizers,
)

PAGE = Path(__file__).parent / "data" / "pages" / "zhuzhou-daily-2021-12-30.txt"


def finds(text: str, keep_invalid: bool = False) -> list[tuple[str, str, float]]:
    """(entity, text found, score) of every recognizer, in order of position."""
    found = []
    for recognizer in recognizers(keep_invalid=keep_invalid):
        for r in recognizer.analyze(text, recognizer.supported_entities):
            found.append((r.start, r.entity_type, text[r.start:r.end], r.score))
    return [(entity, value, score) for _, entity, value, score in sorted(found)]


def test_every_entity_has_a_pattern_recognizer() -> None:
    found = recognizers()
    assert [r.supported_entities for r in found] == [[e] for e in ENTITIES]
    assert all(isinstance(r, PatternRecognizer) and r.context for r in found)
    assert all(r.supported_language == "zh" for r in found)
    registry = RecognizerRegistry(supported_languages=["zh"])
    for recognizer in found:
        registry.add_recognizer(recognizer)
    assert len(registry.get_recognizers("zh", entities=["CN_USCC"])) == 1


@pytest.mark.parametrize(("text", "entity", "value", "score"), [
    ("遗失91110108MA01G0FB09号营业执照副本", "CN_USCC", "91110108MA01G0FB09", 1.0),
    ("身份证号11010519491231002x遗失", "CN_RESIDENT_ID", "11010519491231002x", 1.0),
    ("代码证D2143569-X遗失", "CN_ORG_CODE", "D2143569-X", 1.0),
    ("注册号110108000000016的营业执照", "CN_REGISTRATION_NUMBER", "110108000000016", 1.0),
    ("遗失P430935842号出生证", "CN_BIRTH_CERTIFICATE", "P430935842", CONTEXT_SCORE),
    ("发票代码4300171130，", "CN_INVOICE_CODE", "4300171130", CONTEXT_SCORE),
    ("遗失00966245号增值税普通发票", "CN_INVOICE_NUMBER", "00966245", CONTEXT_SCORE),
    ("数电发票24942000000012660383作废", "CN_DIGITAL_INVOICE_NUMBER", "24942000000012660383",
     CONTEXT_SCORE),
])
def test_each_kind_is_found_between_chinese_characters(
    text: str, entity: str, value: str, score: float
) -> None:
    assert (entity, value, score) in finds(text)
    # \b does not fire between 号 and a digit: a \b pattern misses it
    assert not re.search(rf"\b{re.escape(value)}\b", "号" + value + "号")


def test_full_width_and_no_match_inside_longer_runs() -> None:
    assert ("CN_USCC", "９１１１０１０８ＭＡ０１Ｇ０ＦＢ０９", 1.0) in finds(
        "代码９１１１０１０８ＭＡ０１Ｇ０ＦＢ０９号")
    assert finds("编号A91110108MA01G0FB09") == []  # 19 characters: no USCC inside
    assert finds("1234567") == []


def test_context_words_raise_unchecked_kinds_only() -> None:
    assert finds("遗失P430935842号") == [("CN_BIRTH_CERTIFICATE", "P430935842", UNCHECKED_SCORE)]
    assert finds("出生医学证明编号P430935842") == [
        ("CN_BIRTH_CERTIFICATE", "P430935842", CONTEXT_SCORE)]
    # a legacy 15-digit resident ID has no check character; as a registration number it fails
    assert ("CN_RESIDENT_ID", "110105491231002", CONTEXT_SCORE) in finds("身份证110105491231002")


def test_misprint_dropped_or_kept_with_its_reason() -> None:
    text = "陈永萍遗失92430203MA41YB4C2X号营业执照副本"
    assert finds(text) == []
    recognizer = CnUsccRecognizer(keep_invalid=True)
    (result,) = recognizer.analyze(text, ["CN_USCC"])
    assert (result.start, result.end, result.score) == (5, 23, INVALID_SCORE)
    explanation = result.analysis_explanation
    assert explanation.validation_result is False
    assert "org_code_checksum" in explanation.textual_explanation
    assert "check character is X, expected W" in explanation.textual_explanation


def test_upstream_style_subclasses() -> None:
    assert [type(r) for r in recognizers()] == list(RECOGNIZERS)
    for cls in RECOGNIZERS:
        assert issubclass(cls, IdentifierRecognizer) and cls.COUNTRY_CODE == "cn"
        assert cls.ENTITY in ENTITIES and cls.PATTERNS and cls.CONTEXT
    # patterns and context can be replaced, as in Presidio's own recognizers
    labelled = CnInvoiceNumberRecognizer(
        patterns=[Pattern("labelled", r"(?<=票号)[0-9]{8}", 0.4)], context=["票号"])
    (result,) = labelled.analyze("票号01638246", ["CN_INVOICE_NUMBER"])
    assert result.score == CONTEXT_SCORE
    assert CnUsccRecognizer().to_dict()["supported_entity"] == "CN_USCC"


def test_the_seed_page() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert finds(text) == [
        ("CN_INVOICE_NUMBER", "00966245", CONTEXT_SCORE),
        ("CN_INVOICE_NUMBER", "01638246", UNCHECKED_SCORE),
        ("CN_BIRTH_CERTIFICATE", "P430935842", CONTEXT_SCORE),
        ("CN_INVOICE_NUMBER", "30011323", UNCHECKED_SCORE),
    ]
    assert ("CN_USCC", "92430203MA41YB4C2X", INVALID_SCORE) in finds(text, keep_invalid=True)


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    monkeypatch.delitem(sys.modules, "voidnotice.presidio")
    with pytest.raises(ImportError, match=r"pip install 'voidnotice\[presidio\]'"):
        importlib.import_module("voidnotice.presidio")
