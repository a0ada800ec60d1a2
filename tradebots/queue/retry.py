"""Retry decisions as pure functions: how long a transient failure waits before its next attempt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    base_seconds: float
    max_seconds: float

    def backoff(self, attempt: int) -> timedelta:
        """Exponential wait after the given (1-based) attempt, capped."""
        seconds = self.base_seconds * (2 ** max(attempt - 1, 0))
        return timedelta(seconds=min(seconds, self.max_seconds))

    def next_try(self, attempt: int, now: datetime) -> datetime | None:
        """When to try again, or None when the attempts are used up."""
        if attempt >= self.max_attempts:
            return None
        return now + self.backoff(attempt)
