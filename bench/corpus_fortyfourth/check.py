"""Scored values as they may be printed, for the text-layer check."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bench.corpus_fortyfourth import common as C

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SKIP = {"category", "ruling_type", "culpability", "outcome", "route", "notice", "missing"}


def fold(text: str) -> str:
    """Fold white space."""
    return " ".join(text.split())


def forms(value: Any) -> list[str]:
    """The ways a value can be printed."""
    if isinstance(value, str) and DATE.match(value):
        day = dt.date.fromisoformat(value)
        return [C.fmt_date(day, h) for h in range(7)]
    if isinstance(value, float):
        c = round(value * 100)
        return [C.fmt_money(c, h) for h in range(5)]
    return [str(value)]


def printed(truth: dict[str, Any]) -> list[list[str]]:
    """Alternatives, one list per printed scored value of the document's own values."""
    out: list[list[str]] = []

    def walk(key: str, value: Any) -> None:
        if key in SKIP or value is None or isinstance(value, bool):
            return
        if isinstance(value, list):
            for item in value:
                walk(key, item)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k, v)
        elif isinstance(value, int) and not isinstance(value, float):
            return
        elif key.endswith("address"):
            out.extend([[part] for part in str(value).split(", ") if part])
        elif key == "received_date" and truth["values"].get("protest_number") is None:
            return
        else:
            out.append(forms(value))

    for k, v in truth["values"].items():
        walk(k, v)
    return out


def missing_from(text: str, truth: dict[str, Any]) -> list[list[str]]:
    """Values not found in the text layer."""
    flat = fold(text)
    return [alts for alts in printed(truth) if not any(fold(a) in flat for a in alts)]
