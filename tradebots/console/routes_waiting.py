"""A waiting item in the console: a clerk attaches the event it waits for, or records none came."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tradebots.console.deps import ServicesDep, Uploader, item_or_404, posting
from tradebots.console.roles import Can
from tradebots.console.sessions import Viewer
from tradebots.console.uploads import UploadRefused, content_problem, receive_upload
from tradebots.console.web import render
from tradebots.errors import IllegalTransition
from tradebots.queue.deliveries import Deliveries
from tradebots.queue.queries import item_artifacts, item_events
from tradebots.queue.states import State
from tradebots.services import Services

router = APIRouter()
UploaderPost = Annotated[Viewer, Depends(posting(Can.UPLOAD))]


def wait_page(request: Request, services: Services, viewer: Viewer, item_id: int,
              errors: list[str] | None = None, status: int = 200, notice: str = "") -> Response:
    item = item_or_404(services, item_id)
    return render(request, "waiting.html", viewer, status, item=item,
                  wait=item.payload.get("wait") or {}, waiting=item.state == State.WAITING,
                  events=item_events(services.database, item_id),
                  artifacts=item_artifacts(services.database, item_id), errors=errors or [],
                  notice=notice, limit_mb=services.settings.max_upload_mb)


@router.get("/items/{item_id}/wait")
def waiting(request: Request, services: ServicesDep, viewer: Uploader, item_id: int,
            done: str = "") -> Response:
    notice = {"file": "The file is attached and the case moves on.",
              "none": "Recorded that none came; the case moves on."}.get(done, "")
    return wait_page(request, services, viewer, item_id, notice=notice)


@router.post("/items/{item_id}/wait/file")
async def attach(request: Request, services: ServicesDep, viewer: Uploader,
                 item_id: int) -> Response:
    """The same checks as intake: CSRF before any byte is stored, size, name, PDF magic."""
    settings = services.settings

    def csrf_ok(fields: dict[str, str]) -> bool:
        return (request.headers.get("x-csrf-token") or fields.get("csrf")) == viewer.csrf

    item = await run_in_threadpool(item_or_404, services, item_id)
    try:
        received = await receive_upload(
            request.stream(), request.headers.get("content-type", ""),
            request.headers.get("content-length"), limit=settings.max_upload_mb * 1024 * 1024,
            spool=settings.var_path / "console" / "uploads", csrf_ok=csrf_ok)
        try:
            if not csrf_ok(received.fields):
                raise UploadRefused(403, ["the form's security token is missing or stale"])
            if len(received.files) != 1:
                raise UploadRefused(400, ["attach exactly one PDF file"])
            problem = content_problem(received.files[0])
            if problem:
                raise UploadRefused(400, [problem])
            await run_in_threadpool(
                Deliveries(services.queue).deliver_file, item_id, item.waiting_for or "",
                received.files[0].path, actor=viewer.name, name=received.files[0].name,
                note=received.fields.get("note", "").strip())
        finally:
            received.discard()
    except UploadRefused as refused:
        return wait_page(request, services, viewer, item_id, refused.messages, refused.status)
    except IllegalTransition as exc:
        return wait_page(request, services, viewer, item_id, [str(exc)], 409)
    return RedirectResponse(f"/items/{item_id}/wait?done=file", status_code=303)


@router.post("/items/{item_id}/wait/none")
def none_came(request: Request, services: ServicesDep, viewer: UploaderPost, item_id: int,
              note: Annotated[str, Form()] = "") -> Response:
    item = item_or_404(services, item_id)
    try:
        Deliveries(services.queue).none_came(item_id, item.waiting_for or "", actor=viewer.name,
                                             note=note.strip())
    except IllegalTransition as exc:
        return wait_page(request, services, viewer, item_id, [str(exc)], 409)
    return RedirectResponse(f"/items/{item_id}/wait?done=none", status_code=303)
