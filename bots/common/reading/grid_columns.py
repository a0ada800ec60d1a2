"""A form's field grid read column by column, for every bot: a column of box numbers ("1.", "2."),
a column of labels and a column of values whose cells wrap onto further lines. The page's text
builder reads each column as one paragraph; this module cuts them back into the grid's rows, each
row's label lines (number and label) and its value lines. Domain-free: the bot says which line is
a label (its field words); rows are found by where lines stand on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bots.common.reading.worksheet_cells import ROW_OVERLAP, Block, right_edge
from tradebots.pdf import Segment

# A box's number printed in a column of its own: "1.", "(2)", "3)", "A.".
_BOX_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]?|[A-Z][.)])$")
# A question printed as a row's caption ("Issue before CBP or a court?"): a label, whatever
# its words.
_QUESTION = re.compile(r"^[^?]{3,60}\?$")
_MIN_ROWS = 2  # one label beside a paragraph is a letterhead, not a grid


@dataclass(frozen=True)
class GridRow:
    """One row of the grid: its label line(s), left to right, and its value lines."""

    label: tuple[Segment, ...]
    value: tuple[Segment, ...]


@dataclass(frozen=True)
class Grid:
    """A grid found among the paragraphs: the indexes it was read from, and its rows in order."""

    cells: frozenset[int]
    rows: tuple[GridRow, ...]


def field_grids(items: Sequence[Block], is_label_line: Callable[[Segment], bool]) -> list[Grid]:
    """Every grid whose value column is one paragraph: each label line has a value line at its
    height, every line of the columns beside it stands at such a height, and at least two rows
    are labels. The value lines down to the next label's row are that label's (a wrapped cell)."""
    grids: list[Grid] = []
    taken: set[int] = set()
    for index, values in enumerate(items):
        if index in taken or len(values.segments) < _MIN_ROWS:
            continue
        grid = _grid_beside(items, index, is_label_line, taken)
        if grid is not None:
            grids.append(grid)
            taken.update(grid.cells)
    return grids


def _grid_beside(items: Sequence[Block], index: int, is_label_line: Callable[[Segment], bool],
                 taken: set[int]) -> Grid | None:
    values = items[index]
    lines = values.segments
    beside = [i for i, cell in enumerate(items)
              if i != index and i not in taken and cell.page == values.page
              and right_edge(cell) < values.x0 and lines[0].top - ROW_OVERLAP <= cell.top
              and cell.bottom <= lines[-1].bottom + ROW_OVERLAP]
    if not beside or not all(_at_row(line, lines) for i in beside for line in items[i].segments):
        return None
    left = [line for i in beside for line in items[i].segments]
    labels = [line for line in left if not _BOX_NUMBER.match(line.text.strip())]
    named = [line for line in labels if is_label_line(line)]
    # Labels side by side on one line are a table's header row, not a grid's rows.
    if (_rows(named) < _MIN_ROWS
            or not all(line in named or _QUESTION.match(line.text.strip()) for line in labels)
            or abs(lines[0].top - min(line.top for line in labels)) > ROW_OVERLAP):
        return None
    tops = sorted({round(line.top) for line in labels})
    rows: list[GridRow] = []
    for number, top in enumerate(tops):
        below = tops[number + 1] if number + 1 < len(tops) else None
        label = sorted((line for line in left if abs(line.top - top) <= ROW_OVERLAP),
                       key=lambda line: line.x0)
        value = tuple(line for line in lines if line.top >= top - ROW_OVERLAP
                      and (below is None or line.top < below - ROW_OVERLAP))
        rows.append(GridRow(tuple(label), value))
    return Grid(frozenset((index, *beside)), tuple(rows))


def _rows(lines: Sequence[Segment]) -> int:
    """How many rows LINES stand on (lines within ROW_OVERLAP of a row's top share it)."""
    tops: list[float] = []
    for top in sorted(line.top for line in lines):
        if not tops or top - tops[-1] > ROW_OVERLAP:
            tops.append(top)
    return len(tops)


def _at_row(line: Segment, lines: Sequence[Segment]) -> bool:
    return any(abs(line.top - other.top) <= ROW_OVERLAP for other in lines)
