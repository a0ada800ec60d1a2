"""An entries grid drawn one column per entry: the field names down one side, each entry a column.

A slide, a form or a two-entry referral turns the entries table on its side ("Entry Number |
ABC-... | ABC-..." over "Date of Entry | ... | ..."). Read as printed, each row is one field, so
a row reader would take the last column's number for the only entry and its amounts for the
first row's. Turned upright, the same header synonyms read it. The field names may stand in the
first column or the last (labels right of the values); they are taken only when they name an
entry number, a duty paid and a duty owed and hold no entry number themselves, and the grid
holds entry numbers elsewhere (19 CFR 162.71: the loss is counted per entry).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tradebots.pdf import Cell, Table


def upright(table: Table, is_header: Callable[[list[str]], bool],
            entry_number: re.Pattern[str]) -> Table:
    """TABLE with rows and columns swapped when its field names run down a side column, the
    names' column first; TABLE as it is otherwise."""
    texts = table.texts()
    width = max((len(row) for row in texts), default=0)
    if width < 2 or any(is_header(row) for row in texts):
        return table  # a table with a header row is read as printed
    for side in dict.fromkeys((0, width - 1)):
        names = [row[side] if side < len(row) else "" for row in texts]
        others = [cell for row in texts for i, cell in enumerate(row) if i != side]
        if (is_header(names) and not any(entry_number.search(name) for name in names)
                and any(entry_number.search(cell) for cell in others)):
            order = [side] + [i for i in range(width) if i != side]
            return Table(table.page, table.bbox, tuple(
                tuple(_cell(table, r, c) for r in range(len(table.rows))) for c in order))
    return table


def _cell(table: Table, row: int, column: int) -> Cell | None:
    cells = table.rows[row]
    return cells[column] if column < len(cells) else None
