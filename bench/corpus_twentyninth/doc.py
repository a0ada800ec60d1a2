"""One generated document: its truth, the texts it must print, and its body for a producer."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

Op = list[Any]


@dataclass
class Doc:
    kind: str
    index: int
    case: str
    producer: str
    style: str
    truth: dict[str, Any] = field(default_factory=dict)
    printed: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # enscript: text lines, "\f" breaks a page
    header: str | None = None  # enscript's running header, if the sender's program prints one
    pages: list[list[Op]] = field(default_factory=list)  # PDF::Builder: drawing ops per page

    def mark(self, text: str) -> str:
        """Record a scored value as printed, so the check can find it in the text layer."""
        self.printed.append(text)
        return text


def rng(kind: str, index: int, seed: int) -> random.Random:
    salt = {"protest": 1, "ruling-request": 2, "penalty-case": 3}[kind]
    return random.Random(seed * 1_000_003 + salt * 10_007 + index)
