"""A form's field grid the text builder read as columns (box numbers, labels, wrapped values)
made one "label: value" paragraph a row again, so the labelled readers find each field."""

from __future__ import annotations

from bots.common.reading.grid_columns import field_grids
from bots.ruling_triage.extract_cells import CellRow, is_field_label
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment


def split_grid_columns(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each grid's column paragraphs replaced by its rows, where the grid began."""
    grids = field_grids(items, lambda line: is_field_label(Paragraph(line.page, [line])))
    if not grids:
        return items
    result: list[Paragraph] = []
    for index, item in enumerate(items):
        grid = next((g for g in grids if index in g.cells), None)
        if grid is None:
            result.append(item)
        elif index == min(grid.cells):
            for row in grid.rows:
                words = tuple(w for s in row.label for w in s.words)
                label = Paragraph(item.page, [Segment(words)])
                result.append(CellRow(label, Paragraph(item.page, list(row.value)))
                              if row.value else label)
    return result
