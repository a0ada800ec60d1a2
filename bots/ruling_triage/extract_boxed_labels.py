"""A checklist's label beside its answer boxes: "Sample enclosed: [ ] Yes [X] No".

A grid's label cell ("Sample enclosed", "Confidential treatment requested") reads, glued to its
answer cell, as one sentence; the label's words only ask, the ticked box answers. Read first, at a
label's confidence, so the label's words are never taken for a statement.
"""

from __future__ import annotations

import re

from bots.common.reading.answers import Answer, answer_in, is_answer
from bots.common.reading.tick_boxes import TYPED_BOX
from bots.ruling_triage.extract_text import LABELLED, Fields, Span

# A label (no sentence: at most 60 characters, no stop) and then an answer that opens with a box
# or with an answer word followed by a box: "[ ] Yes [X] No", "( ) Yes (x) No", "Yes [ ] No [X]".
_BOXED = re.compile(rf"^[ \t]*(?P<q>[A-Za-z][^:.?!\n\[\]()]{{2,60}}?)[ \t]*:?[ \t]*"
                    rf"(?P<a>(?:{TYPED_BOX}|(?:yes|no)[ \t]*(?:{TYPED_BOX}))[^\n]*)$", re.I)
_SAMPLE = re.compile(r"\bsamples?\b", re.I)
# "Return of sample requested", "Sample available on request": not whether one is sent.
_NOT_SENDING = re.compile(r"\breturn|\bavailable\b|\bon\s+request|\bif\s+(?:requested|needed)",
                          re.I)
_CONFIDENTIAL = re.compile(r"\bconfidential", re.I)


def read_boxed_labels(sentences: list[Span], fields: Fields) -> None:
    """Sample and confidentiality from labels answered by ticked boxes on their own line."""
    for sentence in sentences:
        found = _BOXED.match(sentence.text)
        if found is None or not is_answer(found["a"]):
            continue
        said = answer_in(found["a"])
        if said not in (Answer.YES, Answer.NO):
            continue  # none ticked, or both: the label states nothing
        question = found["q"]
        span = Span(sentence.paragraph, sentence.start, sentence.end)
        if _CONFIDENTIAL.search(question):
            fields.put_span("confidential_requested", said is Answer.YES, span, LABELLED)
        elif _SAMPLE.search(question) and not _NOT_SENDING.search(question):
            fields.put_span("sample_provided", said is Answer.YES, span, LABELLED)
