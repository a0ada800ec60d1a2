"""Whether a reader's confidence means something: every scored value bucketed by the confidence
the reader gave it, with the share right per bucket (higher buckets should be right more often)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tradebots.benchmarks.reading_compare import Check
from tradebots.benchmarks.reading_tally import Scored, ratio

# Lower bound of each bucket, highest first, and its label.
BUCKETS: tuple[tuple[float, str], ...] = (
    (0.95, "0.95 and above"),
    (0.90, "0.90 to 0.94"),
    (0.85, "0.85 to 0.89"),
    (0.75, "0.75 to 0.84"),
    (0.0, "below 0.75"),
)
# A value the reader did not read (null, or a key it left out) carries no confidence.
UNRATED = "not read (no confidence)"


def bucket_of(confidence: float | None) -> str:
    """The bucket label of one confidence; UNRATED for None."""
    if confidence is None:
        return UNRATED
    return next(label for floor, label in BUCKETS if confidence >= floor - 1e-9)


def rated(checks: Iterable[Check], confidence: Mapping[str, float]) -> list[tuple[str, bool]]:
    """Each value check's bucket (by the confidence keyed by its path) and whether it was right."""
    return [(bucket_of(confidence.get(check.path)), check.right) for check in checks]


def calibration(documents: list[Scored]) -> dict[str, dict[str, Any]]:
    """Per bucket, in bucket order: how many values, how many right, the share right."""
    rows = [row for doc in documents for row in rated(doc.score.values, doc.confidence)]
    table: dict[str, dict[str, Any]] = {}
    for label in (*(label for _, label in BUCKETS), UNRATED):
        rights = [right for bucket, right in rows if bucket == label]
        if rights:
            table[label] = ratio(sum(rights), len(rights))
    return table
