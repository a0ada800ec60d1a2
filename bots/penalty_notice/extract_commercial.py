"""Whether an importation is commercial, asked as a yes/no question on a worksheet.

"Commercial importation [X] Yes [ ] No" puts the polarity in the question, not the answer: a
No there is a noncommercial importation, which takes the penalty notice without a pre-penalty
notice (19 CFR 162.77(c)). "Noncommercial importation: Yes" asks it the other way round, and
a grid's row captioned "Noncommercial" alone ("Noncommercial  N") asks it too. A sentence may
answer it outright: "The importation was commercial.", "The shipment was not commercial."
"""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import IN_SENTENCE
from bots.penalty_notice.extract_header_values import yes_no_of
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_ANSWER = r"\??[ \t]*[:=]?[ \t]*(?P<answer>[^\n]*)"
_QUESTIONS = (
    re.compile(r"(?i)\b(?P<non>non[\s-]*)?commercial\s+(?:importation|shipment|entry|use)\b"
               + _ANSWER),
    # A grid's row captioned by the flag alone: "Noncommercial  N", "3. Non-commercial? No",
    # "Commercial (Y/N): Y"; the caption starts its line, so a sentence's word is not one.
    re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-*\u2022][ \t]*)?(?P<non>non[\s-]*)?"
               r"commercial\b(?:[ \t]*\((?:y/n|yes/no)\))?" + _ANSWER),
)


def read_commercial_question(stream: TextStream) -> Extracted | None:
    """True for a noncommercial importation, from the answer to either question; None when no
    such question is answered."""
    for question in _QUESTIONS:
        for match in stream.finditer(question):
            answer = yes_no_of(match.group("answer"))
            if answer is None:
                continue
            noncommercial = answer if match.group("non") else not answer
            return Extracted(noncommercial,
                             stream.evidence(match.start("answer"), match.end("answer")),
                             IN_SENTENCE)
    return None


# The importation said to be commercial or not in a sentence ("The importation was commercial.",
# "The entries are commercial importations."); "were commercial invoices" speaks of papers, not
# of the importation. "was noncommercial" is the sentence reading's (extract_prose).
_SAID = re.compile(
    r"(?i)\b(?:importations?|shipments?|entr(?:y|ies)|goods|merchandise)\s+(?:was|were|is|are)"
    r"\s+(?P<not>not\s+)?(?:(?:a|an)\s+)?commercial\b(?![ \t]*/)"
    r"(?!\s+(?:invoices?|documents?|papers?|samples?|quantit\w*|values?|descriptions?|terms?"
    r"|grade|lots?)\b)"
    # "This was a commercial importation.", "It was not a commercial shipment."
    r"|\b(?:this|it)\s+(?:was|is)\s+(?P<not2>not\s+)?(?:(?:a|an)\s+)?commercial\s+"
    r"(?:importation|shipment|entry)\b")


def read_commercial_said(stream: TextStream) -> Extracted | None:
    """True for an importation a sentence calls not commercial, False for one it calls
    commercial; None when no sentence says either."""
    said = stream.search(_SAID)
    if said is None:
        return None
    denied = said.group("not") is not None or said.group("not2") is not None
    return Extracted(denied, stream.evidence(said.start(), said.end()), IN_SENTENCE)
