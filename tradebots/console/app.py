"""Build the console's FastAPI application around the engine's services."""

from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from tradebots.console import (
    routes_admin,
    routes_audit,
    routes_auth,
    routes_close,
    routes_dashboard,
    routes_files,
    routes_queue,
    routes_review,
    routes_waiting,
)
from tradebots.console.deps import ids_in_range
from tradebots.console.error_pages import install_error_pages
from tradebots.console.throttle import LoginThrottle
from tradebots.console.web import HERE, SecurityHeaders
from tradebots.services import Services


def create_app(services: Services, *, throttle: LoginThrottle | None = None) -> FastAPI:
    """The console app; SERVICES stay open for its lifetime (the caller closes them)."""
    app = FastAPI(title="tradebots console", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(ids_in_range)])
    app.state.services = services
    app.state.throttle = throttle or LoginThrottle(services.database)
    install_error_pages(app, services)  # first: its failure page sits inside SecurityHeaders
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (routes_auth, routes_queue, routes_review, routes_close, routes_files,
                   routes_dashboard, routes_audit, routes_admin, routes_waiting):
        app.include_router(module.router)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
