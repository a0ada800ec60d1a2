"""The multi-step protest intake: header, entries, goods, document, review and submit."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from sandbox.portal import protests
from sandbox.portal import validate as v
from sandbox.portal.web import (
    NotFound,
    checked_form,
    current_session,
    portal_of,
    redirect,
    render,
    text,
    texts,
    transaction,
    upload,
)

router = APIRouter(prefix="/protests")
Session = Annotated[sqlite3.Row, Depends(current_session)]
STEPS = ("header", "entries", "goods", "document", "review")


def _draft(conn: sqlite3.Connection, draft_id: int, session: sqlite3.Row) -> dict[str, Any]:
    row = conn.execute(
        "SELECT id, data, pdf_name FROM drafts WHERE id = ? AND username = ?",
        (draft_id, session["username"]),
    ).fetchone()
    if row is None:
        raise NotFound(f"Protest draft {draft_id} does not exist or was already submitted.")
    data: dict[str, Any] = json.loads(row["data"])
    data["id"], data["pdf_name"] = row["id"], row["pdf_name"] or ""
    return data


def _save(conn: sqlite3.Connection, draft_id: int, data: dict[str, Any]) -> None:
    stored = {k: val for k, val in data.items() if k not in ("id", "pdf_name")}
    conn.execute("UPDATE drafts SET data = ? WHERE id = ?", (json.dumps(stored), draft_id))


def grid_rows(form: FormData) -> list[tuple[str, str, str]]:
    numbers, dates, liquidations = (
        texts(form, "entry_number"), texts(form, "entry_date"), texts(form, "liquidation_date")
    )
    return [
        (n, dates[i] if i < len(dates) else "", liquidations[i] if i < len(liquidations) else "")
        for i, n in enumerate(numbers)
    ]


@router.get("/new")
async def new_draft(request: Request, session: Session) -> Response:
    conn = portal_of(request).conn
    cursor = conn.execute(
        "INSERT INTO drafts (username, created_at) VALUES (?, ?)",
        (session["username"], time.time()),
    )
    return redirect(request, f"/protests/drafts/{cursor.lastrowid}/header")


@router.get("/drafts")
async def my_drafts(request: Request, session: Session) -> Response:
    """The user's unfinished protests, oldest first, each with the steps it has completed."""
    rows = portal_of(request).conn.execute(
        "SELECT id, data, pdf_name, created_at FROM drafts WHERE username = ? ORDER BY id",
        (session["username"],),
    ).fetchall()
    return render(request, "drafts.html", drafts=[_listed(row) for row in rows])


def _listed(row: sqlite3.Row) -> dict[str, Any]:
    data = json.loads(row["data"])
    done = [step for step, key in (("header", "port_code"), ("entries", "entries"),
                                   ("goods", "category")) if data.get(key)]
    if row["pdf_name"]:
        done.append("document")
    started = datetime.fromtimestamp(row["created_at"], UTC).strftime("%Y-%m-%d %H:%M:%S")
    return {"id": row["id"], "reference": data.get("reference", ""), "started": started,
            "done": done, "next": next(s for s in STEPS if s not in done)}


@router.post("/drafts/{draft_id}/discard")
async def discard(request: Request, session: Session, draft_id: int) -> Response:
    conn = portal_of(request).conn
    await checked_form(request, session)
    _draft(conn, draft_id, session)  # someone else's draft, or one gone already: not found
    conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    return redirect(request, "/protests/drafts")


@router.get("/drafts/{draft_id}/{step}")
async def show_step(request: Request, session: Session, draft_id: int, step: str) -> Response:
    if step not in STEPS:
        raise NotFound(f"No step {step}.")
    draft = _draft(portal_of(request).conn, draft_id, session)
    return render(request, f"wizard_{step}.html", draft=draft, step=step, steps=STEPS)


@router.post("/drafts/{draft_id}/{step}")
async def save_step(request: Request, session: Session, draft_id: int, step: str) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    draft = _draft(conn, draft_id, session)
    try:
        if step == "header":
            draft.update(protests.check_header(conn, {k: text(form, k) for k in protests.FIELDS}))
        elif step == "entries":
            lines = protests.check_entries(conn, grid_rows(form))
            draft["entries"] = [[e.entry_number, e.entry_date, e.liquidation_date] for e in lines]
        elif step == "goods":
            draft.update(protests.check_goods({k: text(form, k) for k in protests.FIELDS}))
        elif step == "document":
            content, name = await upload(form, "protest_pdf")
            v.pdf(content, name)
            conn.execute(
                "UPDATE drafts SET pdf = ?, pdf_name = ? WHERE id = ?", (content, name, draft_id)
            )
        elif step == "review":
            return _submit(request, conn, draft)
        else:
            raise NotFound(f"No step {step}.")
    except v.Refused as refused:
        if step == "entries":
            draft["entries"] = [list(row) for row in grid_rows(form)]
        return render(
            request, f"wizard_{step}.html", status_code=422, draft=draft, step=step, steps=STEPS,
            error=str(refused),
        )
    _save(conn, draft_id, draft)
    return redirect(request, f"/protests/drafts/{draft_id}/{STEPS[STEPS.index(step) + 1]}")


def _submit(request: Request, conn: sqlite3.Connection, draft: dict[str, Any]) -> Response:
    """File the protest from a complete draft; the draft is consumed in the same transaction."""
    for key in ("port_code", "category"):
        if key not in draft:
            raise v.Refused("The protest is not complete: fill in every step.")
    if not draft.get("entries"):
        raise v.Refused("The protest is not complete: list at least one entry.")
    with transaction(conn):
        row = conn.execute(
            "SELECT pdf, pdf_name FROM drafts WHERE id = ?", (draft["id"],)
        ).fetchone()
        if row["pdf"] is None:
            raise v.Refused("The protest is not complete: upload the protest PDF.")
        lines = [protests.EntryLine(*entry) for entry in draft["entries"]]
        number = protests.create(conn, draft, lines, row["pdf"], row["pdf_name"])
        conn.execute("DELETE FROM drafts WHERE id = ?", (draft["id"],))
    return redirect(request, f"/protests/{number}")
