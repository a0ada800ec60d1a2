"""Console accounts: argon2-hashed passwords, creation, listing and sign-in checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tradebots.console.roles import Role
from tradebots.console.tables import ConsoleSession, ConsoleUser
from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified when the name is unknown, so a wrong name costs as long as a wrong password.

    Made on first sign-in, not at import: every CLI start would pay a quarter second for it.
    """
    return _hasher.hash("not-a-real-password-for-timing")


class AccountError(ValueError):
    """A name, role or password that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    active: bool
    created_at: datetime
    created_by: str


def check_new_account(name: str, role: str, password: str) -> None:
    """Raise AccountError naming the first problem with a new account's details."""
    if not NAME.match(name):
        raise AccountError(
            f"{name!r}: a user name is 2-64 lower-case letters, digits, '.', '_' or '-'"
        )
    if role not in {r.value for r in Role}:
        raise AccountError(f"{role!r}: unknown role (one of {', '.join(r.value for r in Role)})")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")


def add_user(
    database: Database, name: str, role: str, password: str, *, by: str, clock: Clock = utcnow
) -> Account:
    """Create an account; AccountError when the details are bad or the name is taken."""
    check_new_account(name, role, password)
    with database.write() as session:
        if session.scalar(select(ConsoleUser.id).where(ConsoleUser.name == name)) is not None:
            raise AccountError(f"{name!r}: there is already a user of that name")
        user = ConsoleUser(name=name, role=role, password_hash=_hasher.hash(password),
                           active=True, created_at=clock(), created_by=by)
        session.add(user)
        session.flush()
        return _account(user)


def set_password(database: Database, name: str, password: str, *,
                 end_sessions: bool = False) -> None:
    """Give NAME a new password; END_SESSIONS signs them out everywhere (an admin's reset)."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    with database.write() as session:
        _user(session, name).password_hash = _hasher.hash(password)
        if end_sessions:
            _end_sessions(session, name)


def set_active(database: Database, name: str, active: bool) -> None:
    """Enable or disable NAME; a disabled user's sessions end at once."""
    with database.write() as session:
        _user(session, name).active = active
        if not active:
            _end_sessions(session, name)


def set_role(database: Database, name: str, role: str) -> None:
    """Change NAME's role; their open sessions get the new role's rights on the next request."""
    if role not in {r.value for r in Role}:
        raise AccountError(f"{role!r}: unknown role (one of {', '.join(r.value for r in Role)})")
    with database.write() as session:
        _user(session, name).role = role


def _user(session: Session, name: str) -> ConsoleUser:
    user = session.scalars(select(ConsoleUser).where(ConsoleUser.name == name)).first()
    if user is None:
        raise AccountError(f"{name!r}: no such user")
    return user


def _end_sessions(session: Session, name: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_name == name))


def canonical(name: str) -> str:
    """The stored form of a user name as someone types it (names are lower-case)."""
    return name.strip().lower()


def acting_user(database: Database, name: str) -> str:
    """The canonical name of the active account NAME; AccountError when there is none."""
    account = find_user(database, canonical(name))
    if account is None or not account.active:
        raise AccountError(f"{name!r}: no active console user of that name (tradebots users list)")
    return account.name


def list_users(database: Database) -> list[Account]:
    with database.read() as session:
        users = session.scalars(select(ConsoleUser).order_by(ConsoleUser.name))
        return [_account(u) for u in users]


def find_user(database: Database, name: str) -> Account | None:
    with database.read() as session:
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.name == name)).first()
        return _account(user) if user else None


def authenticate(database: Database, name: str, password: str) -> Account | None:
    """The active account NAME when PASSWORD is right, else None (same cost either way)."""
    with database.read() as session:
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.name == name)).first()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        set_password(database, name, password)
    return _account(user)


def _account(user: ConsoleUser) -> Account:
    return Account(user.name, user.role, user.active, user.created_at, user.created_by)
