"""Is every scored value printed in the PDF's text layer? (dates in six habits, money in four)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_fortysixth.pools import fmt_date, fmt_money

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DERIVED = {"received_date"}


def _forms(value: Any) -> list[str]:
    if isinstance(value, str) and DATE.match(value):
        day = dt.date.fromisoformat(value)
        return [fmt_date(day, s) for s in range(6)]
    if isinstance(value, float):
        return [fmt_money(Decimal(f"{value:.2f}"), s) for s in range(4)]
    return [str(value)]


def scored_strings(truth: dict[str, Any]) -> list[tuple[str, Any]]:
    """(key, value) of every scored printed value (booleans, categories, nulls are not verbatim)."""
    out: list[tuple[str, Any]] = []

    def walk(key: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(k, v)
        elif isinstance(value, list):
            for v in value:
                walk(key, v)
        elif (
            isinstance(value, bool)
            or value is None
            or key in ("category", "culpability", "ruling_type", "item_count")
            or key in DERIVED
        ):
            return
        elif key == "protestant_address" or key.endswith("address"):
            for part in str(value).split(", ", 1):
                out.append((key, part))
        else:
            out.append((key, value))

    walk("values", truth["values"])
    return out


def missing_in_text(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """The scored values not found in the text layer (white space folded, case-folded)."""
    with pdfplumber.open(pdf) as doc:
        text = " ".join((page.extract_text() or "") for page in doc.pages)
    folded = re.sub(r"\s+", " ", text).casefold()
    absent = []
    for key, value in scored_strings(truth):
        if not any(re.sub(r"\s+", " ", form).casefold() in folded for form in _forms(value)):
            absent.append(f"{key}={value!r}")
    return absent
