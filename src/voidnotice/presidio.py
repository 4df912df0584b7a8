"""Presidio recognizers for Chinese identifiers (extra ``[presidio]``).

Microsoft Presidio finds personal data in text; it ships no recognizer for
any Chinese number. :func:`recognizers` gives one ``PatternRecognizer`` a
kind: ``CN_USCC``, ``CN_RESIDENT_ID``, ``CN_ORG_CODE``,
``CN_REGISTRATION_NUMBER``, ``CN_BIRTH_CERTIFICATE``, ``CN_INVOICE_CODE``,
``CN_INVOICE_NUMBER`` and ``CN_DIGITAL_INVOICE_NUMBER``.

Each finds candidates by their shape, bounded by the characters around them
rather than by ``\\b`` (which does not fire between ``号`` and a digit, both
being word characters), then keeps only what :func:`voidnotice.validate`
passes:

* a number with a check character that passes every check scores 1.0;
* a number without one (birth certificates, invoice codes and numbers,
  legacy 15-digit resident IDs) scores 0.4, or 0.85 with one of the kind's
  context words (``发票号码``, ``出生证``...) within 20 characters on either
  side, as Chinese notices print the label before or after the number;
* a misprinted number is dropped, or, with ``keep_invalid=True``, kept with
  the score 0.1 and the reason in its explanation.

The recognizers need no NLP model: call ``recognizer.analyze(text,
entities)`` directly, or add them to an ``AnalyzerEngine``'s registry.

>>> found = {}
>>> for recognizer in recognizers():
...     for r in recognizer.analyze("陈永萍遗失P430935842号出生证", recognizer.supported_entities):
...         found[r.entity_type] = r.score
>>> found
{'CN_BIRTH_CERTIFICATE': 0.85}
"""

from __future__ import annotations

from typing import Any, ClassVar

from voidnotice.kinds import Kind
from voidnotice.validation import validate

try:
    from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
except ImportError as exc:
    raise ImportError(
        "voidnotice.presidio needs presidio-analyzer: pip install 'voidnotice[presidio]'"
    ) from exc

__all__ = [
    "CONTEXT_SCORE",
    "ENTITIES",
    "INVALID_SCORE",
    "RECOGNIZERS",
    "UNCHECKED_SCORE",
    "CnBirthCertificateRecognizer",
    "CnDigitalInvoiceNumberRecognizer",
    "CnInvoiceCodeRecognizer",
    "CnInvoiceNumberRecognizer",
    "CnOrgCodeRecognizer",
    "CnRegistrationNumberRecognizer",
    "CnResidentIdRecognizer",
    "CnUsccRecognizer",
    "IdentifierRecognizer",
    "recognizers",
]

#: Score of a valid number whose kind has no check character.
UNCHECKED_SCORE = 0.4
#: ... and with one of its context words nearby.
CONTEXT_SCORE = 0.85
#: Score of a misprinted number kept with ``keep_invalid=True``.
INVALID_SCORE = 0.1
#: Characters on each side searched for context words.
CONTEXT_WINDOW = 20

_ALNUM = "0-9A-Z\uff10-\uff19\uff21-\uff3a"  # with full-width forms; matched ignoring case
_DIGIT = "0-9\uff10-\uff19"
_X = "X\uff38"
_BEFORE = f"(?<![{_ALNUM}])"
_AFTER = f"(?![{_ALNUM}])"



def _pattern(name: str, shape: str) -> Pattern:
    """A candidate pattern: the shape, between characters that are not letters or digits."""
    return Pattern(name, f"{_BEFORE}(?:{shape}){_AFTER}", UNCHECKED_SCORE)


class IdentifierRecognizer(PatternRecognizer):
    """Finds one kind of Chinese number and keeps those voidnotice validates.

    The base of one recognizer a kind; a subclass sets ``ENTITY``, ``KIND``,
    ``PATTERNS`` and ``CONTEXT``, as Presidio's own recognizers do.
    ``patterns`` and ``context`` replace the class's; ``keep_invalid``
    keeps misprints at a low score with the reason.

    >>> usccs = CnUsccRecognizer(keep_invalid=True)
    >>> [(r.start, r.end, r.score) for r in usccs.analyze(
    ...     "遗失92430203MA41YB4C2X号营业执照、91110108MA01G0FB09号执照", ["CN_USCC"])]
    [(2, 20, 0.1), (26, 44, 1.0)]
    """

    COUNTRY_CODE = "cn"
    ENTITY: ClassVar[str]
    KIND: ClassVar[Kind]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    CONTEXT: ClassVar[tuple[str, ...]]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "zh",
        supported_entity: str | None = None,
        name: str | None = None,
        *,
        keep_invalid: bool = False,
    ) -> None:
        self.kind = self.KIND
        self.keep_invalid = keep_invalid
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=patterns or [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=context or list(self.CONTEXT),
        )

    def _has_context(self, text: str, start: int, end: int) -> bool:
        around = text[max(0, start - CONTEXT_WINDOW):end + CONTEXT_WINDOW]
        return any(word in around for word in self.context)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The numbers of this kind in ``text``, scored (see the module).

        >>> CnInvoiceNumberRecognizer().analyze("遗失00966245号发票", [])[0].score
        0.85
        """
        found: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in found:
            identifier = validate(text[result.start:result.end], self.kind)
            explanation = result.analysis_explanation
            if identifier.valid:
                if self._checked(identifier.value):
                    result.score = EntityRecognizer.MAX_SCORE
                elif self._has_context(text, result.start, result.end):
                    result.score = CONTEXT_SCORE
                    explanation.append_textual_explanation_line("a context word is near")
                explanation.validation_result = True
            elif self.keep_invalid:
                result.score = INVALID_SCORE
                explanation.validation_result = False
                explanation.append_textual_explanation_line(
                    "invalid: " + "; ".join(f"{e.code}: {e.message}" for e in identifier.errors))
            else:
                continue
            explanation.score = result.score
            kept.append(result)
        return kept

    def _checked(self, value: str) -> bool:
        """Whether a valid value carries a check character that passed."""
        if self.kind is Kind.RESIDENT_ID:
            return len(value) == 18
        return self.kind in (Kind.USCC, Kind.ORG_CODE, Kind.REGISTRATION_NUMBER)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not used: :meth:`analyze` validates, to keep misprints when asked.

        >>> CnUsccRecognizer().validate_result("91110108MA01G0FB09") is None
        True
        """
        return None


class CnUsccRecognizer(IdentifierRecognizer):
    """Unified social credit codes (统一社会信用代码), checked: score 1.0.

    >>> [r.score for r in CnUsccRecognizer().analyze("代码:91110108MA01G0FB09", [])]
    [1.0]
    """

    ENTITY = "CN_USCC"
    KIND = Kind.USCC
    PATTERNS = (_pattern("uscc", f"[{_ALNUM}]{{18}}"),)
    CONTEXT = ("统一社会信用代码", "社会信用代码", "信用代码", "营业执照")


class CnResidentIdRecognizer(IdentifierRecognizer):
    """Resident identity numbers (公民身份号码), 18 characters checked, 15 by context.

    >>> [r.score for r in CnResidentIdRecognizer().analyze("身份证号11010519491231002X", [])]
    [1.0]
    """

    ENTITY = "CN_RESIDENT_ID"
    KIND = Kind.RESIDENT_ID
    PATTERNS = (_pattern("resident_id_18", f"[{_DIGIT}]{{17}}[{_DIGIT}{_X}]"),
                _pattern("resident_id_15", f"[{_DIGIT}]{{15}}"))
    CONTEXT = ("公民身份号码", "身份证号码", "身份证号", "身份证", "居民身份证")


class CnOrgCodeRecognizer(IdentifierRecognizer):
    """Organisation codes (组织机构代码), with or without the hyphen, checked.

    >>> [r.score for r in CnOrgCodeRecognizer().analyze("代码证D2143569-X遗失", [])]
    [1.0]
    """

    ENTITY = "CN_ORG_CODE"
    KIND = Kind.ORG_CODE
    PATTERNS = (_pattern("org_code", f"[{_ALNUM}]{{8}}[-\uff0d]?[{_DIGIT}{_X}]"),)
    CONTEXT = ("组织机构代码", "机构代码", "代码证")


class CnRegistrationNumberRecognizer(IdentifierRecognizer):
    """Business registration numbers (工商注册号), 15 digits, checked.

    >>> [r.score for r in CnRegistrationNumberRecognizer().analyze("注册号110108000000016", [])]
    [1.0]
    """

    ENTITY = "CN_REGISTRATION_NUMBER"
    KIND = Kind.REGISTRATION_NUMBER
    PATTERNS = (_pattern("registration_number", f"[{_DIGIT}]{{15}}"),)
    CONTEXT = ("注册号", "营业执照")


class CnBirthCertificateRecognizer(IdentifierRecognizer):
    """Birth certificate numbers (出生医学证明编号): a letter and nine digits.

    >>> [r.score for r in CnBirthCertificateRecognizer().analyze("P430935842号出生证", [])]
    [0.85]
    """

    ENTITY = "CN_BIRTH_CERTIFICATE"
    KIND = Kind.BIRTH_CERTIFICATE
    PATTERNS = (_pattern("birth_certificate", f"[A-Z\uff21-\uff3a][{_DIGIT}]{{9}}"),)
    CONTEXT = ("出生医学证明", "出生证", "出生证明")


class CnInvoiceCodeRecognizer(IdentifierRecognizer):
    """Invoice codes (发票代码), 10 or 12 digits.

    >>> [r.score for r in CnInvoiceCodeRecognizer().analyze("发票代码4300171130", [])]
    [0.85]
    """

    ENTITY = "CN_INVOICE_CODE"
    KIND = Kind.INVOICE_CODE
    PATTERNS = (_pattern("invoice_code", f"[{_DIGIT}]{{12}}|[{_DIGIT}]{{10}}"),)
    CONTEXT = ("发票代码",)


class CnInvoiceNumberRecognizer(IdentifierRecognizer):
    """Invoice numbers (发票号码), 8 digits.

    >>> [r.score for r in CnInvoiceNumberRecognizer().analyze("00966245号发票", [])]
    [0.85]
    """

    ENTITY = "CN_INVOICE_NUMBER"
    KIND = Kind.INVOICE_NUMBER
    PATTERNS = (_pattern("invoice_number", f"[{_DIGIT}]{{8}}"),)
    CONTEXT = ("发票号码", "发票号", "发票")


class CnDigitalInvoiceNumberRecognizer(IdentifierRecognizer):
    """Fully digital invoice numbers (数电发票号码), 20 digits.

    >>> [r.score for r in CnDigitalInvoiceNumberRecognizer().analyze(
    ...     "数电发票24942000000012660383", [])]
    [0.85]
    """

    ENTITY = "CN_DIGITAL_INVOICE_NUMBER"
    KIND = Kind.DIGITAL_INVOICE_NUMBER
    PATTERNS = (_pattern("digital_invoice_number", f"[{_DIGIT}]{{20}}"),)
    CONTEXT = ("数电发票", "全电发票", "电子发票", "发票号码")


#: The recognizer of each entity.
RECOGNIZERS: tuple[type[IdentifierRecognizer], ...] = (
    CnUsccRecognizer,
    CnResidentIdRecognizer,
    CnOrgCodeRecognizer,
    CnRegistrationNumberRecognizer,
    CnBirthCertificateRecognizer,
    CnInvoiceCodeRecognizer,
    CnInvoiceNumberRecognizer,
    CnDigitalInvoiceNumberRecognizer,
)
#: The entities the recognizers find, each with the kind it is.
ENTITIES: dict[str, Kind] = {r.ENTITY: r.KIND for r in RECOGNIZERS}


def recognizers(
    *, keep_invalid: bool = False, supported_language: str = "zh"
) -> list[IdentifierRecognizer]:
    """One recognizer for each entity of :data:`ENTITIES`.

    >>> [r.supported_entities[0] for r in recognizers()][:3]
    ['CN_USCC', 'CN_RESIDENT_ID', 'CN_ORG_CODE']
    """
    return [recognizer(supported_language=supported_language, keep_invalid=keep_invalid)
            for recognizer in RECOGNIZERS]
