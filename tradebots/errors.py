"""The two failure kinds a bot may raise; anything else is a system error (tradebots/faults.py)."""

from __future__ import annotations

from typing import Any


class TradebotsError(Exception):
    """Base of every error the engine understands by kind."""


class BusinessError(TradebotsError):
    """The facts are wrong or missing: never retried, the item goes to a person."""

    def __init__(self, message: str, *, code: str = "business", data: dict[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.data = data or {}


class TransientError(TradebotsError):
    """A passing fault (timeout, 5xx, expired session): re-queued with backoff.

    SCOPE says what else it hits: "item" (this item only), "bot" (every item of the bot, e.g.
    the portal is down) or "all" (every item on the worker, e.g. the disk is full)."""

    scope = "item"

    def __init__(self, message: str, *, code: str = "transient", scope: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        if scope is not None:
            self.scope = scope


class IllegalTransition(TradebotsError):
    """A state change the state machine does not allow."""


class LeaseLost(TradebotsError):
    """The caller's lease token no longer holds the item: another worker took it over."""


class ConfigError(TradebotsError):
    """A setting is missing or has a bad value; the message names the setting."""
