"""The protest's yes/no questions as a form or a questionnaire asks them, answered any way a
sender answers (bots/common/reading/questions.py), and what each answer means under the rules.

Further review (19 CFR 174.24) and accelerated disposition (174.22) happen only on a request: a
No, an N/A or a question left blank is no request. The drawback declaration (174.13(a)(9)) must
say whether the entry is subject to drawback: only a Yes or a No says that, so an N/A, a blank or
both ticked leaves it to a person.
"""

from __future__ import annotations

import re

from bots.common.reading.answers import Answer
from bots.common.reading.drawn_answers import answer_shapes
from bots.common.reading.questions import answered_question, on_same_line, unusable
from bots.common.reading.tick_boxes import drawn_boxes
from bots.protest_intake.extract_fields import DEFAULTED, LABELLED, Fields
from tradebots.facts import Evidence
from tradebots.pdf import PdfDocument
from tradebots.pdf.words import evidence_of

QUESTIONS: dict[str, re.Pattern[str]] = {
    "further_review_requested": re.compile(r"(?i)further\s+review|\bAFR\b"),
    "accelerated_disposition": re.compile(r"(?i)accelerated\s+disposition"),
    # The declaration's question, not a drawback decision protested ("Is this a drawback
    # protest?"): the entries subject to drawback, a drawback entry or claim.
    "drawback_declaration": re.compile(
        r"(?i)subject\s+(?:to|of)\s+(?:a\s+)?drawback|drawback\s+(?:entry|entries|claim)"
        r"|entr(?:y|ies)\b[^?]{0,80}\bdrawback"),
}
REQUESTS = ("further_review_requested", "accelerated_disposition")
CITATIONS = {"further_review_requested": "19 CFR 174.24",
             "accelerated_disposition": "19 CFR 174.22",
             "drawback_declaration": "19 CFR 174.13(a)(9)"}


def read_answered(document: PdfDocument, fields: Fields) -> dict[str, tuple[str, Evidence]]:
    """Put each question's answer the rules can use; return, by key, why a person must look at
    an answer the rules cannot use (blank, N/A or contradictory), with where it is printed."""
    lines = [line for n in document.page_numbers for line in document.segments(n)]
    boxes, shapes = drawn_boxes(document), answer_shapes(document)
    unclear: dict[str, tuple[str, Evidence]] = {}
    for key, question in QUESTIONS.items():
        if key in fields.items:
            continue  # a box reader answered it already: its mark is surer than no mark seen
        found = answered_question(lines, question, boxes, shapes)
        if found is None or not found.words:
            continue
        evidence = evidence_of(found.words)
        if found.answer in (Answer.YES, Answer.NO):
            fields.put(key, found.answer is Answer.YES, evidence, LABELLED)
        elif key in REQUESTS and found.answer is not Answer.CONTRADICTORY:
            if not found.blank:  # no request made: nothing to act on
                fields.put(key, False, evidence, DEFAULTED)
        else:
            unclear[key] = (f"{unusable(found)}.", evidence)
            if key in REQUESTS:
                fields.put(key, False, evidence, DEFAULTED)  # the question is no request
    return unclear


def still_unclear(unclear: dict[str, tuple[str, Evidence]], fields: Fields
                  ) -> tuple[tuple[str, str], ...]:
    """The (law, reason) of each unclear answer no other cue settled. Another reader's value
    taken from that very question's line is no settlement (it read the question's own words or
    an N/A as an answer): it is dropped, and a person reads the answer."""
    kept = []
    for key, (why, evidence) in unclear.items():
        read = fields.items.get(key)
        if read is not None and read.evidence != evidence \
                and not on_same_line(read.evidence, evidence):
            continue
        if read is not None and key not in REQUESTS:
            del fields.items[key]
        kept.append((CITATIONS[key], why))
    return tuple(kept)
