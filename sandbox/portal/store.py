"""The portal's own SQLite database: schema, deterministic seed, users and sessions."""

from __future__ import annotations

import secrets
import sqlite3
import time
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from sandbox.portal.ports import PORTS
from sandbox.portal.seed_entries import seeded_entries, seeded_importers

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, username TEXT NOT NULL, csrf TEXT NOT NULL,
    created_at REAL NOT NULL, last_seen REAL NOT NULL);
CREATE TABLE IF NOT EXISTS ports (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS importers (number TEXT PRIMARY KEY, name TEXT, address TEXT);
CREATE TABLE IF NOT EXISTS entries (
    entry_number TEXT PRIMARY KEY, port_code TEXT, importer_number TEXT, importer_name TEXT,
    entry_date TEXT, liquidation_date TEXT, status TEXT);
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY, username TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}',
    pdf BLOB, pdf_name TEXT, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS protests (
    number TEXT PRIMARY KEY, port_code TEXT NOT NULL, protestant_name TEXT NOT NULL,
    protestant_address TEXT NOT NULL, importer_number TEXT NOT NULL, received_date TEXT NOT NULL,
    category TEXT NOT NULL, merchandise TEXT NOT NULL, merchandise_key TEXT NOT NULL,
    status TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', consolidated_with TEXT,
    created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS protest_entries (
    protest_number TEXT NOT NULL, line INTEGER NOT NULL, entry_number TEXT NOT NULL,
    entry_date TEXT NOT NULL DEFAULT '', liquidation_date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (protest_number, line));
CREATE INDEX IF NOT EXISTS protest_entries_entry ON protest_entries (entry_number);
CREATE TABLE IF NOT EXISTS rulings (
    control_number TEXT PRIMARY KEY, requester_name TEXT NOT NULL, ruling_type TEXT NOT NULL,
    product_description TEXT NOT NULL, proposed_hts TEXT NOT NULL, route TEXT NOT NULL,
    status TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS penalties (
    case_number TEXT PRIMARY KEY, party_name TEXT NOT NULL, importer_number TEXT NOT NULL,
    culpability TEXT NOT NULL, loss_of_duties TEXT NOT NULL, proposed_penalty TEXT NOT NULL,
    entries TEXT NOT NULL, status TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    sha256 TEXT NOT NULL, content BLOB NOT NULL, uploaded_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS files_owner ON files (owner);
"""

BOT_USER = "bot"
# OWASP's minimum argon2id profile: a real hash, cheap enough for a bot that logs in often.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def connect(db_path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; writers open their own IMMEDIATE transactions."""
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def initialize(conn: sqlite3.Connection, bot_password: str) -> None:
    """Create the schema, seed reference data once, and set the bot account's password."""
    conn.executescript(SCHEMA)
    conn.execute("BEGIN IMMEDIATE")
    if conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 0:
        conn.executemany("INSERT INTO ports VALUES (?, ?)", PORTS.items())
        conn.executemany(
            "INSERT INTO importers VALUES (?, ?, ?)",
            [(i.importer_number, i.name, i.address) for i in seeded_importers()],
        )
        conn.executemany(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (e.entry_number, e.port_code, e.importer_number, e.importer_name,
                 e.entry_date.isoformat(),
                 e.liquidation_date.isoformat() if e.liquidation_date else "", e.status)
                for e in seeded_entries()
            ],
        )
    # The password is given at every start and never stored in the repository.
    conn.execute(
        "INSERT INTO users VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET "
        "password_hash = excluded.password_hash",
        (BOT_USER, _hasher.hash(bot_password)),
    )
    conn.execute("DELETE FROM sessions")
    conn.execute("COMMIT")


def check_password(conn: sqlite3.Connection, username: str, password: str) -> bool:
    row = conn.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return False
    try:
        return _hasher.verify(row[0], password)
    except VerificationError:
        return False


def open_session(conn: sqlite3.Connection, username: str) -> sqlite3.Row:
    now = time.time()
    token, csrf = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    conn.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", (token, username, csrf, now, now))
    row: sqlite3.Row = conn.execute("SELECT * FROM sessions WHERE token = ?", (token,)).fetchone()
    return row


def live_session(
    conn: sqlite3.Connection, token: str, idle_seconds: float, max_seconds: float
) -> sqlite3.Row | None:
    """The session behind TOKEN unless idle too long or cut at a MAX_SECONDS mark; touches it.

    Sessions are cut at every MAX_SECONDS mark of the clock, as a server that flushes its
    sessions does, so a long task is interrupted wherever it happens to be."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM sessions WHERE token = ?", (token,)
    ).fetchone()
    if row is None:
        return None
    now = time.time()
    expired = now - row["last_seen"] > idle_seconds or (
        max_seconds > 0 and now // max_seconds != row["created_at"] // max_seconds
    )
    if expired:
        close_session(conn, token)
        return None
    conn.execute("UPDATE sessions SET last_seen = ? WHERE token = ?", (now, token))
    return row


def close_session(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token = ?", (token,))


def next_serial(conn: sqlite3.Connection, name: str) -> int:
    """The next number of counter NAME; call inside the writer's transaction."""
    conn.execute(
        "INSERT INTO counters VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1",
        (name,),
    )
    value: int = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]
    return value
