"""A prior disclosure told as the act, without its name: "The violator disclosed the violation
before CBP learned of it (19 U.S.C. 1592(c)(4))", "there was no disclosure".

19 U.S.C. 1592(c)(4) and 19 CFR 162.74 define the disclosure by what the party did; referrals
that describe the act instead of naming it are read from the verb and its negation, with the
inferred confidence of a sentence read without a label.
"""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import INFERRED
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_NOT_DISCLOSED = re.compile(
    r"(?i)\b(?:no|without(?:\s+any)?)\s+(?:voluntary\s+)?disclosure\b"
    r"|\b(?:not|never)\s+(?:\w+\s+){0,2}disclosed\b|\bdid\s+not\s+disclose\b"
)
_DISCLOSED = re.compile(
    r"(?i)\b(?:voluntarily\s+)?disclosed\s+(?:the|its|this|these|all)\s+"
    r"(?:\w+\s+)?(?:violations?|errors?|underpayments?|omissions?|misstatements?|false)"
    # told in the passive: "the violation was disclosed before any investigation began"
    r"|\b(?:violations?|errors?|underpayments?|omissions?|misstatements?)\s+"
    r"(?:was|were|(?:has|have|had)\s+been)\s+(?:voluntarily\s+)?disclosed\b"
)

_NEGATED = re.compile(r"(?i)\b(?:not|never|no)\s+(?:\w+\s+){0,2}$")


def read_disclosure_act(stream: TextStream) -> Extracted | None:
    """Whether the party disclosed the violation, from the act told; None when neither is told
    or both are (a person reads which applies)."""
    said = [(m, False) for m in stream.finditer(_NOT_DISCLOSED)]
    said += [(m, True) for m in stream.finditer(_DISCLOSED)
             if not _NEGATED.search(stream.text, max(0, m.start() - 30), m.start())]
    if len({value for _, value in said}) != 1:
        return None
    match, value = said[0]
    return Extracted(value, stream.evidence(match.start(), match.end()), INFERRED)
