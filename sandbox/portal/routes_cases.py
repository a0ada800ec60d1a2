"""Ruling request cases and penalty cases: create, find, correct, attach files, set status."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sandbox.portal import cases, protests
from sandbox.portal import validate as v
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

router = APIRouter()
Session = Annotated[sqlite3.Row, Depends(current_session)]
KINDS: dict[str, tuple[str, str, Callable[[sqlite3.Connection, str], dict[str, Any] | None],
                       tuple[str, ...]]] = {
    # url part: (table, key column, getter, statuses)
    "rulings": ("rulings", "control_number", cases.get_ruling, v.RULING_STATUSES),
    "penalties": ("penalties", "case_number", cases.get_penalty, v.PENALTY_STATUSES),
}


def _record(conn: sqlite3.Connection, kind: str, key: str) -> dict[str, Any]:
    record = KINDS[kind][2](conn, key)
    if record is None:
        raise NotFound(f"Case {key} does not exist.")
    record["files"] = protests.files_of(conn, f"{kind}:{key}")
    return record


def _view(
    request: Request, kind: str, key: str, status_code: int = 200, error: str = ""
) -> Response:
    record = _record(portal_of(request).conn, kind, key)
    return render(
        request, f"{kind}_view.html", status_code=status_code, c=record, statuses=KINDS[kind][3],
        error=error,
    )


@router.get("/{kind}/search")
async def search(
    request: Request, session: Session, kind: str, by: str = "reference", q: str = "",
    page: int = 1,
) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    portal = portal_of(request)
    table, key = KINDS[kind][:2]
    results: list[dict[str, Any]] = []
    total = 0
    if q.strip():
        results, total = cases.search(
            portal.conn, table, key, by, q.strip(), max(page, 1), portal.friction.page_size
        )
    return render(
        request, "case_search.html", kind=kind, key=key, by=by, q=q, page=max(page, 1),
        results=results, total=total, pages=pages(total, portal.friction.page_size),
        searched=bool(q.strip()),
    )


@router.get("/rulings/new")
async def new_ruling_page(request: Request, session: Session) -> Response:
    return render(request, "ruling_form.html", c={}, action="/rulings/new")


@router.post("/rulings/new")
async def new_ruling(request: Request, session: Session) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    values = {k: text(form, k) for k in (*cases.RULING_FIELDS, "reference")}
    try:
        data = cases.check_ruling(values)
    except v.Refused as refused:
        return render(request, "ruling_form.html", status_code=422, c=values,
                      action="/rulings/new", error=str(refused))
    with transaction(conn):
        control = cases.create_ruling(conn, data)
    return redirect(request, f"/rulings/{control}")


@router.get("/penalties/open")
async def open_penalty(request: Request, session: Session, case_number: str = "") -> Response:
    if not case_number.strip():
        return render(request, "penalty_open.html", case_number="")
    try:
        number = cases.check_case_number(case_number)
    except v.Refused as refused:
        return render(request, "penalty_open.html", status_code=422, case_number=case_number,
                      error=str(refused))
    if cases.get_penalty(portal_of(request).conn, number) is not None:
        return redirect(request, f"/penalties/{number}")
    return render(request, "penalties_form.html", c={"case_number": number},
                  action=f"/penalties/{number}/create")


@router.post("/penalties/{number}/create")
async def create_penalty(request: Request, session: Session, number: str) -> Response:
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    values = {k: text(form, k) for k in (*cases.PENALTY_FIELDS, "reference")}
    try:
        number = cases.check_case_number(number)
        data = cases.check_penalty(conn, values)
        with transaction(conn):
            cases.create_penalty(conn, number, data)
    except v.Refused as refused:
        return render(request, "penalties_form.html", status_code=422,
                      c=values | {"case_number": number}, action=f"/penalties/{number}/create",
                      error=str(refused))
    return redirect(request, f"/penalties/{number}")


@router.get("/{kind}/{key}")
async def view(request: Request, session: Session, kind: str, key: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    return _view(request, kind, key)


@router.get("/{kind}/{key}/edit")
async def edit_page(request: Request, session: Session, kind: str, key: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    record = _record(portal_of(request).conn, kind, key)
    template = "ruling_form.html" if kind == "rulings" else "penalties_form.html"
    return render(request, template, c=record, action=f"/{kind}/{key}/edit")


@router.post("/{kind}/{key}/edit")
async def edit(request: Request, session: Session, kind: str, key: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    record = _record(conn, kind, key)
    fields = cases.RULING_FIELDS if kind == "rulings" else cases.PENALTY_FIELDS
    values = {k: text(form, k) for k in (*fields, "reference")}
    try:
        with transaction(conn):
            if kind == "rulings":
                cases.update_ruling(conn, key, cases.check_ruling(values))
            else:
                cases.update_penalty(conn, key, cases.check_penalty(conn, values))
    except v.Refused as refused:
        template = "ruling_form.html" if kind == "rulings" else "penalties_form.html"
        return render(request, template, status_code=422, c=record | values,
                      action=f"/{kind}/{key}/edit", error=str(refused))
    return redirect(request, f"/{kind}/{key}")


@router.post("/{kind}/{key}/files")
async def add_file(request: Request, session: Session, kind: str, key: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    _record(conn, kind, key)
    content, name = await upload(form, "document")
    if not content:
        return _view(request, kind, key, 422, "Choose a file to upload.")
    with transaction(conn):
        protests.add_file(conn, f"{kind}:{key}", text(form, "kind") or "document", name, content)
    return redirect(request, f"/{kind}/{key}")


@router.post("/{kind}/{key}/status")
async def set_status(request: Request, session: Session, kind: str, key: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"No page {kind}.")
    conn = portal_of(request).conn
    form = await checked_form(request, session)
    _record(conn, kind, key)
    table, column, _, statuses = KINDS[kind]
    status = text(form, "status")
    if status not in statuses:
        return _view(request, kind, key, 422, f"Unknown status {status}.")
    with transaction(conn):
        conn.execute(f"UPDATE {table} SET status = ? WHERE {column} = ?", (status, key))
    return redirect(request, f"/{kind}/{key}")
