"""The request dated by its issuing or preparing at the head of its first page: "Prepared
20-Feb-2025" under a handout's title, "Issued 2025.07.25" in a controlled document's header."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# A word of issuing or preparing, the date right after it (never "Prepared by"): "Prepared
# 08/13/2025", "Issued: 2025-09-05", "Date of issue 5 May 2025", "Issue date - 2025.07.25".
_ISSUED = re.compile(r"(?im)^[ \t]*(?:[-\u2022*\u2013][ \t]+)?(?:(?:prepared|issued|compiled"
                     r"|drafted|written|created)(?:[ \t]+on)?|(?:issue|preparation)[ \t]+date"
                     r"|date[ \t]+(?:of[ \t]+)?(?:issue|preparation|prepared|issued))"
                     r"[ \t]*[:.\u2013-]?[ \t]*")
_HEAD_ITEMS = 8  # paragraphs at the top of the first page: the document's head
_REACH = 3  # characters between the word and its date, beyond spaces and a colon


def read_issue_date(items: list[Paragraph], fields: Fields) -> None:
    """Where no other line dates the request, the date a head line gives its issuing or
    preparing: the document's own date, a weaker cue than a date caption (PROSE)."""
    if "request_date" in fields.items or not items:
        return
    for paragraph in [p for p in items if p.page == items[0].page][:_HEAD_ITEMS]:
        for match in _ISSUED.finditer(paragraph.text):
            rest = paragraph.text[match.end():].split("\n")[0]
            day = next(iter(find_dates(rest)), None)
            if day is None or day.start > _REACH:
                continue
            start = match.end() + day.start
            fields.put_span("request_date", day.value,
                            Span(paragraph, start, match.end() + day.end), PROSE)
            return
