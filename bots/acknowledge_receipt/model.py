"""A letter received by the office, and the decision to acknowledge it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Outcome = Literal["acknowledge", "needs_human"]


@dataclass(frozen=True)
class LetterFacts:
    """Who wrote, about what, on which day; None where the letter does not say."""

    sender_name: str | None = None
    subject: str | None = None
    letter_date: date | None = None

    def to_contract_json(self) -> dict[str, Any]:
        return {
            "sender_name": self.sender_name,
            "subject": self.subject,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
        }


@dataclass(frozen=True)
class Acknowledgement:
    """Whether the bot acknowledges the letter, and by which day."""

    outcome: Outcome
    received: date
    due: date

    def to_contract_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "received": self.received.isoformat(),
                "due": self.due.isoformat()}
