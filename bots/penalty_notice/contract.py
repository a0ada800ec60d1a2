"""The penalty referral's contract JSON (extract-contract.md): what `tradebots extract
penalty-case` prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.rules.decide import decide_penalty

KIND = "penalty-case"


def extract_json(path: Path, *, received: date | None = None, today: date) -> dict[str, Any]:
    """What `tradebots extract penalty-case FILE` prints; raises UnusablePdf for a bad file.

    `received` is accepted for the command's common signature: a referral has no received date
    in the contract, and its clocks run from the violation date.
    """
    del received
    extraction = extract_penalty(path)
    decision, findings = decide_penalty(extraction.facts, today=today)
    return {
        "kind": KIND,
        "document": {"sha256": extraction.sha256, "pages": extraction.pages},
        "values": extraction.facts.to_contract_json(),
        "evidence": extraction.evidence_json(),
        "confidence": extraction.confidence_json(),
        "findings": [f.to_json() for f in findings],
        "decision": decision.to_contract_json(),
    }
