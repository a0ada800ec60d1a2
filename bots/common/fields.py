"""The bag of values an extractor reads, each with its evidence and confidence."""

from __future__ import annotations

from typing import Any, ClassVar

from tradebots.facts import Evidence, Extracted


class Fields:
    """Extracted values by key; the first value put for a key is kept."""

    # Confidence of a yes/no the document does not state, read as "no": each reader sets its own.
    silent: ClassVar[float]

    def __init__(self) -> None:
        self.items: dict[str, Extracted] = {}

    def put(self, key: str, value: Any, evidence: Evidence | None, confidence: float) -> None:
        if value is not None and key not in self.items:
            self.items[key] = Extracted(value, evidence, confidence)

    def value(self, key: str, default: Any = None) -> Any:
        item = self.items.get(key)
        return item.value if item else default

    def flag(self, key: str) -> bool:
        """A yes/no value: False (recorded with the `silent` confidence) when not stated."""
        if key not in self.items:
            self.items[key] = Extracted(False, None, self.silent)
        return bool(self.items[key].value)
