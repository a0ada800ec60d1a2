"""A section heading printed tight above a bulleted list ("Who is asking" / "- Importer: X, ...",
"Parties" / "• Requester (importer of record): ..."): the heading and the first item stand apart,
so the item's own label opens a paragraph as every other item's does."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import BULLET, Paragraph

# A list bullet opening a line, then a space.
_BULLET = re.compile(rf"\s*{BULLET}\s+\S")
_HEADING_WORDS = 6  # a section heading is a short phrase, never a sentence


def split_list_heads(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each short heading line split from the bulleted item printed under it."""
    out: list[Paragraph] = []
    for paragraph in items:
        lines = paragraph.text.split("\n")
        if (len(paragraph.segments) > 1 and len(lines) == len(paragraph.segments)
                and _heading(lines[0]) and _BULLET.match(lines[1])):
            out.append(Paragraph(paragraph.page, paragraph.segments[:1]))
            out.append(Paragraph(paragraph.page, paragraph.segments[1:]))
        else:
            out.append(paragraph)
    return out


def _heading(line: str) -> bool:
    """A short phrase with no full stop or colon at its end and no bullet of its own."""
    text = line.strip()
    return (bool(text) and len(text.split()) <= _HEADING_WORDS and text[-1] not in ".:;,"
            and not _BULLET.match(text))
