"""Every console error is an HTML page with a plain message; the log keeps the detail."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from loguru import logger
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradebots.console.deps import CsrfRefused, Forbidden, NotSignedIn, current_viewer
from tradebots.console.web import render
from tradebots.services import Services

# What a person reads for each status; the exception's own detail goes to the log only.
PLAIN: dict[int, tuple[str, str]] = {
    400: ("Cannot do that", "The request could not be carried out. Go back and check the form."),
    403: ("Not allowed", "Your role does not allow this page or action."),
    404: ("Not found", "There is no such page or item. It may have been mistyped."),
    405: ("Not allowed", "This page cannot be used that way."),
    422: ("Cannot read that", "A value in the address or form is not one this page accepts."),
    500: ("Something went wrong", "The console could not finish this request. The error has "
                                  "been logged; try again, and tell the administrator if it "
                                  "keeps happening."),
}


def _wants_page(request: Request) -> bool:
    return request.method == "GET" and "application/json" not in request.headers.get("accept", "")


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def error_page(request: Request, services: Services, status: int) -> Response:
    """The plain page (or, for a JSON client, the plain message) for STATUS."""
    title, message = PLAIN.get(status, PLAIN[500 if status >= 500 else 400])
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render(request, "error.html", current_viewer(request, services), status, title=title,
                  message=message)


def install_error_pages(app: FastAPI, services: Services) -> None:
    """Register the handlers that turn every refusal and failure into a page."""

    @app.exception_handler(NotSignedIn)
    def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if _wants_page(request):
            query = f"?{request.url.query}" if request.url.query else ""
            target = quote(request.url.path + query)
            return RedirectResponse(f"/login?next={target}", status_code=303)
        return JSONResponse({"error": "sign in first"}, status_code=401)

    @app.exception_handler(Forbidden)
    def forbidden(request: Request, _exc: Forbidden) -> Response:
        return error_page(request, services, 403)

    @app.exception_handler(CsrfRefused)
    def csrf_refused(request: Request, _exc: CsrfRefused) -> Response:
        return render(request, "error.html", current_viewer(request, services), 403,
                      title="Form expired",
                      message="The form's security token is missing or stale. Go back, reload "
                              "the page and try again.")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException) -> Response:
        logger.info("console {} {}: {} {}", request.method, request.url.path, exc.status_code,
                    exc.detail)
        return error_page(request, services, exc.status_code)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        logger.info("console {} {}: invalid {}", request.method, request.url.path, exc.errors())
        # A path that does not parse names nothing that exists; a bad query or form is a 422.
        in_path = any(error.get("loc", ("",))[0] == "path" for error in exc.errors())
        return error_page(request, services, 404 if in_path else 422)

    app.add_middleware(FailurePage, services=services)


class FailurePage:
    """Pure ASGI middleware: an unexpected error before the response starts becomes the 500 page.

    Answered here, not re-raised as Starlette's last-resort handler does, so the connection
    stays open for the browser's next request."""

    def __init__(self, app: ASGIApp, services: Services):
        self.app = app
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:
                raise
            request = Request(scope)
            logger.opt(exception=exc).error("console {} {} failed", request.method,
                                            request.url.path)
            await self._page(request)(scope, receive, send)

    def _page(self, request: Request) -> Response:
        try:
            return error_page(request, self.services, 500)
        except Exception:  # the database itself may be what failed: a page without the viewer
            title, message = PLAIN[500]
            return render(request, "error.html", None, 500, title=title, message=message)
