"""Values tied to their caption by a pointer on one line: a web form printed with its labels to
the right of the values ("18-4841931 <- Importer No.") or a summary that points from the caption
to the value ("Importer No. -> 18-4841931"), 19 CFR 174.13(a)(1), (a)(2) and (a)(5)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.pointers import POINTERS
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_stacked import caption_of, value_under
from tradebots.pdf import Segment, TextStream, evidence_of

POINTED = 0.85  # a caption on the value's line, but after it or tied by an arrow, not a colon
_ALIGN = 6.0  # points: the captions of one form stand in one column, give or take
_LEAST_ROWS = 2  # rows of "value | caption" that make the layout, not one line's chance


def read_pointed(stream: TextStream, fields: Fields) -> None:
    """Each line whose known caption points at its value, unless the field is read already."""
    for pattern in POINTERS:
        for line in pattern.finditer(stream.text):
            key = caption_of(line["caption"]) or _wrapped_caption(stream.text, line)
            if key is None or key in fields.items or caption_of(line["value"]):
                continue
            value = value_under(key, line["value"])
            if value:
                start, end = line.span("value")
                fields.put(key, value, stream.evidence(start, end), POINTED)


def _wrapped_caption(text: str, line: re.Match[str]) -> str | None:
    """The field a caption names whose words wrap on to the next line, alone there ("value <-
    Description of" / "merchandise"): a narrow caption column's two lines are one caption."""
    end = text.find("\n", line.end() + 1)
    tail = text[line.end() + 1:end if end >= 0 else len(text)].strip()
    return caption_of(f"{line['caption']} {tail}") if tail else None


def read_captions_right(lines: Sequence[Sequence[Segment]], fields: Fields) -> None:
    """A web form printed with its labels to the right of the values and no pointer ("49-8748381
    | IRS/Importer No."): rows of two cells, a value then a caption, the captions in one column
    with no value under any of them. One such row is no layout (a sentence may end beside a
    caption), nor is a sidebar, whose captions have their values under them."""
    rows = [(index, line) for index, line in enumerate(lines) if _value_then_caption(line)]
    for _, row in rows:
        column = [(at, other) for at, other in rows if other[0].page == row[0].page
                  and abs(other[1].x0 - row[1].x0) <= _ALIGN]
        if len({caption_of(other[1].text) for _, other in column}) < _LEAST_ROWS or any(
                _value_under(other[1], lines[at + 1]) for at, other in column
                if at + 1 < len(lines)):
            continue
        key = caption_of(row[1].text)
        if key is None or key in fields.items:
            continue
        value = value_under(key, row[0].text.strip())
        if value:
            fields.put(key, value, evidence_of(row[0].words), POINTED)


def _value_then_caption(line: Sequence[Segment]) -> bool:
    return len(line) == 2 and caption_of(line[1].text) is not None \
        and caption_of(line[0].text) is None


def _value_under(caption: Segment, below: Sequence[Segment]) -> bool:
    """Whether the next line holds a value in CAPTION's column: a caption over its value."""
    return any(abs(cell.x0 - caption.x0) <= _ALIGN and caption_of(cell.text) is None
               for cell in below)
