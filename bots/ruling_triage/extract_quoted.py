"""The regulation quoted back: a request may print each element 19 CFR 177.2 asks for before it
answers it ("Requirement (177.2(b)(5)): whether the issue is before CBP or a court.").

The quoted requirement states nothing about this request; read as the letter's own words it says
the issue is before a court, or that a sample is given. Only the answer after it is the letter's.
"""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment

_CITED = r"(?:19\s+C\.?F\.?R\.?\s+)?(?:(?:section|sec\.|§)\s*)?177\.\d+(?:\s*\([a-z0-9]{1,4}\))+"
# "Requirement (177.2(b)(1)):", "Required by 19 CFR 177.2(b)(5):", "Element 177.2(b)(3) -",
# "19 CFR 177.2(b)(5) requires", "Section 177.2(b)(6) asks for": the quotation's lead.
_LEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:regulatory\s+)?(?:requirement|required(?:\s+by)?|element|regulation|rule)s?"
    rf"\b[^:\n]{{0,30}}?\(?{_CITED}\)?[^:\n]{{0,30}}?(?::|\s[-\u2013\u2014]\s)"
    rf"|{_CITED}\s+(?:requires|asks\s+for|calls\s+for|provides\s+for)\b:?)")
# Where the quoted words end: the answer's own label, the first full stop, or a line that starts
# afresh with a capital.
_END = re.compile(r"(?=\b(?:answer|response|reply)\s*:)|(?<=[A-Za-z)\]\"'])\.(?=\s|$)"
                  r"|(?=\n[A-Z])", re.I)


def without_quoted_requirements(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with every quoted requirement left out; a paragraph that quotes only is dropped.
    A lead printed apart from its words (a bold caption in its own cell) quotes the start of
    the paragraph after it."""
    result: list[Paragraph] = []
    open_lead = False
    for paragraph in items:
        text = paragraph.text
        cuts = [(0, _end(text, 0))] if open_lead else []
        open_lead = False
        for lead in _LEAD.finditer(text):
            if not text[lead.end():].strip():
                open_lead = True
            cuts.append((lead.start(), _end(text, lead.end())))
        if not cuts:
            result.append(paragraph)
        elif (kept := _keep(paragraph, cuts)) is not None:
            result.append(kept)
    return result


def _end(text: str, start: int) -> int:
    end = _END.search(text, start)
    return end.end() if end else len(text)


def _keep(paragraph: Paragraph, cuts: list[tuple[int, int]]) -> Paragraph | None:
    """PARAGRAPH rebuilt from the words outside CUTS, line by line."""
    dropped = {id(word) for start, end in cuts for word in paragraph.words_at(start, end)}
    segments = [Segment(kept) for segment in paragraph.segments
                if (kept := tuple(w for w in segment.words if id(w) not in dropped))]
    return Paragraph(paragraph.page, segments) if segments else None
