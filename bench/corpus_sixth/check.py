"""Confirms that a file's scored texts, dates, amounts and entry numbers are in its text layer."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_sixth.words import fmt_date, fmt_money

TEXT_KEYS = ("protestant_name", "party_name", "requester_name", "signer_name", "case_number",
             "importer_number", "port_code", "merchandise_description", "product_description")


def text_layer(pdf: Path) -> str:
    """The whole document's text with white space folded, case-folded."""
    with pdfplumber.open(pdf) as doc:
        text = " ".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", text).casefold()


def _date_present(iso: str, text: str) -> bool:
    d = date.fromisoformat(iso)
    return any(fmt_date(d, s).casefold() in text for s in range(6))


def _money_present(value: float, text: str) -> bool:
    return any(fmt_money(Decimal(f"{value:.2f}"), s).casefold() in text for s in range(5))


def missing_from_text(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """The scored values of TRUTH that PDF's text layer does not show."""
    text = text_layer(pdf)
    values = truth["values"]
    gone = [f"{k}={values[k]!r}" for k in TEXT_KEYS
            if isinstance(values.get(k), str) and re.sub(r"\s+", " ", values[k]).casefold()
            not in text]
    for key in ("received_date", "request_date", "violation_date"):
        iso = values.get(key)
        if iso and key != "received_date" and not _date_present(iso, text):
            gone.append(f"{key}={iso}")
    for entry in values.get("entries", []):
        if entry["entry_number"].casefold() not in text:
            gone.append(entry["entry_number"])
        for key in ("entry_date", "liquidation_date"):
            if entry.get(key) and not _date_present(entry[key], text):
                gone.append(f"{entry['entry_number']}.{key}")
        for key in ("entered_value", "duty_paid", "duty_owed"):
            if key in entry and not _money_present(entry[key], text):
                gone.append(f"{entry['entry_number']}.{key}")
    for key in ("domestic_value", "dutiable_value"):
        if values.get(key) is not None and not _money_present(values[key], text):
            gone.append(key)
    for part in ("protestant_address", "party_address", "requester_address"):
        if values.get(part):
            gone += [f"{part}:{p}" for p in values[part].split(", ") if p.casefold() not in text]
    gone += [f"hts {h}" for h in values.get("proposed_hts", []) if h.casefold() not in text]
    gone += [f"port {p}" for p in values.get("ports", []) if p.casefold() not in text]
    return gone
