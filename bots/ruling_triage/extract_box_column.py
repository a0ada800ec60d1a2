"""A form's options stacked one under another, each behind a drawn box: "[X] Sample enclosed" over
"[ ] Photographs only". The box before the sample's own option says whether one was sent.

A row of options side by side is read by extract_boxes; this reads a column of them, where the
words of all the options may run together into one paragraph and read as a statement
("Sample enclosed Photographs only") although only the box says which one holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.tick_boxes import DrawnBox
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields
from tradebots.facts import Evidence

# The sample's own option names a sample and no documents in its place.
_SAMPLE_OPTION = re.compile(r"^(?!.*\b(?:photo|picture|image|drawing|brochure|catalog|"
                            r"specification|spec\s+sheet|literature|no\s+samples?)\w*).*"
                            r"\bsamples?\b", re.I)
_COLUMN = 3.0  # points: boxes of one column share their left edge, give or take
_STEP = 2.5  # box sides: the next option stands at most this far under the one before


def read_box_column(drawn: Sequence[DrawnBox], fields: Fields) -> None:
    """Whether a sample was sent, from a column of two or more drawn boxes whose options name
    the sample in exactly one of them: that box ticked or not."""
    for column in _columns(drawn):
        options = [(box, " ".join(w.text for w in box.after)) for box in column]
        samples = [(box, words) for box, words in options if _SAMPLE_OPTION.search(words)]
        if len(samples) != 1 or not any(words for _, words in options if words):
            continue
        box, words = samples[0]
        # No box of the column ticked: the option was left open, no sample stated as sent; a
        # tick the reader could not see is less likely than none, so not a labelled "no".
        confidence = LABELLED if any(b.ticked for b in column) else PROSE
        fields.put("sample_provided", box.ticked, _evidence(box, words), confidence)
        return


def _columns(drawn: Sequence[DrawnBox]) -> list[list[DrawnBox]]:
    """Runs of two or more boxes on one page under one another at one left edge."""
    columns: list[list[DrawnBox]] = []
    for box in sorted(drawn, key=lambda b: (b.page, round(b.bbox[0]), b.bbox[1])):
        last = columns[-1][-1] if columns else None
        side = box.bbox[3] - box.bbox[1]
        if (last is not None and last.page == box.page
                and abs(last.bbox[0] - box.bbox[0]) <= _COLUMN
                and 0 < box.bbox[1] - last.bbox[1] <= _STEP * side + side):
            columns[-1].append(box)
        else:
            columns.append([box])
    return [c for c in columns if len(c) > 1]


def _evidence(box: DrawnBox, words: str) -> Evidence:
    right = max((w.x1 for w in box.after), default=box.bbox[2])
    return Evidence(box.page, (box.bbox[0], box.bbox[1], right, box.bbox[3]), words)
