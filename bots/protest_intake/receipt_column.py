"""Which date belongs to a receipt stamp or caption: a stamp set beside a letter's head shares
its lines with the letter's own date, so the receipt's date is the one in the stamp's column."""

from __future__ import annotations

from itertools import pairwise

from bots.common.reading.dates import find_dates
from tradebots.pdf import TextStream
from tradebots.pdf.dates import DateMatch

# A gap between two words of one line wider than this many times their height parts two columns
# (a stamp's own spaced-out words stay closer: "RECEIVED    SEP 24 2025").
_GUTTER = 6.0


def in_mark_column(stream: TextStream, mark: tuple[int, int], found: tuple[int, int]) -> bool:
    """Whether the text at FOUND is on MARK's line short of a column's gutter, or under it within
    the mark's width either side (a stamp's lines are centred or set flush, never a column away)."""
    if "\n" not in stream.text[mark[1]:found[0]]:
        return not across_gutter(stream, mark[0], found[1])
    marks, words = stream.words(*mark), stream.words(*found)
    if not marks or not words:
        return False
    left, right = min(w.x0 for w in marks), max(w.x1 for w in marks)
    width = right - left
    return min(w.x0 for w in words) < right + width and max(w.x1 for w in words) > left - width


def across_gutter(stream: TextStream, start: int, end: int) -> bool:
    """Whether the words of one line from START to END leave a gap as wide as a column's gutter:
    a reference block set at the right of a stamp shares its lines, not its column."""
    ordered = sorted(stream.words(start, end), key=lambda word: word.x0)
    return any(right.x0 - left.x1 > _GUTTER * max(left.height, right.height)
               for left, right in pairwise(ordered))


def dates_in_column(stream: TextStream, mark: tuple[int, int], start: int,
                    end: int) -> tuple[list[tuple[int, DateMatch]], list[tuple[int, DateMatch]]]:
    """The dates in start..end (where each starts in the text), and those in MARK's column."""
    dates = [(start + found.start, found) for found in find_dates(stream.text[start:end])]
    return dates, [(at, found) for at, found in dates
                   if in_mark_column(stream, mark, (at, at + len(found.text)))]
