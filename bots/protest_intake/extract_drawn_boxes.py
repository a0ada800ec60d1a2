"""Check boxes drawn as small squares rather than typed as "[X]" (the shared toolkit finds them
and says which is ticked). Each box's line is read as the yes/no question it answers: accelerated
disposition (19 CFR 174.22), further review (174.24) and the drawback declaration (174.13(a)(9))."""

from __future__ import annotations

from bots.common.reading.tick_boxes import drawn_answer, drawn_boxes
from bots.protest_intake.extract_fields import LABELLED, Fields
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import PdfDocument
from tradebots.pdf.words import evidence_of

_QUESTIONS = (("accelerated_disposition", "accelerated"),
              ("further_review_requested", "further_review"),
              ("drawback_declaration", "drawback"))


def read_drawn_boxes(document: PdfDocument, fields: Fields) -> None:
    """Answer each question from the drawn boxes on its line: one box after the question is
    ticked or not; a "Yes"/"No" pair is answered by the word after the ticked box."""
    boxes = drawn_boxes(document)
    for key, phrase in _QUESTIONS:
        on_line = [b for b in boxes if PROTEST.search(phrase, b.line)]
        if not on_line:
            continue
        answer = drawn_answer(on_line)
        if answer is not None:
            words = [w for b in on_line for w in b.after]
            fields.put(key, answer, evidence_of(words) if words else None, LABELLED)
