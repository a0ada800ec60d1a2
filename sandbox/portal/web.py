"""What every page of the portal shares: the skin, the session, CSRF checks, rendering."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData, UploadFile

from sandbox.portal import store
from sandbox.portal.friction import FaultDice, Friction

SESSION_COOKIE = "TCSSESSIONID"
LOGIN_CSRF_COOKIE = "tcs_login_csrf"
SKIN_PREFIX = {"classic": "", "alt": "/tcs/app"}


class LoginRequired(Exception):
    """No live session: the user is sent to the login page."""


class BadToken(Exception):
    """The form's CSRF token does not match the session."""


class NotFound(Exception):
    """The record asked for does not exist."""


def element_id(skin: str, name: str) -> str:
    """The element id of logical NAME in SKIN; the alternate skin mimics an ASP.NET deployment."""
    if skin == "classic":
        return name
    return "ctl00_main_" + "".join(part.capitalize() for part in re.split(r"[-_]", name))


@dataclass
class Portal:
    conn: sqlite3.Connection
    friction: Friction
    dice: FaultDice
    templates: Jinja2Templates

    @property
    def prefix(self) -> str:
        return SKIN_PREFIX[self.friction.skin]


def make_portal(db_path: Path, friction: Friction, bot_password: str) -> Portal:
    conn = store.connect(db_path)
    store.initialize(conn, bot_password)
    templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
    skin = friction.skin
    templates.env.globals.update(
        i=lambda name: element_id(skin, name),
        u=lambda path: SKIN_PREFIX[skin] + path,
        friction=friction,
        skin=skin,
    )
    return Portal(conn, friction, FaultDice(friction), templates)


def portal_of(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


def current_session(request: Request) -> sqlite3.Row:
    """The caller's live session (kept on request.state for rendering), or LoginRequired."""
    portal = portal_of(request)
    token = request.cookies.get(SESSION_COOKIE, "")
    session = store.live_session(
        portal.conn, token, portal.friction.session_idle_minutes * 60,
        portal.friction.session_max_seconds,
    )
    if session is None:
        raise LoginRequired()
    request.state.session = session
    return session


async def checked_form(request: Request, session: sqlite3.Row) -> FormData:
    form = await request.form()
    if form.get("csrf") != session["csrf"]:
        raise BadToken()
    return form


def text(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def texts(form: FormData, name: str) -> list[str]:
    return [value for value in form.getlist(name) if isinstance(value, str)]


async def upload(form: FormData, name: str) -> tuple[bytes, str]:
    value = form.get(name)
    if not isinstance(value, UploadFile):
        return b"", ""
    try:
        return await value.read(), value.filename or "upload"
    finally:
        await value.close()


def render(
    request: Request, template: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    session = getattr(request.state, "session", None)
    context.setdefault("error", "")
    context["csrf"] = session["csrf"] if session is not None else ""
    context["user"] = session["username"] if session is not None else ""
    return portal_of(request).templates.TemplateResponse(
        request, template, context, status_code=status_code
    )


def redirect(request: Request, path: str) -> Response:
    return RedirectResponse(portal_of(request).prefix + path, status_code=303)


def login_redirect(request: Request) -> Response:
    target = request.url.path if request.method == "GET" else ""
    if request.url.query:
        target += "?" + request.url.query
    suffix = f"?next={quote(target)}" if target else ""
    return RedirectResponse(portal_of(request).prefix + "/login" + suffix, status_code=303)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def pages(total: int, size: int) -> int:
    return max(1, -(-total // size))
