"""A section heading numbered without a stop ("1 Product", "4 Pending matters", "02 MERCHANDISE")
printed tight between the lines of the sections around it: the heading stands apart, so it heads
the lines under it instead of ending the section above."""

from __future__ import annotations

import re
from itertools import pairwise

from bots.ruling_triage.extract_text import Paragraph

# The number, then a short heading: capitals, or a capitalised word and a few lower-case ones.
_HEAD = re.compile(r"[ \t]*\d{1,2}[ \t]+(?:[A-Z][A-Z&/ -]{2,40}|[A-Z][a-z]+(?:,?[ \t]+[a-z]+){0,4})"
                   r"[ \t]*")
# The line above ends a sentence or a labelled value ("Requester address: 12 Pier Road"), so the
# numbered line is no wrapped part of it (an address's "12 Broadway" under a firm's name).
_ENDED = re.compile(r"(?:[^\n]*[a-z0-9)%\]][.]|[^:\n]{2,40}:[ \t]+\S[^\n]*)[ \t]*")


def split_numbered_heads(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each numbered heading inside a paragraph split off as a paragraph of its own,
    the lines under it another."""
    out: list[Paragraph] = []
    for paragraph in items:
        lines = paragraph.text.split("\n")
        if len(paragraph.segments) < 2 or len(lines) != len(paragraph.segments):
            out.append(paragraph)
            continue
        cuts = [i for i in range(1, len(lines)) if _HEAD.fullmatch(lines[i])
                and _ENDED.fullmatch(lines[i - 1]) and not _FIRM_END.search(lines[i - 1])]
        # each heading alone, then the lines under it up to the next heading
        bounds = sorted({0, *cuts, *(cut + 1 for cut in cuts), len(lines)})
        out += [Paragraph(paragraph.page, paragraph.segments[start:end])
                for start, end in pairwise(bounds) if start < end]
    return out


# A firm's name ends on its legal form's full stop ("Acme Inc." over "12 Broadway"): no sentence.
_FIRM_END = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Bros|L\.?P|L\.?L\.?C)\.[ \t]*$")
