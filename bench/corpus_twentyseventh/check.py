"""Confirms that every scored value a document prints is in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from .doc import Doc


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    """The printed strings of `doc` that pdfplumber does not find in `pdf`."""
    with pdfplumber.open(pdf) as opened:
        layer = folded(" ".join(page.extract_text() or "" for page in opened.pages))
    return [text for text in doc.printed if folded(text) not in layer]
