"""Confirms every scored text, date, amount and entry number is printed in a PDF's text layer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_seventeenth.fmt import DATE_STYLES, MONEY_STYLES, cash, when

TEXT_KEYS = {"protest_number", "port_code", "importer_number", "protestant_name", "signer_name",
             "merchandise_description", "requester_name", "case_number", "party_name",
             "entry_number"}
ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def layer_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return fold(" ".join(page.extract_text() or "" for page in doc.pages))


def _scored(values: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, value in values.items():
        if isinstance(value, list):
            for member in value:
                if isinstance(member, dict):
                    yield from _scored(member)
                else:
                    yield key, member
        else:
            yield key, value


def absent_values(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """The scored values of TRUTH that the text layer of PDF does not print (empty when all are)."""
    text = layer_text(pdf)
    missing: list[str] = []
    for key, value in _scored(truth["values"]):
        if value is None or isinstance(value, bool):
            continue
        if key == "received_date" and value in truth["args"]:
            continue  # given on the command line, not printed
        if key in TEXT_KEYS or key == "proposed_hts":
            forms = [str(value)]
        elif key in ADDRESS_KEYS:
            forms = [" ".join(str(value).split(", "))]  # lines may sit apart: check each part
            if all(fold(part) in text for part in str(value).split(", ")):
                continue
        elif key in DATE_KEYS:
            forms = [when(date.fromisoformat(value), style) for style in DATE_STYLES]
        elif key in MONEY_KEYS:
            forms = [cash(Decimal(f"{value:.2f}"), style) for style in MONEY_STYLES]
        else:
            continue
        if not any(fold(form) in text for form in forms):
            missing.append(f"{key}={value}")
    return missing


def check_folder(folder: Path) -> dict[str, list[str]]:
    """PDF name -> its unprinted scored values, for every PDF under FOLDER with a truth file."""
    report: dict[str, list[str]] = {}
    for pdf in sorted(folder.rglob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        report[pdf.name] = absent_values(pdf, truth)
    return report
