"""Confirms with pdfplumber that every scored text, date, amount and entry number of a truth is
printed in the PDF's text layer (in one of the forms the generator prints).

python -m bench.corpus_fiftyfifth.check OUT   (exit 1 when a value is missing)"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pdfplumber

from .common import date_fmt, money

DATE_STYLES = ["iso", "long", "us", "dmy", "abbr", "dash"]
MONEY_STYLES = ["dollar", "plain", "usd", "bare"]
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
SKIP = {"received_date", "category", "culpability", "ruling_type"}  # arg-given or enum labels


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        raw = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", raw)


def _forms(key: str, value: Any) -> list[str]:
    if key in DATE_KEYS:
        day = dt.date.fromisoformat(value)
        return [date_fmt(day, s) for s in DATE_STYLES]
    if key in MONEY_KEYS:
        cents = round(value * 100)
        return [money(cents, s) for s in MONEY_STYLES]
    return [str(value)]


def _scored(values: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in values.items():
        if value is None or isinstance(value, bool) or key in SKIP:
            continue
        if key == "entries":
            for entry in value:
                for k, v in entry.items():
                    if not isinstance(v, bool):
                        out.append((k, v))
        elif isinstance(value, list):
            out.extend((key, v) for v in value)
        elif key.endswith("_address"):
            street, rest = value.split(", ", 1)
            out += [(key, street), (key, rest)]
        else:
            out.append((key, value))
    return out


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    text = text_of(pdf)
    problems = []
    for key, value in _scored(truth["values"]):
        if not any(form in text for form in _forms(key, value)):
            problems.append(f"{key}: {value!r} not in the text layer")
    received = truth["values"].get("received_date")
    args = truth["args"]
    given = args[args.index("--received") + 1] if "--received" in args else None
    printed = any(form in text for form in _forms("received_date", received)) if received else True
    if received and given != received and not printed:
        problems.append(f"received_date {received} differs from --received but is not printed")
    return problems


def main() -> None:
    root = Path(sys.argv[1])
    bad = 0
    files = sorted(root.glob("*/*.json"))
    for js in files:
        problems = check_pdf(js.with_suffix(".pdf").read_bytes(), json.loads(js.read_text()))
        for p in problems:
            print(f"{js.name}: {p}")
        bad += bool(problems)
    print(f"{len(files)} documents checked, {bad} with a scored value missing from the text layer")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
