"""The sandbox trade portal as a FastAPI application, with its friction, served by uvicorn."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from sandbox.portal import routes_auth, routes_cases, routes_entries, routes_protests, routes_wizard
from sandbox.portal.friction import Friction
from sandbox.portal.validate import Refused
from sandbox.portal.web import (
    BadToken,
    LoginRequired,
    NotFound,
    login_redirect,
    make_portal,
    portal_of,
    render,
)

UNAVAILABLE = (
    "<!doctype html><html><head><title>503 Service Unavailable</title></head><body>"
    "<h1>Service Unavailable</h1><p>The system is busy. Please try again later.</p></body></html>"
)


def create_app(db_path: Path, friction: Friction, bot_password: str) -> FastAPI:
    """The portal over the SQLite file DB_PATH (created and seeded when new)."""
    if not bot_password:
        raise ValueError("the portal needs a password for the bot account")
    app = FastAPI(title="Trade Case System (sandbox)", docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.portal = make_portal(db_path, friction, bot_password)
    prefix = app.state.portal.prefix
    for module in (routes_auth, routes_entries, routes_wizard, routes_protests, routes_cases):
        app.include_router(module.router, prefix=prefix)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return PlainTextResponse("ok")

    @app.get("/_friction", include_in_schema=False)
    async def friction_counts(request: Request) -> Response:
        """How many requests were served and how many got a 503 before or after handling."""
        return JSONResponse(portal_of(request).dice.counts)

    @app.middleware("http")
    async def friction_middleware(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.url.path in ("/healthz", "/_friction"):
            return await call_next(request)
        portal = portal_of(request)
        delay = portal.dice.latency_seconds()
        if delay:
            await asyncio.sleep(delay)
        fault = portal.dice.roll()
        if fault == "before":
            return HTMLResponse(UNAVAILABLE, status_code=503)
        response = await call_next(request)
        if fault == "after":
            # The work is done (a write committed) but the answer never reaches the caller.
            async for _ in response.body_iterator:  # type: ignore[attr-defined]
                pass
            return HTMLResponse(UNAVAILABLE, status_code=503)
        return response

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        return login_redirect(request)

    @app.exception_handler(BadToken)
    async def _token(request: Request, exc: BadToken) -> Response:
        return render(request, "error.html", status_code=403, title="Forbidden",
                      message="The form token is missing or expired. Reload the page.")

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        return render(request, "error.html", status_code=404, title="Not found",
                      message=str(exc))

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        return render(request, "error.html", status_code=422, title="Refused", error=str(exc),
                      message=str(exc))

    return app


def serve(host: str, port: int, db_path: Path, friction: Friction, bot_password: str) -> None:
    """Run the portal on HOST:PORT until interrupted."""
    app = create_app(db_path, friction, bot_password)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
