"""Compare what the bot read from a corpus letter with the letter's ground truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench.corpus.rulings import RulingCase
from bots.ruling_triage.extract import RulingExtraction

FREE_TEXT = ("principal_use", "component_materials", "terms_of_sale")  # headings capitalize them


@dataclass
class Tally:
    right: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + len(self.wrong)

    @property
    def share(self) -> float:
        return self.right / self.total

    def check(self, where: str, got: Any, want: Any) -> None:
        if got == want:
            self.right += 1
        else:
            self.wrong.append(f"{where}: read {got!r}, truth {want!r}")


def rule_facts(extraction: RulingExtraction) -> dict[str, Any]:
    """The extracted facts beyond the contract, in the corpus's `extras` terms."""
    facts = extraction.facts
    extras = extraction.extras()
    return {
        "other_subjects": list(facts.other_subjects),
        "reconsideration_requested": facts.reconsideration_requested,
        "reconsidered_ruling": facts.reconsidered_ruling,
        "entry_made": facts.entry_made,
        "liquidated": facts.liquidated,
        "entry_date": facts.entry_date.isoformat() if facts.entry_date else None,
        "liquidation_date": facts.liquidation_date.isoformat() if facts.liquidation_date else None,
        "transaction_given": facts.transaction_description is not None,
        "principal_use": facts.principal_use,
        "component_materials": facts.component_materials,
        "terms_of_sale": facts.terms_of_sale,
        "parties_related": facts.parties_related,
        "result_basis_given": facts.result_basis_given,
        "items_same_kind": facts.items_same_kind,
        "acting_as_agent": facts.acting_as_agent,
        "agent_authority_stated": facts.agent_authority_stated,
        "agent_name": extras.get("agent_name"),
        "hypothetical": facts.hypothetical,
        "submitted_electronically": facts.submitted_electronically,
        "received_stamp": extras.get("received_stamp"),
    }


def same_text(key: str, value: Any) -> Any:
    return value.casefold() if key in FREE_TEXT and isinstance(value, str) else value


def reason_category(reason: str | None) -> str | None:
    """Which no-ruling ground a decision's reason states (the first one named)."""
    if reason is None:
        return None
    for marker, category in (("Court of International Trade", "court"),
                             ("completed transaction", "completed"),
                             ("hypothetical", "hypothetical"),
                             ("before a CBP office", "before_cbp"),
                             ("current transaction", "current")):
        if marker in reason:
            return category
    return "unknown"


__all__ = ["RulingCase", "Tally", "reason_category", "rule_facts", "same_text"]
