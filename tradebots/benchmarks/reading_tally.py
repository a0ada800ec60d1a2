"""Add up scored documents into the reading bench's figures (one JSON-ready mapping)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tradebots.benchmarks.reading_compare import DocumentScore

NEEDS_HUMAN = "needs_human"


@dataclass(frozen=True)
class Scored:
    """One document's score with what the tally needs besides it."""

    name: str
    family: str
    score: DocumentScore
    expected_outcome: str | None
    got_outcome: str | None
    error: str | None = None
    confidence: Mapping[str, float] = field(default_factory=dict)  # the output's, by value path

    @property
    def confidently_wrong(self) -> bool:
        """The reader decided on its own, and decided wrong."""
        return (self.expected_outcome is not None and self.got_outcome is not None
                and self.got_outcome != NEEDS_HUMAN and self.got_outcome != self.expected_outcome)

    @property
    def sent_to_person(self) -> bool:
        return (self.expected_outcome is not None and self.expected_outcome != NEEDS_HUMAN
                and self.got_outcome == NEEDS_HUMAN)


def ratio(right: int, total: int) -> dict[str, Any]:
    return {"right": right, "total": total,
            "pct": round(100.0 * right / total, 1) if total else None}


def tally(documents: list[Scored]) -> dict[str, Any]:
    """Values, outcomes, every decision field, fully right, confidently wrong, misses by field."""
    values = [check for doc in documents for check in doc.score.values]
    with_outcome = [doc for doc in documents if doc.expected_outcome is not None]
    fields: dict[str, list[bool]] = {}
    for doc in documents:
        for check in doc.score.decision:
            fields.setdefault(check.path, []).append(check.right)
    misses = Counter(miss.field for doc in documents for miss in doc.score.misses())
    return {
        "documents": len(documents),
        "values": ratio(sum(check.right for check in values), len(values)),
        "outcomes": ratio(sum(doc.got_outcome == doc.expected_outcome for doc in with_outcome),
                          len(with_outcome)),
        "decision_fields": {key: ratio(sum(rights), len(rights)) for key, rights in fields.items()},
        "fully_right": ratio(sum(doc.score.fully_right for doc in documents), len(documents)),
        "confidently_wrong": sum(doc.confidently_wrong for doc in documents),
        "sent_to_person": sum(doc.sent_to_person for doc in documents),
        "reader_errors": sum(doc.error is not None for doc in documents),
        "misses_by_field": dict(misses.most_common()),
    }


def tally_by_family(documents: list[Scored]) -> dict[str, dict[str, Any]]:
    families = sorted({doc.family for doc in documents})
    return {family: tally([doc for doc in documents if doc.family == family])
            for family in families}
