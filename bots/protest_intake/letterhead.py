"""The sender's letterhead: where an agent writing for a client prints its own numbers."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates

# A letter written for someone else: a broker, a consultant or an attorney acting for a client.
_FOR_A_CLIENT = re.compile(r"(?i)\bagent\b|\bbroker|power\s+of\s+attorney|\bour\s+client\b"
                           r"|^[^\S\n]*client[^\S\n]*:")
# Where a letter's body begins: its date, its subject or salutation, or the addressee CBP.
_BODY_STARTS = re.compile(r"(?im)^[^\S\n]*(?:re|subject|subj|attn|attention)\b[^\S\n]*:"
                          r"|^[^\S\n]*(?:dear|to\s+whom|gentle(?:men|persons)|sirs?)\b"
                          r"|^[^\S\n]*(?:u\.?\s?s\.?\s+customs|customs\s+and\s+border"
                          r"|protest\s+(?:section|unit)|port\s+director)")


def agents_letterhead_end(text: str) -> int:
    """Where the letterhead of a sender who writes for a client ends in a letter's TEXT (its
    date, subject, salutation or addressee begins the body); 0 for any other letter. A number
    printed before it is the sender's own (its EIN, its filer code), not the importer's."""
    if not _FOR_A_CLIENT.search(text):
        return 0
    ends = [m.start() for m in (_BODY_STARTS.search(text),) if m is not None]
    if dates := find_dates(text):
        ends.append(text.rfind("\n", 0, dates[0].start) + 1)
    return min(ends, default=0)
