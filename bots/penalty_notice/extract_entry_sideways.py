"""An entries grid on its side drawn without rules: lines of a field name and one value an entry.

"Entry Number   ABC-...   ABC-..." over "Date of Entry   3/20/21   4/25/21" and so on: no rules
make it a table, and no line starts with an entry number for the aligned-table reader. The line
of entry numbers sets the columns; each line under it whose field name stands left of them (or
right of them, labels after the values) puts its values in the column each overlaps. Kept only
when its names are an entries header; then read as a ruled grid turned on its side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tradebots.pdf import Cell, PdfDocument, Segment, Table
from tradebots.pdf.words import BBox

_GAP = 2.5  # line heights: a wider gap between two lines ends the grid


def sideways_tables(document: PdfDocument, page: int, entry_number: re.Pattern[str],
                    is_header: Callable[[list[str]], bool],
                    skip: Sequence[BBox] = ()) -> list[Table]:
    """Each unruled grid whose line of entry numbers has a field name beside it and whose names
    IS_HEADER reads as an entries header, outside SKIP."""
    lines = [line for line in document.segments(page) if line and not _inside(line, skip)]
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        head = lines[index]
        index += 1
        side = _names_side(head, entry_number)
        if side is None:
            continue
        columns = [(s.x0, s.bbox[2]) for s in _values(head, side)]
        rows = [_row(head, columns, side)]
        while index < len(lines) and _continues(lines[index - 1], lines[index], columns, side):
            rows.append(_row(lines[index], columns, side))
            index += 1
        if len(rows) >= 3 and is_header([row[0].text if row[0] else "" for row in rows]):
            cells = [c for row in rows for c in row if c is not None]
            box = (min(c.bbox[0] for c in cells), min(c.bbox[1] for c in cells),
                   max(c.bbox[2] for c in cells), max(c.bbox[3] for c in cells))
            tables.append(Table(page, box, tuple(rows)))
    return tables


def _names_side(line: Sequence[Segment], entry_number: re.Pattern[str]) -> int | None:
    """Where the field name stands on a line of it and nothing but entry numbers, one a segment:
    0 (first) or -1 (last); None when the line is no such line."""
    for side in (0, -1):
        if (len(line) >= 2 and not entry_number.search(line[side].text)
                and all(entry_number.fullmatch(s.text.strip()) for s in _values(line, side))):
            return side
    return None


def _values(line: Sequence[Segment], side: int) -> Sequence[Segment]:
    return line[1:] if side == 0 else line[:-1]


def _continues(above: Sequence[Segment], line: Sequence[Segment],
               columns: list[tuple[float, float]], side: int) -> bool:
    """A line of the grid: close under the last, its name clear of the columns on its side, and
    each value in a column."""
    height = max(s.height for s in above)
    if line[0].top - max(s.bottom for s in above) > _GAP * height:
        return False
    if len(line) < 2 or len(line) > len(columns) + 1:
        return False
    name = line[side]
    if (name.bbox[2] >= columns[0][0]) if side == 0 else (name.x0 <= columns[-1][1]):
        return False
    return all(_column(s, columns) is not None for s in _values(line, side))


def _row(line: Sequence[Segment], columns: list[tuple[float, float]],
         side: int) -> tuple[Cell | None, ...]:
    """The line as a row of the grid: its field name first, then a cell a column."""
    cells: list[Cell | None] = [_cell(line[side])] + [None] * len(columns)
    for segment in _values(line, side):
        at = _column(segment, columns)
        if at is not None:
            cells[at + 1] = _cell(segment)
    return tuple(cells)


def _column(segment: Segment, columns: list[tuple[float, float]]) -> int | None:
    """The one column SEGMENT overlaps (a value may be right-aligned under its number)."""
    hits = [i for i, (x0, x1) in enumerate(columns)
            if min(x1, segment.bbox[2]) > max(x0, segment.x0)]
    return hits[0] if len(hits) == 1 else None


def _cell(segment: Segment) -> Cell:
    return Cell(segment.page, segment.bbox, segment.text)


def _inside(line: Sequence[Segment], boxes: Sequence[BBox]) -> bool:
    middle = sum(s.top + s.bottom for s in line) / (2 * len(line))
    return any(b[1] - 1 <= middle <= b[3] + 1 for b in boxes)
