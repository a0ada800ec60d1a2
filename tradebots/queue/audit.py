"""The audit chain: each item's events are HMAC-chained so an edited or removed row shows."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from tradebots.queue.database import Database
from tradebots.queue.tables import AuditEvent, WorkItem

GENESIS = "0" * 64
# The MAC's canonical JSON; one encoder for every event (json.dumps would build one per call).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), default=str)


def json_safe(data: dict[str, Any]) -> dict[str, Any]:
    """The data as it will read back from a JSON column, so the MAC covers exactly that."""
    result: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return result


def event_mac(
    key: bytes,
    *,
    prev_mac: str,
    item_id: int,
    seq: int,
    at: datetime,
    actor: str,
    from_state: str,
    to_state: str,
    reason: str,
    data: dict[str, Any],
) -> str:
    """HMAC-SHA256 over the previous event's MAC and this event's fields."""
    body = _CANONICAL.encode(
        [prev_mac, item_id, seq, at.isoformat(), actor, from_state, to_state, reason, data])
    mac = _keyed(key).copy()
    mac.update(body.encode())
    return mac.hexdigest()


@lru_cache(maxsize=2)
def _keyed(key: bytes) -> hmac.HMAC:
    """HMAC-SHA256 with KEY's schedule done: each MAC copies it instead of starting over."""
    return hmac.new(key, digestmod=hashlib.sha256)


def chained_event(
    key: bytes, *, prev_mac: str, item_id: int, seq: int, at: datetime, actor: str,
    from_state: str, to_state: str, reason: str, data: dict[str, Any],
) -> dict[str, Any]:
    """The audit_events row that follows PREV_MAC (GENESIS for an item's first), MAC included.

    DATA must already be JSON-safe: the MAC covers it as it will read back."""
    fields: dict[str, Any] = {"item_id": item_id, "seq": seq, "at": at, "actor": actor,
                              "from_state": from_state, "to_state": to_state, "reason": reason,
                              "data": data}
    return fields | {"prev_mac": prev_mac, "mac": event_mac(key, prev_mac=prev_mac, **fields)}


@dataclass(frozen=True)
class BrokenEvent:
    item_id: int
    event_id: int
    seq: int
    problem: str

    def describe(self) -> str:
        return f"item {self.item_id} event {self.event_id} (#{self.seq}): {self.problem}"


def verify_chains(database: Database, key: bytes) -> tuple[int, list[BrokenEvent]]:
    """Walk every item's chain; return the number of events read and the first break per item."""
    broken: list[BrokenEvent] = []
    checked = 0
    with database.read() as session:
        tails = dict(session.execute(select(WorkItem.id, WorkItem.audit_tail)).all())
        rows = session.execute(
            select(AuditEvent).order_by(AuditEvent.item_id, AuditEvent.seq)
        ).scalars()
        current_item: int | None = None
        prev = GENESIS
        expected_seq = 1
        failed_items: set[int] = set()
        for event in rows:
            checked += 1
            if event.item_id != current_item:
                _check_tail(current_item, prev, tails, failed_items, broken)
                current_item, prev, expected_seq = event.item_id, GENESIS, 1
            if event.item_id in failed_items:
                continue
            problem = _problem(event, key, prev, expected_seq)
            if problem:
                broken.append(BrokenEvent(event.item_id, event.id, event.seq, problem))
                failed_items.add(event.item_id)
            prev, expected_seq = event.mac, event.seq + 1
        _check_tail(current_item, prev, tails, failed_items, broken)
    return checked, broken


def _problem(event: AuditEvent, key: bytes, prev: str, expected_seq: int) -> str:
    if event.seq != expected_seq:
        return f"sequence jumps from {expected_seq - 1} to {event.seq} (an event was removed)"
    if event.prev_mac != prev:
        return "does not follow the previous event of its item"
    expected = event_mac(
        key,
        prev_mac=event.prev_mac,
        item_id=event.item_id,
        seq=event.seq,
        at=event.at,
        actor=event.actor,
        from_state=event.from_state,
        to_state=event.to_state,
        reason=event.reason,
        data=event.data,
    )
    if not hmac.compare_digest(expected, event.mac):
        return "content does not match its MAC (the row was edited)"
    return ""


def _check_tail(
    item_id: int | None,
    last_mac: str,
    tails: dict[int, str],
    failed_items: set[int],
    broken: list[BrokenEvent],
) -> None:
    # The item row remembers its newest MAC, so removing the last event shows too.
    if item_id is None or item_id in failed_items:
        return
    if tails.get(item_id, last_mac) != last_mac:
        broken.append(BrokenEvent(item_id, 0, 0, "newest event is missing from the chain"))
