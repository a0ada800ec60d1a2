"""Confirm that every scored value of a truth is printed in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from bench.corpus_thirtyninth.pools import DATE_STYLES, MONEY_STYLES, fmt_date, fmt_money

DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
TEXT_KEYS = {"protest_number", "port_code", "importer_number", "protestant_name",
             "merchandise_description", "signer_name", "requester_name", "case_number",
             "party_name"}


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def missing_values(truth: dict[str, Any], text: str) -> list[str]:
    """The scored values (dates, money, names, numbers) that the text does not carry."""
    folded = _fold(text)
    bare = folded.replace("-", "").replace(" ", "")
    problems: list[str] = []

    def look(key: str, value: Any) -> None:
        if value is None or isinstance(value, bool):
            return
        if key == "received_date" and not truth["values"].get("protest_number"):
            return  # no stamp: the date comes from --received
        if key in DATE_KEYS:
            day = dt.date.fromisoformat(value)
            if not any(_fold(fmt_date(day, s)) in folded for s in DATE_STYLES) and \
                    day.strftime("%b %d %Y").upper().casefold() not in folded:
                problems.append(f"{key}={value}")
        elif key in MONEY_KEYS:
            if not any(_fold(fmt_money(value, s)) in folded for s in MONEY_STYLES):
                problems.append(f"{key}={value}")
        elif key == "entry_number":
            if value.replace("-", "").casefold() not in bare:
                problems.append(f"{key}={value}")
        elif key in TEXT_KEYS or key.endswith("_address"):
            parts = value.split(", ") if key.endswith("_address") else [value]
            if not all(_fold(p) in folded for p in parts):
                problems.append(f"{key}={value}")
        elif key == "proposed_hts":
            for hts in value:
                if hts.casefold() not in folded:
                    problems.append(f"{key}={hts}")

    for key, value in truth["values"].items():
        if key == "entries":
            for entry in value:
                for sub, item in entry.items():
                    look(sub, item)
        else:
            look(key, value)
    return problems


def check_folder(out: Path) -> int:
    import pdfplumber

    bad = 0
    for truth_file in sorted(out.glob("*/*.json")):
        truth = json.loads(truth_file.read_text())
        with pdfplumber.open(truth_file.with_suffix(".pdf")) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        problems = missing_values(truth, text)
        if problems:
            bad += 1
            print(truth_file.name, problems)
    return bad


if __name__ == "__main__":
    import sys

    raise SystemExit(1 if check_folder(Path(sys.argv[1])) else 0)
