"""Templates, the page renderer, date helpers and the security headers every response carries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradebots.console.roles import Can, allowed
from tradebots.console.sessions import Viewer

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "html")
NEAR_DAYS = 5  # a deadline this close is shown in red
SOON_DAYS = 14

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


DONE_MESSAGES = {
    "approved": "Item {item} approved; the bot will now finalize it.",
    "returned": "Item {item} returned; the bot will prepare it again on your corrections.",
    "resolved": "Item {item} answered; the bot will run on with your corrections and decision.",
    "rejected": "Item {item} rejected.",
    "retried": "Item {item} queued again.",
    "withdrawn": "Item {item} withdrawn; no bot will run it.",
    "closed": "Item {item} closed; it will not be retried.",
}


def done_message(done: str, item: int) -> str:
    """The notice after an action, from a fixed list so nothing in the URL is echoed."""
    return DONE_MESSAGES.get(done, "").format(item=item) if item else ""


def age(elapsed: timedelta) -> str:
    """A duration as a person says it: "40 min", "5 h", "3 d"."""
    minutes = max(0, int(elapsed.total_seconds() // 60))
    if minutes < 120:
        return f"{minutes} min"
    return f"{minutes // 60} h" if minutes < 48 * 60 else f"{minutes // (24 * 60)} d"


def office_today(timezone: str) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def deadline_class(days: int | None) -> str:
    if days is None:
        return ""
    if days <= NEAR_DAYS:
        return "near"
    return "soon" if days <= SOON_DAYS else ""


def render(request: Request, name: str, viewer: Viewer | None, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """Render template NAME with the viewer, their permissions and the CSRF token."""
    can = {c.value: bool(viewer and allowed(viewer.role, c)) for c in Can}
    return templates.TemplateResponse(
        request, name, {"viewer": viewer, "can": can, "csrf": viewer.csrf if viewer else "",
                        **context},
        status_code=status_code,
    )


class SecurityHeaders:
    """Pure ASGI middleware (so upload bodies keep streaming) adding CSP and friends."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {b"content-security-policy": CSP.encode(),
                         b"x-content-type-options": b"nosniff",
                         b"referrer-policy": b"same-origin",
                         b"x-frame-options": b"DENY"}
                if not scope["path"].startswith("/static/") and b"cache-control" not in names:
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
