"""The requester's address printed under its captioned name with no caption of its own
("Requester: Acme LLC" / "12 Main St" / "Town, ST 00000"): the lines right under the name, in
its column, from a street number or a post office box down to the city, state and ZIP line.
Each line may be a paragraph of its own where the sender spaced the lines apart."""

from __future__ import annotations

import re

from bots.common.reading.parties import joined_evidence
from bots.ruling_triage.extract_text import Paragraph, Span, lines_of
from tradebots.facts import Evidence

_STREET = re.compile(r"\s*(?:\d|(?i:P\.?\s*O\.?\s+Box\b|Suite\b|Floor\b|Unit\b))")
_ZIP = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*$")
# A line with a caption of its own ("Phone: ...", "IOR No.: ...") is the next field.
_CAPTIONED = re.compile(r"[^:\n]{1,40}:\s")
_MOST_LINES = 4  # street, suite, city line: an address is short
_REACH = 1.8  # line heights: the next line of a block, not the next block
_ROW_REACH = 3.5  # line heights: the next row of a ruled table's value column
_COLUMN = 4.0  # points: a block's lines share their left edge
_ROW = 2.0  # points: cells of one printed line share their top


def address_below(items: list[Paragraph], name: Span) -> tuple[str, Evidence | None] | None:
    """The address lines under NAME's line (the rest of its paragraph, then the paragraphs right
    under it) joined with ", ", with their evidence; None unless they end at a ZIP code."""
    paragraph = name.paragraph
    end = paragraph.text.find("\n", name.start)
    lines: list[Span] = []
    if end >= 0:
        start = end + 1
        for line in paragraph.text[start:].split("\n"):
            lines.append(Span(paragraph, start, start + len(line)))
            start += len(line) + 1
    else:
        at = next((i for i, item in enumerate(items) if item is paragraph), None)
        last = paragraph
        # under the caption's left edge, or under the name's where a caption column is set apart
        shown = name.evidence()
        edges = [paragraph.x0, *([shown.bbox[0]] if shown is not None else [])]
        # A value column set apart from its captions' column (a ruled two-column summary) may
        # space its lines a row apart: a line there with no caption beside it goes on the value.
        apart = shown is not None and shown.bbox[0] - paragraph.x0 > _COLUMN
        for item in items[at + 1:] if at is not None else []:
            height = last.segments[-1].height
            beside = item.page == last.page and abs(item.top - last.top) <= _ROW
            reach = _ROW_REACH if apart and shown is not None and abs(
                item.x0 - shown.bbox[0]) <= _COLUMN else _REACH
            if not beside and (item.page != last.page
                               or not 0.0 <= item.top - last.bottom <= reach * height):
                break
            if beside or all(abs(item.x0 - x) > _COLUMN for x in edges):
                continue  # another column's cell on the line (a date set at the right)
            lines.extend(lines_of(item))
            last = item
            if len(lines) >= _MOST_LINES:
                break
    return to_zip(lines)


def to_zip(lines: list[Span]) -> tuple[str, Evidence | None] | None:
    """The first lines, from a street down to the ZIP line, joined; None where they are not one."""
    if not lines or not _STREET.match(lines[0].text):
        return None
    kept: list[Span] = []
    for line in lines[:_MOST_LINES]:
        if _CAPTIONED.match(line.text) or not line.text.strip():
            return None
        kept.append(line)
        if _ZIP.search(line.text):
            text = ", ".join(" ".join(k.text.split()).rstrip(",") for k in kept)
            evidence = kept[0].evidence()
            for more in kept[1:]:
                evidence = joined_evidence(evidence, more.evidence())
            return text, evidence
    return None
