"""The ruling request's contract JSON (extract-contract.md): what `tradebots extract
ruling-request` prints, and what the bot's result starts from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bots.ruling_triage.extract import RulingExtraction, extract_ruling
from bots.ruling_triage.model import RulingDecision, RulingFacts
from bots.ruling_triage.rules.decide import decide_ruling
from tradebots.facts import Finding

NOT_FOUND = 0.6  # confidence that a value the letter does not give is really absent


def received_date(extraction: RulingExtraction, received: date | None, today: date) -> date:
    """A printed RECEIVED stamp wins; then the date given (--received, the stored date); today."""
    return extraction.received_stamp or received or today


def contract_json(
    extraction: RulingExtraction,
    facts: RulingFacts,
    decision: RulingDecision,
    findings: Sequence[Finding],
) -> dict[str, Any]:
    """The contract object for FACTS (as read, or as a person corrected them) and their decision."""
    values = facts.to_contract_json()
    evidence = {key: item.evidence.to_json() for key, item in extraction.fields.items()
                if key in values and item.evidence is not None}
    confidence = {key: round(extraction.fields[key].confidence, 2)
                  if key in extraction.fields else NOT_FOUND for key in values}
    return {
        "kind": "ruling-request",
        "document": {"sha256": extraction.sha256, "pages": extraction.pages},
        "values": values,
        "evidence": evidence,
        "confidence": confidence,
        "findings": [f.to_json() for f in findings],
        "decision": decision.to_contract_json(),
    }


def extract_json(path: Path, *, received: date | None, today: date) -> dict[str, Any]:
    """Exactly what `tradebots extract ruling-request PATH` prints."""
    extraction = extract_ruling(path)
    facts = extraction.facts
    decision, findings = decide_ruling(facts, received=received_date(extraction, received, today))
    return contract_json(extraction, facts, decision, findings)
