"""Reads a PDF's text layer back (pdfplumber) and names the scored values it does not carry."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return _fold(" ".join(page.extract_text() or "" for page in doc.pages))


def absent(pdf: Path, needles: list[str]) -> list[str]:
    """The printed values not found, whitespace folded and case-folded, in the text layer."""
    text = text_layer(pdf)
    return [n for n in needles if _fold(n) not in text]
