# ruff: noqa: E501
"""Confirm with pdfplumber that every scored text, date, amount and entry number is in the text layer."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pdfplumber

from .common import DATE_STYLES, MONEY_STYLES, fdate, money

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}


def text_layer(pdf: bytes | Path) -> str:
    src = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    with pdfplumber.open(src) as doc:
        text = " ".join(page.extract_text() or "" for page in doc.pages)
    return " ".join(text.split()).casefold()


def _wanted(key: str, value: Any) -> list[list[str]]:
    """Alternatives per scored value: each inner list is satisfied when any member is printed."""
    if (
        value is None
        or isinstance(value, bool)
        or key in {"item_count", "category", "ruling_type", "culpability"}
    ):
        return []
    if isinstance(value, list):
        return [alt for v in value for alt in _wanted(key, v)]
    if isinstance(value, dict):
        return [alt for k, v in value.items() for alt in _wanted(k, v)]
    if key in MONEY_KEYS:
        cents = round(float(value) * 100)
        return [[money(cents, s) for s in MONEY_STYLES]]
    if isinstance(value, str) and ISO.match(value):
        d = dt.date.fromisoformat(value)
        return [[fdate(d, s) for s in DATE_STYLES]]
    if key.endswith("_address"):
        return [[part] for part in value.split(", ")]
    return [[str(value)]]


def check_pdf(pdf: bytes | Path, truth: dict[str, Any]) -> list[str]:
    text = text_layer(pdf)
    problems = []
    for key, value in truth["values"].items():
        if key == "received_date" and value == truth["args"][1]:
            continue  # given by --received; a printed stamp carries the same date
        for alternatives in _wanted(key, value):
            if not any(" ".join(a.split()).casefold() in text for a in alternatives):
                problems.append(f"{key}: none of {alternatives[:3]} in the text layer")
    return problems
