"""What a worksheet ticks in drawn squares or circles: the 1592(c) culpability among its levels,
a prior disclosure's own box, and the Yes/No of the disclosure and commercial questions. A fill,
a dot or a tick drawn as lines leaves no mark in the text, so only the shared toolkit's geometry
can tell (19 CFR Part 171 App. B (B); 1592(c)(4); 162.77(c))."""

from __future__ import annotations

import re

from bots.common.reading.tick_boxes import box_captions, drawn_answer, drawn_boxes
from bots.penalty_notice.culpability import culpability_named
from bots.penalty_notice.extract_header import LABELLED
from bots.penalty_notice.extract_prose import read_noncommercial
from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument, TextStream
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


# Yes/No questions a worksheet answers with drawn boxes: the disclosure (1592(c)(4)) and whether
# the importation is commercial (162.77(c)), asked either way round.
_ITEM = r"(?i)^\W*(?:\d{1,2}[.)]\s*)?"
_QUESTIONS = (
    ("prior_disclosure", re.compile(_ITEM + r"(?:was\s+a\s+)?prior\s+disclos"), False),
    ("noncommercial", re.compile(_ITEM + r"(?:is\s+the\s+)?non[\s-]*commercial"), False),
    ("noncommercial", re.compile(_ITEM + r"(?:is\s+the\s+)?commercial\s+(?:importation|shipment"
                                 r"|entry)"), True),
)


_ANSWER = re.compile(r"(?i)^(?:yes|no)\b")


def read_drawn_disclosure(document: PdfDocument, labelled: dict[str, Extracted]) -> None:
    """A drawn box captioned "Prior disclosure" answers whether one was made: ticked or empty;
    a question with a drawn "Yes"/"No" pair (the disclosure, a noncommercial or commercial
    importation) by the word after its one ticked box, over the label reader's first word. Two
    captioned boxes leave the disclosure as read; a pair ticked neither or both leaves it unread."""
    boxes = drawn_boxes(document)
    found = [(box, words) for line in box_captions(boxes) for box, words in line
             if words and _DISCLOSURE_CAPTION.match(" ".join(w.text for w in words))]
    if "prior_disclosure" not in labelled and len(found) == 1:
        box, words = found[0]
        labelled["prior_disclosure"] = Extracted(box.ticked, evidence_of(list(words)), LABELLED)
    for key, question, inverse in _QUESTIONS:
        on_line = [b for b in boxes if question.match(b.line)]
        if len(on_line) != 2 or not all(b.after and _ANSWER.match(b.after[0].text)
                                        for b in on_line):
            continue
        # The line's text prints both answers; the label reader took the first word after the
        # question, ticked or not: only the drawn mark answers, else a person reads it.
        labelled.pop(key, None)
        answer = drawn_answer(on_line)
        if answer is not None:
            after = [w for b in on_line for w in b.after]
            labelled[key] = Extracted(answer != inverse, evidence_of(after), LABELLED)


# A box captioned as the importation's kind: "Noncommercial importation", "Non-commercial".
_NONCOMMERCIAL_CAPTION = re.compile(
    r"(?i)^\W*non[\s-]*commercial(?:\s+(?:importation|shipment|entry|use))?\W*$")


def read_drawn_noncommercial(document: PdfDocument, stream: TextStream,
                             labelled: dict[str, Extracted], prose: dict[str, Extracted]) -> None:
    """One drawn box captioned "Noncommercial importation" answers whether it is one, ticked
    or empty (162.77(c)), as the disclosure's box does; the sentence reader's take of the
    caption's own word is dropped, and only words elsewhere may disagree with the box."""
    found = [(box, words) for line in box_captions(drawn_boxes(document)) for box, words in line
             if words and _NONCOMMERCIAL_CAPTION.match(" ".join(w.text for w in words))]
    if "noncommercial" in labelled or len(found) != 1:
        return
    box, words = found[0]
    labelled["noncommercial"] = Extracted(box.ticked, evidence_of(list(words)), LABELLED)
    prose.pop("noncommercial", None)
    if (told := read_noncommercial(stream, labelled["noncommercial"].evidence)) is not None:
        prose["noncommercial"] = told
