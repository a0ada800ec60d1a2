"""Confirm that every scored value of a truth is printed in the PDF's text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_fortyfifth.sheet import DATE_STYLES, MONEY_STYLES, fdate, money, stamp_date

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold(text: str) -> str:
    return " ".join(text.split())


def forms(value: Any) -> list[set[str]]:
    """For each scored leaf value, the set of printed forms of which one must appear."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, dict):
        return [f for item in value.values() for f in forms(item)]
    if isinstance(value, list):
        return [f for item in value for f in forms(item)]
    if isinstance(value, float):
        amount = Decimal(f"{value:.2f}")
        return [{money(amount, style) for style in MONEY_STYLES}]
    if isinstance(value, int):
        return []
    text = str(value)
    if _ISO.match(text):
        day = dt.date.fromisoformat(text)
        return [{fdate(day, style) for style in DATE_STYLES} | {stamp_date(day)}]
    if ", " in text:
        return [{part} for part in text.split(", ")]
    return [{text}]


def missing_values(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """Scored values (in `values`) none of whose printed forms is in the text layer."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        text = fold(" ".join(page.extract_text() or "" for page in document.pages))
    values = dict(truth["values"])
    if "--received" in truth["args"]:
        values.pop("received_date", None)  # given on the command line, not printed
    for key in ("category", "ruling_type", "culpability"):
        values.pop(key, None)  # words, not printed values
    return [
        sorted(options)[0] for options in forms(values) if not any(fold(o) in text for o in options)
    ]
