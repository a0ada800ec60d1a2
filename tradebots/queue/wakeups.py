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
        self._conninfo = ""
        if parsed.get_backend_name() == "postgresql":
            self._conninfo = parsed.set(drivername="postgresql").render_as_string(
                hide_password=False)
            self._listen()

    def wait(self, timeout: float) -> bool:
        """Wait until work is announced (True), or TIMEOUT passes or the worker stops (False)."""
        if self._conn is None and self._conninfo:
            self._listen()  # the server came back after a blip: listen again
        if self._conn is None:
            self.stopping.wait(timeout)
            return False
        try:
            woken = any(True for _ in self._conn.notifies(timeout=timeout, stop_after=1))
            if woken:
                # Notices that piled up while the worker was busy say nothing new: drop them.
                for _ in self._conn.notifies(timeout=0.0):
                    pass
        except psycopg.OperationalError:
            self.close()  # a restart or a cut: poll until the server takes a LISTEN again
            return False
        return woken

    def _listen(self) -> None:
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.OperationalError:
            self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
