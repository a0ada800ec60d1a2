"""Running heads and feet: the same line printed at the top or bottom of several pages
("Acme Co. - Office of the General Counsel - PROTEST", "Page 2 of 3") is page furniture, not
part of the paragraph it interrupts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from bots.common.reading.dates import find_dates
from tradebots.pdf import Segment

_EDGE_LINES = 2  # lines at the top and at the bottom of a page where furniture is printed
_DIGITS = re.compile(r"\d+")
# Points: furniture is printed at one height on every page; the same words at the foot of one
# page and the head of the next ("Jane Alvarez" / signature block run over) are the text's own.
_SAME_PLACE = 6.0


def without_running_lines(pages: Sequence[Sequence[list[Segment]]], *,
                          keep_first_top: bool = False,
                          dates_kept: bool = False) -> list[list[list[Segment]]]:
    """Each page's lines without those printed at a page edge, at one height, on two pages or
    more; with `keep_first_top`, the first page's top lines stay (they interrupt no paragraph,
    and a letterhead repeated as the later pages' running head is the sender's name and address).
    With `dates_kept`, a date is furniture only where the same date is printed at each place:
    different dates at one height are each page's own values (a slide's last line)."""
    shape_of = _dated_shape if dates_kept else _shape
    places: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    for number, lines in enumerate(pages):
        for line in _edges(lines):
            if shape := shape_of(line):
                places[shape].append((number, min(s.top for s in line)))
    running = {shape for shape, seen in places.items() if _repeated_in_place(seen)}
    kept = {id(line) for line in pages[0][:_EDGE_LINES]} if keep_first_top and pages else set()
    return [[line for line in lines
             if id(line) in kept
             or not (shape_of(line) in running and any(line is e for e in _edges(lines)))]
            for lines in pages]


def _repeated_in_place(seen: list[tuple[int, float]]) -> bool:
    """Printed at one height on two pages or more."""
    return any(page != other and abs(top - other_top) <= _SAME_PLACE
               for (page, top), (other, other_top) in combinations(seen, 2))


def _edges(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    return [*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]]


def _shape(line: Sequence[Segment]) -> str:
    """The line's text with its numbers blanked: "Page 2 of 3" and "Page 3 of 3" are one line."""
    return _DIGITS.sub("#", " ".join(s.text for s in line).strip())


_LETTERS = str.maketrans("0123456789", "abcdefghij")


def _dated_shape(line: Sequence[Segment]) -> str:
    """_shape, each date printed kept as its value (spelt in letters, so no number blanks it)."""
    text = " ".join(s.text for s in line).strip()
    for found in reversed(find_dates(text)):
        value = found.value.isoformat().translate(_LETTERS)
        text = f"{text[:found.start]}<{value}>{text[found.end:]}"
    return _DIGITS.sub("#", text)


# A manual page's head names the page and its section at both ends ("PROTEST(7)  Customs
# Documents  PROTEST(7)"), its foot at its end ("Acme Inc.  June 2, 2025  PROTEST(7)"). They
# are furniture on every page, the first too: no letterhead, no signer's firm, no letter date.
_MANUAL_NAME = re.compile(r"[A-Z][A-Z0-9_.-]*\(\d[a-z]?\)")


def is_manual_head(line: Sequence[Segment]) -> bool:
    """Whether LINE is a manual page's head or foot: set apart in cells, "NAME(N)" at its end."""
    words = [w.text for s in line for w in s.words]
    return len(line) >= 2 and bool(_MANUAL_NAME.fullmatch(words[-1]))
