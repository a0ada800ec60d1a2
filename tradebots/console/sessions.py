"""Server-side sessions: the cookie holds a random token, the database only its sha256."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from tradebots.console.tables import ConsoleSession, ConsoleUser
from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database

SESSION_HOURS = 12
COOKIE = "tb_session"


@dataclass(frozen=True)
class Viewer:
    """The signed-in person behind a request."""

    name: str
    role: str
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(database: Database, user_name: str, *, clock: Clock = utcnow) -> str:
    """Open a session for USER_NAME; return the cookie token (shown to nobody else)."""
    token = secrets.token_urlsafe(32)
    now = clock()
    with database.write() as session:
        # Expired rows are swept at sign-in so the table never grows without bound.
        session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))
        session.add(ConsoleSession(
            token_hash=_digest(token), user_name=user_name, csrf_token=secrets.token_urlsafe(32),
            created_at=now, expires_at=now + timedelta(hours=SESSION_HOURS),
        ))
    return token


def viewer_for(database: Database, token: str, *, clock: Clock = utcnow) -> Viewer | None:
    """The active user of a live session, or None."""
    query = (
        select(ConsoleSession.user_name, ConsoleUser.role, ConsoleSession.csrf_token)
        .join(ConsoleUser, ConsoleUser.name == ConsoleSession.user_name)
        .where(ConsoleSession.token_hash == _digest(token),
               ConsoleSession.expires_at > clock(), ConsoleUser.active.is_(True))
    )
    with database.read() as session:
        row = session.execute(query).first()
    return Viewer(row[0], row[1], row[2]) if row else None


def end_session(database: Database, token: str) -> None:
    with database.write() as session:
        session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _digest(token)))
