"""Build the console's FastAPI application around the engine's services."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from tradebots.console import (
    routes_admin,
    routes_auth,
    routes_dashboard,
    routes_files,
    routes_queue,
    routes_review,
    routes_waiting,
)
from tradebots.console.deps import CsrfRefused, Forbidden, NotSignedIn, current_viewer
from tradebots.console.throttle import LoginThrottle
from tradebots.console.web import HERE, SecurityHeaders, render
from tradebots.services import Services


def _wants_page(request: Request) -> bool:
    return request.method == "GET" and "application/json" not in request.headers.get("accept", "")


def create_app(services: Services, *, throttle: LoginThrottle | None = None) -> FastAPI:
    """The console app; SERVICES stay open for its lifetime (the caller closes them)."""
    app = FastAPI(title="tradebots console", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.services = services
    app.state.throttle = throttle or LoginThrottle()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (routes_auth, routes_queue, routes_review, routes_files, routes_dashboard,
                   routes_admin, routes_waiting):
        app.include_router(module.router)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.exception_handler(NotSignedIn)
    def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if _wants_page(request):
            query = f"?{request.url.query}" if request.url.query else ""
            target = quote(request.url.path + query)
            return RedirectResponse(f"/login?next={target}", status_code=303)
        return JSONResponse({"error": "sign in first"}, status_code=401)

    @app.exception_handler(Forbidden)
    def forbidden(request: Request, _exc: Forbidden) -> Response:
        viewer = current_viewer(request, services)
        return render(request, "error.html", viewer, 403, title="Not allowed",
                      message="Your role does not allow this page or action.")

    @app.exception_handler(CsrfRefused)
    def csrf_refused(request: Request, _exc: CsrfRefused) -> Response:
        viewer = current_viewer(request, services)
        return render(request, "error.html", viewer, 403, title="Form expired",
                      message="The form's security token is missing or stale. Go back, reload "
                              "the page and try again.")

    return app
