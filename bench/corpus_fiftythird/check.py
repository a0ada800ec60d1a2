"""Confirm with pdfplumber that every scored text, date, amount and entry number is printed
in the text layer."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber

from .common import fmt_date, fmt_money

DATE_STYLES = ["long", "us", "dmy", "iso", "abbr", "mil"]
MONEY_STYLES = ["dollar", "plain", "usd", "bare"]
TEXT_KEYS = {
    "protest_number",
    "port_code",
    "importer_number",
    "protestant_name",
    "merchandise_description",
    "signer_name",
    "requester_name",
    "case_number",
    "party_name",
}
ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return fold(" ".join(p.extract_text() or "" for p in doc.pages))


def _date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [fold(fmt_date(d, s)) for s in DATE_STYLES]


def _money_forms(amount: float) -> list[str]:
    cents = round(amount * 100)
    return [fold(fmt_money(cents, s)) for s in MONEY_STYLES]


def wanted(values: dict[str, Any]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []

    def walk(key: str, val: Any) -> None:
        if val is None or isinstance(val, bool):
            return
        if isinstance(val, dict):
            for k, v in val.items():
                walk(k, v)
        elif isinstance(val, list):
            for v in val:
                walk(key, v)
        elif key in TEXT_KEYS or key in ("entry_number", "proposed_hts"):
            out.append((key, [fold(str(val))]))
        elif key in ADDRESS_KEYS:
            for part in str(val).split(", "):
                out.append((key, [fold(part)]))
        elif key in DATE_KEYS:
            out.append((key, _date_forms(str(val))))
        elif key in MONEY_KEYS:
            out.append((key, _money_forms(float(val))))

    walk("", values)
    return out


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    """Problems found; a received date taken from `--received` (not printed) is not looked for."""
    text = text_of(pdf)
    values = dict(truth["values"])
    args = truth["args"]
    if "--received" in args and values.get("received_date") == args[args.index("--received") + 1]:
        values.pop("received_date")
    return [f"{k}: {forms[0]}" for k, forms in wanted(values) if not any(f in text for f in forms)]
