"""A batch's claims and outcomes with their chained events as set-based statements.

On PostgreSQL a batch travels as one JSON document that json_to_recordset() unpacks, so the
server runs one statement however many items the batch holds (an executemany runs one per row)
and the client encodes the batch in one json.dumps (array parameters are escaped row by row). SQLite
has no round trips to save: there the same rows go through executemany in its BEGIN IMMEDIATE.
All of a batch's events share one time, NOW.
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

# A batch row's event half; the event's time is the batch's NOW for every row.
_EVENT_FIELDS = ("seq integer, actor text, from_state text, to_state text, reason text, "
                 "data json, prev_mac text, mac text")
_INSERT_EVENTS = ("INSERT INTO audit_events "
                  "(item_id, seq, at, actor, from_state, to_state, reason, data, prev_mac, mac) "
                  "SELECT r.item_id, r.seq, :now, r.actor, r.from_state, r.to_state, r.reason, "
                  "r.data, r.prev_mac, r.mac FROM r")

# Leases on picked rows, each row's chain head moved to its claim event, and the events.
_LEASE = text(f"""
WITH r AS (
  SELECT * FROM json_to_recordset(CAST(:rows AS json))
    AS r(item_id bigint, phase text, attempts integer, token text, {_EVENT_FIELDS})
), e AS ({_INSERT_EVENTS})
UPDATE work_items w SET
  state = '{State.RUNNING.value}', phase = r.phase, attempts = r.attempts,
  lease_owner = :owner, lease_expires = :expires, lease_token = r.token, updated_at = :now,
  audit_seq = r.seq, audit_tail = r.mac
FROM r WHERE w.id = r.item_id
""")

# Plain outcomes: each row changes only if its lease token and chain head still hold, and only
# the rows that changed get their event; open pauses of the items' bots close (they got past it).
_FINISH = text(f"""
WITH r AS (
  SELECT * FROM json_to_recordset(CAST(:rows AS json))
    AS r(item_id bigint, token text, state text, patch jsonb, error text,
         not_before timestamp, due date, {_EVENT_FIELDS})
), held AS (
  UPDATE work_items w SET
    state = r.state,
    payload = CASE WHEN r.patch IS NULL THEN w.payload
                   ELSE CAST(CAST(w.payload AS jsonb) || r.patch AS json) END,
    last_error = r.error, crashes = 0, waits = 0, not_before = r.not_before,
    due_date = coalesce(r.due, w.due_date), audit_seq = r.seq, audit_tail = r.mac,
    updated_at = :now, lease_owner = NULL, lease_expires = NULL, lease_token = NULL
  FROM r
  WHERE w.id = r.item_id AND w.state = '{State.RUNNING.value}' AND w.lease_token = r.token
    AND w.audit_seq = r.seq - 1
  RETURNING w.id, w.bot
), resumed AS (
  UPDATE pauses SET resumed_at = :now
  WHERE resumed_at IS NULL AND EXISTS (SELECT 1 FROM held)
    AND scope IN (SELECT bot FROM held UNION SELECT CAST(:every AS text))
)
{_INSERT_EVENTS} JOIN held ON held.id = r.item_id
RETURNING item_id
""")


def lease_rows(session: Session, leases: Sequence[dict[str, Any]],
               events: Sequence[dict[str, Any]], *, owner: str, expires: datetime,
               now: datetime, postgres: bool) -> None:
    """Put the picked rows under LEASES (item_id, phase, attempts, token) with their claim
    EVENTS (one per lease, in the same order, all at NOW)."""
    if not leases:
        return
    if postgres:
        session.execute(_LEASE, {"rows": _batch(leases, events), "owner": owner,
                                 "expires": expires, "now": now})
        return
    session.execute(insert(EVENTS), list(events))
    session.execute(
        update(ITEMS).where(ITEMS.c.id == bindparam("b_id"))
        .values(state=State.RUNNING.value, phase=bindparam("b_phase"),
                attempts=bindparam("b_attempts"), lease_owner=owner, lease_expires=expires,
                lease_token=bindparam("b_token"), updated_at=now, audit_seq=bindparam("b_seq"),
                audit_tail=bindparam("b_tail")),
        [{"b_id": lease["item_id"], "b_phase": lease["phase"], "b_attempts": lease["attempts"],
          "b_token": lease["token"], "b_seq": event["seq"], "b_tail": event["mac"]}
         for lease, event in zip(leases, events, strict=True)])


def finish_held(session: Session, rows: Sequence[dict[str, Any]],
                events: Sequence[dict[str, Any]], *, now: datetime, every: str) -> set[int]:
    """PostgreSQL: record ROWS' outcomes with their EVENTS (same order, all at NOW) where the
    lease and head still hold; the ids recorded. A row carries item_id, token, state, patch (a
    payload to merge, or None), error, not_before and due (ISO text or None)."""
    params = {"rows": _batch(rows, events), "now": now, "every": every}
    return set(session.execute(_FINISH, params).scalars())


def _batch(rows: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]) -> str:
    return json.dumps([_without_time(row | event) for row, event in zip(rows, events, strict=True)])


def _without_time(row: dict[str, Any]) -> dict[str, Any]:
    row["at"] = None  # the event's time is the batch's :now (a datetime is no JSON value)
    return row
