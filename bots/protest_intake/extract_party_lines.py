"""Where a party's words sit: the address lines under its name and a row's first column."""

from __future__ import annotations

import re

from bots.common.reading.parties import ADDRESS_PART_SEPARATOR
from bots.protest_intake.extract_fields import Fields, fold
from bots.protest_intake.extract_party_cues import ADDRESS_END, CITY_LINE, STREET_FIRST
from tradebots.pdf import TextStream
from tradebots.pdf.words import Word

# A line naming a unit of the firm or whom to mark a letter for ("Trade Compliance Department",
# "Attn: Import Manager"): printed over the street, no part of the address.
_UNIT_LINE = re.compile(r"(?i)^(?!.*\d)(?:.*\b(?:department|dept\.?|division)|\s*(?:attn\.?"
                        r"|attention)\b)")


def address_lines(stream: TextStream, fields: Fields, start: int, lines: list[str],
                  confidence: float) -> None:
    """The address on the lines under a name, down to its city line, put at the confidence."""
    taken: list[str] = []
    # A letterhead prints its address on one line with separators: "12 Pier Rd | Newark, NJ".
    lines = [part for line in lines[:4] for part in ADDRESS_PART_SEPARATOR.split(line)]
    while len(lines) > 1 and _UNIT_LINE.match(lines[0]) and STREET_FIRST.match(lines[1]):
        start += len(lines.pop(0)) + 1
    for line in lines[:4]:
        if ADDRESS_END.search(line):
            break
        taken.append(fold(line))
        if CITY_LINE.search(line):
            break
    if taken and CITY_LINE.search(taken[-1]):
        length = sum(len(x) + 1 for x in lines[:len(taken)])
        fields.put("protestant_address", ", ".join(taken), stream.evidence(start, start + length),
                   confidence)


COLUMN_GAP = 1.5  # line heights: wider than any space between words, a gap between columns
BLOCK_GAP = 4.0  # line heights: wider than a justified line's spaces, a gap between blocks


def first_column(words: list[Word]) -> list[Word]:
    """The words of a signature row's first cell: a form's "Signature | Title | Date" row ("/s/
    Ann Lee    Import Manager    Dec. 17, 2025") is one line of text but three cells."""
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        if word.page == before.page and abs(word.top - before.top) < before.height \
                and word.x0 - before.x1 > COLUMN_GAP * before.height:
            return words[:index]
    return words
