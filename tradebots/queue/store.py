"""The work queue: enqueue, claim under a lease, heartbeat, and the worker's transitions."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradebots.errors import LeaseLost
from tradebots.files import FileStore
from tradebots.queue.batch_claims import claim_batch, claim_of
from tradebots.queue.batch_finish import finish_batch, finish_from_heads, is_plain
from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database
from tradebots.queue.outcomes import Claim, Enqueued, Outcome, PauseRequest, StoredArtifact
from tradebots.queue.pauses import EVERY_BOT, any_open, held_back, pause, resume, start_probe
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.states import NEW, READY_STATES, State, phase_of_ready_state
from tradebots.queue.statutory import record_clocks
from tradebots.queue.tables import ItemArtifact, WorkItem
from tradebots.queue.terms import replace_terms
from tradebots.queue.transitions import record_transition
from tradebots.queue.waiting import start_waiting, wake_due

MAX_RECLAIM_SCAN = 16
SWEEP_EVERY = 0.25  # of the lease: how often claims look for expired leases

__all__ = ["Claim", "Enqueued", "Outcome", "PauseRequest", "StoredArtifact", "WorkQueue",
           "reference_for"]


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
        self._next_sweep: datetime | None = None  # when claims next look for expired leases

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
        """Take the most urgent claimable item under a fresh lease, or None when there is none."""
        claims = self.claim_batch(owner, bots, limit=1)
        return claims[0] if claims else None

    def claim_batch(self, owner: str, bots: Collection[str] | None = None, *,
                    limit: int) -> list[Claim]:
        """Take up to LIMIT of the most urgent claimable items, each under its own lease.

        Expired leases are looked for every SWEEP_EVERY of the lease, not on every claim. While a
        scope is paused, claims take one item at a time so the probe holds the others back."""
        now = self.clock()
        with self.db.write() as session:
            sweep = self._next_sweep is None or now >= self._next_sweep
            if sweep and any_open(session):
                return self._careful_claims(session, owner, bots, now)
            if sweep:
                # A re-claimed item runs alone: its worker died holding it, maybe because of it,
                # maybe because of a batch-mate, and only a run on its own tells which (a poison
                # item must not charge its crashes to the items that shared its worker). The next
                # claim looks again at once, so a dead worker's batch comes back without waiting.
                dead = self._next_expired(session, now, bots, ())
                if dead is not None:
                    return [self._take(session, dead, owner, now)]
                self._next_sweep = now + self.lease * SWEEP_EVERY
            # The pick takes nothing while any scope is paused: no pause check of its own.
            taken = claim_batch(session, owner, bots, limit=limit, key=self.key, now=now,
                                expires=now + self.lease, postgres=self.db.is_postgres)
            if not taken and not sweep and any_open(session):
                return self._careful_claims(session, owner, bots, now)
            return taken

    def _careful_claims(self, session: Session, owner: str, bots: Collection[str] | None,
                        now: datetime) -> list[Claim]:
        claim = self._careful_claim(session, owner, bots, now)
        return [claim] if claim else []

    def _next_expired(self, session: Session, now: datetime, bots: Collection[str] | None,
                      blocked: Collection[str]) -> WorkItem | None:
        """The next item whose holder died; one whose worker died too often goes to a person."""
        for _ in range(MAX_RECLAIM_SCAN):
            item = self._pick(session, self._expired(now, bots, blocked))
            if item is None or item.crashes + 1 < self.retry.max_crashes:
                return item
            self._poison(session, item, now)
        return None

    def _careful_claim(self, session: Session, owner: str, bots: Collection[str] | None,
                       now: datetime) -> Claim | None:
        """One item, skipping paused scopes until their probe is due; the claim that probes
        holds the others back for one lease."""
        wake_due(session, key=self.key, now=now, postgres=self.db.is_postgres)
        blocked = held_back(session, now)
        if EVERY_BOT in blocked:
            return None
        wanted = [b for b in bots if b not in blocked] if bots is not None else None
        item = self._next_expired(session, now, wanted, blocked) or self._pick(
            session, self._ready(now, wanted, blocked))
        if item is None:
            return None
        start_probe(session, [item.bot, EVERY_BOT], now, self.lease)
        return self._take(session, item, owner, now)

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
        item.phase = phase
        item.attempts += 1
        item.lease_owner, item.lease_expires = owner, expires
        item.lease_token = secrets.token_hex(16)
        return claim_of(item, owner, expires, head=(item.audit_seq, item.audit_tail))

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
        return claim.item_id in self.extend_leases([claim])

    def extend_leases(self, claims: Sequence[Claim]) -> set[int]:
        """Extend the leases CLAIMS still hold, in one statement; the ids still held."""
        now = self.clock()
        with self.db.write() as session:
            result = session.execute(
                update(WorkItem)
                .where(
                    WorkItem.id.in_([c.item_id for c in claims]),
                    WorkItem.lease_token.in_([c.token for c in claims]),  # tokens are unique
                    WorkItem.state == State.RUNNING.value,
                )
                .values(lease_expires=now + self.lease)
                .returning(WorkItem.id)
                .execution_options(synchronize_session=False)
            )
            return set(result.scalars())

    def guard(self, claim: Claim) -> None:
        """Call before any side effect: raises LeaseLost unless this claim still holds the item."""
        if not self.heartbeat(claim):
            raise LeaseLost(f"item {claim.item_id}: lease held by another worker")

    # -- the worker's transitions --------------------------------------------------------

    def finish_many(self, finished: Sequence[tuple[Claim, Outcome]]) -> set[int]:
        """Record several outcomes: the plain ones in one transaction, the rest one by one.

        Returns the ids refused because their lease was lost; the others are recorded."""
        plain = [(c, o) for c, o in finished if is_plain(o)]
        lost: set[int] = set()
        now = self.clock()
        if plain and self.db.is_postgres:
            # One statement records them: it commits by itself, without BEGIN and COMMIT trips.
            with self.db.autocommit() as session:
                recorded = finish_from_heads(session, plain, key=self.key, now=now)
            plain = [(c, o) for c, o in plain if c.item_id not in recorded]
        if plain:
            with self.db.write() as session:
                lost = finish_batch(session, plain, key=self.key, now=now, retry=self.retry,
                                    postgres=self.db.is_postgres)
        for claim, outcome in finished:
            if not is_plain(outcome):
                try:
                    self.finish(claim, outcome)
                except LeaseLost:
                    lost.add(claim.item_id)
        return lost

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
