"""Retry decisions as pure functions: how long a transient failure waits before its next attempt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    """Transient faults wait without limit (paused scopes surface them); crashes are bounded."""

    max_crashes: int  # runs of one step whose worker died, in a row, before a person looks
    base_seconds: float
    max_seconds: float

    def backoff(self, attempt: int) -> timedelta:
        """Exponential wait after the given (1-based) attempt, capped."""
        seconds = self.base_seconds * (2 ** max(attempt - 1, 0))
        return timedelta(seconds=min(seconds, self.max_seconds))

    def next_try(self, waits: int, now: datetime) -> datetime:
        """When to try again after the item's WAITS-th transient fault in a row (1-based)."""
        return now + self.backoff(waits)
