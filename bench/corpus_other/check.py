"""Checks on a written corpus: truth files follow the contract, scored values are printed."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_other import facts

CONTRACT = {  # the keys extract-contract.md names, per kind
    "protest": (
        {"protest_number", "port_code", "received_date", "importer_number", "protestant_name",
         "protestant_address", "entries", "category", "merchandise_description",
         "accelerated_disposition", "further_review_requested", "signer_name"},
        {"outcome", "deadline", "last_days", "missing"}),
    "ruling-request": (
        {"requester_name", "requester_address", "importer_number", "request_date",
         "ruling_type", "product_description", "proposed_hts", "ports", "item_count",
         "prospective", "pending_statement", "pending_in_court", "pending_before_cbp",
         "sample_provided", "confidential_requested", "signed"},
        {"outcome", "route", "missing", "reason", "due"}),
    "penalty-case": (
        {"case_number", "party_name", "party_address", "importer_number", "violation_date",
         "culpability", "prior_disclosure", "noncommercial", "entries", "domestic_value",
         "dutiable_value"},
        {"loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty",
         "limitations_date", "notice", "outcome", "barred_entries"}),
}
ENUMS: dict[str, set[str | None]] = {
    "category": {None, "appraised_value", "classification", "charges", "exclusion", "liquidation",
                 "drawback", "reliquidation_1520d"},
         "ruling_type": {"classification", "valuation", "origin", "marking", "carrier", "other"},
         "culpability": {"negligence", "gross_negligence", "fraud"},
         "route": {"NCSD", "HQ"}, "notice": {"pre_penalty", "penalty", "none"}}
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
MISSING = re.compile(r"^(174\.13\(a\)\([1-9]\)|177\.2\(b\)\([1-7]\)|177\.2\(c\))$")
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date",
             "violation_date", "deadline", "due", "limitations_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value",
              "actual", "potential", "total", "statutory_max", "proposed_penalty"}


def problems(kind: str, truth: dict[str, Any]) -> list[str]:
    """What in TRUTH breaks the contract for KIND (empty when it is a valid truth file)."""
    names, decisions = CONTRACT[kind]
    out = [f"values.{k} is not a contract key" for k in truth["values"] if k not in names]
    out += [f"decision.{k} is not a contract key" for k in truth["decision"] if k not in decisions]
    left_out = " ".join(truth.get("not_scored", []))
    for key in (names - set(truth["values"])) | (decisions - set(truth["decision"])):
        if key not in left_out:
            out.append(f"{key} is neither scored nor explained in not_scored")
    out += _walk(truth["values"], "values") + _walk(truth["decision"], "decision")
    outcome = truth["decision"].get("outcome")
    if outcome is not None and outcome not in OUTCOMES[kind]:
        out.append(f"outcome {outcome!r} is not one the contract allows")
    return out


def _walk(node: Any, path: str) -> list[str]:
    out: list[str] = []
    key = path.rsplit(".", 1)[-1].split("[")[0]
    if isinstance(node, dict):
        for name, value in node.items():
            if path.endswith("last_days"):
                out += [] if ENTRY.match(name) else [f"{path}: bad entry number {name}"]
                out += _walk(value, f"{path}.deadline")
            else:
                out += _walk(value, f"{path}.{name}")
        return out
    if isinstance(node, list):
        for index, value in enumerate(node):
            out += _walk(value, f"{path}[{index}]")
        return out
    if node is None:
        return out
    if key in DATE_KEYS and not _iso(node):
        out.append(f"{path}: {node!r} is not an ISO date")
    if (key in MONEY_KEYS or key == "guideline_range") and (
            not isinstance(node, (int, float)) or not facts.exact(Decimal(str(node)))):
        out.append(f"{path}: {node!r} is not money to the cent")
    if key in ("entry_number", "barred_entries") and not (
            ENTRY.match(node) and facts.check_digit(node[:3] + node[4:11]) == int(node[-1])):
        out.append(f"{path}: {node!r} is not a valid XXX-NNNNNNN-C entry number")
    if key == "missing" and not MISSING.match(node):
        out.append(f"{path}: {node!r} is not a 174.13(a) / 177.2 item")
    if key in ENUMS and node not in ENUMS[key]:
        out.append(f"{path}: {node!r} is not one of {sorted(map(str, ENUMS[key]))}")
    return out


def _iso(text: Any) -> bool:
    try:
        return isinstance(text, str) and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def unprinted(pdf: Path, truth: dict[str, Any]) -> list[str]:
    """Scored text values, dates, entry numbers and amounts the PDF's text layer does not show."""
    with pdfplumber.open(pdf) as doc:
        text = " ".join(page.extract_text() or "" for page in doc.pages)
    flat = re.sub(r"\s+", " ", text)
    squashed = re.sub(r"[\s\-.,$]", "", text).upper()
    out = []
    args = truth.get("args", [])
    for path, value in _leaves(truth["values"], "values"):
        key = path.rsplit(".", 1)[-1]
        if value is None or isinstance(value, bool) or key in ("category", "ruling_type",
                                                               "culpability", "item_count"):
            continue
        if key == "received_date" and value in args:  # given to the reader, not printed
            continue
        if key.endswith("_address"):  # street and city may sit on separately labelled lines
            parts = [part for part in value.split(", ") if part]
            out += [f"{path}={value}" for part in parts if part not in flat][:1]
            continue
        if key in DATE_KEYS:
            day = date.fromisoformat(value)
            forms = [facts.fmt_date(day, s) for s in facts.DATE_STYLES] + [facts.stamp_date(day)]
            if not any(form in flat for form in forms):
                out.append(f"{path}={value}")
        elif isinstance(value, float):
            if re.sub(r"[.,]", "", f"{value:.2f}") not in squashed:
                out.append(f"{path}={value}")
        elif re.sub(r"[\s\-.,$]", "", str(value)).upper() not in squashed:
            out.append(f"{path}={value}")
    return out


def _leaves(node: Any, path: str) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [leaf for k, v in node.items() for leaf in _leaves(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [leaf for i, v in enumerate(node) for leaf in _leaves(v, f"{path}[{i}]")]
    return [(path, node)]
