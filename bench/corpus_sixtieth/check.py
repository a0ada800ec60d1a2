"""Every scored text, date, amount and entry number of a truth must be printed in the PDF's
text layer."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber

from . import common as c

_DATE_KEYS = {"received_date", "request_date", "violation_date", "entry_date", "liquidation_date"}
_MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
_TEXT_KEYS = {
    "protest_number",
    "port_code",
    "importer_number",
    "protestant_name",
    "merchandise_description",
    "signer_name",
    "requester_name",
    "product_description",
    "case_number",
    "party_name",
    "entry_number",
}
_ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_layer(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return _fold(" ".join(page.extract_text() or "" for page in doc.pages))


def _date_found(text: str, iso: str) -> bool:
    d = dt.date.fromisoformat(iso)
    return any(_fold(form(d)) in text for form in c.DATE_FORMS)


def _money_found(text: str, amount: float) -> bool:
    cents = round(amount * 100)
    return any(_fold(c.money(cents, form)) in text for form in c.MONEY_FORMS)


def _walk(
    values: dict[str, Any], text: str, where: str, problems: list[str], args: list[str]
) -> None:
    for key, v in values.items():
        if v is None or isinstance(v, bool):
            continue
        at = f"{where}{key}"
        if isinstance(v, list):
            for i, item in enumerate(v):
                if isinstance(item, dict):
                    _walk(item, text, f"{at}[{i}].", problems, args)
                elif isinstance(item, str) and _fold(item) not in text:
                    problems.append(f"{at}[{i}] {item!r} not in the text layer")
            continue
        if key in _DATE_KEYS:
            if key == "received_date" and "--received" in args:
                continue
            if not _date_found(text, v):
                problems.append(f"{at} {v} not printed in any date form")
        elif key in _MONEY_KEYS:
            if not _money_found(text, v):
                problems.append(f"{at} {v} not printed in any money form")
        elif key in _TEXT_KEYS:
            if _fold(str(v)) not in text:
                problems.append(f"{at} {v!r} not in the text layer")
        elif key in _ADDRESS_KEYS:
            # printed as lines (a sentence, a caption box, a grid): each comma-separated part
            for part in str(v).split(", "):
                if _fold(part) not in text:
                    problems.append(f"{at} part {part!r} not in the text layer")


def check_pdf(pdf: bytes, truth: dict[str, Any]) -> list[str]:
    text = text_layer(pdf)
    problems: list[str] = []
    _walk(truth["values"], text, "", problems, truth["args"])
    return problems
