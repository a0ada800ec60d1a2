"""Confirm that every scored value of a rendered document is in its text layer (pdfplumber)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", text)


def absent(pdf: Path, needles: list[str]) -> list[str]:
    """The needles (printed forms of the scored values) not found in the text layer."""
    text = text_layer(pdf)
    return [n for n in needles if re.sub(r"\s+", " ", n) not in text]
