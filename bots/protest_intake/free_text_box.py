"""A form's free-text box ("Remarks", "Comments", "Notes", "Additional information") filled with
a phrase that names no field: it may be the goods (19 CFR 174.13(a)(5)) a sender typed in the
only box left for them ("Remarks: Bluetooth speakers, model GX-2"). Where the reader read no
goods, their absence is not vouched for: a person reads the box."""

from __future__ import annotations

import re
from itertools import pairwise

from bots.protest_intake.extract_fields import PAPERS_HELD, POINTER, Fields

# The boxes a form leaves for whatever the sender wants to add, and a bare "Description" (of the
# goods on a form, of the document on a manual page: not read as the goods' caption).
_FREE_BOX = (r"(?:description|remarks?|comments?|notes?"
             r"|additional\s+(?:information|info|details|remarks)|other\s+(?:information|details)|narrative|details|explanation|memo|particulars"
             r"|description\s+of\s+claim|information)")
_RUN_IN = re.compile(rf"(?i)^\s*{_FREE_BOX}\s*[:\-]\s*(?P<value>\S.*)$")
_OWN_LINE = re.compile(rf"(?i)^\s*{_FREE_BOX}\s*:?\s*$")
# A phrase, as goods are named: words, not a sentence told ("Client to send the lists today."),
# not an answer ("N/A", "None").
_PHRASE_WORDS = 12
_SENTENCE = re.compile(r"(?i)[.!?]\s*$|\b(?:is|are|was|were|will|to|has|have|had|please|we|our"
                       r"|i|you|call|send)\b")
_NOTHING = re.compile(r"(?i)^\W*(?:n/?a|none|nil|no|-+)\W*$")


def goods_in_free_box(fields: Fields, text: str) -> frozenset[int]:
    """{5} where no goods were read but a free-text box holds a phrase that may name them."""
    if "merchandise_description" in fields.items:
        return frozenset()
    lines = text.split("\n")
    for line, below in pairwise([*lines, ""]):
        run_in = _RUN_IN.match(line)
        value = run_in["value"] if run_in else below if _OWN_LINE.match(line) else ""
        if _phrase(value.strip()):
            return frozenset({5})
    return frozenset()


def _phrase(value: str) -> bool:
    words = value.split()
    return (1 < len(words) <= _PHRASE_WORDS and any(w.isalpha() for w in words)
            and not _SENTENCE.search(value) and not _NOTHING.match(value)
            and not POINTER.match(value) and not PAPERS_HELD.match(value))
