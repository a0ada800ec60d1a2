"""The 1592(c) culpability ticked among levels printed beside drawn squares: a fill or a tick
drawn as lines leaves no mark in the text, so only the shared toolkit's geometry can tell which
level a worksheet ticks (19 CFR Part 171 App. B (B))."""

from __future__ import annotations

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
