"""One leader among scheduler processes: a PostgreSQL advisory lock, or a lease row on SQLite.

Every fire is recorded through the leadership (`claim_fire`), so the record is written only while
this process still leads: on PostgreSQL on the very session that holds the advisory lock (if that
session died, so did the lock), on SQLite in the same transaction that checks the lease.
"""

from __future__ import annotations

import secrets
import threading
from datetime import datetime, timedelta
from typing import Protocol

from loguru import logger
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database
from tradebots.schedule.tables import ScheduleFire, SchedulerLease

LEASE_NAME = "scheduler"
# pg_advisory_lock key: a fixed 64-bit number that means "the tradebots scheduler" in this database.
ADVISORY_KEY = 0x7472_6164_6562_6F74 >> 1


class Leadership(Protocol):
    holder: str

    def try_acquire(self) -> bool:
        """Become leader if nobody is; True when this process leads."""

    def renew(self) -> bool:
        """Keep leading; False when leadership was lost (stop firing at once)."""

    def release(self) -> None: ...

    def claim_fire(self, job_id: str, run_time: datetime, outcome: str, detail: str) -> bool:
        """Record (job, run time) if nobody has and we still lead; True means go ahead."""


def _fire_row(holder: str, job_id: str, run_time: datetime, outcome: str, detail: str,
              now: datetime) -> ScheduleFire:
    return ScheduleFire(job_id=job_id, run_time=run_time, outcome=outcome, detail=detail,
                        fired_by=holder, fired_at=now)


class SqliteLease:
    """A lease row renewed by the leader; a standby takes it once it has expired."""

    def __init__(self, database: Database, holder: str, lease_seconds: float,
                 clock: Clock = utcnow):
        self.db = database
        self.holder = holder
        self.lease = timedelta(seconds=lease_seconds)
        self.clock = clock
        self.token = secrets.token_hex(16)

    def _holds(self, session: Session, now: datetime) -> bool:
        row = session.get(SchedulerLease, LEASE_NAME)
        return row is not None and row.token == self.token and row.expires_at > now

    def try_acquire(self) -> bool:
        now = self.clock()
        with self.db.write() as session:  # BEGIN IMMEDIATE: one contender at a time
            row = session.get(SchedulerLease, LEASE_NAME)
            if row is None:
                session.add(SchedulerLease(name=LEASE_NAME, holder=self.holder, token=self.token,
                                           expires_at=now + self.lease, since=now))
                return True
            if row.token == self.token or row.expires_at <= now:
                if row.token != self.token:
                    row.since = now
                    logger.info("taking over from {} (lease expired {})", row.holder,
                                row.expires_at)
                row.holder, row.token, row.expires_at = self.holder, self.token, now + self.lease
                return True
            return False

    def renew(self) -> bool:
        now = self.clock()
        with self.db.write() as session:
            if not self._holds(session, now):
                return False
            row = session.get(SchedulerLease, LEASE_NAME)
            assert row is not None
            row.expires_at = now + self.lease
            return True

    def release(self) -> None:
        with self.db.write() as session:
            row = session.get(SchedulerLease, LEASE_NAME)
            if row is not None and row.token == self.token:
                session.delete(row)

    def claim_fire(self, job_id: str, run_time: datetime, outcome: str, detail: str) -> bool:
        now = self.clock()
        try:
            with self.db.write() as session:
                if not self._holds(session, now):
                    logger.warning("not the leader any more: {} at {} not fired", job_id, run_time)
                    return False
                session.add(_fire_row(self.holder, job_id, run_time, outcome, detail, now))
            return True
        except IntegrityError:
            return False


class PostgresAdvisoryLock:
    """pg_try_advisory_lock on a private connection; the lock dies with the connection."""

    def __init__(self, database: Database, holder: str, clock: Clock = utcnow):
        self.db = database
        self.holder = holder
        self.clock = clock
        # NullPool: closing the connection really closes it, which is what releases the lock.
        self._engine = create_engine(database.url, poolclass=NullPool)
        self._conn: Connection | None = None
        self._mutex = threading.Lock()  # the renew loop and job threads share the connection

    def try_acquire(self) -> bool:
        with self._mutex:
            if self._conn is None:
                self._conn = self._engine.connect()
            got = bool(self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                          {"k": ADVISORY_KEY}).scalar())
            self._conn.commit()
            if got:
                self._note_leader()
            return got

    def _note_leader(self) -> None:
        # Informational only (who leads, since when): the advisory lock is what decides.
        assert self._conn is not None
        now = self.clock()
        with Session(self._conn) as session:
            row = session.get(SchedulerLease, LEASE_NAME)
            if row is None:
                session.add(SchedulerLease(name=LEASE_NAME, holder=self.holder, token="advisory",
                                           expires_at=now, since=now))
            else:
                row.holder, row.since, row.expires_at = self.holder, now, now
            session.commit()

    def renew(self) -> bool:
        with self._mutex:
            if self._conn is None:
                return False
            try:
                self._conn.execute(text("SELECT 1"))
                self._conn.commit()
                return True
            except DBAPIError:
                logger.warning("lost the leader's connection; the advisory lock went with it")
                self._drop()
                return False

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except DBAPIError:
                pass
            self._conn = None

    def release(self) -> None:
        with self._mutex:
            if self._conn is not None:
                # Closing returns before the server's backend exits and frees the lock: unlock
                # first, so a standby that asks right after stepping down is admitted.
                try:
                    self._conn.execute(text("SELECT pg_advisory_unlock_all()"))
                    self._conn.commit()
                except DBAPIError:
                    pass  # a lost connection took its lock with it
            self._drop()
        self._engine.dispose()

    def claim_fire(self, job_id: str, run_time: datetime, outcome: str, detail: str) -> bool:
        with self._mutex:
            if self._conn is None:
                return False
            try:
                with Session(self._conn) as session:
                    session.add(_fire_row(self.holder, job_id, run_time, outcome, detail,
                                          self.clock()))
                    session.commit()
                return True
            except IntegrityError:
                self._conn.rollback()
                return False
            except DBAPIError:
                self._drop()
                return False


def leadership_for(database: Database, holder: str, lease_seconds: float,
                   clock: Clock = utcnow) -> Leadership:
    """The leadership kind that fits the database."""
    if database.is_postgres:
        return PostgresAdvisoryLock(database, holder, clock)
    return SqliteLease(database, holder, lease_seconds, clock)


def current_leader(database: Database) -> SchedulerLease | None:
    with database.read() as session:
        return session.scalars(select(SchedulerLease)).first()
