"""A specification table set one column per item: each row opens with its caption ("Materials")
and gives every item's value in the cells to its right. Each such row becomes one "caption:
value" paragraph, the items' values under each other, so the labelled readers find the facts of
19 CFR 177.2(b)(2)(ii)(A) as they find a letter's; the number of value columns is the number of
items when a numbering row ("#1 #2 #3", "Item | 1 | 2 | 3") heads them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.common.reading.worksheet_cells import right_edge, same_row
from bots.ruling_triage.extract_pointed import Pair
from bots.ruling_triage.extract_text import Paragraph

_ITEM_NUMBER = re.compile(r"\s*(?:#|no\.\s*|item\s+)?(?P<n>\d{1,2})\s*", re.I)
_LEAST_COLUMNS = 2
_COLUMN = 6.0  # points: one item's cells start at the same x, give or take


def pair_rows_across(items: list[Paragraph], is_label: Callable[[Paragraph], bool],
                     pair: Pair) -> list[Paragraph]:
    """ITEMS with each caption cell and the value cells right of it, in columns shared with the
    table's other such rows, made one paragraph by PAIR(caption, values)."""
    rows = across_rows(items, is_label)
    rows = [(label, cells) for label, cells in rows
            if sum(_aligned(items, cells, other) for _, other in rows) >= _LEAST_COLUMNS]
    if not rows:
        return items
    used = {i for label, cells in rows for i in (label, *cells)}
    paired = {label: pair(items[label], Paragraph(items[label].page, [
        s for i in cells for s in items[i].segments])) for label, cells in rows}
    return [paired.get(i, item) for i, item in enumerate(items) if i not in used or i in paired]


def item_columns(items: list[Paragraph]) -> Paragraph | None:
    """The numbering row over one-column-per-item cells ("#1 #2 #3" or "Item | 1 | 2 | 3"), each
    number over a cell of its column, the numbers running 1, 2, 3 ...: its last number."""
    for index, cell in enumerate(items):
        if _left_of(items, index):
            continue
        numbers = [cell, *(items[i] for i in _right_of(items, index))]
        if not _ITEM_NUMBER.fullmatch(cell.text):
            if cell.text.strip().casefold() not in ("item", "items", "no.", "#", "item no."):
                continue
            numbers = numbers[1:]
        found = [_ITEM_NUMBER.fullmatch(c.text) for c in numbers]
        run = [int(f["n"]) for f in found if f]
        if (len(numbers) >= _LEAST_COLUMNS and len(run) == len(numbers)
                and run == list(range(1, len(run) + 1))
                and all(_over_a_cell(items, number) for number in numbers)):
            return numbers[-1]
    return None


def _over_a_cell(items: list[Paragraph], number: Paragraph) -> bool:
    """Whether a line of NUMBER's column stands under it on its page (a cell read already as
    part of its row's paragraph too)."""
    return any(other.page == number.page and line.top > number.bottom
               and abs(line.x0 - number.x0) <= _COLUMN
               for other in items for line in other.segments)


def across_rows(items: list[Paragraph], is_label: Callable[[Paragraph], bool],
                ) -> list[tuple[int, list[int]]]:
    """Caption cells first in their row with two or more cells right of them, none a caption
    nor all item numbers: (caption, value cells left to right) by index."""
    rows: list[tuple[int, list[int]]] = []
    for index, cell in enumerate(items):
        if type(cell) is not Paragraph or not is_label(cell) or _left_of(items, index):
            continue
        right = _right_of(items, index)
        if (len(right) >= _LEAST_COLUMNS and all(type(items[i]) is Paragraph for i in right)
                and not any(is_label(items[i]) for i in right)
                and not all(_ITEM_NUMBER.fullmatch(items[i].text) for i in right)):
            rows.append((index, right))
    return rows


def _aligned(items: list[Paragraph], cells: list[int], other: list[int]) -> bool:
    """Whether two rows' value cells stand in the same columns (a row counts with itself)."""
    return len(cells) == len(other) and all(
        items[a].page == items[b].page and abs(items[a].x0 - items[b].x0) <= _COLUMN
        for a, b in zip(cells, other, strict=True))


def _right_of(items: list[Paragraph], index: int) -> list[int]:
    cell = items[index]
    return sorted((i for i, other in enumerate(items) if i != index and other.page == cell.page
                   and same_row(cell, other) and other.x0 > right_edge(cell)),
                  key=lambda i: items[i].x0)


def _left_of(items: list[Paragraph], index: int) -> bool:
    cell = items[index]
    return any(other.page == cell.page and same_row(cell, other) and other.x0 < cell.x0
               for i, other in enumerate(items) if i != index)
