"""Worksheet cells, for every bot: a label cell and its value cell to its right or under it, and
a value cell merged over the lines below. Domain-free: the bot says which text is a label (its
field words); this module pairs cells by where they stand on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from tradebots.pdf import Segment

WRAP_SLACK = 12.0  # points: a value under its caption, or its wrapped line, starts about there
ROW_OVERLAP = 2.0  # points a value cell may sit above or below its label and still share the row


class Cell(Protocol):
    """A cell of text on a page: one line's segment or a paragraph of lines."""

    @property
    def page(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def x0(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...


class Block(Cell, Protocol):
    """A cell that may hold several lines (a label wrapped in its cell, a tall value)."""

    @property
    def segments(self) -> Sequence[Segment]: ...


C = TypeVar("C", bound=Cell)
B = TypeVar("B", bound=Block)


@dataclass(frozen=True)
class RowPair(Generic[C]):
    """A label cell and its value: the rest of its row, or the one cell under it (`below`)."""

    row: int  # the value's row
    label: C
    values: tuple[C, ...]
    below: bool


def row_pairs(rows: Sequence[Sequence[C]], is_label: Callable[[str], bool]) -> Iterator[RowPair[C]]:
    """On rows of one-line cells: each "label | value" row (the value may itself be cut into
    cells: "Further review | [X] Yes | [ ] No"), and each value under a row of captions."""
    for index, row in enumerate(rows):
        if len(row) >= 2 and is_label(row[0].text) and not any(is_label(c.text) for c in row[1:]):
            yield RowPair(index, row[0], tuple(row[1:]), False)
            continue
        below = rows[index + 1] if index + 1 < len(rows) else ()
        if len(row) >= 2 and below and all(is_label(c.text) for c in row) \
                and not any(is_label(c.text) for c in below):
            for value in below:
                # The caption a value stands under: the last one starting left of it.
                left = [c for c in row if c.x0 <= value.x0 + WRAP_SLACK]
                if left:
                    yield RowPair(index + 1, max(left, key=lambda c: c.x0), (value,), True)


def run_on(rows: Sequence[Sequence[C]], index: int) -> list[C]:
    """The one-cell lines under row INDEX that continue its last cell (a merged value cell)."""
    column = rows[index][-1].x0
    lines: list[C] = []
    for row in rows[index + 1:]:
        if len(row) != 1 or row[0].x0 < column - WRAP_SLACK:
            break
        lines.append(row[0])
    return lines


def beside_pairs(items: Sequence[B], is_label: Callable[[B], bool],
                 is_caption: Callable[[B], bool]) -> list[tuple[int, int]]:
    """On paragraph cells: (label, value) indexes where a label cell has exactly one cell in its
    row, to its right and not itself a caption (two captions side by side over their boxes)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for index, cell in enumerate(items):
        if index in used or not is_label(cell):
            continue
        row = [i for i, other in enumerate(items)
               if i != index and other.page == cell.page and same_row(cell, other)]
        right = [i for i in row if items[i].x0 > right_edge(cell)]
        left = [i for i in row if items[i].x0 < cell.x0]
        if len(right) != 1 or left or right[0] in used or len(row) != 1:
            continue
        if is_caption(items[right[0]]):
            continue
        used.update((index, right[0]))
        pairs.append((index, right[0]))
    return pairs


def stacked_columns(items: Sequence[B], is_label_line: Callable[[Segment], bool]) -> set[int]:
    """Indexes of cells that are a tight worksheet's label column or its value column, each read
    as one paragraph, where every label line has a value line at its height."""
    stacked: set[int] = set()
    for i, left in enumerate(items):
        for j, right in enumerate(items):
            if _columns_of_rows(left, right, is_label_line):
                stacked.update((i, j))
    return stacked


def _columns_of_rows(left: Block, right: Block, is_label_line: Callable[[Segment], bool]) -> bool:
    lines = left.segments
    return (len(lines) > 1 and left.page == right.page and len(right.segments) == len(lines)
            and right.x0 > right_edge(left)
            and all(abs(a.top - b.top) <= ROW_OVERLAP
                    for a, b in zip(lines, right.segments, strict=True))
            and any(is_label_line(line) for line in lines))


def same_row(label: Cell, other: Cell) -> bool:
    """Whether OTHER overlaps LABEL's height (give or take ROW_OVERLAP)."""
    return other.top <= label.bottom + ROW_OVERLAP and other.bottom >= label.top - ROW_OVERLAP


def right_edge(cell: Block) -> float:
    """The right edge of the cell's widest line."""
    return max(word.x1 for segment in cell.segments for word in segment.words)
