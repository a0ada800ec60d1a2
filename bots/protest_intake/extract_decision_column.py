"""An entries table with a column naming the decision protested on each row ("ENTRY NUMBER
ENTRY DATE  LIQUIDATION DATE  CATEGORY" over "G2E-7410332-0  07/20/2024  05/17/2025  the
liquidation"): the decision protested, where every row names the same one (19 CFR 174.13(b):
a decision common to all the entries). Rows naming different decisions name none."""

from __future__ import annotations

import re

from bots.protest_intake.extract_entries import ENTRY_IN_TEXT, entries_header
from bots.protest_intake.extract_fields import LABELLED, Fields, category_of
from tradebots.pdf import PdfDocument
from tradebots.pdf.words import evidence_of

# The header's cell over the decision: "CATEGORY", "DECISION PROTESTED", "Decision".
_DECISION_CELL = re.compile(r"(?i)^\W*(?:category(?:\s+of\s+(?:the\s+)?decision)?"
                            r"|(?:protested\s+)?decision(?:\s+protested)?)\W*$")


def read_decision_column(document: PdfDocument, fields: Fields) -> None:
    """Put the decision the table's decision column names on every entry's row, if one."""
    if "category" in fields.items:
        return
    for page in document.page_numbers:
        lines = document.segments(page)
        for index, line in enumerate(lines):
            cell = next((s for s in line if _DECISION_CELL.match(s.text)), None)
            if cell is None or len(line) < 3 \
                    or not entries_header(" ".join(s.text for s in line)):
                continue
            named = set()
            under = []
            for row in lines[index + 1:]:
                if not ENTRY_IN_TEXT.search(" ".join(s.text for s in row)):
                    break
                # The row's cell that stands under the header's: one, or the row is unread.
                cells = [s for s in row if s.x0 < cell.bbox[2] and s.bbox[2] > cell.x0]
                if len(cells) != 1:
                    return
                named.add(category_of(cells[0].text))
                under.append(cells[0])
            if len(named) == 1 and (category := named.pop()) is not None:
                fields.put("category", category,
                           evidence_of([w for s in under for w in s.words]), LABELLED)
            return
