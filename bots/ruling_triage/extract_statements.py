"""What the letter states: the 177.2(b)(5) statement and what it says, samples, confidentiality,
the result asked for and its basis, a hypothetical question.

A statement is read sentence by sentence; a negation ("not", "no", "neither") before the key
words turns it around, so "is not pending before any court" is a statement, not a court case.
"""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Span

# "No." before a number is an abbreviation ("Court No. 24-00123"), not a negation.
_NEGATION = re.compile(r"\b(?:not|neither|nor|never|none|without)\b|\bno\b(?!\.\s*\d)|n't\b",
                       re.I)
_COURT = re.compile(r"\bcourt\b|Federal\s+Circuit|\bCIT\b", re.I)
_CBP_OFFICE = re.compile(r"CBP\s+office|Port\s+Director|under\s+review\s+by|internal\s+advice|"
                         r"before\s+(?:any\s+|the\s+)?CBP|Regulatory\s+Audit", re.I)
_PENDING = re.compile(r"pending|before|under\s+review|subject\s+of|considered|raised|appeal",
                      re.I)
_B5 = re.compile(r"177\.2\s*\(b\)\s*\(5\)")
_SAMPLE = re.compile(r"\bsamples?\b|photograph|\bphotos?\b|drawings?", re.I)
_SAMPLE_VERB = re.compile(r"enclosed|attached|provided|submitted|forwarded|available|included",
                          re.I)
_CONFIDENTIAL = re.compile(r"confidential", re.I)
_ASK = re.compile(r"request|ask|treat", re.I)
_RESULT = re.compile(r"we\s+submit\s+that|ask\s+CBP\s+to\s+rule|request\s+that\s+CBP\s+rule|"
                     r"should\s+be\s+classified|(?:is|are)\s+(?:properly\s+)?classified\s+in",
                     re.I)
_AUTHORITY = re.compile(
    r"\bGRI\b|General\s+Rules?\s+of\s+Interpretation|Explanatory\s+Notes?|\bheading\s+\d{4}\b"
    r"|\b\d+\s+U\.S\.C\.|\b19\s+CFR\s+(?!177\b)\d+|\bRuling\s+[NH]\d{6}|substantial\s+"
    r"transformation|\bbecause\b|\bsince\b", re.I)
_NOT_BASIS = re.compile(r"confidential|sample|photograph|reconsider|\brelated\b|pending", re.I)
_HYPOTHETICAL = re.compile(r"\bhypothetical(?:ly)?\b", re.I)


def negated_before(span: Span, key: re.Pattern[str]) -> bool:
    """Whether a negation comes before the last match of KEY in the sentence."""
    text = span.text
    starts = [match.start() for match in key.finditer(text)]
    end = starts[-1] if starts else len(text)
    return _NEGATION.search(text[:end]) is not None


def read_statements(sentences: list[Span], fields: Fields) -> None:
    """Fill the statement flags from every sentence of the letter."""
    for sentence in sentences:
        text = sentence.text
        court, office = _COURT.search(text), _CBP_OFFICE.search(text)
        if ((court or office) and _PENDING.search(text)) or _B5.search(text):
            fields.put_span("pending_statement", True, sentence, PROSE)
            negated = _NEGATION.search(text) is not None
            if court and not negated:
                fields.put_span("pending_in_court", True, sentence, PROSE)
            elif office and not negated:
                fields.put_span("pending_before_cbp", True, sentence, PROSE)
        if _SAMPLE.search(text) and _SAMPLE_VERB.search(text):
            fields.put_span("sample_provided", not negated_before(sentence, _SAMPLE_VERB),
                            sentence, PROSE)
        if _CONFIDENTIAL.search(text) and _ASK.search(text):
            fields.put_span("confidential_requested",
                            not negated_before(sentence, _CONFIDENTIAL), sentence, PROSE)
        if _HYPOTHETICAL.search(text):
            fields.put_span("hypothetical", True, sentence, PROSE)
    _result(sentences, fields)


def _result(sentences: list[Span], fields: Fields) -> None:
    for sentence in sentences:
        if _RESULT.search(sentence.text):
            fields.put_span("particular_result_requested", True, sentence, PROSE)
            break
    for sentence in sentences:
        text = sentence.text
        if _AUTHORITY.search(text) and not _NOT_BASIS.search(text):
            fields.put_span("result_basis_given", True, sentence, PROSE)
            break
