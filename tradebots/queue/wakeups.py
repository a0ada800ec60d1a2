"""Idle workers wake on PostgreSQL's LISTEN/NOTIFY when work is queued, instead of polling.

A transaction that makes an item ready sends NOTIFY (delivered at its commit); a worker that found
nothing to claim waits on its listening connection with a timeout, so a lost notification costs at
most one poll interval. SQLite has no notifications: there the wait is a plain timeout.
"""

from __future__ import annotations

import threading
from typing import Any

import psycopg
from sqlalchemy import make_url, text
from sqlalchemy.orm import Session

CHANNEL = "tradebots_work"


def announce_work(session: Session) -> None:
    """Tell listening workers (at commit) that an item became ready; nothing on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"NOTIFY {CHANNEL}"))


class WorkSignal:
    """A worker's wait for work: a LISTEN connection on PostgreSQL, a timeout elsewhere."""

    def __init__(self, url: str, stopping: threading.Event):
        self.stopping = stopping
        self._conn: psycopg.Connection[Any] | None = None
        parsed = make_url(url)
        if parsed.get_backend_name() == "postgresql":
            conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
            self._conn = psycopg.connect(conninfo, autocommit=True)
            self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Wait until work is announced (True), or TIMEOUT passes or the worker stops (False)."""
        if self._conn is None:
            self.stopping.wait(timeout)
            return False
        woken = any(True for _ in self._conn.notifies(timeout=timeout, stop_after=1))
        if woken:
            # Notices that piled up while the worker was busy say nothing new: drop them.
            for _ in self._conn.notifies(timeout=0.0):
                pass
        return woken

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
