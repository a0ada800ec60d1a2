"""A batch's chained events and outcomes as set-based statements: one execution per batch.

On PostgreSQL the rows travel as arrays through unnest(), so the server runs one statement
however many items the batch holds (an executemany runs one per row). SQLite has no round trips
to save: there the same rows go through executemany in the caller's BEGIN IMMEDIATE.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.orm import Session

from tradebots.queue.states import State
from tradebots.queue.tables import AuditEvent, Base, WorkItem

ITEMS = Base.metadata.tables[WorkItem.__tablename__]
EVENTS = Base.metadata.tables[AuditEvent.__tablename__]

_EVENT_ARRAYS = {"item_id": "bigint", "seq": "integer", "at": "timestamp", "actor": "text",
                 "from_state": "text", "to_state": "text", "reason": "text", "data": "json",
                 "prev_mac": "text", "mac": "text"}
_EVENT_COLUMNS = ", ".join(_EVENT_ARRAYS)
_EVENT_ROWS = ("SELECT * FROM unnest("
               + ", ".join(f"CAST(:e_{name} AS {kind}[])" for name, kind in _EVENT_ARRAYS.items())
               + f") AS e({_EVENT_COLUMNS})")

# The events, and each item's chain head moved to its newest event, in one statement.
_APPEND = text(f"""
WITH e AS (INSERT INTO audit_events ({_EVENT_COLUMNS}) {_EVENT_ROWS} RETURNING item_id, seq, mac)
UPDATE work_items w SET audit_seq = e.seq, audit_tail = e.mac FROM e WHERE w.id = e.item_id
""")

# Plain outcomes: each row changes only if its lease token and chain head still hold, and only
# the rows that changed get their event; open pauses of the items' bots close (they got past it).
_FINISH = text(f"""
WITH v AS (
  SELECT * FROM unnest(CAST(:o_id AS bigint[]), CAST(:o_token AS text[]),
                       CAST(:o_seq AS integer[]), CAST(:o_mac AS text[]),
                       CAST(:o_state AS text[]), CAST(:o_patch AS text[]),
                       CAST(:o_error AS text[]), CAST(:o_not_before AS timestamp[]),
                       CAST(:o_due AS date[]))
    AS v(id, token, seq, mac, state, patch, error, not_before, due)
), held AS (
  UPDATE work_items w SET
    state = v.state,
    payload = CASE WHEN v.patch IS NULL THEN w.payload
                   ELSE CAST(CAST(w.payload AS jsonb) || CAST(v.patch AS jsonb) AS json) END,
    last_error = v.error, crashes = 0, waits = 0, not_before = v.not_before,
    due_date = coalesce(v.due, w.due_date), audit_seq = v.seq, audit_tail = v.mac,
    updated_at = :now, lease_owner = NULL, lease_expires = NULL, lease_token = NULL
  FROM v
  WHERE w.id = v.id AND w.state = '{State.RUNNING.value}' AND w.lease_token = v.token
    AND w.audit_seq = v.seq - 1
  RETURNING w.id, w.bot
), resumed AS (
  UPDATE pauses SET resumed_at = :now
  WHERE resumed_at IS NULL AND EXISTS (SELECT 1 FROM held)
    AND scope IN (SELECT bot FROM held UNION SELECT CAST(:every AS text))
)
INSERT INTO audit_events ({_EVENT_COLUMNS})
SELECT e.* FROM ({_EVENT_ROWS}) e JOIN held ON held.id = e.item_id
RETURNING item_id
""")


def append_events(session: Session, events: Sequence[dict[str, Any]], *, postgres: bool) -> None:
    """Insert chained EVENTS (at most one per item) and move each item's head to its event."""
    if not events:
        return
    if postgres:
        session.execute(_APPEND, event_arrays(events))
        return
    session.execute(insert(EVENTS), list(events))
    session.execute(
        update(ITEMS).where(ITEMS.c.id == bindparam("b_id"))
        .values(audit_seq=bindparam("b_seq"), audit_tail=bindparam("b_tail")),
        [{"b_id": e["item_id"], "b_seq": e["seq"], "b_tail": e["mac"]} for e in events])


def finish_held(session: Session, rows: Sequence[dict[str, Any]],
                events: Sequence[dict[str, Any]], *, now: datetime, every: str) -> set[int]:
    """PostgreSQL: record ROWS' outcomes and EVENTS where the lease and head still hold; the ids
    recorded. A row carries id, token, its event's seq and mac, state, patch (JSON text or None),
    error, not_before and due."""
    params: dict[str, Any] = {f"o_{name}": [row[name] for row in rows] for name in
                              ("id", "token", "seq", "mac", "state", "patch", "error",
                               "not_before", "due")}
    params |= event_arrays(events) | {"now": now, "every": every}
    return set(session.execute(_FINISH, params).scalars())


def event_arrays(events: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """The events column by column, as the e_* arrays the statements unnest."""
    arrays: dict[str, list[Any]] = {f"e_{name}": [] for name in _EVENT_ARRAYS}
    for event in events:
        for name in _EVENT_ARRAYS:
            value = event[name]
            arrays[f"e_{name}"].append(json.dumps(value) if name == "data" else value)
    return arrays

