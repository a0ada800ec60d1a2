"""The portal for one work item: one chromium per worker process, a fresh page per item."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from types import TracebackType

from bots.portal.facade import Portal
from bots.portal.session import office_session
from tradebots.bot import StepContext
from tradebots.browser.host import BrowserHost
from tradebots.runner import FAILURE_DIR
from tradebots.settings import Settings

_hosts: dict[int, BrowserHost] = {}


def browser_host(settings: Settings) -> BrowserHost:
    """The chromium this worker uses for these settings, launched on first use."""
    host = _hosts.get(id(settings))
    if host is None:
        host = _hosts.setdefault(id(settings), BrowserHost(settings))
    return host


@contextmanager
def item_portal(ctx: StepContext) -> Iterator[Portal]:
    """Open the portal for CTX's item; a failure leaves its screenshot and trace as artifacts."""
    with office_session(browser_host(ctx.settings), ctx.settings, ctx.workdir / FAILURE_DIR,
                        ctx.guard, ctx.reference) as portal:
        yield portal


def close_browser_host(settings: Settings) -> None:
    """Close the chromium launched for these settings (tests and shutdown)."""
    host = _hosts.pop(id(settings), None)
    if host is not None:
        host.close()


class ItemPortal:
    """The item's portal session, logged in only when a step first needs it, closed on exit."""

    def __init__(self, ctx: StepContext) -> None:
        self._ctx = ctx
        self._stack = ExitStack()
        self._portal: Portal | None = None

    def __call__(self) -> Portal:
        if self._portal is None:
            self._portal = self._stack.enter_context(item_portal(self._ctx))
        return self._portal

    def __enter__(self) -> ItemPortal:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> bool:
        # The session sees the step's exception, so a failure still leaves its screenshot.
        return bool(self._stack.__exit__(kind, error, trace))
