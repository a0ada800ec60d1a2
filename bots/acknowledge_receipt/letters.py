"""The acknowledgment letter's template and the context it is rendered with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bots.acknowledge_receipt.model import Acknowledgement, LetterFacts
from bots.common.dates import long_date
from bots.common.office import OfficeInfo

TEMPLATE = Path(__file__).resolve().parent / "templates" / "acknowledgment.docx"


def letter_context(facts: LetterFacts, decision: Acknowledgement, office: OfficeInfo, *,
                   letter_date: Any) -> dict[str, Any]:
    """Strings only: the template prints them as they are."""
    return {
        "letter_date": long_date(letter_date),
        "office": office,
        "sender_name": facts.sender_name or "",
        "subject": facts.subject or "your letter",
        "their_date": long_date(facts.letter_date) if facts.letter_date else "",
        "received_date": long_date(decision.received),
    }
