"""The review page for one item and the supervisor's actions on it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tradebots.console.deps import Reviewer, ReviewerPost, ServicesDep, item_or_404
from tradebots.console.queries import next_for_review
from tradebots.console.review_view import build_review, corrections_from_form
from tradebots.console.sessions import Viewer
from tradebots.console.web import deadline_class, done_message, office_today, render
from tradebots.errors import IllegalTransition
from tradebots.queue.claims import ClaimFilter
from tradebots.queue.queries import item_artifacts, item_events
from tradebots.queue.review import FourEyesViolation
from tradebots.queue.states import State
from tradebots.services import Services

router = APIRouter()
Reason = Annotated[str, Form()]


def review_page(request: Request, services: Services, viewer: Viewer, item_id: int,
                error: str = "", status: int = 200, notice: str = "",
                field_errors: dict[str, str] | None = None,
                sent: dict[str, str] | None = None) -> Response:
    item = item_or_404(services, item_id)
    artifacts = item_artifacts(services.database, item_id)
    view = build_review(item, artifacts, services.files)
    today = office_today(services.settings.timezone)
    days = (item.due_date - today).days if item.due_date else None
    return render(
        request, "review.html", viewer, status, item=item, view=view,
        events=item_events(services.database, item_id), days=days,
        deadline_class=deadline_class(days), error=error, notice=notice,
        field_errors=field_errors or {}, sent=sent or {},
        claim=services.people.claim_of(item_id),
        own_item=viewer.name == item.queued_by or viewer.name in (item.corrected_by or []),
    )


@router.get("/items/{item_id}")
def review(request: Request, services: ServicesDep, viewer: Reviewer, item_id: int,
           done: str = "", prev: int = 0) -> Response:
    return review_page(request, services, viewer, item_id, notice=done_message(done, prev))


def _after(services: Services, viewer: Viewer, item_id: int, done: str) -> Response:
    # Straight on to the next most urgent item: a morning of reviews without the queue page.
    following = next_for_review(services.database, skip=item_id, claimed=ClaimFilter(
        "open", viewer.name, services.queue.clock()))
    target = (f"/items/{following}?done={done}&prev={item_id}" if following
              else f"/queue?state=awaiting_review&done={done}&prev={item_id}")
    return RedirectResponse(target, status_code=303)


@router.post("/items/{item_id}/approve")
def approve(request: Request, services: ServicesDep, viewer: ReviewerPost,
            item_id: int) -> Response:
    item_or_404(services, item_id)
    try:
        services.people.approve(item_id, actor=viewer.name)
    except FourEyesViolation:
        return review_page(request, services, viewer, item_id, status=409, error=(
            f"You queued or corrected item {item_id}, so another supervisor must approve it "
            "(four eyes)."))
    except IllegalTransition as exc:
        return review_page(request, services, viewer, item_id, str(exc), 409)
    return _after(services, viewer, item_id, "approved")


@router.post("/items/{item_id}/return")
async def return_item(request: Request, services: ServicesDep, viewer: ReviewerPost,
                      item_id: int) -> Response:
    """Send a prepared item back with corrections (a needs_human item: as /resolve)."""
    return await _answer(request, services, viewer, item_id)


@router.post("/items/{item_id}/resolve")
async def resolve(request: Request, services: ServicesDep, viewer: ReviewerPost,
                  item_id: int) -> Response:
    """Answer a needs_human item: corrected values and/or the outcome a person decides."""
    return await _answer(request, services, viewer, item_id)


async def _answer(request: Request, services: Services, viewer: Viewer, item_id: int) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    reason = form.get("reason", "").strip()
    decision = form.get("decision", "").strip() or None
    item = item_or_404(services, item_id)
    view = build_review(item, item_artifacts(services.database, item_id), services.files)
    corrections, field_errors = corrections_from_form(view.values, form)
    if field_errors:
        return review_page(request, services, viewer, item_id, "Some values are not valid: "
                           "see the notes beside them.", 400, field_errors=field_errors, sent=form)
    try:
        if not reason:
            raise ValueError("say why (the reason is kept in the item's history)")
        if item.state == State.NEEDS_HUMAN.value:
            if decision is not None and decision not in view.decisions:
                raise ValueError(f"{decision!r} is not an outcome a person may decide here")
            # The CLI's `resolve --set/--decide` path: one place applies a person's answer.
            services.people.resolve(item_id, actor=viewer.name, corrections=corrections,
                                    decision=decision, reason=reason)
        else:
            if decision is not None:
                raise ValueError("only an item the bot could not decide takes a decision")
            services.people.return_item(item_id, actor=viewer.name, corrections=corrections,
                                        reason=reason)
    except (ValueError, IllegalTransition) as exc:
        return review_page(request, services, viewer, item_id, str(exc), 400, sent=form)
    answered = item.state == State.NEEDS_HUMAN.value
    return _after(services, viewer, item_id, "resolved" if answered else "returned")


@router.post("/items/{item_id}/reject")
def reject(request: Request, services: ServicesDep, viewer: ReviewerPost, item_id: int,
           reason: Reason = "") -> Response:
    item_or_404(services, item_id)
    try:
        services.people.reject(item_id, actor=viewer.name, reason=reason.strip())
    except (ValueError, IllegalTransition) as exc:
        return review_page(request, services, viewer, item_id, str(exc), 400)
    return _after(services, viewer, item_id, "rejected")


@router.post("/items/{item_id}/claim")
def claim(request: Request, services: ServicesDep, viewer: ReviewerPost,
          item_id: int) -> Response:
    """Take the item for review, so another supervisor does not work it at the same time."""
    item_or_404(services, item_id)
    try:
        services.people.claim(item_id, actor=viewer.name)
    except IllegalTransition as exc:
        return review_page(request, services, viewer, item_id, str(exc), 409)
    return RedirectResponse(f"/items/{item_id}", status_code=303)


@router.post("/items/{item_id}/release")
def release(services: ServicesDep, viewer: ReviewerPost, item_id: int) -> Response:
    item_or_404(services, item_id)
    services.people.release(item_id, actor=viewer.name)
    return RedirectResponse(f"/items/{item_id}", status_code=303)


@router.post("/items/{item_id}/retry")
def retry(request: Request, services: ServicesDep, viewer: ReviewerPost,
          item_id: int) -> Response:
    item_or_404(services, item_id)
    try:
        services.people.retry(item_id, actor=viewer.name, reason="retried from the console")
    except IllegalTransition as exc:
        return review_page(request, services, viewer, item_id, str(exc), 409)
    return RedirectResponse(f"/items/{item_id}?done=retried&prev={item_id}", status_code=303)
