"""Worksheet cells, for every bot: a label cell and its value cell to its right or under it, and
a value cell merged over the lines below. Domain-free: the bot says which text is a label (its
field words); this module pairs cells by where they stand on the page.
"""

from __future__ import annotations

import re
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


def stacked_values(items: Sequence[B], is_label_line: Callable[[Segment], bool]
                   ) -> dict[int, list[tuple[Segment, list[Segment]]]]:
    """A value column read as one paragraph beside a label column broken into several
    ("Requester name:" / "Street address:\nCity, state, ZIP:" / ...), where every value line has
    one label line at its height and every label line a value: for each label cell's index, its
    labels with their values; the value column's index maps to []. A line in the label column
    with no value beside it continues the value above it (a long answer wrapped to the margin)."""
    stacked: dict[int, list[tuple[Segment, list[Segment]]]] = {}
    for j, right in enumerate(items):
        if len(right.segments) < 2 or j in stacked:
            continue
        lefts = [i for i, left in enumerate(items)
                 if i != j and i not in stacked and left.page == right.page
                 and left.x0 < right.x0 and (beside := [
                     line for line in left.segments
                     if any(_beside(line, value) for value in right.segments)])
                 and all(max(word.x1 for word in line.words) < right.x0 for line in beside)]
        pairs = _label_values([line for i in lefts for line in items[i].segments], right.segments,
                              is_label_line)
        if not lefts or pairs is None:
            continue
        for i in lefts:
            stacked[i] = [(label, values) for label, values in pairs
                          if any(label is line for line in items[i].segments)]
        stacked[j] = []
    return stacked


def _label_values(lines: Sequence[Segment], values: Sequence[Segment],
                  is_label_line: Callable[[Segment], bool]
                  ) -> list[tuple[Segment, list[Segment]]] | None:
    """LINES (a label column) paired with VALUES at their heights, or None when they are not
    one label column: most labels known to the bot, the rest captions by their closing colon
    ("Contact person:"), the first value beside one label and none beside two; an unpaired line
    after a pair wraps its value, in either column (an address's second line under its first),
    unless the value above it is a caption itself ("Signature | Name and title" over a name)."""
    owned: dict[int, list[Segment]] = {}
    owner: int | None = None
    for value in values:
        at = [index for index, line in enumerate(lines) if _beside(line, value)]
        if len(at) > 1 or (not at and (owner is None or is_label_line(owned[owner][-1]))):
            return None  # (a line under a caption of the value column is that caption's value)
        owner = at[0] if at else owner
        if owner is not None:
            owned.setdefault(owner, []).append(value)
    pairs: list[tuple[Segment, list[Segment]]] = []
    for index, line in enumerate(lines):
        beside = owned.get(index, [])
        if beside and (is_label_line(line) or _CAPTION.fullmatch(line.text)):
            pairs.append((line, beside))
        elif beside or not pairs or is_label_line(line) or _CAPTION.fullmatch(line.text):
            return None
        else:
            pairs[-1][1].append(line)
    labels = [label for label, _ in pairs]
    return pairs if 2 * sum(map(is_label_line, labels)) > len(labels) else None


_CAPTION = re.compile(r"\s*[^:\n]{1,40}:\s*")


def _beside(label: Segment, value: Segment) -> bool:
    return abs(label.top - value.top) <= ROW_OVERLAP


def same_row(label: Cell, other: Cell) -> bool:
    """Whether OTHER overlaps LABEL's height (give or take ROW_OVERLAP)."""
    return other.top <= label.bottom + ROW_OVERLAP and other.bottom >= label.top - ROW_OVERLAP


def right_edge(cell: Block) -> float:
    """The right edge of the cell's widest line."""
    return max(word.x1 for segment in cell.segments for word in segment.words)
