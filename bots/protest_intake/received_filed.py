"""Whether the received date read is only the sender's own filing date: "Date of filing:",
"Filing date", "Date filed" on its particulars, with no word of CBP or of receipt. Filing is
receipt by CBP (19 CFR 174.12(f)); what the sender writes there is the day it sent the protest,
which the receipt date given for the document (the stored day, --received) beats."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import RECEIPT_LABEL
from tradebots.facts import Extracted

_FILING_LABEL = re.compile(rf"(?i)(?:{RECEIPT_LABEL})\W*$")
# The receipt or CBP named: "Date received", "Filed with CBP on", a RECEIVED stamp.
_NAMES_RECEIPT = re.compile(r"(?i)\brec(?:eived|eipt)\b|\bCBP\b|\bACE\b|\bstamp")


def read_as_filed(item: Extracted | None, text: str) -> bool:
    """Whether ITEM's date stands after (or under) a bare filing caption in TEXT."""
    if item is None or item.evidence is None or not item.evidence.text:
        return False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        at = line.find(item.evidence.text)
        if at < 0:
            continue
        caption = line[:at].strip() or (lines[index - 1].strip() if index else "")
        return bool(_FILING_LABEL.search(caption)) and not _NAMES_RECEIPT.search(caption)
    return False
