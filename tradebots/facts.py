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
    """One rule's verdict on the facts, with the law it applies."""

    rule: str
    citation: str
    severity: Severity
    message: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "citation": self.citation,
            "severity": self.severity,
            "message": self.message,
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
