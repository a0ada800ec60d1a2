"""Confirms that every scored value of a truth file is printed in its PDF's text layer."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pdfplumber

from .law import fmt_date, fmt_money

DATE_STYLES = ("long", "abbr", "slash", "slash2", "ordinal", "upper", "dash")
MONEY_STYLES = ("dollar", "usd", "words", "plain", "bare")
TEXT_KEYS = {
    "protestant_name",
    "signer_name",
    "merchandise_description",
    "importer_number",
    "port_code",
    "case_number",
    "party_name",
    "requester_name",
}
ADDRESS_KEYS = {"protestant_address", "party_address", "requester_address"}
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def page_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return fold(" ".join(page.extract_text() or "" for page in document.pages))


def _printed(key: str, value: object) -> list[list[str]]:
    """Each inner list holds the acceptable printings of one piece of a value."""
    if value is None or isinstance(value, bool):
        return []
    if key in ADDRESS_KEYS:
        return [[part] for part in str(value).split(", ")]
    if key in DATE_KEYS:
        return [[fmt_date(date.fromisoformat(str(value)), style) for style in DATE_STYLES]]
    if key in MONEY_KEYS:
        amount = round(float(str(value)) * 100)
        return [[fmt_money(amount, style) for style in MONEY_STYLES]]
    if key in TEXT_KEYS or key in ("entry_number",):
        return [[str(value)]]
    if key == "proposed_hts":
        return [[hts] for hts in value] if isinstance(value, list) else []
    return []


def unprinted(pdf: Path) -> list[str]:
    """The scored values of `pdf`'s truth file that its text layer does not show."""
    truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    text = page_text(pdf)
    pieces: list[tuple[str, list[str]]] = []
    for key, value in truth["values"].items():
        if key == "entries":
            for entry in value:
                pieces += [
                    (f"entries.{k}", alt) for k, v in entry.items() for alt in _printed(k, v)
                ]
        elif not (
            key == "received_date" and value in truth["args"]
        ):  # given by --received, not printed
            pieces += [(key, alt) for alt in _printed(key, value)]
    return [f"{key}: {alts[0]}" for key, alts in pieces if not any(fold(a) in text for a in alts)]
