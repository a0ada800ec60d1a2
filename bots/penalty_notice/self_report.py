"""A prior disclosure told as a self-report: "The importer self-reported the violation before the
investigation began", "Self-disclosed: Yes", "the company came forward voluntarily".

19 CFR 162.74(a): a disclosure of the circumstances of a violation made before, or without
knowledge of, the commencement of a formal investigation is a prior disclosure, whatever the
referral calls it. Read unread, the disclosure defaults to none and the notice would propose the
full penalty (1592(c)(4) caps it). A self-report made after the investigation began, or in
answer to it, is no prior disclosure (162.74(g)); a denied one ("did not self-report") is none.
"""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import INFERRED
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_SELF_REPORT = re.compile(
    r"(?i)\bself[-\s]?(?:report|disclos|identifi|declar)\w*"
    r"|\bcame\s+forward\b"
    r"|\bvoluntarily\s+(?:report|notif|inform|advis|told|self)\w*"
)
# Denied before the act: "did not self-report", "no self-disclosure", "never came forward".
_DENIED_BEFORE = re.compile(r"(?i)\b(?:no|not|never|n't|nor|without)\s+(?:\w+\s+){0,2}$")
# A form's answer after the act on its line: "Self-reported before the investigation: No".
_ANSWER = re.compile(r"(?i)[^\n.:?]{0,60}[:?]\s*(?:(?P<no>no|n|none|false)|(?P<yes>yes|y|true))\b")
# Made once CBP was already at it: no prior disclosure (162.74(g)).
_TOO_LATE = re.compile(
    r"(?i)[^.\n]{0,120}?\b(?:after|following|in\s+(?:response|answer|reply)\s+to|during|once)"
    r"\s+(?:the\s+|a\s+|an\s+|cbp'?s?\s+)?(?:\w+\s+){0,2}"
    r"(?:investigation|audit|inquiry|request|cf[-\s]?28|notice|visit|examination)")


def read_self_report(stream: TextStream) -> Extracted | None:
    """Whether the party reported the violation itself before any investigation; None when no
    self-report is told, or the referral tells it both ways (a person reads which applies)."""
    said: list[tuple[re.Match[str], bool]] = []
    for match in stream.finditer(_SELF_REPORT):
        if _DENIED_BEFORE.search(stream.text, max(0, match.start() - 30), match.start()):
            said.append((match, False))
        elif (answer := _ANSWER.match(stream.text, match.end())) is not None:
            said.append((match, answer.group("yes") is not None))
        else:
            said.append((match, _TOO_LATE.match(stream.text, match.end()) is None))
    if len({value for _, value in said}) != 1:
        return None
    match, value = said[0]
    return Extracted(value, stream.evidence(match.start(), match.end()), INFERRED)
