"""The portal for one work item: one chromium per worker process, a fresh context per item."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tradebots.bot import StepContext
from tradebots.browser.host import BrowserHost
from tradebots.browser.portal import Portal
from tradebots.browser.session import portal_session
from tradebots.runner import FAILURE_DIR

_hosts: dict[int, BrowserHost] = {}


@contextmanager
def item_portal(ctx: StepContext) -> Iterator[Portal]:
    """Open the portal for CTX's item; a failure leaves its screenshot and trace as artifacts."""
    host = _hosts.get(id(ctx.settings))
    if host is None:
        host = _hosts.setdefault(id(ctx.settings), BrowserHost(ctx.settings))
    with portal_session(host, ctx.settings, ctx.workdir / FAILURE_DIR, ctx.guard,
                        ctx.reference) as portal:
        yield portal
