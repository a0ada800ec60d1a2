"""Fill work_items with N finished rows in set-based SQL, to measure the queue on a grown table.

Run from the repository root: `python -m bench.queue_prefill URL [--rows 1000000]`. The rows are
done (no worker claims them) and have no audit events yet (audit_seq 0, audit_tail ''), which is
what `verify_chains` expects of an item without a chain.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Column, Connection, Table, text

from tradebots.queue.database import Database, redact_url
from tradebots.queue.migrate import upgrade
from tradebots.queue.tables import WorkItem

DEFAULT_ROWS = 1_000_000
BATCH_ROWS = 50_000
SPACING_SECONDS = 30  # one item every 30 s: a million rows span about a year of intake
REFERENCE_TAG = "prefill:"
# Weighted like the intake: protests dominate; each bot's finished items look like its own.
BOTS = ("protest_intake", "protest_intake", "protest_intake", "ruling_triage", "penalty_notice")
QUEUED_BY = ("console:ana.ruiz", "console:ben.okafor", "cli:clerk", "schedule:mailbox")


def _cycle(values: tuple[str, ...]) -> str:
    """SQL picking values[n % len(values)] for row number n (the values are our own constants)."""
    arms = " ".join(f"WHEN {i} THEN '{value}'" for i, value in enumerate(values))
    return f"CASE n % {len(values)} {arms} END"


def _dialect_sql(postgres: bool) -> tuple[str, dict[str, str]]:
    """The row source (n, ref) for :lo..:hi and the SQL of every column we fill ourselves."""
    if postgres:
        source = ("SELECT n, encode(sha256(convert_to(:tag || n::text, 'UTF8')), 'hex') AS ref "
                  "FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) AS seq(n)")
        stamp = "(to_timestamp(:base + n * :spacing{}) AT TIME ZONE 'UTC')"
        json_array, json_object, empty = "json_build_array", "json_build_object", "'[]'::json"
        number = "'PR-' || lpad(n::text, 9, '0')"
        name = "'document-' || n::text || '.pdf'"
    else:
        source = ("SELECT n, tb_sha256(:tag || n) AS ref FROM (WITH RECURSIVE seq(n) AS "
                  "(SELECT :lo UNION ALL SELECT n + 1 FROM seq WHERE n < :hi) SELECT n FROM seq)")
        # SQLAlchemy stores SQLite datetimes as text with six fraction digits; order must match.
        stamp = "(datetime(:base + n * :spacing{}, 'unixepoch') || '.000000')"
        json_array, json_object, empty = "json_array", "json_object", "'[]'"
        number = "printf('PR-%09d', n)"
        name = "'document-' || n || '.pdf'"
    columns = {
        "bot": _cycle(BOTS),
        "reference": "ref",
        "priority": "0",
        "state": "'done'",
        "phase": "'finalize'",
        "attempts": "2",
        "crashes": "0",
        "waits": "0",
        "inputs": f"{json_array}({json_object}('sha256', ref, 'name', {name}))",
        "payload": f"{json_object}('outcome', 'filed', 'portal_number', {number})",
        "queued_by": _cycle(QUEUED_BY),
        "corrected_by": empty,
        "audit_seq": "0",
        "audit_tail": "''",
        "created_at": stamp.format(""),
        "updated_at": stamp.format(" + 600"),
    }
    return source, columns


def _default_of(column: Column[Any]) -> Any:
    """The ORM default of a required column we do not fill by name (a column added later)."""
    default = column.default
    if default is None:
        raise RuntimeError(
            f"work_items.{column.name} is required and has no default: "
            "bench/queue_prefill.py must give it a value")
    value = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value


def insert_statement(postgres: bool) -> tuple[str, dict[str, Any]]:
    """INSERT ... SELECT over WorkItem's required columns; nullable ones not named stay NULL."""
    source, known = _dialect_sql(postgres)
    names: list[str] = []
    values: list[str] = []
    params: dict[str, Any] = {}
    for column in cast(Table, WorkItem.__table__).columns:
        if column.primary_key or (column.nullable and column.name not in known):
            continue
        names.append(column.name)
        if column.name in known:
            values.append(known[column.name])
        else:
            params[f"d_{column.name}"] = _default_of(column)
            values.append(f":d_{column.name}")
    sql = (f"INSERT INTO work_items ({', '.join(names)}) "
           f"SELECT {', '.join(values)} FROM ({source}) AS source")
    return sql, params


def _sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _prepare(connection: Connection, postgres: bool) -> None:
    if not postgres:
        # The references are sha256 digests like the real ones; SQLite has no such function.
        raw = connection.connection.driver_connection
        raw.create_function("tb_sha256", 1, _sha256_hex, deterministic=True)  # type: ignore[union-attr]


def prefill(database: Database, rows: int, *, batch: int = BATCH_ROWS,
            report: Callable[[str], None] | None = None) -> int:
    """Migrate, then add ROWS done items in batches of BATCH; return how many were added."""
    upgrade(database)
    say = report or (lambda _message: None)
    sql, params = insert_statement(database.is_postgres)
    started = time.monotonic()
    with database.write_engine.connect() as connection:
        first = int(connection.scalar(text("SELECT coalesce(max(id), 0) FROM work_items")) or 0) + 1
    base = int(datetime.now(UTC).timestamp()) - (first + rows) * SPACING_SECONDS
    added = 0
    while added < rows:
        size = min(batch, rows - added)
        lo = first + added
        with database.write_engine.begin() as connection:
            _prepare(connection, database.is_postgres)
            connection.execute(text(sql), params | {
                "lo": lo, "hi": lo + size - 1, "tag": REFERENCE_TAG, "base": base,
                "spacing": SPACING_SECONDS})
        added += size
        say(f"  {added:,}/{rows:,} rows, {time.monotonic() - started:.0f} s")
    if database.is_postgres:
        # Autovacuum would analyze a table grown this much; do it now so the run does not race it.
        with database.write_engine.begin() as connection:
            connection.execute(text("ANALYZE work_items"))
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="database URL (sqlite:///... or postgresql+psycopg://...)")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--batch", type=int, default=BATCH_ROWS)
    args = parser.parse_args()
    database = Database(args.url)
    print(f"prefilling {redact_url(args.url)} with {args.rows:,} done items", file=sys.stderr)
    try:
        prefill(database, args.rows, batch=args.batch,
                report=lambda message: print(message, file=sys.stderr, flush=True))
    finally:
        database.dispose()


if __name__ == "__main__":
    main()
