"""The protest's contract JSON (extract-contract.md): what `tradebots extract protest` prints."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from bots.protest_intake.extract import ProtestExtraction, contract_values, extract_protest
from bots.protest_intake.model import PriorProtest, ProtestDecision, ProtestFacts
from bots.protest_intake.rules import RULES_VERSION, decide
from tradebots.facts import Finding


@dataclass(frozen=True)
class ProtestReading:
    """One protest read and decided: the facts used, the decision and its findings."""

    extraction: ProtestExtraction
    facts: ProtestFacts
    decision: ProtestDecision
    findings: list[Finding]

    def to_json(self) -> dict[str, Any]:
        return contract_json(self.extraction, self.facts, self.decision, self.findings)


def with_received_date(facts: ProtestFacts, fallback: date | None) -> ProtestFacts:
    """A CBP receipt date printed on the document wins; otherwise the date given for it."""
    if facts.received_date is not None or fallback is None:
        return facts
    return replace(facts, received_date=fallback)


def decide_reading(
    extraction: ProtestExtraction,
    facts: ProtestFacts,
    *,
    today: date,
    prior_protests: Sequence[PriorProtest] = (),
    portal_liquidation: Mapping[str, date] | None = None,
    portal_unliquidated: Collection[str] = (),
) -> ProtestReading:
    decision, findings = decide(
        facts, today=today, prior_protests=prior_protests,
        portal_liquidation=portal_liquidation, portal_unliquidated=portal_unliquidated,
    )
    return ProtestReading(extraction, facts, decision, findings)


def decision_json(decision: ProtestDecision) -> dict[str, Any]:
    return {
        "outcome": decision.outcome,
        "deadline": decision.deadline.isoformat() if decision.deadline else None,
        "last_days": {k: v.isoformat() for k, v in decision.last_days.items()},
        "missing": list(decision.missing),
    }


def contract_json(
    extraction: ProtestExtraction,
    facts: ProtestFacts,
    decision: ProtestDecision,
    findings: Sequence[Finding],
) -> dict[str, Any]:
    """The object the contract fixes, with the values as decided on (after corrections)."""
    return {
        "kind": "protest",
        "document": {"sha256": extraction.sha256, "pages": extraction.pages},
        "values": contract_values(facts),
        "evidence": extraction.evidence_json(),
        "confidence": extraction.confidence_json(),
        "findings": [f.to_json() for f in findings],
        "decision": decision_json(decision),
    }


def extract_json(path: Path, *, received: date | None, today: date) -> dict[str, Any]:
    """`tradebots extract protest`: read and decide one file with no portal and no queue."""
    extraction = extract_protest(path)
    facts = with_received_date(extraction.facts, received)
    return decide_reading(extraction, facts, today=today).to_json()


__all__ = ["RULES_VERSION", "ProtestReading", "contract_json", "decide_reading", "extract_json"]
