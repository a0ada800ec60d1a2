"""Extracted values with their evidence, and cited findings: the currency between bot parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: 1-based page, bbox (x0, top, x1, bottom) in points, the text."""

    page: int
    bbox: tuple[float, float, float, float]
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": [round(v, 1) for v in self.bbox], "text": self.text}


@dataclass(frozen=True)
class Extracted:
    """One normalized value, the evidence it came from and how sure the reader is (0..1)."""

    value: Any
    evidence: Evidence | None
    confidence: float


def evidence_json(fields: Mapping[str, Extracted]) -> dict[str, dict[str, Any]]:
    """The contract's `evidence` object: each key read with evidence, where it was read."""
    return {k: v.evidence.to_json() for k, v in fields.items() if v.evidence}


def confidence_json(fields: Mapping[str, Extracted]) -> dict[str, float]:
    """The contract's `confidence` object: each key's confidence to two places."""
    return {k: round(v.confidence, 2) for k, v in fields.items()}


@dataclass(frozen=True)
class Finding:
    """One rule's verdict on the facts, with the law it applies.

    OUTCOME is the outcome the finding forces ("needs_human": a person decides). An OPEN_POINT is
    one the bot may not settle (a VERIFY line, a fact it cannot check): a person decides it unless
    the settled outcome is one of MOOT_IF, under which the point cannot change the decision.
    """

    rule: str
    citation: str
    severity: Severity
    message: str
    data: dict[str, Any] = field(default_factory=dict)
    outcome: str | None = None
    open_point: bool = False
    moot_if: tuple[str, ...] = ()

    @property
    def person_decides(self) -> bool:
        """True when this finding sends the item to a person."""
        return self.outcome == PERSON_DECIDES

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "citation": self.citation,
            "severity": self.severity,
            "message": self.message,
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """A finding as as_dict() or to_json() wrote it (the console reads stored results)."""
        return cls(
            rule=str(data.get("rule", "")), citation=str(data.get("citation", "")),
            severity=data.get("severity", "info"), message=str(data.get("message", "")),
            data=dict(data.get("data") or {}), outcome=data.get("outcome"),
            open_point=bool(data.get("open_point", False)),
            moot_if=tuple(data.get("moot_if") or ()),
        )


PERSON_DECIDES = "needs_human"
