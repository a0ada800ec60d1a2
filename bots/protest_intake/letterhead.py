"""The sender's letterhead: where an agent writing for a client prints its own numbers."""

from __future__ import annotations

import re

from bots.common.reading.date_line import date_line

# A letter written for someone else: a broker, a consultant or an attorney acting for a client,
# as the writer says of itself. "Agent" or "broker" alone may be the argument's ("the buying
# agent acted for the buyer", "through the same customs broker").
_FOR_A_CLIENT = re.compile(
    r"(?im)power\s+of\s+attorney|\bour\s+client\b|^[^\S\n]*client[^\S\n]*:"
    r"|\b(?:we|I)\s+(?:act|are\s+acting|am\s+acting|represent|appear)\b"
    r"|\bas\s+(?:its|their|the\s+importer's|the\s+protestant's)\s+(?:customs\s+)?"
    r"(?:agent|broker|attorneys?|counsel|representative)\b"
    r"|\blicensed\s+customs\s+broker\b|\bagent\s+(?:for|of)\s+the\s+(?:importer|protestant)\b")
# Where a letter's body begins: its date, its subject or salutation, or the addressee ("To:", CBP).
_BODY_STARTS = re.compile(r"(?im)^[^\S\n]*(?:re|subject|subj|attn|attention|to|date)\b[^\S\n]*:"
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
    # The letter's own date on a line of its own ends the letterhead; a date further on (an
    # entry's, in a table) says nothing of where the letterhead ended.
    at = 0
    for line in text.split("\n"):
        if date_line(line) is not None:
            ends.append(at)
            break
        at += len(line) + 1
    return min(ends, default=0)
