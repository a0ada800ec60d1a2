"""A form's one box for the party's name and address ("VIOLATOR - NAME AND ADDRESS", "Name and
address of importer", "Party (name & address)"): the name on its first line, the address on the
lines under it, as a mailing label prints them (the notice goes to that address, 162.77(b)).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.caption_rows import value_under
from bots.penalty_notice.extract_header import LABELLED
from bots.penalty_notice.extract_header_labels import STOP
from bots.penalty_notice.extract_header_values import address_of
from bots.penalty_notice.extract_party import split_name_address
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import LabelHit, Segment, Word
from tradebots.pdf.labels import read_below, read_right
from tradebots.pdf.words import evidence_of

_WHO = (r"(?:alleged\s+|subject\s+)?(?:party|violator|importer(?:\s+of\s+record)?|company|firm"
        r"|respondent|auditee)(?:'s)?")
_NAME_AND_ADDRESS = r"name\s*(?:and|&|/|\+)\s*(?:mailing\s+|business\s+)?address"
_CAPTION = re.compile(
    rf"(?i)^\W*(?:\d{{1,2}}[.)]\s*)?(?:{_WHO}\s*[-\u2013\u2014:/,(]?\s*)?\(?{_NAME_AND_ADDRESS}\)?"
    # a printout's leader before the value ("NAME/ADDRESS.... X") leaves its dots and colon
    rf"(?:\s+of\s+(?:the\s+)?{_WHO})?\s*(?:[.\u2026]+\s*)?(?:[:\-]\s*)?")
# A caption of the party alone on its line ("1. Party", "Violator:", "Importer of record") heads
# the same block when its lines end in a state and ZIP; without one only the name is sure.
_PARTY_CAPTION = re.compile(rf"(?i)^\W*(?:\d{{1,2}}[.)]\s*)?{_WHO}(?:\s+name)?\s*:?\s*$")
_ZIP_END = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*$")
_NUMBERED = re.compile(r"\d")
# A line that opens with a caption of its own ("Name:", "Street:", "City/State/ZIP:").
_CAPTIONED = re.compile(r"^\s*[A-Za-z][A-Za-z/ .&-]{0,24}:")
_MAX_LINES = 5  # a name and up to four address lines
_ALIGN = 8.0  # points: the box's first line starts under the caption's left edge
_REACH = 3.0  # caption heights: how far below a small caption the box's first line may sit


def read_name_address_box(segments: Sequence[Segment]) -> dict[str, Extracted]:
    """The party's name and address from a caption that asks for both, or {} when none does."""
    for segment in segments:
        caption = _CAPTION.match(segment.text)
        bare = caption is None and _PARTY_CAPTION.match(segment.text) is not None
        if caption is None and not bare:
            continue
        rest = segment.text[caption.end():].strip() if caption else ""
        if rest:  # "Name and address: Acme Co., 12 Main St., City, ST 00000"
            name, address = split_name_address(rest)
            evidence = evidence_of(list(segment.words))
            return _pair(name, address, evidence, evidence)
        lines = _lines_under(segments, segment, beside=not bare)
        ends = [i for i, line in enumerate(lines) if i > 0 and _ZIP_END.search(line.text)]
        if ends:
            lines = lines[:ends[0] + 1]  # the address ends with its ZIP code
        if bare and not (ends and all(_NUMBERED.search(line.text) for line in lines[1:])):
            continue  # under a bare caption, only a street, box or ZIP line is an address's
        if not lines or any(_CAPTIONED.match(line.text) for line in lines):
            continue  # the name and the address's parts each under a caption of their own
        name_evidence = evidence_of(list(lines[0].words))
        name, street = _street_after_name(lines[0].text) if lines[1:] else (lines[0].text, "")
        parts = [street, *(line.text.strip(" ,") for line in lines[1:])]
        address = address_of(", ".join(part for part in parts if part))
        address_evidence = evidence_of([w for line in lines[1:] for w in line.words]) \
            if lines[1:] else name_evidence
        if street:  # the street is on the name's line: both lines are the address's evidence
            address_evidence = evidence_of([w for line in lines for w in line.words])
        return _pair(" ".join(name.split()), address, name_evidence, address_evidence)
    return {}


# The name's line may hold the street too ("Acme Co., 42 Wharf Street" over "Baltimore, MD
# 21202"): the street, from its number or box after a comma, opens the address.
_STREET_AFTER_NAME = re.compile(r",\s*(?=(?:\d+[A-Za-z]?\s|P\.?\s*O\.?\s+Box)\S)")


def _street_after_name(line: str) -> tuple[str, str]:
    """The name and the street of a box's first line; the street is "" when it holds none."""
    found = _STREET_AFTER_NAME.search(line)
    if found is None or not re.search(r"[A-Za-z]{2}", line[:found.start()]):
        return line.strip(" ,"), ""
    return line[:found.start()].strip(), line[found.end():].strip(" ,")


def _lines_under(segments: Sequence[Segment], caption: Segment, beside: bool) -> list[Segment]:
    """The box's lines: under its caption as a column, BESIDE it (a worksheet's two columns,
    for a caption that asks for both: a bare "Violator" beside a name has other labels' values
    under it), or from a first line the box sets lower than a line's gap."""
    hit = LabelHit(caption, 0, len(caption.text))
    below = read_below(segments, hit, STOP, _MAX_LINES, caption.bbox[2] - caption.x0)
    right = read_right(segments, hit, STOP)
    if right is not None and (below is None or below.words[0].x0 > caption.x0 + _ALIGN):
        # The name beside its caption, the address under the name or set in under the caption
        # ("Party:    Acme Co." / "          12 Main St"): the lines under are the address's.
        named = _owning(segments, right.words[:1])[0]
        more = read_below(segments, hit, STOP, _MAX_LINES - 1, named.x0 - caption.x0)
        return [named] + (_owning(segments, more.words) if more is not None else [])
    if below is not None:
        return _owning(segments, below.words)
    first = (_owning(segments, right.words[:1])[0] if right is not None and beside
             else value_under(caption, segments, _ALIGN, _REACH,
                              lambda cell: not STOP.match(cell.text)))
    if first is None:
        return []
    more = read_below(segments, LabelHit(first, 0, len(first.text)), STOP, _MAX_LINES - 1)
    return [first] + (_owning(segments, more.words) if more is not None else [])


def _owning(segments: Sequence[Segment], words: Sequence[Word]) -> list[Segment]:
    """The segments that hold WORDS, in reading order."""
    return [s for s in segments if any(w in words for w in s.words)]


def _pair(name: str, address: str | None, name_at: Evidence, address_at: Evidence
          ) -> dict[str, Extracted]:
    if not re.search(r"[A-Za-z]{2}", name):
        return {}
    found = {"party_name": Extracted(name, name_at, LABELLED)}
    if address:
        found["party_address"] = Extracted(address, address_at, LABELLED)
    return found
