"""The protest's contract JSON (extract-contract.md): what `tradebots extract protest` prints."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bots.protest_intake.extract import ProtestExtraction, contract_values, extract_protest
from bots.protest_intake.model import ProtestDecision, ProtestFacts
from bots.protest_intake.rules import RULES_VERSION, decide
from tradebots.facts import Finding
from tradebots.result import BotResult


def with_received_date(facts: ProtestFacts, fallback: date | None) -> ProtestFacts:
    """A CBP receipt date printed on the document wins; otherwise the date given for it. The
    sender's own filing date is no CBP receipt (174.12(f)): it serves only when none is given."""
    if fallback is None or (facts.received_date is not None and not facts.received_as_filed):
        return facts
    return replace(facts, received_date=fallback)


def protest_result(
    extraction: ProtestExtraction,
    facts: ProtestFacts,
    decision: ProtestDecision,
    findings: list[Finding],
) -> BotResult:
    """The contract object with the values as decided on (after corrections)."""
    return BotResult.read("protest", extraction, contract_values(facts), findings,
                          decision_json(decision))


def decision_json(decision: ProtestDecision) -> dict[str, Any]:
    return {
        "outcome": decision.outcome,
        "deadline": decision.deadline.isoformat() if decision.deadline else None,
        "last_days": {k: v.isoformat() for k, v in decision.last_days.items()},
        "missing": list(decision.missing),
    }


def extract_json(path: Path, *, received: date | None, today: date) -> dict[str, Any]:
    """`tradebots extract protest`: read and decide one file with no portal and no queue."""
    extraction = extract_protest(path)
    facts = with_received_date(extraction.facts, received)
    decision, findings = decide(facts, today=today)
    return protest_result(extraction, facts, decision, findings).contract_json()


__all__ = ["RULES_VERSION", "extract_json", "protest_result", "with_received_date"]
