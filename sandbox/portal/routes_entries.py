"""Entry inquiry: one entry's port, importer, dates and status."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sandbox.portal import validate as v
from sandbox.portal.web import current_session, portal_of, render

router = APIRouter()
Session = Annotated[sqlite3.Row, Depends(current_session)]


@router.get("/entries")
async def entry_inquiry(request: Request, session: Session, number: str = "") -> Response:
    if not number.strip():
        return render(request, "entries.html", number="", entry=None, searched=False)
    conn = portal_of(request).conn
    try:
        normalized = v.entry_number(conn, number)
    except v.Refused as refused:
        not_found = "was not found" in str(refused)
        return render(
            request, "entries.html", status_code=200 if not_found else 422, number=number,
            entry=None, searched=not_found, error="" if not_found else str(refused),
        )
    row = conn.execute(
        "SELECT e.*, p.name AS port_name FROM entries e JOIN ports p ON p.code = e.port_code "
        "WHERE entry_number = ?",
        (normalized,),
    ).fetchone()
    return render(request, "entries.html", number=normalized, entry=row, searched=True)
