"""A description standing anywhere next to its own caption, when no reader took it: under the
caption in its column (a sidebar's box), above a caption printed under its value (a form's rule
with its caption below), or left of a caption printed after it on its line. 19 CFR 174.13(a)(5)
asks for the goods' description however the sender lays it out. A request's caption (174.22,
174.24) answered by a bare word under it in its column, where a block beside it shares its
lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.caption_rows import column_run, in_column
from bots.common.reading.lines import rejoin_justified
from bots.common.reading.tick_boxes import yes_no_in_text
from bots.protest_intake.extract_fields import Fields, fold
from bots.protest_intake.extract_stacked import caption_of, heading_of_another, labelled_line
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import Segment, evidence_of

BESIDE = 0.8  # the caption names the field, but which text is its value is judged by place
_KEYS = ("merchandise_description",)
_ALIGN = 6.0  # points: a value starts at its caption's left edge, give or take
_GAP = 0.8  # line heights: a value's lines and its caption stand this close
_MOST_LINES = 4  # lines a description may wrap over
# The yes/no boxes a sender's sheet captions: the two requests, and the drawback declaration
# (174.13(a)(9)) that a row of such captions often ends with.
_REQUESTS = (("accelerated_disposition", "accelerated"),
             ("further_review_requested", "further_review"),
             ("drawback_declaration", "drawback"))
_CAPTION_WORDS = 6  # a request's caption names it in a few words; a sentence says more
_ANSWER = re.compile(r"(?i)^\W*(yes|no|y|n)\W*$")
# Two boxed options, Yes and No, either order, the box before or after its word.
_BOX = r"(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☒☑■☐□])"
_OPTION = rf"(?:{_BOX}\s*(?:yes|no)|(?:yes|no)\s*{_BOX})"
_BOXED_PAIR = re.compile(rf"(?i){_OPTION}\s+{_OPTION}")
# A sentence, not a phrase: it opens as one ("We", "The", "Please") and ends with its stop.
_SENTENCE = re.compile(r"(?i)^(?:we|i|our|the|this|these|it|they|you|please)\b.*[.!?]$")
_WORDS = re.compile(r"[A-Za-z]{2}")  # a value says something in words; "5." numbers a box

Line = Sequence[Segment]


def read_caption_beside(lines: Sequence[Line], fields: Fields) -> None:
    """Each free-text field's value under, above or left of its lone caption: under it first
    (where a caption's value is), elsewhere only when nothing stands under it."""
    for index, line in enumerate(lines):
        for caption in line:
            key = caption_of(caption.text)
            if key not in _KEYS or key in fields.items or not captions_line(line):
                continue
            run = _under(caption, lines, index) or (
                [] if _filled_under(caption, lines, index) else
                _above(caption, lines, index) or _left_of(caption, line))
            if run:
                words = [word for cell in run for word in cell.words]
                fields.put(key, fold(" ".join(cell.text for cell in run)), evidence_of(words),
                           BESIDE)


def read_requests_under(lines: Sequence[Line], fields: Fields) -> None:
    """Each request's (and the drawback declaration's) caption with its bare answer under it in
    its column ("Accelerated Disposition Requested:" / "No"); the caption's own "requested"
    asks nothing."""
    for index, line in enumerate(lines[:-1]):
        for caption in line:
            for key, field in _REQUESTS:
                if key in fields.items or not _request_caption(field, caption.text):
                    continue
                under = in_column(caption, lines[index + 1], _ALIGN)[:1]
                if under and _close(caption, under[0]) \
                        and (answer := _answer(under[0].text)) is not None:
                    fields.put(key, answer, evidence_of(under[0].words), BESIDE)


def _answer(text: str) -> bool | None:
    """A bare "Yes"/"No", or a Yes/No pair of boxes with one ticked ("[ ] Yes [X] No") and
    nothing else: each box of a row of captions answered in its own column."""
    if (word := _ANSWER.match(text)) is not None:
        return word.group(1).lower() in ("yes", "y")
    if _BOXED_PAIR.fullmatch(text.strip()) is None:
        return None
    return yes_no_in_text(text)


def _request_caption(field: str, text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _CAPTION_WORDS and PROTEST.search(field, text) is not None \
        and _ANSWER.match(words[-1]) is None


def captions_line(line: Line) -> bool:
    """Whether a line may hold a caption and its value: cells apart, not a justified sentence
    cut at its stretched gaps into words ("The | goods | were | ...")."""
    return len(rejoin_justified(list(line))) == len(line)


def text_beside(caption: Segment, lines: Sequence[Line], index: int) -> bool:
    """Whether text that may be CAPTION's value stands where a sender puts it: on its line, or
    over or under it in its column. A caption with none is a blank box; so is one whose text
    over it stands under a caption of its own (the box above's value, boxes stacked captions
    over values)."""
    return any(cell is not caption and _free(cell.text) for cell in lines[index]) or any(
        _free(cell.text) and (_close(cell, caption) or _close(caption, cell))
        and not (at < index and _under_its_caption(cell, lines, at))
        for at in (index - 1, index + 1) if 0 <= at < len(lines)
        for cell in in_column(caption, lines[at], _ALIGN))


def _under_its_caption(cell: Segment, lines: Sequence[Line], index: int) -> bool:
    """Whether CELL (on line INDEX) stands right under a caption in its column: that caption's
    value."""
    return index > 0 and any(caption_of(over.text) is not None and _close(over, cell)
                             for over in in_column(cell, lines[index - 1], _ALIGN))


def _free(text: str) -> bool:
    """Text that may be a value: words (not a box's number alone), and no caption, label or
    heading of its own."""
    return _WORDS.search(text) is not None and caption_of(text) is None \
        and not labelled_line(text) and not heading_of_another(text)


def _close(upper: Segment, lower: Segment) -> bool:
    return upper.page == lower.page and 0 <= lower.top - upper.bottom <= _GAP * upper.height


def _next_field(line: Line) -> bool:
    return not any(_free(cell.text) for cell in line)


def _under(caption: Segment, lines: Sequence[Line], index: int) -> list[Segment]:
    """The caption's value in its column on the lines under it (a sidebar's box)."""
    if index + 1 >= len(lines):
        return []
    first = in_column(caption, lines[index + 1], _ALIGN)[:1]
    if not first or not _free(first[0].text) or not _close(caption, first[0]):
        return []
    return [*first, *column_run(caption, lines, index + 1, _ALIGN, _GAP, _next_field)]


def _filled_under(caption: Segment, lines: Sequence[Line], index: int) -> bool:
    """Whether text stands under the caption in its column: its value, though not read here."""
    return index + 1 < len(lines) and any(
        _free(cell.text) and _close(caption, cell)
        for cell in in_column(caption, lines[index + 1], _ALIGN))


def _above(caption: Segment, lines: Sequence[Line], index: int) -> list[Segment]:
    """A lone caption printed under its value: the value's lines over it in its column."""
    if len(lines[index]) != 1:
        return []
    run: list[Segment] = []
    lower = caption
    for line in reversed(lines[max(0, index - _MOST_LINES):index]):
        cells = in_column(caption, line, _ALIGN)
        if len(line) != 1 or not cells or not _free(cells[0].text) or not _close(cells[0], lower):
            break
        run.insert(0, cells[0])
        lower = cells[0]
    return run


def _left_of(caption: Segment, line: Line) -> list[Segment]:
    """A caption printed after its value on one line ("Steel nails   Description of goods"); a
    sentence ending beside a caption ("We ask that ... reviewed.") names no goods."""
    if len(line) != 2 or line[1] is not caption or not _free(line[0].text) \
            or _SENTENCE.match(line[0].text.strip()):
        return []
    return [line[0]]
