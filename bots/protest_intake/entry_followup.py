"""An entry's date said in the sentence after the one that names it: "The Protestant made entry
number X on 20 May 2024. The entry was liquidated on 15 April 2025." A sender names the entry
once and goes on about it ("It was liquidated ...", "That entry liquidated ...", "CBP liquidated
the entry on ..."): the next sentence counts only when it opens by pointing back at that entry."""

from __future__ import annotations

import re

# The next sentence opens by pointing back at the entry just named, or at its liquidation.
_BACK_TO_ENTRY = re.compile(
    r"(?i)(?:the|this|that|said|such|which|the\s+same)\s+entry\b"
    r"|it\b(?!\s+is\s+(?:our|the)\b)"
    r"|(?:CBP|customs|the\s+port(?:\s+director)?)\s+(?:then\s+|later\s+)?liquidated\s+"
    r"(?:it|the\s+entry|that\s+entry|this\s+entry)\b"
    r"|(?:the\s+)?liquidation(?:\s+of\s+(?:the|that|this|said)\s+entry)?\s+"
    r"(?:took\s+place|was|occurred|followed|is\s+dated|date\s+(?:is|was))\b")
# A sentence's own stop after the one that named the entry, then the next sentence's start.
_NEXT = re.compile(r"\.[ \t]*\n?[ \t]*")


def followup_start(text: str, stop: int, limit: int) -> int | None:
    """Where the sentence after the full stop at STOP starts, when it opens by pointing back at
    the entry the sentence before named and starts before LIMIT (the next entry number)."""
    gap = _NEXT.match(text, stop)
    if gap is None or gap.end() >= limit:
        return None
    return gap.end() if _BACK_TO_ENTRY.match(text, gap.end(), limit) else None
