"""Route dependencies: the services, the signed-in viewer, role checks and CSRF checks."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from tradebots.console.roles import Can, allowed
from tradebots.console.sessions import COOKIE, Viewer, viewer_for
from tradebots.queue.queries import get_item
from tradebots.queue.tables import WorkItem
from tradebots.services import Services


class NotSignedIn(Exception):
    """No live session: pages send the browser to sign in, other requests get 401."""


class Forbidden(Exception):
    """Signed in, but the role may not do this."""


class CsrfRefused(Exception):
    """A form post without the session's CSRF token."""


MAX_ID = 2**63 - 1  # the largest id a database integer column holds
NUMBERED = ("index", "page")  # path parts that count, besides every "..._id"


def ids_in_range(request: Request) -> None:
    """A path id beyond any database integer names nothing: 404, not a database overflow."""
    for name, value in request.path_params.items():
        numbered = name.endswith("_id") or name in NUMBERED
        if numbered and isinstance(value, str) and value.isdigit() and (
                len(value) > len(str(MAX_ID)) or int(value) > MAX_ID):
            raise HTTPException(404, f"{name} {value[:30]} is beyond any id")


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(services_of)]


def current_viewer(request: Request, services: ServicesDep) -> Viewer | None:
    token = request.cookies.get(COOKIE)
    return viewer_for(services.database, token) if token else None


OptionalViewer = Annotated[Viewer | None, Depends(current_viewer)]


def need(action: Can | None) -> Callable[[Viewer | None], Viewer]:
    """A dependency that admits a signed-in viewer whose role may do ACTION (None: anyone)."""

    def dependency(viewer: OptionalViewer) -> Viewer:
        if viewer is None:
            raise NotSignedIn()
        if action is not None and not allowed(viewer.role, action):
            raise Forbidden()
        return viewer

    return dependency


async def check_csrf(request: Request, expected: str) -> None:
    """Raise CsrfRefused unless the form field or X-CSRF-Token header carries EXPECTED."""
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        field = form.get("csrf")
        sent = field if isinstance(field, str) else None
    if not sent or not secrets.compare_digest(sent, expected):
        raise CsrfRefused()


def posting(action: Can | None) -> Callable[[Request, Viewer], Awaitable[Viewer]]:
    """Like need(), for a form post: the CSRF token must match the viewer's session."""
    role_check = need(action)

    # A plain default, not Annotated: the annotation is a string under `from __future__`
    # and FastAPI could not resolve the local ROLE_CHECK from it.
    async def dependency(request: Request, viewer: Viewer = Depends(role_check)) -> Viewer:
        await check_csrf(request, viewer.csrf)
        return viewer

    return dependency


SignedIn = Annotated[Viewer, Depends(need(None))]
SignedInPost = Annotated[Viewer, Depends(posting(None))]
QueueViewer = Annotated[Viewer, Depends(need(Can.SEE_QUEUE))]
Uploader = Annotated[Viewer, Depends(need(Can.UPLOAD))]
Reviewer = Annotated[Viewer, Depends(need(Can.REVIEW))]
ReviewerPost = Annotated[Viewer, Depends(posting(Can.REVIEW))]
DashboardViewer = Annotated[Viewer, Depends(need(Can.DASHBOARD))]
UserAdmin = Annotated[Viewer, Depends(need(Can.MANAGE_USERS))]
UserAdminPost = Annotated[Viewer, Depends(posting(Can.MANAGE_USERS))]
SettingsViewer = Annotated[Viewer, Depends(need(Can.SEE_SETTINGS))]
AuditViewer = Annotated[Viewer, Depends(need(Can.SEE_AUDIT))]


def item_or_404(services: Services, item_id: int) -> WorkItem:
    """The item a route names, or a 404 page."""
    found = get_item(services.database, item_id)
    if found is None:
        raise HTTPException(404, f"no item {item_id}")
    return found
