"""The queue's notion of now: naive UTC, injectable so tests control time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """Now in UTC without tzinfo, the form every queue timestamp is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)
