"""What a claim hands a worker and what the worker hands back: the queue's two messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tradebots.queue.states import State
from tradebots.queue.statutory import ClockRequest
from tradebots.queue.waiting import WaitRequest


@dataclass(frozen=True)
class Claim:
    """A worker's hold on one item: only the holder of TOKEN may change it."""

    item_id: int
    bot: str
    reference: str
    phase: str
    attempt: int
    token: str
    owner: str
    lease_expires: datetime
    inputs: list[dict[str, Any]]
    payload: dict[str, Any]
    created_at: datetime
    # The chain head the claim wrote (seq, mac): while TOKEN holds, no one else appends to it,
    # so a finish can chain its event without reading the row. None: unknown, read it.
    head: tuple[int, str] | None = None


@dataclass(frozen=True)
class Enqueued:
    item_id: int
    created: bool
    reference: str


@dataclass(frozen=True)
class StoredArtifact:
    name: str
    kind: str
    sha256: str


@dataclass
class Outcome:
    """How a worker leaves an item: the target state and what to record with it."""

    state: State
    reason: str
    payload: dict[str, Any] = field(default_factory=dict)
    artifacts: list[StoredArtifact] = field(default_factory=list)
    error: str | None = None
    not_before: datetime | None = None
    data: dict[str, Any] = field(default_factory=dict)
    due: date | None = None  # a statutory deadline the step found (kept when None)
    clocks: list[ClockRequest] = field(default_factory=list)  # periods the step opens
    close_clocks: list[str] = field(default_factory=list)  # kinds of the item's clocks it ends
    wait: WaitRequest | None = None  # with state waiting: what the item waits for
    backoff: bool = False  # a transient fault: the item waits (counted in waits, not attempts)
    pause: PauseRequest | None = None  # the fault hits every item in a scope: hold it back


@dataclass(frozen=True)
class PauseRequest:
    scope: str  # a bot's name or EVERY_BOT
    code: str
    reason: str
