"""Withdraw a queued item or close a failed one, with a reason kept in its audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tradebots.console.deps import ReviewerPost, ServicesDep
from tradebots.console.web import render
from tradebots.errors import IllegalTransition

router = APIRouter()


@router.post("/items/{item_id}/close")
def close(request: Request, services: ServicesDep, viewer: ReviewerPost, item_id: int,
          reason: Annotated[str, Form()] = "") -> Response:
    try:
        done = services.people.close(item_id, actor=viewer.name, reason=reason.strip())
    except LookupError:
        return render(request, "error.html", viewer, 404, title="Not found",
                      message=f"There is no item {item_id}.")
    except (ValueError, IllegalTransition) as exc:
        return render(request, "error.html", viewer, 409, title="Cannot close this item",
                      message=str(exc).strip("'\""))
    return RedirectResponse(f"/queue?done={done}&prev={item_id}", status_code=303)
