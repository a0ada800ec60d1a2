"""Login, logout and the home page."""

from __future__ import annotations

import secrets
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.portal import store
from sandbox.portal.web import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    checked_form,
    current_session,
    portal_of,
    redirect,
    render,
    text,
)

router = APIRouter()
Session = Annotated[sqlite3.Row, Depends(current_session)]


def _safe_next(request: Request, target: str) -> str:
    prefix = portal_of(request).prefix
    if target.startswith(prefix + "/") and not target.startswith("//"):
        return target
    return prefix + "/entries"


@router.get("/")
async def home(request: Request) -> Response:
    return redirect(request, "/entries")


@router.get("/login")
async def login_page(request: Request, next: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", next=next, login_csrf=token)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    username, password, target = text(form, "username"), text(form, "password"), text(form, "next")
    portal = portal_of(request)
    if not cookie or text(form, "csrf") != cookie:
        error = "Your login form expired. Please try again."
    elif portal.dice.bounce_login():
        error = ""  # too busy to say why: the bare form again, as a loaded real portal answers
    elif not store.check_password(portal.conn, username, password):
        error = "Invalid username or password."
    else:
        session = store.open_session(portal.conn, username)
        done = RedirectResponse(_safe_next(request, target), status_code=303)
        done.set_cookie(SESSION_COOKIE, session["token"], httponly=True, samesite="lax")
        done.delete_cookie(LOGIN_CSRF_COOKIE)
        return done
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", status_code=422 if error else 200, next=target,
                      login_csrf=token, error=error or None)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict")
    return response


@router.post("/logout")
async def logout(request: Request, session: Session) -> Response:
    await checked_form(request, session)
    store.close_session(portal_of(request).conn, session["token"])
    response = redirect(request, "/login")
    response.delete_cookie(SESSION_COOKIE)
    return response
