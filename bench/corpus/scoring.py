"""Compare extracted contract values with a corpus case's truth, value by value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ENTRY_FIELDS = ("entry_number", "entry_date", "liquidation_date")


@dataclass
class Score:
    """Values compared and values right; `misses` names each wrong value."""

    total: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, other: Score) -> None:
        self.total += other.total
        self.right += other.right
        self.misses += other.misses


def score_values(name: str, truth: Mapping[str, Any], got: Mapping[str, Any]) -> Score:
    """Every scalar value and each field of each true entry counts once; extra entries count
    as wrong values too, so reading a stray number is not free."""
    score = Score()

    def check(key: str, want: Any, have: Any) -> None:
        score.total += 1
        if want == have:
            score.right += 1
        else:
            score.misses.append(f"{name}: {key}: want {want!r}, got {have!r}")

    for key, want in truth.items():
        if key != "entries":
            check(key, want, got.get(key))
    true_entries, got_entries = truth["entries"], list(got.get("entries", []))
    for index, entry in enumerate(true_entries):
        have = got_entries[index] if index < len(got_entries) else {}
        for key in ENTRY_FIELDS:
            check(f"entries[{index}].{key}", entry[key], have.get(key))
    for index in range(len(true_entries), len(got_entries)):
        check(f"entries[{index}]", None, got_entries[index])
    return score


def score_extras(name: str, truth: Mapping[str, Any], got: Mapping[str, Any]) -> Score:
    """The facts beyond the contract that the rules read, compared exactly."""
    score = Score()
    for key, want in truth.items():
        score.total += 1
        if got.get(key) == want:
            score.right += 1
        else:
            score.misses.append(f"{name}: {key}: want {want!r}, got {got.get(key)!r}")
    return score
