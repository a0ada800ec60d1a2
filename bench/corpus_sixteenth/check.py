"""Confirms that every scored value's printed text is in a PDF's text layer (pdfplumber)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber


def squeeze(text: str) -> str:
    """Text without white space, case-folded: line wraps and table gaps do not hide a value."""
    return re.sub(r"\s+", "", text).casefold()


def absent(pdf: Path, needles: list[str]) -> list[str]:
    """The NEEDLES not found in PDF's text layer."""
    with pdfplumber.open(pdf) as document:
        layer = squeeze("".join(page.extract_text() or "" for page in document.pages))
    return [n for n in needles if squeeze(n) not in layer]
