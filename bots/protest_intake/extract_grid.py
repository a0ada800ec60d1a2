"""A summary sheet's caption grid: a row of captions side by side ("Port   Protestant"), each
value printed under its own caption on the next line; the goods or an address may wrap on to
the lines below in their column (19 CFR 174.13(a)(1), (a)(2), (a)(5))."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.caption_rows import column_run, in_column, is_caption_row
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_stacked import STACKED, caption_of, labelled_line, value_under
from tradebots.pdf.words import Segment, evidence_of

_NOTE_ONLY = re.compile(r"\(.*\)")  # "(CBP use)" under a caption: the caption's own note
_COLUMN = 6.0  # points: a value starts this close to its caption's left edge
_WRAP_GAP = 0.5  # line heights: a wrapped line follows closer than the next row of the grid
_WRAPPING = frozenset({"protestant_address", "merchandise_description"})
_SMALLER = 0.9  # a caption this much smaller than its value's line is a form's caption

Line = Sequence[Segment]


def read_caption_grid(lines: Sequence[Line], fields: Fields) -> None:
    """Every row of captions read against the line under it, column by column; a lone caption
    only for a value that wraps (the line readers take a one-line value under a lone caption)."""
    for index, line in enumerate(lines):
        keys = [caption_of(segment.text) for segment in line]
        if not line or None in keys or (len(line) == 1 and keys[0] not in _WRAPPING):
            continue
        below = _value_line(lines, index)
        if below is None:
            continue
        # A lone caption is a form's only when printed smaller than its value, as forms do; in a
        # letter set in one size the line readers take its one-line value.
        if len(line) == 1 and line[0].height >= _SMALLER * lines[below][0].height:
            continue
        for key, caption in zip(keys, line, strict=True):
            assert key is not None
            cells = in_column(caption, lines[below], _COLUMN)[:1]
            if not cells or key in fields.items:
                continue
            if key in _WRAPPING:
                cells += column_run(caption, lines, below, _COLUMN, _WRAP_GAP, _captions_only)
            words = [w for cell in cells for w in cell.words]
            value = value_under(key, " ".join(w.text for w in words))
            fields.put(key, value, evidence_of(words), STACKED)


def _value_line(lines: Sequence[Line], index: int) -> int | None:
    """The line holding the row's values: the next one past caption notes, unless that is a row
    of captions itself (every box left blank)."""
    below = index + 1
    while below < len(lines) and lines[below] and all(
            _NOTE_ONLY.fullmatch(s.text.strip()) for s in lines[below]):
        below += 1
    if below >= len(lines) or not lines[below] or _captions_only(lines[below]) \
            or labelled_line(lines[below][0].text):
        return None  # blank boxes, or a heading over a labelled line ("Goods: ...")
    return below


def _captions_only(line: Line) -> bool:
    return is_caption_row(line, lambda text: caption_of(text) is not None, least=1)
