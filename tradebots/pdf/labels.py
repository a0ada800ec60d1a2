"""Find a printed label and read the value to its right or below it, with the value's evidence.

Forms change their box numbers and wording between revisions, so callers match labels with
patterns; `stop` is a pattern for every label of the form, so that a blank box reads as blank
instead of as the next box's label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from tradebots.facts import Evidence
from tradebots.pdf.words import Segment, Word, evidence_of

_ALIGN = 6.0  # points: a value below a label starts where the label starts, give or take
_MAX_RIGHT = 260.0  # points: how far right of a label a value in its own segment may start


@dataclass(frozen=True)
class LabelHit:
    """Where a label pattern matched: the segment and the character span in its text."""

    segment: Segment
    start: int
    end: int

    @property
    def words(self) -> tuple[Word, ...]:
        return self.segment.words_in(self.start, self.end)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def rest(self) -> tuple[Word, ...]:
        """Words of the segment after the label."""
        offsets = self.segment.offsets()
        return tuple(w for w, s in zip(self.segment.words, offsets, strict=True) if s >= self.end)


@dataclass(frozen=True)
class FieldText:
    """The text read for a label, the words it came from, and where it was found."""

    text: str
    words: tuple[Word, ...]
    label: LabelHit
    where: Literal["right", "below"]
    lines: tuple[str, ...] = ()

    def evidence(self) -> Evidence:
        return evidence_of(self.words)


def find_labels(segments: Sequence[Segment], pattern: re.Pattern[str]) -> list[LabelHit]:
    """Every segment whose text starts with the label pattern (after leading white space)."""
    hits = []
    for segment in segments:
        match = pattern.match(segment.text)
        if match is not None and match.end() > match.start():
            hits.append(LabelHit(segment, match.start(), match.end()))
    return hits


def read_right(
    segments: Sequence[Segment], hit: LabelHit, stop: re.Pattern[str] | None = None
) -> FieldText | None:
    """The rest of the label's segment, else the next segment on its line (unless a label)."""
    rest = hit.rest
    if rest:
        return FieldText(" ".join(w.text for w in rest), rest, hit, "right")
    label = hit.segment
    beside = [
        s
        for s in segments
        if s.page == label.page
        and s.x0 > label.bbox[2]
        and s.x0 - label.bbox[2] < _MAX_RIGHT
        and min(s.bottom, label.bottom) - max(s.top, label.top) > 0.5 * min(s.height, label.height)
    ]
    if not beside:
        return None
    nearest = min(beside, key=lambda s: s.x0)
    if stop is not None and stop.match(nearest.text):
        return None
    return FieldText(nearest.text, nearest.words, hit, "right")


def read_below(
    segments: Sequence[Segment],
    hit: LabelHit,
    stop: re.Pattern[str] | None = None,
    max_lines: int = 1,
    indent: float = 0.0,
) -> FieldText | None:
    """Up to `max_lines` segments under the label, aligned with it (or set in by up to `indent`
    points, as a box's value under its caption), until a gap or a label."""
    label = hit.segment
    x0 = hit.x0
    column = sorted(
        (s for s in segments if s.page == label.page and s.top >= label.bottom - 1
         and -_ALIGN <= s.x0 - x0 <= _ALIGN + indent and s is not label),
        key=lambda s: s.top,
    )
    taken: list[Segment] = []
    previous_bottom, gap_limit = label.bottom, 2.2 * label.height
    for segment in column:
        if len(taken) == max_lines or segment.top - previous_bottom > gap_limit:
            break
        if stop is not None and stop.match(segment.text):
            break
        taken.append(segment)
        previous_bottom, gap_limit = segment.bottom, 1.2 * segment.height
    if not taken:
        return None
    words = tuple(w for s in taken for w in s.words)
    lines = tuple(s.text for s in taken)
    return FieldText(" ".join(lines), words, hit, "below", lines)


def read_field(
    segments: Sequence[Segment],
    label: re.Pattern[str],
    *,
    stop: re.Pattern[str] | None = None,
    max_lines: int = 1,
    accept: Callable[[str], bool] = bool,
) -> FieldText | None:
    """The first value `accept` takes, right of or below any match of `label`."""
    for hit in find_labels(segments, label):
        for found in (read_right(segments, hit, stop), read_below(segments, hit, stop, max_lines)):
            if found is not None and accept(found.text):
                return found
    return None
