"""The protest reader's data for the shared absence rule (bots/common/reading/unplaced): which
174.13(a) items text it did not place could hold, and the headings it reads under."""

from __future__ import annotations

import re

from bots.common.reading.unplaced import LETTER_SECTIONS, STOCK_NOTICES, Element
from bots.protest_intake.extract_stacked import caption_of, heading_of_another
from bots.protest_intake.phrasings import PROTEST

# The goods (a)(5) and the objection (a)(6): a sender may give either after a caption, or in
# a table's rows, the reader does not map. A section under a heading of its own ("Count I") is
# prose the objection reader reads as the argument: looked at already.
_CAPTIONED = frozenset({"run-in", "table"})
ELEMENTS = (Element(5, ("merchandise_description",), _CAPTIONED),
            Element(6, ("objection_text",), _CAPTIONED))
# Captions of who writes or acts ("Agent for Protestant:", a signature block's "Name:", "Title:"):
# they name a person or a firm, never the goods or the objection.
_WHO = re.compile(r"(?i)(?:name|title|position|signature|signed(?:\s+by)?|by|contact(?:\s+person)?"
                  r"|(?:prepared|submitted|filed)\s+by|(?:customs\s+)?broker"
                  r"|(?:agent|attorney|counsel|representative)(?:\s+(?:for|of)\s+(?:the\s+)?\w+)?)"
                  r"\s*:?")


def known_heading(text: str) -> bool:
    """Whether the reader reads what stands under TEXT: a caption or a section it knows."""
    return (caption_of(text) is not None or heading_of_another(text)
            or LETTER_SECTIONS.fullmatch(text) is not None
            or STOCK_NOTICES.fullmatch(text) is not None or _WHO.fullmatch(text) is not None
            or any(PROTEST.heading(field, text) for field in PROTEST.phrases))
