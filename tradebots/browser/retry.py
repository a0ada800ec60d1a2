"""Which portal failures pass by themselves, and the short retry policy for them."""

from __future__ import annotations

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tradebots.errors import TransientError


class PortalUnavailable(TransientError):
    """The portal answered 5xx (or refused a stale form token): try again shortly.

    Reaching the engine it means a whole step budget passed without an answer: the portal is
    down for every item of the bot, so the bot pauses instead of the items failing in turn."""

    scope = "bot"


class SessionExpired(TransientError):
    """The portal sent us to its login page: log in again and redo the step."""


class LoginBounced(TransientError):
    """The portal returned its login form without saying why (busy): log in again shortly."""


# Playwright raises these when the page changes under an action; doing the step again fixes them.
_TRANSIENT_MARKERS = (
    "not attached to the dom",
    "element is detached",
    "execution context was destroyed",
    "navigation",
    "net::err_",
    "frame was detached",
)


def is_transient(exc: BaseException) -> bool:
    """True for faults that a second try of the same idempotent step can get past."""
    if isinstance(exc, TransientError | PlaywrightTimeoutError):
        return True
    if isinstance(exc, PlaywrightError):
        message = str(exc).lower()
        return any(marker in message for marker in _TRANSIENT_MARKERS)
    return False


def as_transient(exc: BaseException, step: str) -> TransientError:
    """The error the engine sees when a step kept failing for passing reasons."""
    if isinstance(exc, TransientError):
        return exc
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return PortalUnavailable(f"{step}: {first_line}", code="portal")
