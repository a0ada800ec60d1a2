"""Lines as their words were meant to be read: a justified or monospaced line that the segmenter
cut at its stretched word gaps is one run again, and a value wrapped over lines is one text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from tradebots.pdf import FieldText, PdfDocument, Segment

JUSTIFIED_GAP = 2.0  # line heights: the widest word gap of a justified line
# A wider gap than this share of the line height starts a new paragraph, not a wrapped line.
_PARAGRAPH_GAP = 0.6
_WRAP_MARGIN = 0.85  # a line reaching this share of the text width wraps on to the next
_LEFT_ALIGN = 12.0  # points: a wrapped line starts at the text's left edge, give or take
_LABEL_REACH = 40  # characters: a colon this early in a line makes it a label, not a tail
# Lines a labelled value may run on to: a value set in a narrow column beside its label (a
# two-column block) wraps over more lines than one running to the page's margin.
_MOST_WRAPPED = 4
_SPACE_SHARE = 0.25  # a word space is about a quarter of the line height
# A line that stops mid-phrase (a comma, a slash or hyphen, a joining word) goes on below,
# however short a narrow column made it.
BROKEN_PHRASE = re.compile(r"(?:[,&/-]|\b(?:and|or|of|with|in|for|the|a|an))[ \t]*$", re.I)


def rejoin_justified(line: list[Segment], widest: float = JUSTIFIED_GAP) -> list[Segment]:
    """A justified line split at its wide word gaps, joined again.

    A line of three or more pieces whose gaps are all narrower than `widest` line heights is one
    run of text, not boxes side by side.
    """
    if len(line) < 3:
        return line
    if all(0 <= b.x0 - a.bbox[2] <= widest * max(a.height, b.height)
           for a, b in pairwise(line)):
        return [Segment(tuple(w for s in line for w in s.words))]
    return line


def fold(text: str) -> str:
    """Runs of white space folded to one space (the contract's text normalization)."""
    return " ".join(text.split())


def join_wrapped(text: str) -> str:
    """A value wrapped over lines as one text; a word broken at its hyphen ("BP-" / "1120") is
    one word."""
    return fold(re.sub(r"-\n", "-", text))


def wrapped_lines(document: PdfDocument, found: FieldText,
                  opens_section: Callable[[str], bool], *, to_label: bool = False,
                  page_leading: bool = False) -> list[str]:
    """Lines a labelled value runs on to: each previous line ended for want of room, and the
    next (at the margin or under the value) is neither a new paragraph, a label, nor a line
    that `opens_section`. With `to_label`, a line back under the label's own start goes on
    too: a numbered paragraph's hanging indent ("3.  Goods: seat posts, 27.2 mm x" / "350 mm").
    With `page_leading`, a gap no wider than the page's usual one between lines is no new
    paragraph (a presentation's loose leading), and the body's lines (at its margin), not a
    wide title, give the right edge a line wraps at."""
    last = found.words[-1]
    page_lines = document.segments(last.page)
    right = max(s.bbox[2] for line in page_lines for s in line)
    left = min(line[0].x0 for line in page_lines)
    paragraph_gap = 0.0  # beyond the type's own share: the page's usual gap, when asked
    if page_leading:
        right = _body_right(page_lines) or right
        paragraph_gap = _LEADING_SHARE * _usual_gap(page_lines)
    # A value set in a column beside its label wraps under its own first word, not the margin;
    # a letterhead or address block set further out than the body leaves the body's margin
    # (where most lines start) as the edge a wrapped line comes back to.
    edges = (left, body_margin(page_lines), found.words[0].x0,
             *((found.label.segment.x0,) if to_label else ()))
    index = next((i for i, line in enumerate(page_lines)
                  if any(last in s.words for s in line)), None)
    taken: list[str] = []
    column_right = 0.0  # where the value's own lines end: a narrow column's right edge
    while index is not None and index + 1 < len(page_lines):
        current, following = page_lines[index], page_lines[index + 1]
        column_right = max(column_right, current[-1].bbox[2])
        text = " ".join(s.text for s in following)
        gap = following[0].top - current[0].bottom
        # Once the value has wrapped under its own first word (a column beside its label, not
        # back to the margin), its lines show the column's width: a line ending near that edge
        # wrapped too, though the page's margin lies further out.
        start = found.words[0].x0
        in_column = bool(taken) and start - left > _LEFT_ALIGN \
            and abs(following[0].x0 - start) <= _LEFT_ALIGN \
            and _wrapped(current, following, start, column_right)
        if (not (_wrapped(current, following, left, right) or in_column)
                or gap > max(_PARAGRAPH_GAP * current[0].height, paragraph_gap)
                or ":" in text[:_LABEL_REACH]
                or _label_at_tab(following)
                or min(abs(following[0].x0 - x) for x in edges) > _LEFT_ALIGN
                or opens_section(text)):
            break
        taken.append(text)
        if len(taken) == _MOST_WRAPPED:
            break
        index += 1
    return taken


def _label_at_tab(line: list[Segment]) -> bool:
    """Whether a line opens with a short label whose value stands at a tab stop ("Drawback
    <tab> None"): the next field's line, not a value's wrapped tail (a wrapped tail is one run
    of text)."""
    return len(line) >= 2 and len(line[0].text) <= _LABEL_REACH \
        and line[1].x0 - line[0].bbox[2] > JUSTIFIED_GAP * line[0].height


_LEADING_SHARE = 1.3  # a gap this much wider than the page's usual one parts paragraphs
_LINE_SHARE = 0.2  # of a page's gaps, the narrow ones a paragraph's own lines are set at


def _usual_gap(lines: list[list[Segment]]) -> float:
    """The gap a page sets a paragraph's lines at: a narrow one among its gaps between lines
    (paragraphs of one line each, set further apart, must not widen it); 0 on one line."""
    gaps = sorted(b[0].top - a[0].bottom for a, b in pairwise(lines)
                  if b[0].top > a[0].bottom)
    return gaps[int(len(gaps) * _LINE_SHARE)] if gaps else 0.0


def _body_right(lines: list[list[Segment]]) -> float | None:
    """Where the longest line starting at the body's margin ends: a centred title or a
    stamp set further right is no edge the body's lines wrap at."""
    margin = body_margin(lines)
    ends = [line[-1].bbox[2] for line in lines if abs(line[0].x0 - margin) <= _LEFT_ALIGN]
    return max(ends) if ends else None


def body_margin(lines: list[list[Segment]]) -> float:
    """The left edge the most of a page's text starts at: the body's margin (a letterhead's or
    address block's few short lines may start further out)."""
    starts: Counter[int] = Counter()
    for line in lines:
        starts[round(line[0].x0)] += round(line[-1].bbox[2] - line[0].x0)
    return float(starts.most_common(1)[0][0])


def _wrapped(current: list[Segment], following: list[Segment], left: float,
             right: float) -> bool:
    """Whether a line ended because the next line's first word would not fit after it (a
    ragged-right line wraps well short of the margin when that word is long) or mid-phrase."""
    end = current[-1].bbox[2]
    if end >= left + _WRAP_MARGIN * (right - left) or BROKEN_PHRASE.search(current[-1].text) \
            or following[0].text[:1].islower():  # a phrase going on: no line opens in lower case
        return True
    first = following[0].words[0]
    space = first.height * _SPACE_SHARE
    return end + space + (first.x1 - first.x0) > right
