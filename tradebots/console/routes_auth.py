"""Sign in and out; the root page sends each role to where its work is."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tradebots.console.accounts import authenticate
from tradebots.console.deps import OptionalViewer, ServicesDep, SignedInPost
from tradebots.console.roles import HOME, Role
from tradebots.console.sessions import COOKIE, SESSION_HOURS, end_session, start_session
from tradebots.console.throttle import LoginThrottle
from tradebots.console.web import render

router = APIRouter()
LOGIN_CSRF = "tb_login_csrf"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _safe_next(target: str) -> str | None:
    # Only paths on this site: "//host" and "/\host" would leave it.
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return None


@router.get("/")
def home(viewer: OptionalViewer) -> Response:
    if viewer is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME[Role(viewer.role)], status_code=303)


def _login_page(request: Request, next_url: str, error: str = "", status: int = 200) -> Response:
    # The sign-in form has no session yet, so its CSRF token is a double-submit cookie.
    token = secrets.token_urlsafe(32)
    response = render(request, "login.html", None, status, login_csrf=token, next_url=next_url,
                      error=error)
    response.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", path="/login",
                        secure=_secure(request))
    return response


@router.get("/login")
def login_form(request: Request, next: str = "") -> Response:
    return _login_page(request, next)


@router.post("/login")
def login(
    request: Request,
    services: ServicesDep,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    cookie = request.cookies.get(LOGIN_CSRF, "")
    if not csrf or not cookie or not secrets.compare_digest(csrf, cookie):
        return _login_page(request, next, "The form expired; please sign in again.", 403)
    throttle: LoginThrottle = request.app.state.throttle
    name = name.strip().lower()
    address = request.client.host if request.client else ""
    verdict = throttle.check(name, address)
    if verdict.locked_seconds:
        minutes = (verdict.locked_seconds + 59) // 60
        return _login_page(request, next, f"Too many failed sign-ins for this account. Try again "
                           f"in {minutes} minute(s), or ask an administrator.", 429)
    throttle.wait(verdict)
    account = authenticate(services.database, name, password)
    if account is None:
        throttle.failed(name, address)
        return _login_page(request, next, "Wrong name or password.", 401)
    throttle.succeeded(name)
    token = start_session(services.database, account.name)
    response = RedirectResponse(_safe_next(next) or HOME[Role(account.role)], status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=SESSION_HOURS * 3600, path="/")
    response.delete_cookie(LOGIN_CSRF, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, services: ServicesDep, viewer: SignedInPost) -> Response:
    token = request.cookies.get(COOKIE)
    if token:
        end_session(services.database, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
