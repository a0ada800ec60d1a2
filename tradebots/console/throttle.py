"""Sign-in throttling kept in the database: a lock per account, a slow-down per address.

An account with MAX_FAILURES failures in the window is refused until the window moves on. An
address (behind a proxy, the whole office) is never refused: past ADDRESS_CAP failures each of its
attempts waits ADDRESS_DELAY seconds first, so guessing slows to a crawl while the right
password still gets in.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select

from tradebots.console.tables import SignInFailure
from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database

MAX_FAILURES = 5
ADDRESS_CAP = 20
ADDRESS_DELAY = 2.0
WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Verdict:
    """What a sign-in attempt must do first: wait SLOW_DOWN seconds, or be refused for LOCKED."""

    locked_seconds: int = 0
    slow_down: float = 0.0


class LoginThrottle:
    """Failures are rows of console_sign_in_failures, so every console process shares them."""

    def __init__(self, database: Database, *, max_failures: int = MAX_FAILURES,
                 address_cap: int = ADDRESS_CAP, address_delay: float = ADDRESS_DELAY,
                 window: timedelta = WINDOW, clock: Clock = utcnow,
                 sleep: Callable[[float], None] = time.sleep):
        self.database = database
        self.max_failures = max_failures
        self.address_cap = address_cap
        self.address_delay = address_delay
        self.window = window
        self.clock = clock
        self.sleep = sleep

    def check(self, name: str, address: str) -> Verdict:
        """The verdict for an attempt at account NAME from ADDRESS."""
        since = self.clock() - self.window
        with self.database.read() as session:
            account = session.execute(
                select(func.count(), func.min(SignInFailure.at))
                .where(SignInFailure.key == _name(name), SignInFailure.at > since)
            ).one()
            from_address = session.scalar(
                select(func.count()).select_from(SignInFailure)
                .where(SignInFailure.key == _address(address), SignInFailure.at > since)
            ) or 0
        locked = 0
        if account[0] >= self.max_failures:
            remaining = account[1] + self.window - self.clock()
            locked = max(1, math.ceil(remaining.total_seconds()))
        slow = self.address_delay if from_address >= self.address_cap else 0.0
        return Verdict(locked, slow)

    def wait(self, verdict: Verdict) -> None:
        if verdict.slow_down:
            self.sleep(verdict.slow_down)

    def failed(self, name: str, address: str) -> None:
        now = self.clock()
        with self.database.write() as session:
            # Old rows go as new ones come, so the table holds one window at most.
            session.execute(delete(SignInFailure).where(SignInFailure.at <= now - self.window))
            session.add_all([SignInFailure(key=_name(name), at=now),
                             SignInFailure(key=_address(address), at=now)])

    def succeeded(self, name: str) -> None:
        """A right password clears the account's failures (not the address's)."""
        self.reset(name)

    def reset(self, name: str) -> None:
        with self.database.write() as session:
            session.execute(delete(SignInFailure).where(SignInFailure.key == _name(name)))


def _name(name: str) -> str:
    return f"name:{name.strip().lower()}"[:200]


def _address(address: str) -> str:
    return f"addr:{address}"[:200]
