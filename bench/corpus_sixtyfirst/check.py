"""Re-read a PDF with pdfplumber and confirm that every scored value is printed in its text layer:
the printed form of each (as the style recorded it) and the plain text values themselves."""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return _fold("\n".join(page.extract_text() or "" for page in doc.pages))


def check_pdf(pdf: bytes, marks: list[str], truth: dict[str, Any]) -> list[str]:
    text = text_of(pdf)
    problems = [f"mark not in text: {m!r}" for m in marks if _fold(m) not in text]
    v = truth["values"]
    plain: list[str] = []
    for key in (
        "protestant_name",
        "requester_name",
        "party_name",
        "importer_number",
        "case_number",
        "port_code",
        "signer_name",
    ):
        if v.get(key):
            plain.append(v[key])
    for key in ("protestant_address", "requester_address", "party_address"):
        if v.get(key):
            plain.extend(v[key].split(", "))
    if v.get("merchandise_description"):
        plain.append(v["merchandise_description"])
    plain.extend(e["entry_number"] for e in v.get("entries", []))
    plain.extend(v.get("proposed_hts", []))
    plain.extend(v.get("ports", []))
    problems += [f"value not in text: {s!r}" for s in plain if _fold(s) not in text]
    return problems
