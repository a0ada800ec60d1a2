"""Confirm that every scored text, date, amount and entry number is in a PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_fiftyfirst.build import fmt_date, fmt_money


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _scalars(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _scalars(v)]
    if isinstance(value, list):
        return [x for v in value for x in _scalars(v)]
    return [value]


def missing_values(pdf: Path, truth: dict[str, Any]) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        text = _fold(" ".join(page.extract_text() or "" for page in doc.pages))
    text_nospace = text.replace(" ", "")
    lost = []
    values = dict(truth["values"])
    values.pop("received_date", None)  # given by --received, not printed
    for key in [k for k in values if k.endswith("_address")]:
        for part in str(values.pop(key) or "").split(", "):
            if part and _fold(part) not in text:
                lost.append(part)
    for value in _scalars(values):
        if (
            value is None
            or isinstance(value, bool)
            or value
            in (
                "classification",
                "valuation",
                "negligence",
                "gross_negligence",
                "fraud",
                "appraised_value",
            )
        ):
            continue
        if isinstance(value, float):
            forms = [fmt_money(value, s) for s in range(4)]
        elif isinstance(value, int):
            forms = [str(value)]
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            forms = [fmt_date(dt.date.fromisoformat(value), s) for s in range(6)]
        else:
            forms = [value]
        if not any(_fold(f) in text or _fold(f).replace(" ", "") in text_nospace for f in forms):
            lost.append(str(value))
    return lost
