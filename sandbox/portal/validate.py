"""Field checks the legacy system makes; each failure is a message shown on the form."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

from sandbox.portal.entry_numbers import check_digit, split

CATEGORIES = (
    "appraised_value", "classification", "charges", "exclusion", "liquidation", "drawback",
    "reliquidation_1520d",
)
PROTEST_STATUSES = (
    "received", "accepted", "deficient", "invalid", "untimely", "premature", "suspended",
    "allowed", "denied", "closed",
)
RULING_TYPES = ("classification", "valuation", "origin", "marking", "carrier", "other")
RULING_ROUTES = ("NCSD", "HQ")
RULING_STATUSES = ("received", "accepted", "deficient", "no_ruling", "assigned", "ruled", "closed")
CULPABILITIES = ("negligence", "gross_negligence", "fraud")
PENALTY_STATUSES = (
    "open", "pre_penalty_issued", "penalty_issued", "petition_received", "closed",
)
IMPORTER_PATTERN = re.compile(r"^(\d{2}-\d{7}(\d{2})?|\d{3}-\d{2}-\d{4}|\d{6}-\d{5})$")
CASE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{5,29}$")
MONEY_PATTERN = re.compile(r"^\d{1,12}(\.\d{1,2})?$")


class Refused(Exception):
    """The input is wrong; the message is shown to the user as the page's error."""


def required(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        raise Refused(f"{label} is required.")
    return value


def choice(value: str, allowed: tuple[str, ...], label: str) -> str:
    if value not in allowed:
        raise Refused(f"{label} must be one of: {', '.join(allowed)}.")
    return value


def iso_date(value: str, label: str, *, optional: bool = False) -> str:
    value = value.strip()
    if not value and optional:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise Refused(f"{label} must be a date (YYYY-MM-DD).") from None


def port(conn: sqlite3.Connection, value: str) -> str:
    value = required(value, "Port code")
    if conn.execute("SELECT 1 FROM ports WHERE code = ?", (value,)).fetchone() is None:
        raise Refused(f"Port code {value} is not a port of entry.")
    return value


def importer_number(value: str) -> str:
    value = required(value, "Importer number")
    if not IMPORTER_PATTERN.match(value):
        raise Refused(f"Importer number {value} is not in a recognized format.")
    return value


def entry_number(conn: sqlite3.Connection, value: str) -> str:
    """A well-formed entry number with a good check digit that the system knows."""
    parts = split(value)
    if parts is None:
        raise Refused(f"Entry number {value} is not in the format XXX-NNNNNNN-N.")
    filer, transaction, digit = parts
    if check_digit(filer + transaction) != digit:
        raise Refused(f"Entry number {value} has a bad check digit.")
    normalized = f"{filer}-{transaction}-{digit}"
    known = conn.execute("SELECT 1 FROM entries WHERE entry_number = ?", (normalized,)).fetchone()
    if known is None:
        raise Refused(f"Entry {normalized} was not found in the entry records.")
    return normalized


def money(value: str, label: str) -> str:
    value = value.strip().replace(",", "").lstrip("$")
    if not MONEY_PATTERN.match(value):
        raise Refused(f"{label} must be an amount in dollars, like 1234.50.")
    return f"{float(value):.2f}"


def pdf(content: bytes, name: str) -> None:
    if not content:
        raise Refused("Choose the protest PDF to upload.")
    if not content.startswith(b"%PDF-"):
        raise Refused(f"{name} is not a PDF file.")


def merchandise_key(text: str) -> str:
    """The goods as the duplicate rule compares them: case, spacing and punctuation ignored."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
