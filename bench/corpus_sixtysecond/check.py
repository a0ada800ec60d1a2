"""Every scored text, date, amount and entry number must be in the text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber

from .common import DATE_FORMS, MONEY_FORMS, fdate, money

DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
TEXT_KEYS = {
    "protestant_name",
    "party_name",
    "requester_name",
    "signer_name",
    "merchandise_description",
    "importer_number",
    "protest_number",
    "case_number",
    "entry_number",
    "port_code",
}
ADDRESS_KEYS = {"protestant_address", "party_address", "requester_address"}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return fold(" ".join(page.extract_text() or "" for page in doc.pages))


def _items(values: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in values.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            for e in v:
                out += _items(e)
        else:
            out.append((k, v))
    return out


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    text = text_of(pdf)
    problems = []
    received_arg = truth["args"][1] if truth["args"][0] == "--received" else None
    for k, v in _items(truth["values"]):
        if v is None or isinstance(v, bool):
            continue
        if k in DATE_KEYS:
            if k == "received_date" and v == received_arg:
                continue
            d = dt.date.fromisoformat(v)
            if not any(fold(fdate(d, f)) in text for f in DATE_FORMS):
                problems.append(f"{k} {v} not printed")
        elif k in MONEY_KEYS:
            c = round(v * 100)
            if not any(fold(money(c, f)) in text for f in MONEY_FORMS):
                problems.append(f"{k} {v} not printed")
        elif k in ADDRESS_KEYS:
            for part in v.split(", "):
                if fold(part) not in text:
                    problems.append(f"{k} part {part!r} not printed")
        elif k in TEXT_KEYS:
            if fold(str(v)) not in text:
                problems.append(f"{k} {v!r} not printed")
        elif k == "proposed_hts":
            for h in v:
                if fold(h) not in text:
                    problems.append(f"hts {h} not printed")
    return problems
