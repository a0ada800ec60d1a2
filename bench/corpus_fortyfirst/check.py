"""Which printed strings a truth's scored values need in the text layer, and a reader of that "
"layer."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_fortyfirst import formats as fm

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENUMS = {"category", "ruling_type", "culpability", "outcome", "route", "notice"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return fold(" ".join(page.extract_text() or "" for page in doc.pages))


def forms(key: str, value: Any) -> list[list[str]]:
    """Groups of alternatives: each group needs one of its strings printed."""
    if (
        value is None
        or isinstance(value, bool)
        or key in ENUMS
        or key in ("missing", "received_date")
    ):
        return []
    if isinstance(value, list):
        return [g for v in value for g in forms(key, v)]
    if isinstance(value, dict):
        return [g for k, v in value.items() for g in forms(k, v)]
    if isinstance(value, float):
        amount = Decimal(f"{value:.2f}")
        return [[fm.money(amount, s) for s in ("dollar", "grouped", "usd", "plain")]]
    if isinstance(value, int):
        return [[str(value)]]
    if ISO.match(value):
        day = dt.date.fromisoformat(value)
        return [[fm.date(day, s) for s in fm.DATE_STYLES]]
    if key.endswith("address"):
        return [[part] for part in value.split(", ")]
    return [[value]]


def unprinted(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """Scored values (values only; decisions are computed) whose printed form is not in the "
    "text layer."""
    layer = text_layer(pdf)
    values = dict(truth["values"])
    if "--received" in truth["args"]:
        values.pop("received_date", None)
    else:
        values["printed_received"] = values.get("received_date")
    return [
        " | ".join(group)
        for group in forms("values", values)
        if not any(fold(alt) in layer for alt in group)
    ]
