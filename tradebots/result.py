"""What a prepare step concluded, in one typed shape: the queue stores it, the console reads it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from tradebots.facts import Extracted, Finding, confidence_json, evidence_json


class ReadDocument(Protocol):
    """What every bot's reader returns: the document's identity and each value's evidence."""

    @property
    def sha256(self) -> str: ...

    @property
    def pages(self) -> int: ...

    @property
    def fields(self) -> dict[str, Extracted]: ...


@dataclass
class BotResult:
    """Values with their evidence, findings and decision, and what a person added to them."""

    kind: str
    document: dict[str, Any]
    values: dict[str, Any]
    evidence: dict[str, Any]
    confidence: dict[str, float]
    findings: list[Finding]
    decision: dict[str, Any]
    rules_version: str | None = None
    template_version: str | None = None
    corrections: dict[str, Any] = field(default_factory=dict)
    decision_override: str | None = None

    @classmethod
    def read(
        cls,
        kind: str,
        reading: ReadDocument,
        values: dict[str, Any],
        findings: list[Finding],
        decision: dict[str, Any],
        *,
        unread_confidence: float | None = None,
    ) -> BotResult:
        """The result for VALUES read from READING; UNREAD_CONFIDENCE scores a value not read."""
        confidence = confidence_json(reading.fields)
        evidence = evidence_json(reading.fields)
        if unread_confidence is not None:
            # Only the contract's values are scored, and a value the reader did not find still
            # gets a confidence: how sure the reader is that the document does not give it.
            confidence = {key: confidence.get(key, unread_confidence) for key in values}
            evidence = {key: spot for key, spot in evidence.items() if key in values}
        return cls(kind, {"sha256": reading.sha256, "pages": reading.pages}, values, evidence,
                   confidence, findings, decision)

    @property
    def outcome(self) -> str | None:
        found = self.decision.get("outcome")
        return str(found) if found is not None else None

    def contract_json(self) -> dict[str, Any]:
        """Exactly what `tradebots extract KIND` prints (extract-contract.md)."""
        return {
            "kind": self.kind,
            "document": self.document,
            "values": self.values,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "findings": [f.to_json() for f in self.findings],
            "decision": self.decision,
        }

    def to_json(self) -> dict[str, Any]:
        """The contract with what made the decision: versions, a person's input, full findings."""
        return self.contract_json() | {
            "rules_version": self.rules_version,
            "template_version": self.template_version,
            "corrections": self.corrections,
            "decision_override": self.decision_override,
            "findings_detail": [f.as_dict() for f in self.findings],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BotResult:
        """A stored result; missing parts read as empty, so an older payload still shows."""
        details = data.get("findings_detail") or data.get("findings") or []
        return cls(
            kind=str(data.get("kind", "")),
            document=_mapping(data.get("document")),
            values=_mapping(data.get("values")),
            evidence=_mapping(data.get("evidence")),
            confidence=_mapping(data.get("confidence")),
            findings=[Finding.from_dict(f) for f in details if isinstance(f, Mapping)],
            decision=_mapping(data.get("decision")),
            rules_version=data.get("rules_version"),
            template_version=data.get("template_version"),
            corrections=_mapping(data.get("corrections")),
            decision_override=data.get("decision_override"),
        )


def _mapping(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}
