"""Every scored text, date, amount and entry number must be in the PDF's text layer (pdfplumber)."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path
from typing import Any

import pdfplumber

from . import common as c


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return _fold(" ".join(page.extract_text() or "" for page in doc.pages))


def _date_forms(iso: str) -> list[str]:
    return c.all_date_forms(dt.date.fromisoformat(iso))


def _money_forms(v: float) -> list[str]:
    return c.all_money_forms(round(v * 100))


def _needles(truth: dict[str, Any]) -> list[tuple[str, list[str]]]:
    v = truth["values"]
    out: list[tuple[str, list[str]]] = []
    for key in (
        "protest_number",
        "port_code",
        "importer_number",
        "protestant_name",
        "merchandise_description",
        "signer_name",
        "requester_name",
        "case_number",
        "party_name",
    ):
        if v.get(key):
            out.append((key, [v[key]]))
    for key in ("protestant_address", "requester_address", "party_address"):
        if v.get(key):
            for i, part in enumerate(v[key].split(", ")):
                out.append((f"{key}[{i}]", [part]))
    for key in ("received_date", "request_date", "violation_date"):
        if v.get(key) and not (
            key == "received_date"
            and "--received" in truth["args"]
            and truth["args"][truth["args"].index("--received") + 1] == v[key]
        ):
            out.append((key, _date_forms(v[key])))
    for key in ("domestic_value", "dutiable_value"):
        if v.get(key) is not None:
            out.append((key, _money_forms(v[key])))
    for h in v.get("proposed_hts", []):
        out.append(("proposed_hts", [h]))
    for i, e in enumerate(v.get("entries", [])):
        out.append((f"entries[{i}].entry_number", [e["entry_number"]]))
        out.append((f"entries[{i}].entry_date", _date_forms(e["entry_date"])))
        if "liquidation_date" in e:
            out.append((f"entries[{i}].liquidation_date", _date_forms(e["liquidation_date"])))
        for k in ("entered_value", "duty_paid", "duty_owed"):
            if k in e:
                out.append((f"entries[{i}].{k}", _money_forms(e[k])))
    return out


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    text = _text(pdf)
    return [key for key, forms in _needles(truth) if not any(_fold(f) in text for f in forms)]


def main(argv: list[str]) -> int:
    import json

    bad = 0
    for js in sorted(Path(argv[0]).glob("*/*.json")):
        truth = json.loads(js.read_text())
        problems = check_pdf(js.with_suffix(".pdf").read_bytes(), truth)
        if problems:
            bad += 1
            print(f"{js.name}: not in text layer: {', '.join(problems)}")
    print(f"{bad} document(s) with a scored value missing from the text layer")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
