"""An address whose city line is set apart on its street's line, in the next cell of a grid.

A ledger card or a header box of two caption | value pairs a row may leave the second caption
blank and give the address's city line in its cell ("ADDRESS  615 West Lake Avenue   Dearborn,
MI 48126"): the street read beside its label stops short, and the next segment of the same
line, with no caption between, is exactly a city, state and ZIP. The notice is mailed to the
whole address (19 CFR 162.77(b)).
"""

from __future__ import annotations

from collections.abc import Sequence

from bots.common.reading.parties import CITY_STATE_ZIP, STATE_ZIP, joined_evidence
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import Segment

_SAME_LINE = 0.5  # line heights: how far apart two segments' tops may stand on one line
# A city read from a cell no caption names: surer than a guess, less than its labelled street.
_SET_APART = 0.85


def city_set_apart(segments: Sequence[Segment], street: Extracted) -> Extracted:
    """STREET with the city line printed right of it on its own line, when the next segment
    there is nothing but a city, state and ZIP; else STREET as read."""
    where = street.evidence
    if where is None or not isinstance(street.value, str) or STATE_ZIP.search(street.value):
        return street
    x1, top, bottom = where.bbox[2], where.bbox[1], where.bbox[3]
    reach = _SAME_LINE * max(bottom - top, 1.0)
    right = sorted((s for s in segments if s.page == where.page and s.x0 >= x1 - 1.0
                    and abs(s.top - top) <= reach), key=lambda s: s.x0)
    if not right or not CITY_STATE_ZIP.fullmatch(right[0].text):
        return street  # nothing there, or the next cell is another caption's or its value
    city = right[0]
    evidence = joined_evidence(where, Evidence(city.page, city.bbox, city.text))
    return Extracted(f"{street.value.rstrip(' ,')}, {' '.join(city.text.split())}",
                     evidence, min(street.confidence, _SET_APART))
