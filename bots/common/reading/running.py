"""Running heads and feet: the same line printed at the top or bottom of several pages
("Acme Co. - Office of the General Counsel - PROTEST", "Page 2 of 3") is page furniture, not
part of the paragraph it interrupts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tradebots.pdf import Segment

_EDGE_LINES = 2  # lines at the top and at the bottom of a page where furniture is printed
_DIGITS = re.compile(r"\d+")


def without_running_lines(pages: Sequence[Sequence[list[Segment]]], *,
                          keep_first_top: bool = False) -> list[list[list[Segment]]]:
    """Each page's lines without those printed at a page edge on two pages or more; with
    `keep_first_top`, the first page's top lines stay (they interrupt no paragraph, and a
    letterhead repeated as the later pages' running head is the sender's name and address)."""
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_shape(line) for line in _edges(lines)})
    running = {shape for shape, pages_with in seen.items() if pages_with >= 2 and shape}
    kept = {id(line) for line in pages[0][:_EDGE_LINES]} if keep_first_top and pages else set()
    return [[line for line in lines
             if id(line) in kept
             or not (_shape(line) in running and any(line is e for e in _edges(lines)))]
            for lines in pages]


def _edges(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    return [*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]]


def _shape(line: Sequence[Segment]) -> str:
    """The line's text with its numbers blanked: "Page 2 of 3" and "Page 3 of 3" are one line."""
    return _DIGITS.sub("#", " ".join(s.text for s in line).strip())
