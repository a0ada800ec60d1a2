"""A document as a list of layout blocks, which each producer lays out its own way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Doc:
    """Blocks plus the strings a reader needs (each scored value as printed) and the truth."""

    kind: str
    case: str
    style: str
    running_head: str
    blocks: list[tuple[Any, ...]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    truth: dict[str, Any] = field(default_factory=dict)

    def add(self, *block: Any) -> None:
        self.blocks.append(block)

    def shows(self, *texts: str) -> None:
        self.printed.extend(texts)
