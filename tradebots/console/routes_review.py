"""The review page for one item and the supervisor's actions on it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from tradebots.console.deps import Reviewer, ReviewerPost, ServicesDep
from tradebots.console.queries import next_for_review
from tradebots.console.review_view import build_review, corrections_from_form
from tradebots.console.sessions import Viewer
from tradebots.console.web import deadline_class, done_message, office_today, render
from tradebots.errors import IllegalTransition
from tradebots.queue.queries import get_item, item_artifacts, item_events
from tradebots.queue.review import FourEyesViolation
from tradebots.queue.states import State
from tradebots.queue.tables import WorkItem
from tradebots.services import Services

router = APIRouter()
Reason = Annotated[str, Form()]


def _item(services: Services, item_id: int) -> WorkItem:
    found = get_item(services.database, item_id)
    if found is None:
        raise HTTPException(404, f"no item {item_id}")
    return found


def review_page(request: Request, services: Services, viewer: Viewer, item_id: int,
                error: str = "", status: int = 200, notice: str = "") -> Response:
    item = _item(services, item_id)
    artifacts = item_artifacts(services.database, item_id)
    view = build_review(item, artifacts, services.files)
    today = office_today(services.settings.timezone)
    days = (item.due_date - today).days if item.due_date else None
    return render(
        request, "review.html", viewer, status, item=item, view=view,
        events=item_events(services.database, item_id), days=days,
        deadline_class=deadline_class(days), error=error, notice=notice,
        own_item=viewer.name == item.queued_by or viewer.name in (item.corrected_by or []),
    )


@router.get("/items/{item_id}")
def review(request: Request, services: ServicesDep, viewer: Reviewer, item_id: int,
           done: str = "", prev: int = 0) -> Response:
    return review_page(request, services, viewer, item_id, notice=done_message(done, prev))


def _after(services: Services, item_id: int, done: str) -> Response:
    # Straight on to the next most urgent item: a morning of reviews without the queue page.
    following = next_for_review(services.database, skip=item_id)
    target = (f"/items/{following}?done={done}&prev={item_id}" if following
              else f"/queue?state=awaiting_review&done={done}&prev={item_id}")
    return RedirectResponse(target, status_code=303)


@router.post("/items/{item_id}/approve")
def approve(request: Request, services: ServicesDep, viewer: ReviewerPost,
            item_id: int) -> Response:
    _item(services, item_id)
    try:
        services.people.approve(item_id, actor=viewer.name)
    except FourEyesViolation:
        return review_page(request, services, viewer, item_id, status=409, error=(
            f"You queued or corrected item {item_id}, so another supervisor must approve it "
            "(four eyes)."))
    except IllegalTransition as exc:
        return review_page(request, services, viewer, item_id, str(exc), 409)
    return _after(services, item_id, "approved")


@router.post("/items/{item_id}/return")
async def return_item(request: Request, services: ServicesDep, viewer: ReviewerPost,
                      item_id: int) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    reason = form.get("reason", "").strip()
    item = _item(services, item_id)
    view = build_review(item, item_artifacts(services.database, item_id), services.files)
    try:
        corrections = corrections_from_form(view.values, form)
        if not reason:
            raise ValueError("say why the item goes back (the reason is kept in its history)")
        if item.state == State.NEEDS_HUMAN:
            services.people.resolve(item_id, actor=viewer.name, corrections=corrections,
                                    decision=None, reason=reason)
        else:
            services.people.return_item(item_id, actor=viewer.name, corrections=corrections,
                                        reason=reason)
    except (ValueError, IllegalTransition) as exc:
        return review_page(request, services, viewer, item_id, str(exc), 400)
    return _after(services, item_id, "returned")


@router.post("/items/{item_id}/reject")
def reject(request: Request, services: ServicesDep, viewer: ReviewerPost, item_id: int,
           reason: Reason = "") -> Response:
    _item(services, item_id)
    try:
        services.people.reject(item_id, actor=viewer.name, reason=reason.strip())
    except (ValueError, IllegalTransition) as exc:
        return review_page(request, services, viewer, item_id, str(exc), 400)
    return _after(services, item_id, "rejected")


@router.post("/items/{item_id}/retry")
def retry(request: Request, services: ServicesDep, viewer: ReviewerPost,
          item_id: int) -> Response:
    _item(services, item_id)
    try:
        services.people.retry(item_id, actor=viewer.name, reason="retried from the console")
    except IllegalTransition as exc:
        return review_page(request, services, viewer, item_id, str(exc), 409)
    return RedirectResponse(f"/items/{item_id}?done=retried&prev={item_id}", status_code=303)
