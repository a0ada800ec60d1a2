"""Long-running items: a step ends a stage by waiting for an event or a date; the item resumes.

A step returns StepResult.wait (a WaitRequest); the queue moves the item to `waiting` with the
event it waits for and the time it wakes without it. It goes back to `queued` (the bot's next stage
runs in prepare) when a person delivers the event (a stored file, or "none came") or when a claim
finds its wake time passed. The clock the wait runs with, if any, is closed as it resumes; what
resumed it is kept in payload["events"][event], and every move is an audit event naming who made it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradebots.errors import IllegalTransition
from tradebots.queue.states import State
from tradebots.queue.statutory import record_clocks
from tradebots.queue.tables import WorkItem
from tradebots.queue.transitions import record_transition

TIMEOUT_ACTOR = "queue"
MAX_WAKE_PER_CLAIM = 50

DeliveryKind = Literal["file", "none", "timeout"]


@dataclass(frozen=True)
class WaitRequest:
    """What a stage waits for: EVENT by name, until UNTIL (naive UTC) at the latest.

    CLOCK names the kind of this item's statutory clock that runs with the wait (the diary shows
    it); it is closed when the item resumes. REASON is what the console shows."""

    event: str
    reason: str
    until: datetime | None = None
    clock: str = ""

    def __post_init__(self) -> None:
        if not self.event or not self.reason.strip():
            raise ValueError("a wait needs the event it waits for and a reason")


@dataclass(frozen=True)
class Delivery:
    """What ended a wait: a file, a person's word that none came, or the date passing."""

    event: str
    kind: DeliveryKind
    by: str
    at: str
    file: dict[str, str] | None = None  # {"sha256", "name"} of the stored file
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def start_waiting(item: WorkItem, request: WaitRequest, now: datetime) -> None:
    """Note on ITEM (moving to waiting in the caller's transaction) what it waits for."""
    item.waiting_for = request.event
    item.wake_at = request.until
    item.payload = {**item.payload, "wait": {
        "event": request.event, "reason": request.reason, "clock": request.clock,
        "until": request.until.isoformat() if request.until else None,
        "since": now.isoformat()}}


def resume(session: Session, item: WorkItem, delivery: Delivery, *, key: bytes,
           now: datetime) -> None:
    """Move a waiting ITEM back to queued for its next stage, recording DELIVERY."""
    if item.state != State.WAITING.value:
        raise IllegalTransition(f"item {item.id} is {item.state}, not waiting")
    if item.waiting_for != delivery.event:
        raise IllegalTransition(f"item {item.id} waits for {item.waiting_for!r}, "
                                f"not {delivery.event!r}")
    payload = dict(item.payload)
    wait = payload.pop("wait", {}) or {}
    clock = str(wait.get("clock") or "")
    if clock:
        record_clocks(session, item, [], [clock], key=key, actor=delivery.by, now=now)
    payload["events"] = {**payload.get("events", {}), delivery.event: delivery.to_json()}
    payload["waits"] = [*payload.get("waits", []), {**wait, "ended": delivery.to_json()}]
    record_transition(session, item, State.QUEUED, key=key, actor=delivery.by,
                      reason=_reason(delivery, wait), now=now,
                      data={"wait": wait, "delivery": delivery.to_json()})
    item.payload = payload
    item.waiting_for = item.wake_at = None
    item.phase, item.attempts, item.not_before, item.last_error = "prepare", 0, None, None


def wake_due(session: Session, *, key: bytes, now: datetime, postgres: bool) -> list[int]:
    """Resume every waiting item whose wake time has passed, as the queue; their ids."""
    query = (select(WorkItem)
             .where(WorkItem.state == State.WAITING.value, WorkItem.wake_at <= now)
             .order_by(WorkItem.wake_at, WorkItem.id).limit(MAX_WAKE_PER_CLAIM))
    if postgres:
        query = query.with_for_update(skip_locked=True)
    woken = []
    for item in session.scalars(query):
        wake_timed_out(session, item, key=key, now=now)
        woken.append(item.id)
    return woken


def wake_timed_out(session: Session, item: WorkItem, *, key: bytes, now: datetime) -> None:
    """Resume the waiting ITEM whose wake time passed, as the queue, recording the timeout."""
    event = item.waiting_for or ""
    resume(session, item, Delivery(event, "timeout", TIMEOUT_ACTOR, now.isoformat()),
           key=key, now=now)


def _reason(delivery: Delivery, wait: dict[str, Any]) -> str:
    if delivery.kind == "file":
        name = (delivery.file or {}).get("name", "a file")
        return f"{delivery.event} received: {name}"
    if delivery.kind == "none":
        return f"recorded that no {delivery.event} came" + (f": {delivery.note}"
                                                            if delivery.note else "")
    return f"no {delivery.event} by {wait.get('until')}: the wait ended"
