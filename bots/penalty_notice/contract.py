"""The penalty referral's contract JSON (extract-contract.md): what `tradebots extract
penalty-case` prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.model import PenaltyDecision, PenaltyFacts
from bots.penalty_notice.rules.decide import decide_penalty
from tradebots.facts import Finding
from tradebots.result import BotResult

KIND = "penalty-case"


def penalty_result(
    extraction: PenaltyExtraction,
    facts: PenaltyFacts,
    decision: PenaltyDecision,
    findings: list[Finding],
) -> BotResult:
    """The contract object, on the facts after any corrections."""
    return BotResult.read(KIND, extraction, facts.to_contract_json(), findings,
                          decision.to_contract_json())


def extract_json(path: Path, *, received: date | None = None, today: date) -> dict[str, Any]:
    """What `tradebots extract penalty-case FILE` prints; raises UnusablePdf for a bad file.

    `received` is accepted for the command's common signature: a referral has no received date
    in the contract, and its clocks run from the violation date.
    """
    del received
    extraction = extract_penalty(path)
    decision, findings = decide_penalty(extraction.facts, today=today)
    return penalty_result(extraction, extraction.facts, decision, findings).contract_json()
