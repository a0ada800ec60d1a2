"""Numbers of their own shape by two cues that agree when no reader took them under, beside or
after their caption: the only number of that shape the document prints, and that field's
caption next to it (above, below, left or right: a layout not seen before). Either cue alone is
no value. The importer number (19 CFR 174.13(a)(2), 24.5) and the protest number CBP assigns
(174.12, port-year-serial)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bots.protest_intake.extract_fields import Fields, importer_number_in, protest_number_in
from bots.protest_intake.extract_letter import filers_own
from bots.protest_intake.extract_stacked import caption_of
from tradebots.pdf import Segment, evidence_of

NEAR = 0.8  # two cues agree, but which caption a number stands by is judged by place
# An EIN (perhaps with its two-character suffix), an SSN or a CBP-assigned number, as printed.
NUMBER_SHAPED = re.compile(
    r"(?<![\w-])(?:\d{2}-\d{7}(?:[-\s]?[0-9A-Z]{2}(?![\w-]))?|\d{3}-\d{2}-\d{4}|\d{6}-\d{5})"
    r"(?![\w-])")
_REACH = 2.5  # line heights: a caption this close above or below its value
_ALIGN = 6.0  # points: a caption over or under its value starts at its left edge, or overlaps it


# A protest number as CBP assigns it: port, year, serial ("2704-25-100417").
PROTEST_SHAPED = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{6}(?![\w-])")
# Each shaped field: its shape, and how its value is read from the cell holding it.
_SHAPED: tuple[tuple[str, re.Pattern[str], Callable[[str], str | None]], ...] = (
    ("importer_number", NUMBER_SHAPED, importer_number_in),
    ("protest_number", PROTEST_SHAPED, protest_number_in),
)


def read_importer_near(lines: Sequence[Sequence[Segment]], fields: Fields) -> None:
    """Each field's one number of its shape next to that field's caption, if no reader took one."""
    for key, shape, value_in in _SHAPED:
        if key not in fields.items:
            _read_near(lines, fields, key, shape, value_in)


def _read_near(lines: Sequence[Sequence[Segment]], fields: Fields, key: str,
               shape: re.Pattern[str], value_in: Callable[[str], str | None]) -> None:
    numbers = [(index, cell) for index, line in enumerate(lines) for cell in line
               if shape.search(cell.text) and not _filers_own(line)]
    if len({value_in(cell.text) for _, cell in numbers}) != 1:
        return  # none, or several: which is the field's is no guess
    captions = [(index, cell) for index, line in enumerate(lines) for cell in line
                if caption_of(cell.text) == key]
    for index, cell in numbers:
        if any(_next_to(cell, caption, index - where) for where, caption in captions):
            fields.put(key, value_in(cell.text), evidence_of(cell.words), NEAR)
            return


def _filers_own(line: Sequence[Segment]) -> bool:
    """A broker's or agent's own number, named as the filer's: not the importer's."""
    return filers_own(" ".join(cell.text for cell in line))


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
