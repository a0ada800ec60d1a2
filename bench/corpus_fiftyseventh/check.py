# ruff: noqa: E501
"""Confirms with pdfplumber that every scored text, date, amount and entry number is in the text layer."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber

from .common import DATE_STYLES, fdate, money

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TEXT_KEYS = {"protest_number", "port_code", "importer_number", "protestant_name", "merchandise_description",
             "signer_name", "requester_name", "product_description", "case_number", "party_name", "entry_number"}  # fmt: skip
ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
SKIP_DATES = {"received_date"}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _expected(values: dict[str, Any]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for key, v in values.items():
        if v is None or isinstance(v, bool):
            continue
        if key == "entries":
            for e in v:
                out += _expected(e)
        elif key in ("proposed_hts", "ports"):
            out += [(key, [x]) for x in v]
        elif key in MONEY_KEYS:
            cents = round(v * 100)
            out.append((key, [money(cents, s) for s in ("$", "USD", "")]))
        elif key in ADDRESS_KEYS:
            out += [(key, [part]) for part in v.split(", ")]
        elif isinstance(v, str) and DATE.match(v) and key not in SKIP_DATES:
            d = dt.date.fromisoformat(v)
            out.append((key, [fdate(d, s) for s in DATE_STYLES]))
        elif key in TEXT_KEYS:
            out.append((key, [v]))
    return out


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = fold(" ".join(page.extract_text() or "" for page in doc.pages))
    problems = []
    for key, forms in _expected(truth["values"]):
        if not any(fold(f) in text for f in forms):
            problems.append(f"{key}: none of {forms[:3]} printed")
    return problems
