"""Every scored value of a truth must be printed in the PDF's text layer (read with pdfplumber)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_twentysecond.fmt import DATE_STYLES, show_date

TEXT_KEYS = {"protestant_name", "party_name", "requester_name", "merchandise_description",
             "signer_name", "port_code", "importer_number", "protest_number", "case_number",
             "entry_number"}
ADDRESS_KEYS = {"protestant_address", "party_address", "requester_address"}
DATE_KEYS = {"entry_date", "liquidation_date", "violation_date", "request_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}


def fold(text: str) -> str:
    """Case-folded, white space folded to one space, typographic quotes made plain."""
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


def page_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return fold(" ".join(page.extract_text() or "" for page in document.pages))


def _wanted(key: str, value: Any) -> list[list[str]]:
    """For one scored value: alternatives (any one must be printed) per required piece."""
    if key in TEXT_KEYS:
        return [[fold(str(value))]]
    if key in ADDRESS_KEYS:
        return [[fold(part)] for part in str(value).split(", ")]
    if key in DATE_KEYS:
        day = date.fromisoformat(value)
        return [[fold(show_date(day, style)) for style in DATE_STYLES]
                + [fold(f"{day:%b}".upper() + f" {day.day:02d} {day.year}")]]
    if key in MONEY_KEYS:
        return [[f"{value:,.2f}", f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"]]
    return []


def missing_texts(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """The scored values of TRUTH whose text the PDF does not print."""
    text = page_text(pdf)
    gaps: list[str] = []

    def check(key: str, value: Any) -> None:
        if value is None or isinstance(value, bool):
            return
        for alternatives in _wanted(key, value):
            if not any(alt in text for alt in alternatives):
                gaps.append(f"{key}={value!r}")

    for key, value in truth["values"].items():
        if key == "entries":
            for entry in value:
                for sub, item in entry.items():
                    check(sub, item)
        elif key == "proposed_hts":
            for hts in value:
                check("entry_number", hts)
        else:
            check(key, value)
    return gaps
