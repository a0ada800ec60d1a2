"""Protest records: creation with the one-protest rule and consolidation, edits, search."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from sandbox.portal import validate as v
from sandbox.portal.store import next_serial

FIELDS = (
    "port_code", "protestant_name", "protestant_address", "importer_number", "received_date",
    "category", "merchandise", "reference",
)
SEARCH_COLUMNS = {
    "number": "p.number = :q",
    "entry": "p.number IN (SELECT protest_number FROM protest_entries WHERE entry_number = :q)",
    "importer": "p.importer_number = :q",
    "reference": "p.reference = :q",
}


@dataclass(frozen=True)
class EntryLine:
    entry_number: str
    entry_date: str
    liquidation_date: str


def check_header(conn: sqlite3.Connection, data: dict[str, str]) -> dict[str, str]:
    return {
        "port_code": v.port(conn, data.get("port_code", "")),
        "protestant_name": v.required(data.get("protestant_name", ""), "Protestant name"),
        "protestant_address": v.required(data.get("protestant_address", ""), "Protestant address"),
        "importer_number": v.importer_number(data.get("importer_number", "")),
        "received_date": v.iso_date(data.get("received_date", ""), "Date received"),
        "reference": data.get("reference", "").strip(),
    }


def check_goods(data: dict[str, str]) -> dict[str, str]:
    return {
        "category": v.choice(data.get("category", ""), v.CATEGORIES, "Category"),
        "merchandise": v.required(data.get("merchandise", ""), "Merchandise description"),
    }


def check_entries(conn: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> list[EntryLine]:
    """The grid's filled rows; blank rows are ignored, a repeated entry is refused."""
    lines: list[EntryLine] = []
    for number, entry_date, liquidation in rows:
        if not (number.strip() or entry_date.strip() or liquidation.strip()):
            continue
        normalized = v.entry_number(conn, v.required(number, "Entry number"))
        if any(line.entry_number == normalized for line in lines):
            raise v.Refused(f"Entry {normalized} is listed twice.")
        lines.append(EntryLine(
            normalized,
            v.iso_date(entry_date, f"Entry date of {normalized}", optional=True),
            v.iso_date(liquidation, f"Liquidation date of {normalized}", optional=True),
        ))
    if not lines:
        raise v.Refused("List at least one entry.")
    return lines


def _conflicts(
    conn: sqlite3.Connection, data: dict[str, str], lines: list[EntryLine], exclude: str
) -> tuple[str | None, str | None]:
    """(a same-party protest refusing this one, an other-party protest to consolidate with)."""
    key = v.merchandise_key(data["merchandise"])
    same: str | None = None
    other: str | None = None
    for line in lines:
        rows = conn.execute(
            "SELECT p.number, p.importer_number, p.consolidated_with FROM protests p "
            "JOIN protest_entries e ON e.protest_number = p.number "
            "WHERE e.entry_number = ? AND p.merchandise_key = ? AND p.number != ? "
            "ORDER BY p.created_at",
            (line.entry_number, key, exclude),
        ).fetchall()
        for row in rows:
            if row["importer_number"] == data["importer_number"]:
                same = same or f"{row['number']}|{line.entry_number}"
            else:
                other = other or (row["consolidated_with"] or row["number"])
    return same, other


def _refuse_same_party(same: str | None, importer: str) -> None:
    if same is not None:
        number, entry = same.split("|")
        raise v.Refused(
            f"Protest refused: importer {importer} already protested entry {entry} for this "
            f"merchandise in protest {number} (19 U.S.C. 1514(c)(1))."
        )


def _write_entries(conn: sqlite3.Connection, number: str, lines: list[EntryLine]) -> None:
    conn.execute("DELETE FROM protest_entries WHERE protest_number = ?", (number,))
    conn.executemany(
        "INSERT INTO protest_entries VALUES (?, ?, ?, ?, ?)",
        [(number, i, e.entry_number, e.entry_date, e.liquidation_date)
         for i, e in enumerate(lines, start=1)],
    )


def create(
    conn: sqlite3.Connection, data: dict[str, str], lines: list[EntryLine],
    pdf: bytes, pdf_name: str,
) -> str:
    """File the protest and return its number (port-yy-serial); call inside a transaction."""
    same, other = _conflicts(conn, data, lines, exclude="")
    _refuse_same_party(same, data["importer_number"])
    year = date.today().year % 100
    serial = next_serial(conn, f"protest-{data['port_code']}-{year:02d}")
    number = f"{data['port_code']}-{year:02d}-{serial:06d}"
    conn.execute(
        "INSERT INTO protests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)",
        (number, data["port_code"], data["protestant_name"], data["protestant_address"],
         data["importer_number"], data["received_date"], data["category"], data["merchandise"],
         v.merchandise_key(data["merchandise"]), data["reference"], other, time.time()),
    )
    _write_entries(conn, number, lines)
    add_file(conn, f"protest:{number}", "protest", pdf_name, pdf)
    return number


def update(
    conn: sqlite3.Connection, number: str, data: dict[str, str], lines: list[EntryLine]
) -> None:
    same, other = _conflicts(conn, data, lines, exclude=number)
    _refuse_same_party(same, data["importer_number"])
    conn.execute(
        "UPDATE protests SET protestant_name = ?, protestant_address = ?, importer_number = ?, "
        "received_date = ?, category = ?, merchandise = ?, merchandise_key = ?, reference = ?, "
        "consolidated_with = ? WHERE number = ?",
        (data["protestant_name"], data["protestant_address"], data["importer_number"],
         data["received_date"], data["category"], data["merchandise"],
         v.merchandise_key(data["merchandise"]), data["reference"], other, number),
    )
    _write_entries(conn, number, lines)


def add_file(conn: sqlite3.Connection, owner: str, kind: str, name: str, content: bytes) -> None:
    conn.execute(
        "INSERT INTO files (owner, kind, name, sha256, content, uploaded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (owner, kind, name, hashlib.sha256(content).hexdigest(), content, time.time()),
    )


def files_of(conn: sqlite3.Connection, owner: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT id, kind, name, sha256 FROM files WHERE owner = ? ORDER BY id", (owner,)
    ).fetchall()


def get(conn: sqlite3.Connection, number: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM protests WHERE number = ?", (number,)).fetchone()
    if row is None:
        return None
    record = dict(row)
    record["entries"] = conn.execute(
        "SELECT * FROM protest_entries WHERE protest_number = ? ORDER BY line", (number,)
    ).fetchall()
    record["files"] = files_of(conn, f"protest:{number}")
    return record


def search(
    conn: sqlite3.Connection, by: str, query: str, page: int, size: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of matching protests, oldest first, and the total count."""
    where = SEARCH_COLUMNS[by]
    count = f"SELECT COUNT(*) FROM protests p WHERE {where}"
    total = conn.execute(count, {"q": query}).fetchone()[0]
    rows = conn.execute(
        f"SELECT p.* FROM protests p WHERE {where} ORDER BY p.created_at LIMIT :n OFFSET :o",
        {"q": query, "n": size, "o": (page - 1) * size},
    ).fetchall()
    results = []
    for row in rows:
        record = dict(row)
        record["entry_numbers"] = [
            e[0] for e in conn.execute(
                "SELECT entry_number FROM protest_entries WHERE protest_number = ? ORDER BY line",
                (row["number"],),
            )
        ]
        results.append(record)
    return results, int(total)
