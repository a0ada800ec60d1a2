"""A grid printed one column per entry, for every bot, turned upright into ordinary rows.

A head line of a caption and one head cell a column ("Entry No. | X | Y"), then lines of a caption
and a value a column ("Date of Entry | d1 | d2"), the captions down the left (or right of the
values). No rules need make it a table: the head line sets the columns, and each line under it
whose caption stands clear of them puts its values in the column each overlaps. Domain-free: the
bot says which text heads a column (an entry number) and which may caption the head line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tradebots.pdf import Cell, Segment, Table

_GAP = 2.5  # line heights: a wider gap between two lines ends the grid


@dataclass(frozen=True)
class GridRow:
    """One printed line of the grid: its caption and its value a column (None where blank)."""

    caption: Segment
    cells: tuple[Segment | None, ...]


@dataclass(frozen=True)
class ColumnGrid:
    """One grid: its head line's cells (one a column) and its lines as rows, the head's first."""

    heads: tuple[Segment, ...]
    rows: tuple[GridRow, ...]

    def table(self) -> Table:
        """The grid as a table: a row a line, its caption first, then a cell a column."""
        rows = tuple(tuple([_cell(row.caption), *(_cell(c) if c else None for c in row.cells)])
                     for row in self.rows)
        cells = [c for row in rows for c in row if c is not None]
        box = (min(c.bbox[0] for c in cells), min(c.bbox[1] for c in cells),
               max(c.bbox[2] for c in cells), max(c.bbox[3] for c in cells))
        return Table(self.heads[0].page, box, rows)


def column_grids(lines: Sequence[Sequence[Segment]], is_head: Callable[[str], bool],
                 is_caption: Callable[[str], bool],
                 sides: Sequence[int] = (0, -1)) -> list[ColumnGrid]:
    """Each grid of LINES (one page's, in order) whose head line is a caption IS_CAPTION reads as
    one, on one of SIDES (0 first, -1 last), and nothing but cells IS_HEAD reads as heads."""
    grids: list[ColumnGrid] = []
    index = 0
    while index < len(lines):
        head = lines[index]
        index += 1
        side = _caption_side(head, is_head, is_caption, sides)
        if side is None:
            continue
        heads = _values(head, side)
        columns = [(s.x0, s.bbox[2]) for s in heads]
        rows = [_row(head, columns, side)]
        while index < len(lines) and _continues(lines[index - 1], lines[index], columns, side):
            rows.append(_row(lines[index], columns, side))
            index += 1
        grids.append(ColumnGrid(tuple(heads), tuple(rows)))
    return grids


def _caption_side(line: Sequence[Segment], is_head: Callable[[str], bool],
                  is_caption: Callable[[str], bool], sides: Sequence[int]) -> int | None:
    """Where the caption stands on a head line: 0 (first) or -1 (last); None for no head line."""
    for side in sides:
        if (len(line) >= 2 and is_caption(line[side].text)
                and all(is_head(s.text.strip()) for s in _values(line, side))):
            return side
    return None


def _values(line: Sequence[Segment], side: int) -> Sequence[Segment]:
    return line[1:] if side == 0 else line[:-1]


def _continues(above: Sequence[Segment], line: Sequence[Segment],
               columns: list[tuple[float, float]], side: int) -> bool:
    """A line of the grid: close under the last, its caption clear of the columns on its side,
    and each value in a column."""
    height = max(s.height for s in above)
    if not line or line[0].top - max(s.bottom for s in above) > _GAP * height:
        return False
    if len(line) < 2 or len(line) > len(columns) + 1:
        return False
    caption = line[side]
    if (caption.bbox[2] >= columns[0][0]) if side == 0 else (caption.x0 <= columns[-1][1]):
        return False
    return all(_column(s, columns) is not None for s in _values(line, side))


def _row(line: Sequence[Segment], columns: list[tuple[float, float]], side: int) -> GridRow:
    cells: list[Segment | None] = [None] * len(columns)
    for segment in _values(line, side):
        at = _column(segment, columns)
        if at is not None:
            cells[at] = segment
    return GridRow(line[side], tuple(cells))


def _column(segment: Segment, columns: list[tuple[float, float]]) -> int | None:
    """The one column SEGMENT overlaps (a value may be right-aligned under its head)."""
    hits = [i for i, (x0, x1) in enumerate(columns)
            if min(x1, segment.bbox[2]) > max(x0, segment.x0)]
    return hits[0] if len(hits) == 1 else None


def _cell(segment: Segment) -> Cell:
    return Cell(segment.page, segment.bbox, segment.text)
