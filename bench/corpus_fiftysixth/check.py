# ruff: noqa: E501
"""Confirms with pdfplumber that every scored text, date, amount and entry number is in the text layer."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber

from . import common as c

DATE_KEYS = {"received_date", "request_date", "violation_date", "entry_date", "liquidation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
SKIP = {"category", "ruling_type", "culpability", "item_count"}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [f(d) for f in (c.d_iso, c.d_long, c.d_us, c.d_mil, c.d_dash, c.d_abbr)] + [
        d.strftime("%Y%m%d")
    ]


def _money_forms(amount: float) -> list[str]:
    cents = round(amount * 100)
    return [f(cents) for f in (c.m_dollar, c.m_usd, c.m_plain, c.m_comma)]


def texts_of(pdf: bytes) -> list[str]:
    """The page text as pdfplumber reads it across the page, and read column by column: a side column of
    particulars (the protests' letter, x < 190) or a column of case data (the penalty summary, x > 350)
    runs beside the body, so a value may be whole only within its column."""
    variants: list[list[str]] = [[], [], []]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            variants[0].append(page.extract_text() or "")
            for n, x in ((1, 190), (2, 350)):
                left = page.crop((0, 0, x, page.height)).extract_text() or ""
                right = page.crop((x, 0, page.width, page.height)).extract_text() or ""
                variants[n].append(left + "\n" + right)
    return [_norm(" ".join(v)) for v in variants]


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    texts = texts_of(pdf)
    problems: list[str] = []

    def has(s: str) -> bool:
        return any(_norm(s) in text for text in texts)

    def visit(key: str, value: Any) -> None:
        if value is None or isinstance(value, bool) or key in SKIP:
            return
        if isinstance(value, dict):
            for k, v in value.items():
                visit(k, v)
        elif isinstance(value, list):
            for v in value:
                visit(key, v)
        elif key in DATE_KEYS:
            if not any(has(f) for f in _date_forms(value)):
                problems.append(f"{key} {value} not printed")
        elif key in MONEY_KEYS:
            if not any(has(f) for f in _money_forms(value)):
                problems.append(f"{key} {value} not printed")
        elif (
            isinstance(value, str)
            and not has(value)
            and not all(has(part) for part in value.split(", "))
        ):
            problems.append(f"{key} {value!r} not printed")

    args = truth.get("args", [])
    given = args[args.index("--received") + 1] if "--received" in args else None
    for k, v in truth["values"].items():
        if k == "received_date" and v == given:
            continue  # taken from --received: the page prints no receipt date
        visit(k, v)
    return problems
