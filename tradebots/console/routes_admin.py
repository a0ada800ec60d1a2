"""Administration: accounts and a read-only view of the settings (secrets hidden)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from loguru import logger

from tradebots.console.accounts import (
    AccountError,
    add_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from tradebots.console.deps import ServicesDep, SettingsViewer, UserAdmin, UserAdminPost
from tradebots.console.roles import Role
from tradebots.console.throttle import LoginThrottle
from tradebots.console.web import render
from tradebots.queue.database import redact_url
from tradebots.services import Services

router = APIRouter()
SECRET_FIELDS: dict[str, Any] = {"audit_key": True, "portal": {"password": True}}


def _users_page(request: Request, services: Services, viewer: Any, status: int = 200,
                **context: Any) -> Response:
    return render(request, "users.html", viewer, status, users=list_users(services.database),
                  roles=[r.value for r in Role], **context)


@router.get("/admin/users")
def users(request: Request, services: ServicesDep, viewer: UserAdmin) -> Response:
    return _users_page(request, services, viewer)


@router.post("/admin/users")
def create_user(request: Request, services: ServicesDep, viewer: UserAdminPost,
                name: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "") -> Response:
    # The password is generated and shown once, so it never travels in a form field.
    password = secrets.token_urlsafe(12)
    try:
        add_user(services.database, name.strip().lower(), role, password, by=viewer.name)
    except AccountError as exc:
        return _users_page(request, services, viewer, 400, error=str(exc))
    return _users_page(request, services, viewer, created=(name.strip().lower(), password))


def _change(request: Request, services: Services, viewer: Any, name: str,
            change: Callable[[], None], *, own: str, done: str) -> Response:
    """Apply CHANGE to account NAME (never the admin's own), log it and show the list again."""
    if name == viewer.name:
        return _users_page(request, services, viewer, 400, error=f"you cannot {own}")
    try:
        change()
    except AccountError as exc:
        return _users_page(request, services, viewer, 400, error=str(exc))
    logger.info("console user {}: {} by {}", name, done, viewer.name)
    return _users_page(request, services, viewer)


@router.post("/admin/users/{name}/active")
def change_active(request: Request, services: ServicesDep, viewer: UserAdminPost, name: str,
                  active: Annotated[str, Form()] = "") -> Response:
    return _change(request, services, viewer, name,
                   lambda: set_active(services.database, name, active == "1"),
                   own="disable your own account",
                   done="enabled" if active == "1" else "disabled")


@router.post("/admin/users/{name}/password")
def reset_password(request: Request, services: ServicesDep, viewer: UserAdminPost,
                   name: str) -> Response:
    """A new generated password, shown once; the user's sessions and sign-in lock end."""
    password = secrets.token_urlsafe(12)
    throttle: LoginThrottle = request.app.state.throttle

    def reset() -> None:
        set_password(services.database, name, password, end_sessions=True)
        throttle.reset(name)

    page = _change(request, services, viewer, name, reset, own="reset your own password here",
                   done="password reset")
    if page.status_code != 200:
        return page
    return _users_page(request, services, viewer, reset=(name, password))


@router.post("/admin/users/{name}/role")
def change_role(request: Request, services: ServicesDep, viewer: UserAdminPost, name: str,
                role: Annotated[str, Form()] = "") -> Response:
    return _change(request, services, viewer, name,
                   lambda: set_role(services.database, name, role),
                   own="change your own role", done=f"role set to {role[:16]}")


@router.get("/admin/settings")
def settings_page(request: Request, services: ServicesDep, viewer: SettingsViewer) -> Response:
    shown = services.settings.model_dump(mode="json", exclude=SECRET_FIELDS)
    shown["database_url"] = redact_url(services.settings.resolved_database_url)
    return render(request, "settings.html", viewer, settings=shown)
