"""The objection (19 CFR 174.13(a)(6)) set out with no heading: the sentence that names the
decision protested, then the sentences that argue why it is wrong, up to the next element."""

from __future__ import annotations

from bots.common.reading.sentences import sentence_spans
from bots.protest_intake.extract_decision import decision_in
from bots.protest_intake.extract_elements import DEFERRED, gives_reasons
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from bots.protest_intake.extract_paragraphs import ARGUES
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import TextStream

_ELEMENTS = ("further_review", "accelerated", "drawback")
_MOST_SENTENCES = 8  # an argument's paragraph, not the rest of the document


def read_argument(stream: TextStream, fields: Fields) -> None:
    """Put the objection from the sentences after the decision protested is named, when they
    cite the law or its terms (ARGUES) and give a reason; nothing when another cue found it."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return
    text = stream.text
    spans = list(sentence_spans(text))
    for index, (start, end) in enumerate(spans):
        if decision_in(text[start:end]) is None:
            continue
        argued: list[tuple[int, int]] = []
        for following in spans[index + 1:index + 1 + _MOST_SENTENCES]:
            sentence = text[following[0]:following[1]]
            if any(PROTEST.search(field, sentence) for field in _ELEMENTS) \
                    or PROTEST.heading("objection_heading", sentence):
                break
            argued.append(following)
        if not argued:
            continue
        body = fold(text[argued[0][0]:argued[-1][1]])
        if ARGUES.search(body) and gives_reasons(body):
            fields.put("objection_text", body,
                       stream.evidence(argued[0][0], argued[-1][1]), PROSE)
        return
