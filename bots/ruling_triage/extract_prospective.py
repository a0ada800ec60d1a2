"""A prospective importation stated by what has not happened yet: "No shipment has yet arrived;
the first purchase order will be placed after the ruling issues" (19 CFR 177.2(b)(2)(i): a
prospective importation is a transaction the request describes)."""

from __future__ import annotations

import re

from bots.common.reading.sentences import sentence_spans
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

_GOODS = r"(?:shipments?|goods|merchandise|importations?|entr(?:y|ies)|orders?|units?)"
_NOT_YET = re.compile(
    rf"\b(?:no|none\s+of\s+the)\s+{_GOODS}\s+(?:has|have)\s+(?:yet\s+)?(?:arrived|been\s+"
    r"(?:imported|entered|shipped|made|placed))"
    r"|\b(?:the\s+)?first\s+(?:purchase\s+)?(?:order|shipment|importation|entry)\s+will\s+be\s+"
    r"(?:placed|made|shipped|entered|imported)\s+(?:only\s+)?(?:after|once|when)\b", re.I)


def read_prospective(items: list[Paragraph], fields: Fields) -> None:
    """TRANSACTION_DESCRIPTION, where nothing else described it, from a sentence saying the
    importation is yet to come; a weaker cue than a sentence stating the importation."""
    if fields.value("transaction_description"):
        return
    for paragraph in items:
        for start, end in sentence_spans(paragraph.text):
            if _NOT_YET.search(paragraph.text[start:end]):
                span = Span(paragraph, 0, len(paragraph.text))
                fields.put_span("transaction_description", span.flat, span, PROSE - 0.05)
                return
