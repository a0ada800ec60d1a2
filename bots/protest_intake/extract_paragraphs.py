"""The objection of a letter set out in numbered paragraphs with no heading: the paragraph that
states none of the other elements and argues the decision (cites the tariff, the law or a
ruling). Read only to find the objection present, and only as a guess: a person confirms it
(INFERRED); its absence stays a question (structure)."""

from __future__ import annotations

import re

from bots.common.reading.phrases import CLOSINGS
from bots.protest_intake.extract_fields import ARGUES, INFERRED, PROSE, Fields, fold
from bots.protest_intake.extract_objection_reasons import DEFERRED, deferred
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import TextStream

_NUMBERED = re.compile(r"(?m)^\s*\d{1,2}[.)]\s+")
# A paragraph that states another element: a label line, the entries, the protest itself.
_OTHER = re.compile(
    r"(?i)^[^:\n]{1,40}:|\bprotest(?:s|ed|ing)?\b|\bentr(?:y|ies)\b|same\s+disposition"
)
# Words that argue against the decision, beyond naming the law it concerns.
_REASONING = re.compile(
    r"(?i)\b(?:because|since|should|must|not|never|nothing|neither|nor|instead|rather\s+than"
    r"|governs?|inconsistent"
    # That the goods meet the law the decision applied is a reason it was wrong: "The goods
    # meet the marking requirements of 19 U.S.C. 1304", "complies with 19 CFR 134.11".
    # ("we will meet with the port" is no reason: the goods meet "the", "all", "every" rule)
    r"|meets?\s+(?:the|all|every|each|its|their)|satisf(?:y|ies|ied)|compl(?:y|ies|ied)\s+with"
    r"|conform(?:s|ed)?\s+(?:to|with)"
    r"|contrary|incorrect\w*|wrong\w*|err(?:ed|s|or)?|improper\w*|properly|correct\s+(?:rate|"
    r"classification|value|heading|subheading))\b|n't\b"
)
_MIN_WORDS = 8  # an argument, not a stray line
_ELEMENTS = ("further_review", "accelerated", "drawback")


def read_numbered_objection(stream: TextStream, fields: Fields) -> None:
    """The first numbered paragraph that argues and states no other element."""
    # A justification already shown not given (a heading over a bare objection) is no guess.
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return
    text = stream.text
    numbers = list(_NUMBERED.finditer(text))
    for index, number in enumerate(numbers):
        start = number.end()
        following = numbers[index + 1].start() if index + 1 < len(numbers) else None
        end = _paragraph_end(text, start, following)
        body = text[start:end]
        if (_OTHER.search(body) or any(PROTEST.search(f, body) for f in _ELEMENTS)
                or len(body.split()) < _MIN_WORDS or not ARGUES.search(body)):
            continue
        evidence = stream.evidence(start, end)
        fields.put("objection_text", fold(body), evidence, PROSE)
        if deferred(body) or not reasons_plainly(body):
            fields.put(INFERRED[6], True, evidence, PROSE)
        return


def reasons_plainly(body: str) -> bool:
    """A paragraph that says why the decision is wrong ("should be", "does not", "because",
    "inconsistent with"), not only what it concerns: the objection stated, not guessed."""
    return bool(_REASONING.search(body) or PROTEST.search("objection_prose", body))


def _paragraph_end(text: str, start: int, following: int | None) -> int:
    """The paragraph runs to the next numbered one, else to the closing ("Sincerely,")."""
    closing = CLOSINGS.search("closing", text, start)
    limit = following if following is not None else len(text)
    if closing is not None and closing.start() < limit:
        limit = text.rfind("\n", start, closing.start()) + 1 or closing.start()
    return limit
