"""The queue page (filters, urgency, keyset paging) and the upload page."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from tradebots.console.deps import QueueViewer, ServicesDep, Uploader
from tradebots.console.intake import office_bots, queue_upload
from tradebots.console.queries import SORTS, Cursor, QueueFilter, queue_page, shown_columns
from tradebots.console.uploads import UploadRefused, receive_upload
from tradebots.console.web import age, deadline_class, done_message, office_today, render
from tradebots.queue.claims import ClaimFilter
from tradebots.queue.clock import utcnow
from tradebots.queue.states import State

router = APIRouter()
DUE_CHOICES = {"": "any time", "overdue": "overdue", "7": "within 7 days",
               "30": "within 30 days"}
CLAIM_CHOICES: dict[str, str] = {"": "anyone's", "mine": "mine", "unassigned": "unassigned"}


@router.get("/queue")
def queue(
    request: Request, services: ServicesDep, viewer: QueueViewer, bot: str = "",
    state: str = "", due: str = "", sort: str = "urgency", after: str = "", done: str = "",
    prev: int = 0, claimed: str = "", q: str = "",
) -> Response:
    today = office_today(services.settings.timezone)
    if due not in DUE_CHOICES:
        raise HTTPException(422, f"due {due[:30]!r} is not one of the choices")
    due_by = None
    if due == "overdue":
        due_by = today - timedelta(days=1)
    elif due:
        due_by = today + timedelta(days=int(due))
    which: Literal["mine", "unassigned"] | None = (
        "mine" if claimed == "mine" else "unassigned" if claimed == "unassigned" else None)
    flt = QueueFilter(bot=bot or None, state=state if state in set(State) else None,
                      due_by=due_by, search=q[:100],
                      claimed=ClaimFilter(which, viewer.name, services.queue.clock())
                      if which else None)
    sort = sort if sort in SORTS else "urgency"
    page = queue_page(services.database, flt, sort=sort, after=Cursor.decode(after))
    days = {r.id: (r.due_date - today).days if r.due_date else None for r in page.rows}
    now = utcnow()
    return render(
        request, "queue.html", viewer, page=page, days=days, deadline_class=deadline_class,
        bots=sorted(services.settings.bots), states=[s.value for s in State],
        due_choices=DUE_CHOICES, claim_choices=CLAIM_CHOICES,
        chosen={"bot": bot, "state": state, "due": due, "sort": sort, "claimed": claimed,
                "q": q[:100]},
        first_page=not after, notice=done_message(done, prev),
        columns=shown_columns(page.rows), in_state={r.id: age(now - r.since) for r in page.rows},
    )


@router.get("/upload")
def upload_form(request: Request, services: ServicesDep, viewer: Uploader) -> Response:
    return render(request, "upload.html", viewer, bots=office_bots(services.settings),
                  limit_mb=services.settings.max_upload_mb, results=[], errors=[])


@router.post("/upload")
async def upload(request: Request, services: ServicesDep, viewer: Uploader) -> Response:
    settings = services.settings
    wants_json = "application/json" in request.headers.get("accept", "")
    header_token = request.headers.get("x-csrf-token")

    def csrf_ok(fields: dict[str, str]) -> bool:
        return (header_token or fields.get("csrf")) == viewer.csrf

    try:
        received = await receive_upload(
            request.stream(), request.headers.get("content-type", ""),
            request.headers.get("content-length"), limit=settings.max_upload_mb * 1024 * 1024,
            spool=settings.var_path / "console" / "uploads", csrf_ok=csrf_ok,
        )
        try:
            if not csrf_ok(received.fields):
                raise UploadRefused(403, ["the form's security token is missing or stale"])
            results = await run_in_threadpool(queue_upload, services, received, viewer.name)
        finally:
            received.discard()
    except UploadRefused as refused:
        if wants_json:
            return JSONResponse({"errors": refused.messages}, status_code=refused.status)
        return render(request, "upload.html", viewer, refused.status, bots=office_bots(settings),
                      limit_mb=settings.max_upload_mb, results=[], errors=refused.messages)
    if wants_json:
        return JSONResponse({"results": [
            {"name": r.name, "item_id": r.item_id, "created": r.created, "message": r.message}
            for r in results]})
    return render(request, "upload.html", viewer, bots=office_bots(settings),
                  limit_mb=settings.max_upload_mb, results=results, errors=[])
