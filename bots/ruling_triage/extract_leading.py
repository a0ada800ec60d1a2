"""A page's own line spacing: how far apart the lines of one paragraph stand on it.

Most senders set a paragraph's lines close (a gap under half a line height) and part paragraphs
by a blank line. Some set every line apart: a double-spaced typescript, a plotting program that
places each line as a label a full line apart. On such a page the fixed share would cut every
line into a paragraph of its own, and a sentence run over two lines ("the question is not, and
has not been, / before CBP or any court.") would lose its first half. The page's typical gap
between a line and the line it stands under tells its spacing; a paragraph break there is a gap
clearly wider than that. Forms set their rows apart too ("Requester | X" a line below
"Address | Y"), so on such a page a line runs on across the wider gap only when the line above
was wrapped (it reaches toward the page's right edge and ends no sentence) and the line under
it goes on with the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import quantiles

from tradebots.pdf import Segment

_ALIGN = 6.0  # points: lines of one column start at the same x, give or take
_FEW = 6  # line pairs below this tell nothing about a page's spacing
_SPACED = 0.6  # a typical gap above this share of the line height: the page is set apart
# A producer that rounds its line pitch to whole pixels sets a paragraph's lines a little closer
# or wider in turn (0.44 and 0.50 of the line height): its page is set apart too, or every wider
# gap would cut a sentence in two. Its gaps are one spacing, the usual one hardly wider than the
# typical; a form whose wrapped values stand closer than its rows (0.42 and 0.63) is no such page.
_PIXEL_ROUNDED = (0.3, 0.52)  # a typical gap in this range may be a rounded pitch
_ONE_SPACING = 1.2  # the median gap at most this many times the typical: one spacing
_RUNNING_TEXT = 12  # line pairs: a rounded pitch is told on a page of running text, not a form's
_WIDEST = 1.6  # wider than this is no line spacing but a layout of separate blocks
_BREAK = 1.3  # a paragraph break is a gap this much wider than the page's line gap


def gap_limit(segments: Sequence[Segment], default: float) -> float:
    """The share of the line height above which a gap starts a new paragraph on the page of
    SEGMENTS (in reading order): DEFAULT, unless the page's lines are set apart."""
    shares: list[float] = []
    for index, segment in enumerate(segments):
        above = _line_above(segments[:index], segment)
        if above is None:
            continue
        height = max(segment.height, above.height)
        gap = segment.top - above.bottom
        if height > 0 and 0.0 <= gap <= 3 * height:
            shares.append(gap / height)
    if len(shares) < _FEW:
        return default
    # The lower quartile: a form's rows set apart beside close-set prose do not make the page
    # double-spaced; only a page whose lines all stand apart is.
    typical, usual, _ = quantiles(shares, n=4)
    rounded = (len(shares) >= _RUNNING_TEXT and _PIXEL_ROUNDED[0] < typical <= _PIXEL_ROUNDED[1]
               and usual <= _ONE_SPACING * typical)
    if not (typical > default or rounded) or typical > _WIDEST:
        return default
    return max(default, typical * _BREAK)


_WRAPPED = 0.75  # a wrapped line is at least this share as wide as its column's widest line
_WORDS = 5  # and holds a few words: a table's short cells are as wide as their column too
_SHARE_OF_PAGE = 0.4  # and spans this share of the page's text at least
_SAME_LINE = 2.0  # points: cells of one printed line share their top, give or take
_ENDS = (".", ":", ";", "?", "!")
# A line that cannot end a thought: it stops on a comma or on a word that needs the next one
# ("the Court of" / "International Trade", "has not been" / "before CBP").
_OPEN_END = re.compile(r"(?:,|\b(?:of|the|a|an|and|or|nor|to|in|on|at|by|for|with|from|into|"
                       r"under|before|any|no|not|is|are|was|were|has|have|had|been|be|that|"
                       r"which|whether|than|as|its|our|their|this|these))\s*$", re.I)
# A numbered item's own number opens an item, not the sentence's next words: "1. Name of ...",
# "(b) Port of entry".
_LOWER_START = re.compile(r"\s*(?!(?:\d{1,2}|[a-z])[.)]\s|\([a-z0-9]{1,3}\)\s)[a-z0-9(]")


def runs_on(last: Segment, segment: Segment, segments: Sequence[Segment]) -> bool:
    """Whether SEGMENT goes on with the sentence of LAST, a line the sender's wrapping cut.

    LAST is nearly as wide as the widest line of SEGMENTS that starts at its x, holds several
    words and ends no sentence; and LAST stops where a sentence cannot, or SEGMENT opens in
    lower case. A form's next row or box ("Sample enclosed" over "Photographs attached")
    opens in capitals after a complete caption."""
    if last.text.rstrip().endswith(_ENDS):
        return False
    widest = max((other.words[-1].x1 - other.x0 for other in segments
                   if abs(other.x0 - last.x0) <= _ALIGN), default=0.0)
    width = last.words[-1].x1 - last.x0
    if len(last.words) < _WORDS or width < _WRAPPED * widest:
        return False
    # A table's cell is narrow beside the page's text and has cells right of it on its line.
    page = max(o.words[-1].x1 for o in segments) - min(o.x0 for o in segments)
    if width < _SHARE_OF_PAGE * page or any(_right_of(last, other) for other in segments):
        return False
    return bool(_OPEN_END.search(last.text) or _LOWER_START.match(segment.text))


def _right_of(segment: Segment, other: Segment) -> bool:
    return other is not segment and other.x0 > segment.words[-1].x1 \
        and abs(other.top - segment.top) <= _SAME_LINE


def _line_above(before: Sequence[Segment], segment: Segment) -> Segment | None:
    """The nearest segment above SEGMENT that starts at its x."""
    candidates = [other for other in before
                  if abs(other.x0 - segment.x0) <= _ALIGN and other.bottom <= segment.top + 1.0]
    return max(candidates, key=lambda other: other.bottom, default=None)
