"""Confirms that every scored value of a truth file is in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber

from .common import DATE_STYLES, date_text

SKIP = {
    "category",
    "accelerated_disposition",
    "further_review_requested",
    "ruling_type",
    "item_count",
    "prospective",
    "pending_statement",
    "pending_in_court",
    "pending_before_cbp",
    "sample_provided",
    "confidential_requested",
    "signed",
    "culpability",
    "prior_disclosure",
    "noncommercial",
    "liquidated",
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def pdf_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return fold(" ".join(page.extract_text() or "" for page in doc.pages))


def _forms(key: str, value: Any) -> list[str]:
    """The printed forms any of which shows the value."""
    if isinstance(value, float):
        return [f"{value:,.2f}", f"{value:.2f}"]
    if key.endswith("date") and isinstance(value, str):
        day = dt.date.fromisoformat(value)
        return [fold(date_text(day, style)) for style in DATE_STYLES]
    return [fold(str(value))]


def _scored(values: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, value in values.items():
        if key in SKIP or value is None:
            continue
        if isinstance(value, list):
            for member in value:
                if isinstance(member, dict):
                    yield from _scored(member)
                else:
                    yield key, member
        elif key.endswith("address"):
            for part in str(value).split(", "):
                yield key, part
        else:
            yield key, value


def missing_values(pdf: Path) -> list[str]:
    """Scored values of PDF's truth file that its text layer does not show."""
    truth = json.loads(pdf.with_suffix(".json").read_text())
    text = pdf_text(pdf)
    values = dict(truth["values"])
    if "--received" in truth["args"]:  # given to the reader, not printed
        values.pop("received_date", None)
    return [
        f"{key}={value!r}"
        for key, value in _scored(values)
        if not any(form in text for form in _forms(key, value))
    ]
