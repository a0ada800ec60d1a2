"""The letter's contract JSON: what `tradebots extract correspondence` prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bots.acknowledge_receipt.extract import LetterReading, read_letter
from bots.acknowledge_receipt.model import Acknowledgement, LetterFacts
from bots.acknowledge_receipt.rules import decide
from tradebots.facts import Finding
from tradebots.result import BotResult

KIND = "correspondence"
UNREAD = 0.5  # a letter may well not print a subject or a date


def letter_result(reading: LetterReading, facts: LetterFacts, decision: Acknowledgement,
                  findings: list[Finding]) -> BotResult:
    """The contract object for FACTS and their decision."""
    return BotResult.read(KIND, reading, facts.to_contract_json(), findings,
                          decision.to_contract_json(), unread_confidence=UNREAD)


def extract_json(path: Path, *, received: date | None, today: date) -> dict[str, Any]:
    """Read and decide one letter, received on RECEIVED (else today)."""
    reading = read_letter(path)
    decision, findings = decide(reading.facts, received=received or today)
    return letter_result(reading, reading.facts, decision, findings).contract_json()
