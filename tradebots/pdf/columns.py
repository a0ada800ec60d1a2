"""Reading order across columns: a region of a page printed as two side-by-side columns of
running text (a two-column notice, a case summary) is read down its left column, then down its
right, so that a sentence wrapped in its column is not cut and mixed with its neighbour's."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from tradebots.pdf.words import Segment

Line = list[Segment]

_ALIGN = 2.0  # points: a column's lines start at one x, whatever the ragged right edge
_GUTTER = 0.9  # line heights: the least white space that parts two columns (a segment's gap)
_WIDE_GUTTER = 4.0  # line heights: a column's text runs up to its gutter on some line; cells
# of a table stand farther apart
# ... unless each column has a heading of its own over it ("FACTS" | "LEGAL GROUNDS"): columns
# set narrow in a wide layout then stand this far apart, and the headings say they are columns.
_HEADED_GUTTER = 14.0
_HEADING_WORDS = 4  # a column's heading is a short phrase in capitals or title case
_HEADING_LINKS = frozenset({"of", "and", "for", "the", "in", "&"})  # "Statement of Facts"
_LEAD = 1.6  # line heights of white space between lines: more ends the region (a new block)
_SENTENCE_WORDS = 7  # words on a letter's line beside a side column
_MIN_CUT_SENTENCES = 2  # body lines a side column's captions cut mid-sentence: one may be chance
_MIN_PROSE_LINES = 2  # lines with a run of words on both sides: fewer is a label beside a value
_PROSE_WORDS = 4  # words on one side of the gutter before it can be a sentence's line
_STAGGER_WINDOW = 4  # lines where a staggered region's right column shows itself
_STAGGERED_LINES = 3  # lines printed on both sides, at the least
_STAGGER_SPREAD = 3.0  # points: how far the two sides' offset wanders between lines, at least
_LOWERCASE_SHARE = 0.5  # of a column's words: prose runs on in lowercase words; names, numbers,
# dates, addresses and labels are capitalised or figures


def reading_order(lines: Sequence[Line]) -> list[Line]:
    """LINES (one page's, top to bottom) with every two-column region read column by column:
    its left column's lines top to bottom, then its right column's. Other lines stay as given."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        region = (_region_at(lines, index) or _sidebar_at(lines, index)
                  or _staggered_at(lines, index))
        if region is None:
            result.append(list(lines[index]))
            index += 1
            continue
        end, start_x = region
        left = [[s for s in line if s.x0 < start_x - _ALIGN] for line in lines[index:end]]
        right = [[s for s in line if s.x0 >= start_x - _ALIGN] for line in lines[index:end]]
        result.extend(line for line in [*left, *right] if line)
        index = end
    return result


def _region_at(lines: Sequence[Line], first: int) -> tuple[int, float] | None:
    """(end, right column's x) of a two-column region opening at line FIRST, or None: the right
    column starts at one x on every line that has both, no word crosses the gutter, some line's
    text runs up to it, and both columns read as running text (a label beside its value, a
    table's cells, a letterhead beside its date block are no columns)."""
    for start_x in _right_starts(lines[first]):
        end, runs, gutter = first, 0, start_x
        columns: tuple[Line, Line] = ([], [])
        while end < len(lines) and (end == first or _near(lines[end - 1], lines[end])):
            sides = _sides(lines[end], start_x)
            if sides is None:
                break
            left, right = sides
            runs += _run(left) and _run(right)
            if left:
                gutter = min(gutter, (start_x - left[-1].bbox[2]) / left[-1].height)
            columns[0].extend(left)
            columns[1].extend(right)
            end += 1
        widest = _HEADED_GUTTER if _headings(lines[first], start_x) else _WIDE_GUTTER
        if runs >= _MIN_PROSE_LINES and end - first > _MIN_PROSE_LINES \
                and gutter <= widest and all(_prose(column) for column in columns):
            return end, start_x
    return None


def _sidebar_at(lines: Sequence[Line], first: int) -> tuple[int, float] | None:
    """(end, body's x) of a side column of particulars beside a letter's body, opening at line
    FIRST, or None. A label beside its value never cuts a sentence; a side column's captions do:
    on several lines the body's sentence runs on from the line above (no stop there, a lowercase
    word here) while a new caption or value stands beside it."""
    for start_x in _right_starts(lines[first]):
        end, cut_sentences = first, 0
        above: Line = []
        while end < len(lines) and (end == first or _near(lines[end - 1], lines[end])):
            sides = _sides(lines[end], start_x)
            if sides is None:
                break
            left, right = sides
            if left and right and above and _runs_on(above, right):
                cut_sentences += 1
            above = right or above
            end += 1
        if cut_sentences >= _MIN_CUT_SENTENCES:
            return end, start_x
    return None


def _staggered_at(lines: Sequence[Line], first: int) -> tuple[int, float] | None:
    """(end, right column's x) of two columns set with their own leading, opening at line FIRST,
    or None: where both sides print on a line, the one's baseline stands now above, now below
    the other's (a label beside its value, a form's two columns of boxes, a table's cells keep
    one offset, their fonts' own), and the left column's text runs up to the gutter on some
    line (a letterhead beside a date block stands far apart)."""
    window = lines[first:first + _STAGGER_WINDOW]
    margin = min((line[0].x0 for line in window if line), default=0.0)
    for start_x in sorted({s.x0 for line in window for s in line if s.x0 > margin + _ALIGN}):
        end, offsets = first, []
        left_x: float | None = None
        while end < len(lines) and (end == first or _near(lines[end - 1], lines[end])):
            sides = _sides(lines[end], start_x)
            if sides is None or (sides[0] and left_x is not None
                                 and abs(sides[0][0].x0 - left_x) > _ALIGN):
                break
            left, right = sides
            if left and left_x is None:
                left_x = left[0].x0
            if left and right:
                offsets.append(left[0].bbox[3] - right[0].bbox[3])
            end += 1
        if (len(offsets) >= _STAGGERED_LINES and max(offsets) - min(offsets) > _STAGGER_SPREAD
                and _runs_to(lines[first:end], start_x)):
            return end, start_x
    return None


def _runs_to(region: Sequence[Line], start_x: float) -> bool:
    """Whether the left column's text runs up to the gutter at START_X on some line."""
    for line in region:
        left = [s for s in line if s.bbox[2] <= start_x - _ALIGN]
        if left and start_x - left[-1].bbox[2] <= _WIDE_GUTTER * left[-1].height:
            return True
    return False


def _runs_on(above: Line, below: Line) -> bool:
    """Whether BELOW, one run of words, goes on with the sentence a letter's line ABOVE broke off:
    no stop there, a lowercase word here (a table's wrapped cell stands among other cells)."""
    last, head = above[-1].words[-1].text, below[0].words[0].text
    # (the line below may be a paragraph's short last line; one opening on a figure proves
    # nothing: a form's next value is a number as often as a sentence goes on with one)
    return (_sentence_line(above) and len(below) == 1
            and not last.endswith((".", ":", ";", "?", "!")) and head[:1].islower())


def _sentence_line(side: Line) -> bool:
    """A letter's line of running text: one run of many words (a table's value cell holds a
    few: "USD 65.33 per unit (FOB)" over "about twice the purchase price")."""
    return len(side) == 1 and len(side[0].words) >= _SENTENCE_WORDS


def _headings(line: Line, start_x: float) -> bool:
    """Whether LINE is one short heading on each side of a gutter ending at START_X, each word
    of it opening with a capital ("FACTS" | "LEGAL GROUNDS", "Background" | "Argument")."""
    sides = _sides(line, start_x)
    if sides is None or any(len(side) != 1 for side in sides):
        return False
    return all(0 < len(words := side[0].words) <= _HEADING_WORDS
               and all(w.text[:1].isupper() or not w.text[:1].isalpha()
                       or w.text in _HEADING_LINKS for w in words)
               for side in sides)


def _right_starts(line: Line) -> list[float]:
    """Where a right column could start on LINE: each segment after the first that follows a
    gap of at least a gutter."""
    return [b.x0 for a, b in itertools.pairwise(line)
            if b.x0 - a.bbox[2] >= _GUTTER * max(a.height, b.height)]


def _sides(line: Line, start_x: float) -> tuple[Line, Line] | None:
    """LINE's segments left and right of a gutter ending at START_X, or None when a segment
    crosses it or the right side does not start at the column's x."""
    left = [s for s in line if s.bbox[2] <= start_x - _ALIGN]
    right = [s for s in line if s.x0 >= start_x - _ALIGN]
    if len(left) + len(right) != len(line):
        return None
    if right and abs(right[0].x0 - start_x) > _ALIGN:
        return None
    return left, right


def _near(above: Line, below: Line) -> bool:
    """Whether BELOW follows ABOVE within a paragraph's leading (a blank line included)."""
    height = max(s.height for s in [*above, *below])
    return min(s.top for s in below) - max(s.bottom for s in above) <= _LEAD * height


def _run(side: Line) -> bool:
    """Whether one side of a line is one run of several words, as a column's line of text is (a
    table's row holds several cells on a side)."""
    return len(side) == 1 and len(side[0].words) >= _PROSE_WORDS


def _prose(column: Line) -> bool:
    """Whether a column's words read as running text: most of them lowercase."""
    words = [w.text for s in column for w in s.words]
    return sum(text[0].islower() for text in words) >= _LOWERCASE_SHARE * len(words)
