"""The 1592(c) culpability ticked among levels printed beside drawn squares or circles, and a
prior disclosure's own drawn box: a fill, a dot or a tick drawn as lines leaves no mark in the
text, so only the shared toolkit's geometry can tell which a worksheet ticks (19 CFR Part 171
App. B (B); 1592(c)(4))."""

from __future__ import annotations

import re

from bots.common.reading.tick_boxes import box_captions, drawn_boxes
from bots.penalty_notice.culpability import culpability_named
from bots.penalty_notice.extract_header import LABELLED
from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument
from tradebots.pdf.words import evidence_of


def read_drawn_culpability(document: PdfDocument, labelled: dict[str, Extracted]) -> None:
    """On a line of drawn boxes naming two levels or more, the one ticked level replaces what the
    label reader took from the line's text (the first level printed after the label, whether
    ticked or not); none or several ticked leaves the culpability to a person."""
    for line in box_captions(drawn_boxes(document)):
        levels = [(box, words, culpability_named(" ".join(w.text for w in words)))
                  for box, words in line if words]
        named = [option for option in levels if option[2] is not None]
        if len({level for _, _, level in named}) < 2:
            continue
        labelled.pop("culpability", None)
        ticked = [option for option in named if option[0].ticked]
        if len(ticked) == 1:
            _, words, level = ticked[0]
            labelled["culpability"] = Extracted(level, evidence_of(list(words)), LABELLED)
        return


# A box captioned as the disclosure itself: "Prior disclosure", "Prior disclosure (162.74) made".
_DISCLOSURE_CAPTION = re.compile(
    r"(?i)^\W*prior\s+disclos(?:ure|ed)\b(?:\s*\([^)]*\))?(?:\s+(?:made|filed|received))?\W*$")


def read_drawn_disclosure(document: PdfDocument, labelled: dict[str, Extracted]) -> None:
    """A drawn box captioned "Prior disclosure" answers whether one was made: ticked or empty.
    Two such boxes, or a labelled answer already read, leave it as it is."""
    if "prior_disclosure" in labelled:
        return
    found = [(box, words) for line in box_captions(drawn_boxes(document)) for box, words in line
             if words and _DISCLOSURE_CAPTION.match(" ".join(w.text for w in words))]
    if len(found) == 1:
        box, words = found[0]
        labelled["prior_disclosure"] = Extracted(box.ticked, evidence_of(list(words)), LABELLED)
