"""The ruling request's contract JSON (extract-contract.md): what `tradebots extract
ruling-request` prints, and what the bot's result starts from."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bots.ruling_triage.extract import RulingExtraction, extract_ruling
from bots.ruling_triage.model import RulingDecision, RulingFacts
from bots.ruling_triage.request_date_order import dated_by_receipt
from bots.ruling_triage.rules.decide import decide_ruling
from tradebots.facts import Finding
from tradebots.result import BotResult

NOT_FOUND = 0.6  # confidence that a value the letter does not give is really absent


def received_date(extraction: RulingExtraction, received: date | None, today: date) -> date:
    """A printed RECEIVED stamp wins; then the date given (--received, the stored date); today."""
    return extraction.received_stamp or received or today


def ruling_result(
    extraction: RulingExtraction,
    facts: RulingFacts,
    decision: RulingDecision,
    findings: list[Finding],
) -> BotResult:
    """The contract object for FACTS (as read, or as a person corrected them) and their decision."""
    return BotResult.read("ruling-request", extraction, facts.to_contract_json(), findings,
                          decision.to_contract_json(), unread_confidence=NOT_FOUND)


def extract_json(path: Path, *, received: date | None, today: date) -> dict[str, Any]:
    """Exactly what `tradebots extract ruling-request PATH` prints."""
    extraction = extract_ruling(path)
    day = received_date(extraction, received, today)
    facts = dated_by_receipt(extraction.facts, day)
    decision, findings = decide_ruling(facts, received=day)
    return ruling_result(extraction, facts, decision, findings).contract_json()
