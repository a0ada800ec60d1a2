"""Two-cell rows of a worksheet or a specification table read as "Label: value".

A worksheet (a spreadsheet printed to PDF) or a spec table puts a field's label in one cell and its
value in the cell to its right; the label may wrap onto two lines and sit beside the middle of a
taller value. Each such pair becomes one paragraph, so the labelled readers find it as they find
"Label: value" in a letter. Only a label cell that names a field of a ruling request is paired,
so a two-column letterhead (firm left, date right) stays as it was.
"""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Word

# Words a form's label cell uses for the fields of 19 CFR 177.2(b) (requester, goods, transaction).
_FIELD_WORDS = re.compile(
    r"\b(?:requester|address|importer|IOR|date|description|product|merchandise|commodity|"
    r"article|use|materials?|composition|price|terms|related|relationship|ports?|items?|"
    r"samples?|confidential\w*|pending|signature|title|HTS\w*|tariff|classification|"
    r"transaction|origin|subject|question|send|addressed|agent|facts?|name)\b", re.I)
_SENTENCE_END = re.compile(r"[a-z]{2}\.$")  # a sentence, not a label ("Principal use in the U.S.")
_MAX_LABEL = 48  # characters: a label cell is short
_MAX_LABEL_LINES = 3
_OVERLAP = 2.0  # points a value cell may sit above or below its label and still share the row


class CellRow(Paragraph):
    """A label cell and the value cell beside it, read as "label: value"."""

    def __init__(self, label: Paragraph, value: Paragraph) -> None:
        super().__init__(label.page, [*label.segments, *value.segments])
        self.label_lines = len(label.segments)

    def glue(self, line_index: int, index: int, previous: Word) -> str:
        if line_index < self.label_lines:
            return " "  # a label wrapped in its cell reads as one line
        if line_index == self.label_lines and index == 0:
            return " " if previous.text.endswith(":") else ": "
        return super().glue(line_index, index, previous)


def pair_cells(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each field label cell and the single value cell beside it made one paragraph."""
    items = _split_stacked(items)
    paired: dict[int, Paragraph] = {}
    used: set[int] = set()
    for index, cell in enumerate(items):
        if index in used or not _is_label(cell):
            continue
        row = [i for i, other in enumerate(items)
               if i != index and other.page == cell.page and _same_row(cell, other)]
        right = [i for i in row if items[i].x0 > _right_edge(cell)]
        left = [i for i in row if items[i].x0 < cell.x0]
        if len(right) != 1 or left or right[0] in used or len(row) != 1:
            continue
        if _is_caption(items[right[0]]):
            continue  # two captions side by side over their boxes: "Requester | Importer number"
        used.update((index, right[0]))
        paired[min(index, right[0])] = CellRow(cell, items[right[0]])
    return [paired.get(i, item) for i, item in enumerate(items) if i not in used or i in paired]


def _split_stacked(items: list[Paragraph]) -> list[Paragraph]:
    """A tight worksheet's label column and value column, each read as one paragraph, cut back
    into their rows where every label line has a value line at its height."""
    stacked: set[int] = set()
    for left in items:
        for right in items:
            if _columns_of_rows(left, right):
                stacked.update((id(left), id(right)))
    result: list[Paragraph] = []
    for cell in items:
        if id(cell) in stacked:
            result.extend(Paragraph(cell.page, [line]) for line in cell.segments)
        else:
            result.append(cell)
    return result


def _columns_of_rows(left: Paragraph, right: Paragraph) -> bool:
    """Whether LEFT is a column of labels and RIGHT the column of their values, line by line."""
    lines = left.segments
    return (len(lines) > 1 and left.page == right.page and len(right.segments) == len(lines)
            and right.x0 > _right_edge(left)
            and all(abs(a.top - b.top) <= _OVERLAP
                    for a, b in zip(lines, right.segments, strict=True))
            and any(_is_label(Paragraph(left.page, [line])) for line in lines))


def _is_label(cell: Paragraph) -> bool:
    text = " ".join(cell.text.split())
    return (len(cell.segments) <= _MAX_LABEL_LINES and len(text) <= _MAX_LABEL
            and not _SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and _FIELD_WORDS.search(text) is not None)


def _is_caption(cell: Paragraph) -> bool:
    """Whether the cell's first line is itself a field's caption ("Name and title ...")."""
    first = Paragraph(cell.page, cell.segments[:1])
    return _is_label(first) and _FIELD_WORDS.match(first.text) is not None


def _same_row(label: Paragraph, other: Paragraph) -> bool:
    return other.top <= label.bottom + _OVERLAP and other.bottom >= label.top - _OVERLAP


def _right_edge(cell: Paragraph) -> float:
    return max(word.x1 for segment in cell.segments for word in segment.words)
