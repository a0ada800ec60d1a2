# ruff: noqa: E501
"""Confirm with pdfplumber that every scored text, date, amount and entry number is in a PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pdfplumber

from . import common


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _date_forms(iso: str) -> list[str]:
    day = dt.date.fromisoformat(iso)
    return [common.fdate(day, s) for s in common.DATE_STYLES]


def _money_forms(value: float) -> list[str]:
    cents = round(value * 100)
    return [common.fmoney(cents, s) for s in common.MONEY_STYLES]


def expected(truth: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(what, acceptable printed forms) for every scored value that is printed."""
    v = truth["values"]
    want: list[tuple[str, list[str]]] = []
    texts = [
        "protestant_name",
        "importer_number",
        "signer_name",
        "merchandise_description",
        "requester_name",
        "party_name",
        "case_number",
        "port_code",
    ]
    for key in texts:
        if v.get(key):
            want.append((key, [v[key]]))
    for key in ("protestant_address", "requester_address", "party_address"):
        if v.get(key):
            want += [(key, [part]) for part in v[key].split(", ")]
    for key in ("received_date", "request_date", "violation_date"):
        if v.get(key) and not (key == "received_date" and "--received" in truth["args"]):
            want.append((key, _date_forms(v[key])))
    for e in v.get("entries", []):
        want.append(("entry_number", [e["entry_number"]]))
        for key in ("entry_date", "liquidation_date"):
            if e.get(key):
                want.append((key, _date_forms(e[key])))
        for key in ("entered_value", "duty_paid", "duty_owed"):
            if key in e:
                want.append((key, _money_forms(e[key])))
    for key in ("domestic_value", "dutiable_value"):
        if v.get(key) is not None:
            want.append((key, _money_forms(v[key])))
    for h in v.get("proposed_hts", []):
        want.append(("proposed_hts", [h]))
    for p in v.get("ports", []):
        want.append(("ports", [p]))
    return want


def check_pdf(pdf: Path, truth: dict[str, Any]) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        text = _norm(" ".join(page.extract_text() or "" for page in doc.pages))
    problems = []
    for what, forms in expected(truth):
        if not any(_norm(f) in text for f in forms):
            problems.append(f"{pdf.name}: {what} {forms[0]!r} not in the text layer")
    return problems
