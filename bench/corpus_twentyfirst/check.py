"""Confirms that every scored value a truth file names is printed in its PDF's text layer."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_twentyfirst.words import DATE_STYLES, MONEY_STYLES, fmt_date, fmt_money

DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
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
    "entry_number",
}
ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _forms(key: str, value: Any) -> list[str]:
    if key in DATE_KEYS:
        day = date.fromisoformat(value)
        return [fmt_date(day, style) for style in DATE_STYLES]
    if key in MONEY_KEYS:
        return [
            fmt_money(Decimal(str(value)).quantize(Decimal("0.01")), style)
            for style in MONEY_STYLES
        ]
    if key in ADDRESS_KEYS:
        return str(value).split(", ")  # each address line on its own
    return [str(value)]


def _pairs(values: dict[str, Any]) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for key, value in values.items():
        if key == "entries":
            for entry in value:
                pairs.extend(
                    (k, v) for k, v in entry.items() if v is not None and not isinstance(v, bool)
                )
        elif key == "proposed_hts":
            pairs.extend(("proposed_hts", v) for v in value)
        elif value is not None and (key in TEXT_KEYS | DATE_KEYS | MONEY_KEYS | ADDRESS_KEYS):
            pairs.append((key, value))
    return pairs


def unprinted(pdf: Path) -> list[str]:
    """The scored values of PDF's truth file that its text layer does not carry."""
    truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    with pdfplumber.open(pdf) as document:
        text = _squash("\n".join(page.extract_text() or "" for page in document.pages))
    problems = []
    args = truth.get("args", [])
    given = args[args.index("--received") + 1] if "--received" in args else None
    for key, value in _pairs(truth["values"]):
        if key == "received_date" and value == given:
            continue  # the reader is told it; a printed stamp, when there is one, says the same
        forms = _forms(key, value)
        if key in ADDRESS_KEYS:
            if not all(_squash(part) in text for part in forms):
                problems.append(f"{pdf.name}: {key}={value!r}")
        elif not any(_squash(form) in text for form in forms):
            problems.append(f"{pdf.name}: {key}={value!r}")
    return problems
