"""Reasons that find fault with how the decision was made, in words the argument readers do not
count as a reason: "The entry was liquidated at a rate that does not reflect the exclusion in
effect on the date of entry", "CBP failed to apply the reduced rate", "the port disregarded the
ruling", "the assessment is inconsistent with ..." (19 CFR 174.13(a)(6): the objection and why)."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import PROSE, Fields, fold
from bots.protest_intake.extract_objection_lodged import lodged_sentence
from bots.protest_intake.extract_objection_reasons import DEFERRED
from tradebots.pdf import TextStream

# The decision measured against what it should have followed, and found wanting.
_FAULT = re.compile(
    r"(?i)\b(?:does|do|did)\s+not\s+(?:reflect|apply|account\s+for|take\s+(?:into\s+account"
    r"|account\s+of)|give\s+effect\s+to|conform\s+to|correspond\s+to|comply\s+with|recogni[sz]e)"
    r"|\bfail(?:s|ed|ing)?\s+to\s+(?:reflect|apply|account|take|give|consider|recogni[sz]e"
    r"|allow|grant)"
    r"|\b(?:disregard|overlook|ignor)(?:s|ed|es|ing)?\b"
    r"|\b(?:inconsistent|at\s+odds)\s+with\b|\bnot\s+in\s+accordance\s+with\b|\bin\s+error\b"
    r"|\bshould\s+not\s+have\s+been\b")


def read_reasons_fault(stream: TextStream, fields: Fields) -> None:
    """Put the lodging sentence and the reasons after it as the objection where no reader read
    one and those reasons find fault with the decision; a deferral read from the same lodging
    (no reasons seen) then no longer holds."""
    if "objection_text" in fields.items:
        return
    lodged = lodged_sentence(stream)
    if lodged is None:
        return
    start, end, reasons_end = lodged
    if reasons_end <= end or not _FAULT.search(fold(stream.text[end:reasons_end])):
        return
    fields.put("objection_text", fold(stream.text[start:reasons_end]),
               stream.evidence(start, reasons_end), PROSE)
    fields.items.pop(DEFERRED, None)
