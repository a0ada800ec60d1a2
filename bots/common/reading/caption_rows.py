"""A row of captions side by side over a row of values, for every bot: a form's "Port | Protestant"
or a ticket's "Cust. | Addr." with each value printed under its own caption, and a value that
wraps on to the lines below in its column. Domain-free: the bot says which text is a caption and
which caption means which field; this module pairs captions and values by where they stand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from bots.common.reading.worksheet_cells import Cell
from tradebots.pdf import Segment

C = TypeVar("C", bound=Cell)
_SPACE = 0.25  # a word space, in line heights


def is_caption_row(row: Sequence[Cell], is_caption: Callable[[str], bool], least: int = 2) -> bool:
    """Whether ROW holds LEAST cells or more and every one is a caption."""
    return len(row) >= least and all(is_caption(cell.text) for cell in row)


def row_at(cells: Iterable[Segment], page: int, top: float, tolerance: float) -> list[Segment]:
    """The cells of one printed row, left to right: those on PAGE whose top is TOP, give or take."""
    return sorted((c for c in cells if c.page == page and abs(c.top - top) <= tolerance),
                  key=lambda c: c.x0)


def in_column(caption: Cell, cells: Iterable[C], align: float) -> list[C]:
    """The cells on CAPTION's page that start at its left edge, give or take ALIGN points."""
    return [c for c in cells if c.page == caption.page and abs(c.x0 - caption.x0) <= align]


def value_under(caption: Segment, cells: Iterable[C], align: float, reach: float,
                accept: Callable[[C], bool]) -> C | None:
    """The nearest cell under CAPTION in its column, at most REACH line heights below it, that
    ACCEPT takes (a bot refuses the next box's caption: it is no box's value)."""
    below = [c for c in in_column(caption, cells, align)
             if 0.0 < c.top - caption.bottom <= reach * caption.height and accept(c)]
    return min(below, key=lambda c: c.top) if below else None


def column_run(caption: Segment, lines: Sequence[Sequence[Segment]], first: int, align: float,
               gap: float, stop: Callable[[Sequence[Segment]], bool]) -> list[Segment]:
    """The segments that continue the value in CAPTION's column on the lines after line FIRST:
    set close as one paragraph (at most GAP line heights apart) and never wider than the line
    they continue (only a full line wraps) unless its first word had no room on that line, up
    to a line STOP says ends the value."""
    run: list[Segment] = []
    previous = in_column(caption, lines[first], align)[:1]
    for line in lines[first + 1:]:
        more = in_column(caption, line, align)[:1]
        if not more or not previous or stop(line):
            break
        last, next_ = previous[0].words[-1], more[0]
        if next_.words[0].top - last.bottom > gap * last.height or (_width(next_) > _width(
                previous[0]) and not _no_room(previous[0], next_)):
            break
        run.append(next_)
        previous = more
    return run


def _width(segment: Segment) -> float:
    return segment.words[-1].x1 - segment.words[0].x0


def _no_room(line: Segment, next_: Segment) -> bool:
    """Whether NEXT_'s first word would not have fitted after LINE within the column, as wide
    as the wider of the two: a narrow sidebar wraps a line short of a long word."""
    first = next_.words[0]
    space = first.height * _SPACE
    return line.words[-1].x1 + space + (first.x1 - first.x0) > max(line.bbox[2], next_.bbox[2])
