"""Confirms that every scored value a document prints is in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from .doc import Doc


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    """The printed strings of `doc` that pdfplumber does not find in `pdf`."""
    layer = text_layer(pdf)
    return [text for text in doc.printed if folded(text) not in layer]


def text_layer(pdf: Path) -> str:
    """Every page's text as pdfplumber reads it, white space folded and case-folded."""
    with pdfplumber.open(pdf) as opened:
        return folded(" ".join(page.extract_text() or "" for page in opened.pages))
