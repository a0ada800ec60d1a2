"""The party's captions read by where they stand, not by the line of text they share: a sidebar's
or a web form's caption over its boxed value ("Filed for" / "Acme Inc."), beside another column's
text, and a caption printed to the right of its value ("Acme Inc.      Name of protestant"),
19 CFR 174.13(a)(1) and (a)(2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.caption_rows import in_column
from bots.common.reading.parties import STATE_ZIP
from bots.protest_intake.extract_fields import WHO_FILES, Fields, fold
from bots.protest_intake.extract_grid import is_caption_tail
from bots.protest_intake.extract_stacked import NAME_CAPTION, STACKED, caption_of, labelled_line
from tradebots.pdf.words import Segment, evidence_of

_KEYS = ("protestant_name", "protestant_address")
_ALIGN = 3.0  # points: how far a value may start from its caption's left edge
_REACH = 2.5  # line heights under its caption within which a value stands
_BESIDE = 0.6  # line heights: segments whose tops differ by less stand on one printed line
_ADDRESS_LINES = 3
_JITTER = 0.5  # points: a scan's OCR heights of one type size differ by up to this
_SMALLER = 2.0  # points: a caption under its value is set this much smaller, beyond OCR's jitter
_LEGAL_FORM = re.compile(r"\b(?:Inc|Co|Corp|Ltd|L\.L\.C|Bros)\.$")
_LETTER = re.compile(r"[A-Za-z]")
_NAME_WORDS = 10  # a name beside its caption is a few words, never a sentence


def read_party_columns(lines: Sequence[Sequence[Segment]], fields: Fields) -> None:
    """Each party caption's value: the segment under it in its column, else, in a column of
    captions printed right of their values, the segment to its left on its line."""
    cells = [segment for line in lines for segment in line]
    for index, line in enumerate(lines):
        for caption in line:
            key = caption_of(caption.text)
            # "Filing party" may caption the agent (174.12(a)): the stacked reader weighs it.
            # "PROTESTANT" ending "4. IMPORTER NUMBER OF" over it is that caption's, not one.
            if key not in _KEYS or key in fields.items or WHO_FILES.search(caption.text) \
                    or is_caption_tail(caption, lines, index):
                continue
            left = _left_of(caption, line)
            if left is not None and _labels_column(caption, lines):
                if _fits(key, left.text):
                    _put(fields, key, [left])
                continue
            if not _ends_its_run(caption, line):
                continue  # a sentence's word ("Protestant declares") set apart by justifying
            under = _under(caption, cells)
            if key == "protestant_name" and under and _fits(key, under[0].text):
                _put(fields, key, under[:1])
            elif key == "protestant_address" and under and STATE_ZIP.search(under[-1].text):
                _put(fields, key, under)
            elif not under and (before := _before_small_caption(key, caption, left, cells)):
                _put(fields, key, before)


def _before_small_caption(key: str, caption: Segment, left: Segment | None,
                          cells: Sequence[Segment]) -> list[Segment]:
    """The value a caption in smaller type than its value points back at: right of the value's
    (first) line ("9800 Bissonnet Street   Address" over "Houston, TX 77036"), else under its
    (last) line ("Greenpoint Lamp Works LLC" over "Protestant"); an address down or up to its
    lines' ends."""
    if left is not None and caption.height < left.height - _JITTER:
        value = [left, *_column_after(left, cells)[:_ADDRESS_LINES - 1]]
    else:
        above = [c for c in in_column(caption, cells, _ALIGN + 5.0)
                 if 0.0 <= caption.top - c.bottom <= c.height
                 and caption.height <= c.height - _SMALLER]
        if not above:
            return []
        last = max(above, key=lambda c: c.bottom)
        value = [*_column_before(last, cells), last] if key == "protestant_address" else [last]
    if key == "protestant_name":
        return value[:1] if _fits(key, value[0].text) and not labelled_line(value[0].text) else []
    value = value[:next((i + 1 for i, c in enumerate(value) if STATE_ZIP.search(c.text)),
                        len(value))]
    if any(caption_of(c.text) or labelled_line(c.text) for c in value) \
            or not STATE_ZIP.search(value[-1].text) or not value[0].text[:1].isdigit():
        return []
    return value


def _column_before(last: Segment, cells: Sequence[Segment]) -> list[Segment]:
    """The segments over LAST up its column, each within a line height, up to a street line."""
    run: list[Segment] = []
    first = last
    for cell in sorted(in_column(last, cells, _ALIGN), key=lambda c: -c.top):
        if len(run) == _ADDRESS_LINES - 1 or first.text[:1].isdigit():
            break
        if 0.0 < first.top - cell.bottom <= cell.height:
            run.insert(0, cell)
            first = cell
    return run


def _under(caption: Segment, cells: Sequence[Segment]) -> list[Segment]:
    """The value under CAPTION in its column, down to its city line; none for a blank box (the
    next thing under it is another caption)."""
    below = sorted((c for c in in_column(caption, cells, _ALIGN)
                    if 0.0 < c.top - caption.bottom <= _REACH * caption.height),
                   key=lambda c: c.top)
    if not below:
        return []
    taken: list[Segment] = []
    for cell in [*below, *_column_after(below[0], cells)][:_ADDRESS_LINES]:
        if caption_of(cell.text) or labelled_line(cell.text):
            break
        taken.append(cell)
        if STATE_ZIP.search(cell.text):
            break
    return taken


def _column_after(first: Segment, cells: Sequence[Segment]) -> list[Segment]:
    """The segments following FIRST down its column, each within a line height of the last."""
    run, last = [], first
    for cell in sorted(in_column(first, cells, _ALIGN), key=lambda c: c.top):
        if 0.0 < cell.top - last.bottom <= last.height:
            run.append(cell)
            last = cell
    return run


def _left_of(caption: Segment, line: Sequence[Segment]) -> Segment | None:
    """The segment printed just left of CAPTION on its line, when the caption ends the line."""
    beside = [s for s in line if s is not caption and abs(s.top - caption.top) < _BESIDE
              * caption.height]
    if any(s.x0 > caption.x0 for s in beside):
        return None
    left = [s for s in beside if s.words[-1].x1 < caption.x0]
    return max(left, key=lambda s: s.words[-1].x1) if left else None


def _ends_its_run(caption: Segment, line: Sequence[Segment]) -> bool:
    """Whether CAPTION is the last thing on its line, or the next thing right of it is another
    caption (a row of captions): a caption, not a word of a justified sentence."""
    right = [s for s in line if s.x0 > caption.x0 and abs(s.top - caption.top) < _BESIDE
             * caption.height]
    return not right or caption_of(min(right, key=lambda s: s.x0).text) is not None


def _labels_column(caption: Segment, lines: Sequence[Sequence[Segment]]) -> bool:
    """Whether CAPTION stands in a column of captions each printed right of a value: the next
    thing down its column stands beside a value too (a sidebar's value under its caption stands
    alone), and a second caption there is known: the layout is recognised, not guessed."""
    column = [(cell, line) for line in lines for cell in in_column(caption, line, _ALIGN)
              if cell.top > caption.top]
    if not column:
        return False
    below, its_line = min(column, key=lambda pair: pair[0].top)
    return _left_of(below, its_line) is not None and any(
        caption_of(cell.text) and _left_of(cell, line) for cell, line in column)


def _fits(key: str, text: str) -> bool:
    if key == "protestant_address":
        return bool(STATE_ZIP.search(text))
    # A sentence ends in a stop; a name only in its legal form's ("Acme Co.").
    sentence = text.rstrip().endswith((".", ":")) and not _LEGAL_FORM.search(text)
    # A name with its address on its line is the stacked reader's to split; a name is words,
    # never a number alone (an importer number under a caption read wrongly as the name's).
    # "Protestant" over "NAME": the name's own caption under the topic's heading is no name.
    return len(text.split()) <= _NAME_WORDS and not sentence and not STATE_ZIP.search(text) \
        and _LETTER.search(text) is not None and not NAME_CAPTION.match(text)


def _put(fields: Fields, key: str, segments: list[Segment]) -> None:
    value = ", ".join(fold(s.text) for s in segments)
    fields.put(key, value, evidence_of([w for s in segments for w in s.words]), STACKED)
