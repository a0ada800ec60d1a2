"""Confirms every scored string of a document is in its PDF's text layer, as pdfplumber reads it."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber

from .common import Doc


def fold(text: str) -> str:
    """NFKC (ConTeXt prints ligatures), case-folded, white space folded to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def absent(doc: Doc, pdf: Path) -> list[str]:
    """The printed strings the text layer does not carry (empty when all are there)."""
    with pdfplumber.open(pdf) as handle:
        text = fold(" ".join(page.extract_text() or "" for page in handle.pages))
    return [value for value in doc.printed if fold(value) not in text]
