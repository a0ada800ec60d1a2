"""Confirms every scored text, date, amount and entry number is printed in a PDF's text layer."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber

from .people import dollars, long_date, sheet_date


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return re.sub(r"\s+", " ", text).lower()


def _date_forms(iso: str) -> list[str]:
    day = date.fromisoformat(iso)
    forms = [long_date(day, n) for n in range(4)] + [sheet_date(day, n) for n in range(4)]
    return [*forms, day.strftime("%b %d %Y"), day.strftime("%m/%d/%Y")]


def unprinted(truth: dict[str, Any], text: str) -> list[str]:
    """The scored values of `truth` not found in `text` (folded, case-folded)."""
    wanted: list[tuple[str, list[str]]] = []
    values = truth["values"]
    for key, value in values.items():
        if key == "received_date" and "--received" in truth["args"]:
            continue  # given on the command line, not printed
        if (
            value is None
            or isinstance(value, bool)
            or key in ("category", "ruling_type", "culpability", "item_count")
        ):
            continue
        if key.endswith("_date"):
            wanted.append((key, _date_forms(value)))
        elif key.endswith("_address"):
            wanted += [(key, [part.strip()]) for part in value.split(",")]
        elif key.endswith("_value"):
            wanted.append((key, [dollars(value, n) for n in range(4)]))
        elif key == "proposed_hts":
            wanted += [(key, [hts]) for hts in value]
        elif key == "entries":
            for entry in value:
                wanted.append(("entry_number", [entry["entry_number"]]))
                for field, item in entry.items():
                    if field.endswith("date") and item:
                        wanted.append((field, _date_forms(item)))
                    elif isinstance(item, float):
                        wanted.append((field, [dollars(item, n) for n in range(4)]))
        elif isinstance(value, str):
            wanted.append((key, [value]))
    return [
        f"{key}: {forms[0]}"
        for key, forms in wanted
        if not any(re.sub(r"\s+", " ", form).lower() in text for form in forms)
    ]
