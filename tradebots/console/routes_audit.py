"""The audit trail, newest first, for supervisors and the admin: read-only, paged by id."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from tradebots.console.deps import AuditViewer, ServicesDep
from tradebots.console.web import render
from tradebots.queue.tables import AuditEvent

router = APIRouter()
PAGE = 50


@router.get("/audit")
def audit(request: Request, services: ServicesDep, viewer: AuditViewer, item: int = 0,
          actor: str = "", before: int = 0) -> Response:
    query = select(AuditEvent.id, AuditEvent.item_id, AuditEvent.seq, AuditEvent.at,
                   AuditEvent.actor, AuditEvent.from_state, AuditEvent.to_state,
                   AuditEvent.reason)
    if 0 < item < 2**63:
        query = query.where(AuditEvent.item_id == item)
    if actor.strip():
        query = query.where(AuditEvent.actor == actor.strip()[:200])
    if 0 < before < 2**63:
        query = query.where(AuditEvent.id < before)
    with services.database.read() as session:
        events = session.execute(query.order_by(AuditEvent.id.desc()).limit(PAGE + 1)).all()
    more = len(events) > PAGE
    events = events[:PAGE]
    return render(request, "audit.html", viewer, events=events,
                  chosen={"item": item or "", "actor": actor.strip()},
                  next_before=events[-1].id if more else None)
