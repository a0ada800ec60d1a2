"""Confirm that every scored value of a truth is printed in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_fortysecond.pools import fmt_date, fmt_money

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
SKIP = {"category", "ruling_type", "culpability"}


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).casefold()


def expected(truth: dict[str, Any]) -> list[str]:
    """The printed forms of the scored values (bools and enumerations are words, not checked "
    "here)."""
    out: list[str] = []

    def visit(key: str, value: Any) -> None:
        if isinstance(value, bool) or value is None or key in SKIP:
            return
        if isinstance(value, dict):
            for k, v in value.items():
                visit(k, v)
        elif isinstance(value, list):
            for v in value:
                visit(key, v)
        elif key in MONEY_KEYS:
            out.append(fmt_money(float(value), truth["money_style"]))
        elif isinstance(value, int | float):
            if key != "item_count":
                out.append(str(value))
        elif (
            key == "received_date"
            and "--received" in truth["args"]
            and truth["args"][1] == value
            and not _stamped(truth)
        ):
            return
        elif ISO.match(value):
            out.append(fmt_date(dt.date.fromisoformat(value), truth["date_style"]))
        elif key.endswith("address"):
            out.extend(value.split(", "))
        else:
            out.append(value)

    for k, v in truth["values"].items():
        visit(k, v)
    return out


def _stamped(truth: dict[str, Any]) -> bool:
    return "--received" not in truth["args"] or truth["args"][1] != truth["values"].get(
        "received_date"
    )


def missing_from(pdf: Path) -> list[str]:
    truth = json.loads(pdf.with_suffix(".json").read_text())
    with pdfplumber.open(pdf) as doc:
        text = _squash(" ".join(page.extract_text() or "" for page in doc.pages))
    return [
        s
        for s in expected(truth)
        if _squash(s) not in text and _squash(s).upper() not in text.upper()
    ]


def main() -> None:
    bad = 0
    for pdf in sorted(Path(sys.argv[1]).glob("*/*.pdf")):
        miss = missing_from(pdf)
        if miss:
            bad += 1
            print(pdf.name, miss)
    print("documents with values not in the text layer:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
