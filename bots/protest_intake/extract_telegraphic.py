"""Requests said in a cable's clipped words: "ACCEL DISPOSITION RQSTD UNDER 19 CFR 174.22",
"FURTHER REVIEW NOT RQSTD", "FURTHER REVIEW REQD." A telex drops the verb and abbreviates the
words, so the letter's sentence readers find no request in them (19 CFR 174.22, 174.24)."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import PROSE, Fields
from tradebots.pdf import TextStream

# The request's words, whole or clipped, then "requested" or "not requested", whole or clipped.
# A clipped word's stop may be read as a run-in heading's colon ("7. ACCEL: DISP. REQD").
_ACCELERATED = r"accel(?:erated?|[.:])?\s+disp(?:osition|[.:])?"
_FURTHER = r"(?:further|furth[.:]?|fthr)\s+(?:review|rvw|rev[.:])"
_ASKED = r"(?:requested|rqstd|rqsted|reqd|req'd|rqst(?:ed)?)"
_REQUEST = re.compile(
    rf"(?im)^[^\S\n]*(?:\d{{1,2}}[.)][^\S\n]*)?(?:(?P<accelerated>{_ACCELERATED})"
    rf"|(?P<further>{_FURTHER}))[^\S\n]+(?P<not>(?:not|no)[^\S\n]+)?{_ASKED}\b")
# Only clipped wording: the sentence readers read a request written out in full.
_CLIPPED = re.compile(r"(?i)\b(?:accel|disp|furth|fthr|rvw|rqstd|rqsted|reqd|req'd|rqst)\b")


def read_telegraphic_requests(stream: TextStream, fields: Fields) -> None:
    """Put each request a clipped line answers, asked or not."""
    for match in stream.finditer(_REQUEST):
        if not _CLIPPED.search(match.group(0)):
            continue
        key = "accelerated_disposition" if match.group("accelerated") \
            else "further_review_requested"
        fields.put(key, match.group("not") is None,
                   stream.evidence(match.start() + len(match.group(0)) - len(
                       match.group(0).lstrip()), match.end()), PROSE)
