"""A referral's party caption printed after its value: under it ("Acme Inc." on its rule over
"Violator" in small type) or right of it ("7400 Harbor Blvd   Address"); the value is read from
where the caption points back, its address lines down to the state and ZIP code."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.parties import STATE_ZIP
from tradebots.pdf.labels import FieldText, LabelHit
from tradebots.pdf.words import Segment

_BARE_ZIP = re.compile(r"\s*\d{5}(?:-\d{4})?\s*")
_ALIGN = 8.0  # points: a value and the caption under it start together, give or take
_ADDRESS_LINES = 3
_SMALLER = 2.0  # points: a caption under its value is set this much smaller, beyond OCR's jitter
# or in type this share of its value's size at most (11 pt values over 9 pt captions measure a
# hair under 2 points apart), a step no jitter makes
_SMALLER_SHARE = 0.85


def value_before_caption(segments: Sequence[Segment], hit: LabelHit, stop: re.Pattern[str],
                         address: bool) -> FieldText | None:
    """The value of a caption that stands alone after it: left of it on its line, else right
    above it in larger type; an ADDRESS goes on down its lines to the ZIP code."""
    caption = hit.segment
    if hit.rest or hit.start > 0:
        return None
    # A caption in smaller type than its value: a scan's OCR heights vary by a point or so.
    left = [s for s in segments if s.page == caption.page and s.bbox[2] < caption.x0
            and abs(s.top - caption.top) <= 0.5 * min(s.height, caption.height)
            and caption.height < s.height - 0.5]
    if left:
        first = max(left, key=lambda s: s.x0)
        lines = [first]
        if address:
            lines += _under(segments, first, stop)
    else:
        above = _above(segments, caption)
        if above is None or stop.match(above.text) or not _smaller(caption, above):
            return None
        lines = [above]
        if address:
            lines = [*_over(segments, above, stop), above]
    # (a ZIP code may wrap under its state: "Boise, ID" over "83704")
    if stop.match(lines[0].text) or (address and not STATE_ZIP.search(
            " ".join(s.text for s in lines[-2:]))):
        return None
    texts = tuple(s.text for s in lines)
    if len(texts) > 1 and _BARE_ZIP.fullmatch(texts[-1]):
        texts = (*texts[:-2], f"{texts[-2]} {texts[-1].strip()}")  # the ZIP ends its state's line
    return FieldText(" ".join(texts), tuple(w for s in lines for w in s.words), hit, "below",
                     texts)


def _smaller(caption: Segment, value: Segment) -> bool:
    """Whether CAPTION is set in smaller type than the VALUE over it."""
    return (value.height >= caption.height + _SMALLER
            or caption.height <= _SMALLER_SHARE * value.height)


def _above(segments: Sequence[Segment], key: Segment) -> Segment | None:
    """The segment ending right above KEY within a line, starting where it starts."""
    near = [s for s in segments if s.page == key.page and abs(s.x0 - key.x0) <= _ALIGN
            and -1.0 <= key.top - s.bottom <= _ROW_LINES * s.height]
    if not near:
        return None
    value = max(near, key=lambda s: s.bottom)
    return value if key.top - value.bottom <= value.height or _row_wraps(
        segments, value, key) else None


_ROW_LINES = 3  # lines a row of values may take when one of its cells wraps


def _row_wraps(segments: Sequence[Segment], value: Segment, key: Segment) -> bool:
    """Whether VALUE's row goes on down to right above the caption KEY in another cell (a
    neighbour's address wrapped to a second line, "... Boise, ID" over "83704"): the caption
    stands under the whole row, as far under VALUE as the row runs."""
    return any(s.page == key.page and s is not value and s.top > value.top + 0.5 * value.height
               and -1.0 <= key.top - s.bottom <= s.height
               and (s.x0 > value.bbox[2] or s.bbox[2] < value.x0) for s in segments)


def _under(segments: Sequence[Segment], first: Segment, stop: re.Pattern[str]) -> list[Segment]:
    """The lines under an address's first line in its column, down to its state and ZIP."""
    taken: list[Segment] = []
    last = first
    while not STATE_ZIP.search(last.text) and len(taken) < _ADDRESS_LINES:
        below = [s for s in segments if s.page == last.page and abs(s.x0 - first.x0) <= _ALIGN
                 and -1.0 <= s.top - last.bottom <= last.height]
        if not below or stop.match(below[0].text):
            break
        last = min(below, key=lambda s: s.top)
        taken.append(last)
    return taken


def _over(segments: Sequence[Segment], last: Segment, stop: re.Pattern[str]) -> list[Segment]:
    """The lines over an address's last line in its column, up to its street line."""
    taken: list[Segment] = []
    first = last
    while len(taken) < _ADDRESS_LINES - 1:
        above = _above(segments, first)
        if above is None or stop.match(above.text):
            break
        taken.insert(0, above)
        first = above
        if re.match(r"\s*(?:\d|P\.?\s*O\.?\s+Box)", above.text, re.I):
            break
    return taken
