"""Confirm that every scored value of a truth is printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_fiftysecond import pools

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SKIP = {
    "accelerated_disposition",
    "further_review_requested",
    "prior_disclosure",
    "noncommercial",
    "liquidated",
    "prospective",
    "pending_statement",
    "pending_in_court",
    "pending_before_cbp",
    "sample_provided",
    "confidential_requested",
    "signed",
    "item_count",
    "category",
    "ruling_type",
    "culpability",
    "received_date",
}


def _forms(key: str, value: Any) -> list[list[str]]:
    """Per printed piece, the ways it may appear; one of them must be in the text."""
    if value is None or key in SKIP or isinstance(value, bool):
        return []
    if isinstance(value, dict):
        return [f for k, v in value.items() for f in _forms(k, v)]
    if isinstance(value, list):
        return [f for v in value for f in _forms(key, v)]
    if isinstance(value, float):
        d = Decimal(f"{value:.2f}")
        return [[pools.money_style(d, s) for s in range(4)]]
    text = str(value)
    if ISO.match(text):
        day = dt.date.fromisoformat(text)
        return [[pools.date_style(day, s) for s in range(7)]]
    if key.endswith("address"):
        return [[part] for part in text.split(", ")]
    return [[text]]


def fold(s: str) -> str:
    return re.sub(r"\s+", "", s).casefold()


def unprinted(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """The scored values (of `values`) that the text layer does not carry."""
    with pdfplumber.open(pdf) as doc:
        text = fold("\n".join(page.extract_text() or "" for page in doc.pages))
    return [
        alts[0]
        for alts in _forms("values", truth["values"])
        if not any(fold(a) in text for a in alts)
    ]
