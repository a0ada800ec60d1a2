"""The importer number (19 CFR 174.13(a)(2), 24.5) by two cues that agree when no reader took it
under, beside or after its caption: the only number of an importer number's shape the document
prints, and an importer-number caption next to it (above, below, left or right: a layout not
seen before). Either cue alone is no value."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.protest_intake.extract_fields import Fields, importer_number_in
from bots.protest_intake.extract_letter import FILER_FOR, FILERS_OWN
from bots.protest_intake.extract_stacked import caption_of
from tradebots.pdf import Segment, evidence_of

NEAR = 0.8  # two cues agree, but which caption a number stands by is judged by place
# An EIN (perhaps with its two-character suffix), an SSN or a CBP-assigned number, as printed.
NUMBER_SHAPED = re.compile(
    r"(?<![\w-])(?:\d{2}-\d{7}(?:[-\s]?[0-9A-Z]{2}(?![\w-]))?|\d{3}-\d{2}-\d{4}|\d{6}-\d{5})"
    r"(?![\w-])")
_REACH = 2.5  # line heights: a caption this close above or below its value
_ALIGN = 6.0  # points: a caption over or under its value starts at its left edge, or overlaps it


def read_importer_near(lines: Sequence[Sequence[Segment]], fields: Fields) -> None:
    """The one importer-shaped number next to an importer-number caption, if no reader took one."""
    if "importer_number" in fields.items:
        return
    numbers = [(index, cell) for index, line in enumerate(lines) for cell in line
               if NUMBER_SHAPED.search(cell.text) and not _filers_own(line)]
    if len({importer_number_in(cell.text) for _, cell in numbers}) != 1:
        return  # none, or several: which is the importer's is no guess
    captions = [(index, cell) for index, line in enumerate(lines) for cell in line
                if caption_of(cell.text) == "importer_number"]
    for index, cell in numbers:
        if any(_next_to(cell, caption, index - where) for where, caption in captions):
            fields.put("importer_number", importer_number_in(cell.text), evidence_of(cell.words),
                       NEAR)
            return


def _filers_own(line: Sequence[Segment]) -> bool:
    """A broker's or agent's own number, named as the filer's: not the importer's."""
    text = " ".join(cell.text for cell in line)
    return bool(FILERS_OWN.search(text)) and not FILER_FOR.search(text)


def _next_to(value: Segment, caption: Segment, lines_apart: int) -> bool:
    """Whether CAPTION stands beside VALUE on its line, or over or under it in its column."""
    if value.page != caption.page or value is caption:
        return False
    if lines_apart == 0:
        return True
    apart = min(abs(value.top - caption.bottom), abs(caption.top - value.bottom))
    aligned = abs(value.x0 - caption.x0) <= _ALIGN or (
        value.x0 < caption.bbox[2] and caption.x0 < value.bbox[2])
    return aligned and apart <= _REACH * value.height
