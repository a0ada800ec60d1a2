"""Console accounts: argon2-hashed passwords, creation, listing and sign-in checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from tradebots.console.roles import Role
from tradebots.console.tables import ConsoleUser
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


def set_password(database: Database, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    with database.write() as session:
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.name == name)).first()
        if user is None:
            raise AccountError(f"{name!r}: no such user")
        user.password_hash = _hasher.hash(password)


def set_active(database: Database, name: str, active: bool) -> None:
    with database.write() as session:
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.name == name)).first()
        if user is None:
            raise AccountError(f"{name!r}: no such user")
        user.active = active


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
