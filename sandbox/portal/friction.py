"""Switchable realism for the sandbox portal: latency, 503s, short sessions, modals, skins."""

from __future__ import annotations

import random
import threading
from typing import Literal

from pydantic import BaseModel, Field


class Friction(BaseModel):
    """Every kind of friction the portal can put in a bot's way; the defaults add none."""

    latency_ms: int = Field(0, ge=0)
    error_rate: float = Field(0.0, ge=0.0, le=1.0)
    # Of the 503s, the share sent after the request was handled (a write committed, answer lost).
    error_after_commit_share: float = Field(0.5, ge=0.0, le=1.0)
    session_idle_minutes: float = Field(20.0, gt=0)
    # Every session is cut at each mark of this many seconds (so it lives at most that long).
    session_max_seconds: float = Field(0.0, ge=0)  # 0: sessions end only when idle
    # The share of logins answered with the bare login form again, no reason given (a busy portal).
    login_bounce_rate: float = Field(0.0, ge=0.0, le=1.0)
    confirm_modal: bool = False
    page_size: int = Field(20, ge=1)
    skin: Literal["classic", "alt"] = "classic"
    seed: int = 1914


Fault = Literal["none", "before", "after"]


class FaultDice:
    """The seeded generator that decides which request fails, so a chaos run can be replayed."""

    def __init__(self, friction: Friction) -> None:
        self._friction = friction
        self._rng = random.Random(friction.seed)
        self._lock = threading.Lock()
        self.counts = {"requests": 0, "before": 0, "after": 0, "login_bounces": 0}

    def roll(self) -> Fault:
        """Whether this request fails, and whether before or after it is handled."""
        with self._lock:
            self.counts["requests"] += 1
            if self._friction.error_rate <= 0 or self._rng.random() >= self._friction.error_rate:
                return "none"
            after = self._rng.random() < self._friction.error_after_commit_share
            fault: Fault = "after" if after else "before"
            self.counts[fault] += 1
        return fault

    def bounce_login(self) -> bool:
        """Whether this login is sent back to the login form without a reason."""
        with self._lock:
            if self._friction.login_bounce_rate <= 0:
                return False
            if self._rng.random() >= self._friction.login_bounce_rate:
                return False
            self.counts["login_bounces"] += 1
        return True

    def latency_seconds(self) -> float:
        """The added latency for one request, jittered by up to half either way."""
        if self._friction.latency_ms <= 0:
            return 0.0
        with self._lock:
            factor = 0.5 + self._rng.random()
        return self._friction.latency_ms * factor / 1000.0
