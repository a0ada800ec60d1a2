"""An entries grid on its side drawn without rules: lines of a field name and one value an entry.

"Entry Number   ABC-...   ABC-..." over "Date of Entry   3/20/21   4/25/21" and so on: no rules
make it a table, and no line starts with an entry number for the aligned-table reader. The
toolkit's column grid turns it upright; it is kept only when its names are an entries header,
then read as a ruled grid turned on its side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bots.common.reading.column_grid import column_grids
from tradebots.pdf import PdfDocument, Segment, Table
from tradebots.pdf.words import BBox


def sideways_tables(document: PdfDocument, page: int, entry_number: re.Pattern[str],
                    is_header: Callable[[list[str]], bool],
                    skip: Sequence[BBox] = ()) -> list[Table]:
    """Each unruled grid whose line of entry numbers has a field name beside it and whose names
    IS_HEADER reads as an entries header, outside SKIP."""
    lines = [line for line in document.segments(page) if line and not _inside(line, skip)]
    grids = column_grids(lines, lambda text: entry_number.fullmatch(text) is not None,
                         lambda text: entry_number.search(text) is None)
    return [grid.table() for grid in grids
            if len(grid.rows) >= 3 and is_header([row.caption.text for row in grid.rows])]


def _inside(line: Sequence[Segment], boxes: Sequence[BBox]) -> bool:
    middle = sum(s.top + s.bottom for s in line) / (2 * len(line))
    return any(b[1] - 1 <= middle <= b[3] + 1 for b in boxes)
