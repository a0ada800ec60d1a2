"""Every scored value of a plan, in the forms it is printed, found in a PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from bench.corpus_fortythird import pools


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def _forms(plan: dict[str, Any], key: str, value: Any) -> list[str]:
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if key == "item_count":
            return [str(value)]
        money = Decimal(str(value)).quantize(Decimal("0.01"))
        return [pools.money_text(money, style) for style in range(4)] + [f"{money:.2f}"]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return [pools.date_text(dt.date.fromisoformat(value), plan["date_style"])]
    if key in ("category", "culpability", "ruling_type"):
        return []
    return [str(value)]


def missing(plan: dict[str, Any], text: str) -> list[str]:
    """Scored values of the truth's `values` not found in `text` (folded)."""
    page = _fold(text)
    lost = []
    for key, value in plan["truth"]["values"].items():
        items: list[tuple[str, Any]] = []
        if isinstance(value, list):
            for member in value:
                items += list(member.items()) if isinstance(member, dict) else [(key, member)]
        else:
            items.append((key, value))
        if key == "received_date" and "--received" in plan["truth"]["args"]:
            continue
        if key.endswith("_address") and isinstance(value, str):
            items = [(key, part) for part in value.split(", ")]
        for sub, item in items:
            forms = _forms(plan, sub, item)
            if forms and not any(_fold(form) in page for form in forms):
                lost.append(f"{sub}={item}")
    return lost
