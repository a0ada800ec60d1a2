"""Whether an importation is commercial, asked as a yes/no question on a worksheet.

"Commercial importation [X] Yes [ ] No" puts the polarity in the question, not the answer: a
No there is a noncommercial importation, which takes the penalty notice without a pre-penalty
notice (19 CFR 162.77(c)). "Noncommercial importation: Yes" asks it the other way round.
"""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import IN_SENTENCE, yes_no_of
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_QUESTION = re.compile(
    r"(?i)\b(?P<non>non[\s-]*)?commercial\s+(?:importation|shipment|entry|use)\b\??[ \t:]*"
    r"(?P<answer>[^\n]*)"
)


def read_commercial_question(stream: TextStream) -> Extracted | None:
    """True for a noncommercial importation, from the answer to either question; None when no
    such question is answered."""
    for match in stream.finditer(_QUESTION):
        answer = yes_no_of(match.group("answer"))
        if answer is None:
            continue
        noncommercial = answer if match.group("non") else not answer
        return Extracted(noncommercial, stream.evidence(match.start("answer"), match.end("answer")),
                         IN_SENTENCE)
    return None
