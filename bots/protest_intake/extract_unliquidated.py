"""The protest's own word that an entry is not liquidated yet: "The entry has not yet
liquidated", "not liquidated" where the entries' list puts the liquidation date, "Both entries
remain unliquidated". A protest of a liquidation decision filed then is premature (19 U.S.C.
1514(c)(3), P-TIME-3); the rules read these entries as the portal's unliquidated ones."""

from __future__ import annotations

import re

from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.model import ProtestEntry
from bots.protest_intake.rules._common import entry_number_key

# Said of the entry now: "has not (yet) (been) liquidated", "is not yet liquidated", "remains
# unliquidated", "has yet to be liquidated", "not liquidated" alone in a list's column.
_OPEN = re.compile(
    r"(?i)\b(?:(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?liquidated"
    r"|(?:is|are)\s+not\s+yet\s+liquidated|not\s+yet\s+(?:been\s+)?liquidated"
    r"|(?:is|are|remains?|stays?)\s+(?:still\s+)?unliquidated"
    r"|(?:has|have)\s+yet\s+to\s+be\s+liquidated)\b")
# A list's row: the entry's number first, its date, and "not liquidated" where the liquidation
# date would stand, ending the row ("G70-2535561-9  11JUN25  not liquidated"); no verb in it,
# which a sentence's line would have ("... was not liquidated" / "within one year").
_ROW_OPEN = re.compile(r"(?i)\b(?:not\s+(?:yet\s+)?liquidated|unliquidated)\W*$")
# Before the number in a row: a bullet, "Entry", "No.", "#"; a sentence has other words.
_LEAD_WORDS = re.compile(r"(?i)\b(?!(?:entry|no|nr|number)\b)[a-z]{2,}")
_VERB = re.compile(r"(?i)\b(?:was|were|is|are|had|has|have|been|be)\b")
# What turns it into something else: a deemed liquidation argued ("not liquidated within one
# year"), a past state ("had not been liquidated when ..."), a wish ("should not have been").
_NOT_NOW = re.compile(r"(?i)^\s*(?:within|by|before|until|in\s+time|when|on\s+time|timely"
                      r"|at\s+the\s+time)\b")
_DEEMED = re.compile(r"(?i)\bdeemed\b")
# "the entry", "this entry", "both entries", "the entries", "all entries", "each entry".
_WHOLE = re.compile(r"(?i)\b(?:both|all|these|the|each|every|our)\s+(?:\w+\s+)?entries\b")
_ONE = re.compile(r"(?i)\b(?:the|this|that|our|said)\s+entry\b")
_SENTENCE = re.compile(r"[^.;]*(?:[.;]|$)")


def stated_unliquidated(text: str, entries: list[ProtestEntry]) -> frozenset[str]:
    """Entry numbers (as compared) the protest says are not liquidated yet, of those it gives
    no liquidation date for; none where it does not say which."""
    undated = {entry_number_key(entry.entry_number) for entry in entries
               if entry.entry_number and entry.liquidation_date is None}
    if not undated:
        return frozenset()
    found: set[str] = set()
    # An entries' list row: the number first, "not liquidated" in the liquidation column.
    for line in text.split("\n"):
        named = _named(line)
        first = ENTRY_IN_TEXT.search(line)
        if named and first and not _LEAD_WORDS.search(line[:first.start()]) \
                and _ROW_OPEN.search(line) and not _VERB.search(line):
            found |= named & undated
    # A sentence (lines joined): the entries it names, else the ones it points at.
    joined = re.sub(r"\s*\n\s*", " ", text)
    previous: set[str] = set()
    for match in _SENTENCE.finditer(joined):
        sentence = match.group()
        named = _named(sentence)
        if _says_open(sentence) and not _DEEMED.search(sentence):
            if named:
                found |= named & undated
            elif _WHOLE.search(sentence) or (_ONE.search(sentence) and len(entries) == 1):
                found |= undated
            elif previous and _ONE.search(sentence) and len(previous) == 1:
                found |= previous & undated
        previous = named or previous
    return frozenset(found)


def _named(text: str) -> set[str]:
    return {entry_number_key(m.group()) for m in ENTRY_IN_TEXT.finditer(text)}


def _says_open(text: str) -> bool:
    return any(not _NOT_NOW.match(text, found.end()) for found in _OPEN.finditer(text))
