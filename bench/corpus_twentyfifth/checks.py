"""Checks a generated file: its truth is well formed and every scored value is printed in the "
"text layer."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_twentyfifth.formats import day_text, money_text
from bench.corpus_twentyfifth.law import check_digit

VALUE_KEYS = {
    "protest": {
        "protest_number",
        "port_code",
        "received_date",
        "importer_number",
        "protestant_name",
        "protestant_address",
        "entries",
        "category",
        "merchandise_description",
        "accelerated_disposition",
        "further_review_requested",
        "signer_name",
    },
    "ruling-request": {
        "requester_name",
        "requester_address",
        "importer_number",
        "request_date",
        "ruling_type",
        "product_description",
        "proposed_hts",
        "ports",
        "item_count",
        "prospective",
        "pending_statement",
        "pending_in_court",
        "pending_before_cbp",
        "sample_provided",
        "confidential_requested",
        "signed",
    },
    "penalty-case": {
        "case_number",
        "party_name",
        "party_address",
        "importer_number",
        "violation_date",
        "culpability",
        "prior_disclosure",
        "noncommercial",
        "entries",
        "domestic_value",
        "dutiable_value",
    },
}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^([A-I0-9]{3})-(\d{7})-(\d)$")
TEXT_KEYS = (
    "protestant_name",
    "protestant_address",
    "merchandise_description",
    "signer_name",
    "port_code",
    "importer_number",
    "case_number",
    "party_name",
    "party_address",
    "requester_name",
    "requester_address",
)


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def pdf_text(path: Path) -> str:
    """The text layer in reading order, plus each page cut into columns (sidebars, boxes side "
    "by side)."""
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for split in (0.35, 0.5, 0.62):
                cut = float(page.width) * split
                parts.append(page.crop((0, 0, cut, page.height)).extract_text() or "")
                parts.append(page.crop((cut, 0, page.width, page.height)).extract_text() or "")
    return " | ".join(fold(part) for part in parts)


def truth_problems(truth: dict[str, Any]) -> list[str]:
    """What is wrong with a truth file's shape (empty when it is well formed)."""
    kind = truth["kind"]
    problems = [f"unknown value {key}" for key in truth["values"] if key not in VALUE_KEYS[kind]]
    outcome = truth["decision"].get("outcome")
    if outcome is not None and outcome not in OUTCOMES[kind]:
        problems.append(f"outcome {outcome}")
    if "outcome" not in truth["decision"] and not truth.get("not_scored"):
        problems.append("outcome left out without a not_scored reason")
    for entry in truth["values"].get("entries", []):
        match = ENTRY.match(entry["entry_number"])
        if not match or check_digit(match[1] + match[2]) != int(match[3]):
            problems.append(f"entry number {entry['entry_number']}")
        for key in ("entry_date", "liquidation_date"):
            if entry.get(key) is not None and not ISO.match(entry[key]):
                problems.append(f"{key} {entry[key]}")
    args = truth["args"]
    if "--today" not in args or not all(ISO.match(a) for a in args[1::2]):
        problems.append(f"args {args}")
    return problems


def _dates(iso: str) -> set[str]:
    day = date.fromisoformat(iso)
    return {fold(day_text(day, style)) for style in range(6)}


def _money(value: float) -> set[str]:
    amount = Decimal(f"{value:.2f}")
    return {fold(money_text(amount, style)) for style in range(4)}


def unprinted(path: Path, truth: dict[str, Any]) -> list[str]:
    """Scored texts, dates, amounts and entry numbers that the PDF's text layer does not contain."""
    text = pdf_text(path)
    values = truth["values"]
    wanted: list[tuple[str, set[str]]] = []
    for key in TEXT_KEYS:
        if values.get(key):
            wanted.append((key, {fold(values[key])}))
    for key in ("received_date", "request_date", "violation_date"):
        if values.get(key) and not (key == "received_date" and "--received" in truth["args"]):
            wanted.append((key, _dates(values[key])))
    for key in ("domestic_value", "dutiable_value"):
        if values.get(key) is not None:
            wanted.append((key, _money(values[key])))
    for hts in values.get("proposed_hts", []):
        wanted.append(("proposed_hts", {fold(hts)}))
    for n, entry in enumerate(values.get("entries", [])):
        wanted.append((f"entries[{n}].entry_number", {fold(entry["entry_number"])}))
        for key in ("entry_date", "liquidation_date"):
            if entry.get(key):
                wanted.append((f"entries[{n}].{key}", _dates(entry[key])))
        for key in ("entered_value", "duty_paid", "duty_owed"):
            if key in entry:
                wanted.append((f"entries[{n}].{key}", _money(entry[key])))
    return [key for key, forms in wanted if not any(form in text for form in forms)]
