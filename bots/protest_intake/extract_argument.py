"""The objection (19 CFR 174.13(a)(6)) set out with no heading: the sentence that names the
decision protested, then the sentences that argue why it is wrong, up to the next element."""

from __future__ import annotations

import re

from bots.common.reading.sentences import sentence_spans
from bots.protest_intake.extract_decision import decision_in
from bots.protest_intake.extract_fields import ARGUES, PROSE, Fields, fold
from bots.protest_intake.extract_objection_reasons import (
    COMPLIES,
    DEFERRED,
    argued_words,
    gives_reasons,
)
from bots.protest_intake.phrasings import PROTEST, objection_heading
from tradebots.pdf import TextStream

_ELEMENTS = ("further_review", "accelerated", "drawback")
# The protest's own authority (19 U.S.C. 1514, 19 CFR Part 174) is cited by every protest; it
# argues nothing about the decision.
PROTEST_AUTHORITY = re.compile(r"(?i)19\s+U\.?S\.?C\.?\s+(?:§\s*)?1514\S*|19\s+C\.?F\.?R\.?\s+"
                        r"(?:Part\s+174|174\.\d+\S*)")
# Sentences about the filing, not the decision: "This protest is filed ...", "Our address is".
_FILING = re.compile(r"(?i)\bthis\s+protest\s+is\s+(?:filed|submitted|made|lodged)"
                     r"|\baddress\s+is\b|\bplease\s+contact\b")
# A sender who protests what cannot be protested (a penalty petition's decision, liquidated
# damages, Commerce's AD/CVD determination) still argues it after naming it: the rules need that
# argument to see the protest is invalid (1514(b), 171.22, 172.22).
# The lodging verb as senders write it: "protests", "contests", "challenges", "objects to";
# a clerk's "we do not agree with the decision ... on our petition" (or "disagree with"), who
# calls the letter a protest only after it, lodges it the same way.
UNPROTESTABLE = re.compile(r"(?i)(?:\b(?:protest|contest|challeng|object|disput|disagree)\w*\b"
                           r"|\b(?:do|does|did)(?:\s+not|n[o']t)\s+agree\s+with\b)[^.]{0,60}?"
                           r"\b(?:penalt(?:y|ies)|petition|liquidated\s+damages|antidumping"
                           r"|countervailing)\b")
# "I am writing to protest what Customs did on our ...", "we object to how CBP treated the
# goods": the decision named by what was done, the argument that follows says what it was.
_WHAT_WAS_DONE = re.compile(r"(?i)\b(?:protest|contest|challeng|object|disput|appeal)\w*"
                            r"\s+(?:to\s+|against\s+)?(?:what|how|the\s+way)\b")
_MOST_SENTENCES = 8  # an argument's paragraph, not the rest of the document


def read_argument(stream: TextStream, fields: Fields) -> None:
    """Put the objection from the sentences after the decision protested is named, when they
    cite the law or its terms (ARGUES) and give a reason; nothing when another cue found it."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return
    text = stream.text
    spans = list(sentence_spans(text))
    for index, (start, end) in enumerate(spans):
        # "the liquidation" names the act, not what is wrong with it: no argument follows it.
        names_none = decision_in(text[start:end]) in (None, "liquidation")
        unprotestable = names_none and bool(UNPROTESTABLE.search(text[start:end]))
        if names_none and not unprotestable and not _WHAT_WAS_DONE.search(text, start, end):
            continue
        argued: list[tuple[int, int]] = []
        for following in spans[index + 1:index + 1 + _MOST_SENTENCES]:
            sentence = text[following[0]:following[1]]
            if any(PROTEST.search(field, sentence) for field in _ELEMENTS) \
                    or objection_heading(sentence) or _FILING.search(sentence):
                break
            argued.append(following)
        if not argued:
            continue
        # What only names the decision again (its labelled line, "The protestant objects to
        # the appraised value") gives no reason, though it uses the law's words.
        reasons = PROTEST_AUTHORITY.sub(" ", argued_words(text[argued[0][0]:argued[-1][1]]))
        # What cannot be protested is named only in the lodging sentence ("protests the decision
        # on its petition for relief"): the objection keeps it, or what it attacks is lost.
        first = argued[0][0]
        if unprotestable:
            # From the line the protest is lodged on: an unstopped heading above is not in it.
            lodged = UNPROTESTABLE.search(text, start, end)
            first = max(start, text.rfind("\n", 0, lodged.start()) + 1) if lodged else start
        # The goods said to meet the law's requirements argue as a cite does.
        if (ARGUES.search(reasons) or COMPLIES.search(reasons)) and gives_reasons(reasons):
            fields.put("objection_text", fold(text[first:argued[-1][1]]),
                       stream.evidence(first, argued[-1][1]), PROSE)
        return
