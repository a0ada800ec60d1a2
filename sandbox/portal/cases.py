"""Ruling requests and penalty cases: create, read, update, find by reference."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from typing import Any

from sandbox.portal import validate as v
from sandbox.portal.store import next_serial

RULING_FIELDS = ("requester_name", "ruling_type", "product_description", "proposed_hts", "route")
PENALTY_FIELDS = (
    "party_name", "importer_number", "culpability", "loss_of_duties", "proposed_penalty", "entries",
)


def check_ruling(data: dict[str, str]) -> dict[str, str]:
    return {
        "requester_name": v.required(data.get("requester_name", ""), "Requester"),
        "ruling_type": v.choice(data.get("ruling_type", ""), v.RULING_TYPES, "Ruling type"),
        "product_description": v.required(data.get("product_description", ""), "Product"),
        "proposed_hts": data.get("proposed_hts", "").strip(),
        "route": v.choice(data.get("route", ""), v.RULING_ROUTES, "Route"),
        "reference": data.get("reference", "").strip(),
    }


def create_ruling(conn: sqlite3.Connection, data: dict[str, str]) -> str:
    year = date.today().year % 100
    control = f"R{year:02d}-{next_serial(conn, f'ruling-{year:02d}'):06d}"
    conn.execute(
        "INSERT INTO rulings VALUES (?, ?, ?, ?, ?, ?, 'received', ?, ?)",
        (control, *(data[f] for f in RULING_FIELDS), data["reference"], time.time()),
    )
    return control


def update_ruling(conn: sqlite3.Connection, control: str, data: dict[str, str]) -> None:
    assignments = ", ".join(f"{f} = ?" for f in (*RULING_FIELDS, "reference"))
    conn.execute(
        f"UPDATE rulings SET {assignments} WHERE control_number = ?",
        (*(data[f] for f in (*RULING_FIELDS, "reference")), control),
    )


def get_ruling(conn: sqlite3.Connection, control: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM rulings WHERE control_number = ?", (control,)).fetchone()
    return dict(row) if row else None


def check_penalty(conn: sqlite3.Connection, data: dict[str, str]) -> dict[str, str]:
    entries = [line.strip() for line in data.get("entries", "").splitlines() if line.strip()]
    return {
        "party_name": v.required(data.get("party_name", ""), "Party"),
        "importer_number": v.importer_number(data.get("importer_number", "")),
        "culpability": v.choice(data.get("culpability", ""), v.CULPABILITIES, "Culpability"),
        "loss_of_duties": v.money(data.get("loss_of_duties", ""), "Loss of duties"),
        "proposed_penalty": v.money(data.get("proposed_penalty", ""), "Proposed penalty"),
        "entries": "\n".join(v.entry_number(conn, e) for e in entries),
        "reference": data.get("reference", "").strip(),
    }


def check_case_number(value: str) -> str:
    value = v.required(value, "Case number").upper()
    if not v.CASE_PATTERN.match(value):
        raise v.Refused(f"Case number {value} is not in a recognized format.")
    return value


def create_penalty(conn: sqlite3.Connection, case_number: str, data: dict[str, str]) -> None:
    if get_penalty(conn, case_number) is not None:
        raise v.Refused(f"Case {case_number} already exists.")
    conn.execute(
        "INSERT INTO penalties VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
        (case_number, *(data[f] for f in PENALTY_FIELDS), data["reference"], time.time()),
    )


def update_penalty(conn: sqlite3.Connection, case_number: str, data: dict[str, str]) -> None:
    assignments = ", ".join(f"{f} = ?" for f in (*PENALTY_FIELDS, "reference"))
    conn.execute(
        f"UPDATE penalties SET {assignments} WHERE case_number = ?",
        (*(data[f] for f in (*PENALTY_FIELDS, "reference")), case_number),
    )


def get_penalty(conn: sqlite3.Connection, case_number: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM penalties WHERE case_number = ?", (case_number,)).fetchone()
    return dict(row) if row else None


def search(
    conn: sqlite3.Connection, table: str, key: str, by: str, query: str, page: int, size: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of rulings or penalty cases found by key or reference, and the total."""
    column = key if by == "number" else "reference"
    where = f"{column} = :q"
    total = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", {"q": query}).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE {where} ORDER BY created_at LIMIT :n OFFSET :o",
        {"q": query, "n": size, "o": (page - 1) * size},
    ).fetchall()
    return [dict(r) for r in rows], int(total)
