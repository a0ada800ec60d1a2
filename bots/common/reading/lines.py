"""Lines of a page as their words were meant to be read: a justified or monospaced line that
the segmenter cut at its stretched word gaps is one run of text again."""

from __future__ import annotations

from itertools import pairwise

from tradebots.pdf import Segment

JUSTIFIED_GAP = 2.0  # line heights: the widest word gap of a justified line


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
