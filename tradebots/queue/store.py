"""The work queue: enqueue, claim under a lease, heartbeat, and the worker's transitions."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradebots.errors import LeaseLost
from tradebots.files import FileStore
from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database
from tradebots.queue.pauses import EVERY_BOT, held_back, pause, resume, start_probe
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.states import NEW, READY_STATES, State, phase_of_ready_state
from tradebots.queue.statutory import ClockRequest, record_clocks
from tradebots.queue.tables import ItemArtifact, WorkItem
from tradebots.queue.terms import replace_terms
from tradebots.queue.transitions import record_transition
from tradebots.queue.waiting import WaitRequest, start_waiting, wake_due

MAX_RECLAIM_SCAN = 16


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


def reference_for(shas: Sequence[str]) -> str:
    """The default business reference: the input's sha256 (of the sorted digests for several)."""
    if len(shas) == 1:
        return shas[0]
    return hashlib.sha256("".join(sorted(shas)).encode()).hexdigest()


class WorkQueue:
    """The durable queue over SQLAlchemy; the same code serves SQLite and PostgreSQL."""

    def __init__(
        self,
        database: Database,
        files: FileStore,
        audit_key: bytes,
        *,
        lease_seconds: float = 30.0,
        retry: RetryPolicy | None = None,
        clock: Clock = utcnow,
    ):
        self.db = database
        self.files = files
        self.key = audit_key
        self.lease = timedelta(seconds=lease_seconds)
        self.retry = retry or RetryPolicy(max_crashes=8, base_seconds=30, max_seconds=3600)
        self.clock = clock

    # -- enqueue -------------------------------------------------------------------------

    def enqueue(
        self,
        bot: str,
        paths: Sequence[Path] = (),
        *,
        actor: str,
        reference: str | None = None,
        priority: int = 0,
        due: date | None = None,
        payload: dict[str, Any] | None = None,
    ) -> Enqueued:
        """Store the inputs, then queue one item; a known reference returns the existing item."""
        inputs = [{"sha256": self.files.put_file(p), "name": p.name} for p in paths]
        ref = reference or reference_for([i["sha256"] for i in inputs])
        if not ref:
            raise ValueError("an item needs input files or a reference")
        existing = self.find(bot, ref)
        if existing is not None:
            return Enqueued(existing, False, ref)
        now = self.clock()
        try:
            with self.db.write() as session:
                item = WorkItem(
                    bot=bot, reference=ref, priority=priority, due_date=due,
                    state=NEW, phase="prepare", attempts=0, inputs=inputs,
                    payload=payload or {}, queued_by=actor, corrected_by=[],
                    audit_seq=0, audit_tail="", created_at=now, updated_at=now,
                )
                session.add(item)
                session.flush()
                record_transition(
                    session, item, State.QUEUED, key=self.key, actor=actor, now=now,
                    reason="queued", data={"inputs": inputs, "priority": priority,
                                           "due": due.isoformat() if due else None},
                )
                return Enqueued(item.id, True, ref)
        except IntegrityError:
            # Another process queued the same reference between our look and our insert.
            found = self.find(bot, ref)
            if found is None:
                raise
            return Enqueued(found, False, ref)

    def find(self, bot: str, reference: str) -> int | None:
        with self.db.read() as session:
            return session.scalar(
                select(WorkItem.id).where(WorkItem.bot == bot, WorkItem.reference == reference)
            )

    # -- claim and lease -----------------------------------------------------------------

    def claim(self, owner: str, bots: Collection[str] | None = None) -> Claim | None:
        """Take the most urgent claimable item under a fresh lease, or None when there is none.

        Paused scopes are skipped until their probe is due; the claim that probes holds the
        others back for one lease."""
        now = self.clock()
        with self.db.write() as session:
            wake_due(session, key=self.key, now=now, postgres=self.db.is_postgres)
            blocked = held_back(session, now)
            if EVERY_BOT in blocked:
                return None
            wanted = [b for b in bots if b not in blocked] if bots is not None else None
            for _ in range(MAX_RECLAIM_SCAN):
                item = self._pick(session, self._expired(now, wanted, blocked)) or self._pick(
                    session, self._ready(now, wanted, blocked)
                )
                if item is None:
                    return None
                if item.state == State.RUNNING and item.crashes + 1 >= self.retry.max_crashes:
                    self._poison(session, item, now)
                    continue
                start_probe(session, [item.bot, EVERY_BOT], now, self.lease)
                return self._take(session, item, owner, now)
        return None

    def _ready(self, now: datetime, bots: Collection[str] | None,
               blocked: Collection[str]) -> Select[WorkItem]:
        query = select(WorkItem).where(
            WorkItem.state.in_([s.value for s in READY_STATES]),
            (WorkItem.not_before.is_(None)) | (WorkItem.not_before <= now),
        )
        if bots is not None:
            query = query.where(WorkItem.bot.in_(list(bots)))
        if blocked:
            query = query.where(WorkItem.bot.not_in(list(blocked)))
        return query.order_by(
            WorkItem.priority.desc(),
            WorkItem.due_date.asc().nulls_last(),
            WorkItem.created_at.asc(),
            WorkItem.id.asc(),
        )

    def _expired(self, now: datetime, bots: Collection[str] | None,
                 blocked: Collection[str]) -> Select[WorkItem]:
        query = select(WorkItem).where(
            WorkItem.state == State.RUNNING.value, WorkItem.lease_expires < now
        )
        if bots is not None:
            query = query.where(WorkItem.bot.in_(list(bots)))
        if blocked:
            query = query.where(WorkItem.bot.not_in(list(blocked)))
        return query.order_by(WorkItem.lease_expires.asc())

    def _pick(self, session: Session, query: Select[WorkItem]) -> WorkItem | None:
        if self.db.is_postgres:
            query = query.with_for_update(skip_locked=True)
        return session.scalars(query.limit(1)).first()

    def _take(self, session: Session, item: WorkItem, owner: str, now: datetime) -> Claim:
        reclaimed = item.state == State.RUNNING.value
        data: dict[str, Any] = {"owner": owner, "attempt": item.attempts + 1}
        if reclaimed:
            # The holder died without an outcome: a crash, counted apart from the step's faults.
            item.crashes += 1
            data |= {"reclaimed_from": item.lease_owner,
                     "previous_lease_expires": item.lease_expires, "crashes": item.crashes}
            phase = item.phase
        else:
            phase = phase_of_ready_state(item.state)
        expires = now + self.lease
        data |= {"phase": phase, "lease_expires": expires}
        reason = "lease expired; re-claimed" if reclaimed else f"claimed to {phase}"
        record_transition(
            session, item, State.RUNNING, key=self.key, actor=owner, reason=reason, now=now,
            data=data,
        )
        token = secrets.token_hex(16)
        item.phase = phase
        item.attempts += 1
        item.lease_owner, item.lease_expires, item.lease_token = owner, expires, token
        return Claim(
            item_id=item.id, bot=item.bot, reference=item.reference, phase=phase,
            attempt=item.attempts, token=token, owner=owner, lease_expires=expires,
            inputs=list(item.inputs), payload=dict(item.payload), created_at=item.created_at,
        )

    def _poison(self, session: Session, item: WorkItem, now: datetime) -> None:
        # An item whose worker dies on every run would take the next worker down too.
        crashes = item.crashes + 1
        message = (f"the worker running its {item.phase} step died {crashes} times in a row "
                   "(lease expired without an outcome); a person should look at this item")
        record_transition(
            session, item, State.NEEDS_HUMAN, key=self.key, actor="queue", reason=message,
            now=now, data={"owner": item.lease_owner, "crashes": crashes},
        )
        item.crashes = crashes
        item.payload = {**item.payload, "needs_human": {"code": "worker_crashes",
                                                        "message": message, "data": {}}}
        item.last_error = message
        item.lease_owner = item.lease_expires = item.lease_token = None

    def heartbeat(self, claim: Claim) -> bool:
        """Extend the lease; False when the lease was taken over (the worker must stop)."""
        now = self.clock()
        with self.db.write() as session:
            result = session.execute(
                update(WorkItem)
                .where(
                    WorkItem.id == claim.item_id,
                    WorkItem.lease_token == claim.token,
                    WorkItem.state == State.RUNNING.value,
                )
                .values(lease_expires=now + self.lease)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def guard(self, claim: Claim) -> None:
        """Call before any side effect: raises LeaseLost unless this claim still holds the item."""
        if not self.heartbeat(claim):
            raise LeaseLost(f"item {claim.item_id}: lease held by another worker")

    # -- the worker's transitions --------------------------------------------------------

    def finish(self, claim: Claim, outcome: Outcome) -> None:
        """Leave the item in OUTCOME's state with its payload, artifacts and clocks, if still ours.

        The clocks are written before the transition event, in the same transaction: both are
        recorded, or (lease lost, database error) neither is. Their audit events therefore read
        running -> running, and counts of "-> done" events stay one per finished step.
        """
        now = self.clock()
        with self.db.write() as session:
            item = self._held(session, claim)
            record_clocks(session, item, outcome.clocks, outcome.close_clocks, key=self.key,
                          actor=claim.owner, now=now)
            record_transition(
                session, item, outcome.state, key=self.key, actor=claim.owner,
                reason=outcome.reason, now=now,
                data={"phase": claim.phase, "attempt": claim.attempt, **outcome.data,
                      "artifacts": [a.name for a in outcome.artifacts]},
            )
            if outcome.payload:
                item.payload = {**item.payload, **outcome.payload}
                replace_terms(session, item)
            if outcome.wait is not None:
                start_waiting(item, outcome.wait, now)
            for artifact in outcome.artifacts:
                session.add(ItemArtifact(
                    item_id=item.id, name=artifact.name, kind=artifact.kind,
                    sha256=artifact.sha256, phase=claim.phase, attempt=claim.attempt,
                    created_at=now,
                ))
            item.last_error = outcome.error
            item.crashes = 0  # the step ended with an outcome: its worker survived it
            item.waits = item.waits + 1 if outcome.backoff else 0
            item.not_before = outcome.not_before
            if outcome.backoff and outcome.not_before is None:
                item.not_before = self.retry.next_try(item.waits, now)
            if outcome.pause is not None:
                pause(session, outcome.pause.scope, code=outcome.pause.code,
                      reason=outcome.pause.reason, by=claim.owner, now=now,
                      base_seconds=self.retry.base_seconds)
            else:
                # The step got past whatever paused its bot or worker: the fault has cleared.
                resume(session, [item.bot, EVERY_BOT], now)
            if outcome.due is not None:
                item.due_date = outcome.due
            item.lease_owner = item.lease_expires = item.lease_token = None

    def _held(self, session: Session, claim: Claim) -> WorkItem:
        query = select(WorkItem).where(WorkItem.id == claim.item_id)
        if self.db.is_postgres:
            query = query.with_for_update()
        item = session.scalars(query).first()
        if item is None or item.state != State.RUNNING.value or item.lease_token != claim.token:
            raise LeaseLost(f"item {claim.item_id}: lease held by another worker")
        return item
