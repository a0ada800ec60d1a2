"""Protest search, the protest page, corrections, letters and status changes."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sandbox.portal import protests
from sandbox.portal import validate as v
from sandbox.portal.routes_wizard import grid_rows
from sandbox.portal.web import (
    NotFound,
    checked_form,
    current_session,
    pages,
    portal_of,
    redirect,
    render,
    text,
    transaction,
    upload,
)

router = APIRouter(prefix="/protests")
Session = Annotated[sqlite3.Row, Depends(current_session)]


def _protest(conn: sqlite3.Connection, number: str) -> dict[str, Any]:
    record = protests.get(conn, number)
    if record is None:
        raise NotFound(f"Protest {number} does not exist.")
    return record


@router.get("/search")
async def search(
    request: Request, session: Session, by: str = "number", q: str = "", page: int = 1
) -> Response:
    portal = portal_of(request)
    if by not in protests.SEARCH_COLUMNS:
        by = "number"
    results: list[dict[str, Any]] = []
    total = 0
    if q.strip():
        results, total = protests.search(
            portal.conn, by, q.strip(), max(page, 1), portal.friction.page_size
        )
    return render(
        request, "protest_search.html", by=by, q=q, page=max(page, 1), results=results,
        total=total, pages=pages(total, portal.friction.page_size), searched=bool(q.strip()),
    )


@router.get("/{number}")
async def view(request: Request, session: Session, number: str) -> Response:
    record = _protest(portal_of(request).conn, number)
    return render(request, "protest_view.html", p=record, statuses=v.PROTEST_STATUSES)


@router.get("/{number}/edit")
async def edit_page(request: Request, session: Session, number: str) -> Response:
    record = _protest(portal_of(request).conn, number)
    return render(request, "protest_edit.html", p=record, draft=_as_draft(record))


def _as_draft(record: dict[str, Any]) -> dict[str, Any]:
    draft = dict(record)
    draft["entries"] = [
        [e["entry_number"], e["entry_date"], e["liquidation_date"]] for e in record["entries"]
    ]
    return draft


@router.post("/{number}/edit")
async def edit(request: Request, session: Session, number: str) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    record = _protest(conn, number)
    values = {k: text(form, k) for k in protests.FIELDS}
    values["port_code"] = record["port_code"]  # the number carries the port: it cannot change
    try:
        data = protests.check_header(conn, values) | protests.check_goods(values)
        lines = protests.check_entries(conn, grid_rows(form))
        with transaction(conn):
            protests.update(conn, number, data, lines)
    except v.Refused as refused:
        draft = record | values | {"entries": [list(row) for row in grid_rows(form)]}
        return render(
            request, "protest_edit.html", status_code=422, p=record, draft=draft,
            error=str(refused),
        )
    return redirect(request, f"/protests/{number}")


@router.post("/{number}/files")
async def add_file(request: Request, session: Session, number: str) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    record = _protest(conn, number)
    content, name = await upload(form, "document")
    kind = text(form, "kind") or "letter"
    if not content or kind not in ("letter", "protest", "other"):
        error = "Choose a file to upload." if not content else f"Unknown document kind {kind}."
        return render(
            request, "protest_view.html", status_code=422, p=record,
            statuses=v.PROTEST_STATUSES, error=error,
        )
    with transaction(conn):
        protests.add_file(conn, f"protest:{number}", kind, name, content)
    return redirect(request, f"/protests/{number}")


@router.post("/{number}/status")
async def set_status(request: Request, session: Session, number: str) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    record = _protest(conn, number)
    status = text(form, "status")
    if status not in v.PROTEST_STATUSES:
        return render(
            request, "protest_view.html", status_code=422, p=record,
            statuses=v.PROTEST_STATUSES, error=f"Unknown status {status}.",
        )
    with transaction(conn):
        conn.execute("UPDATE protests SET status = ? WHERE number = ?", (status, number))
    return redirect(request, f"/protests/{number}")
