"""Whether every scored text a document printed is in its PDF's text layer (pdfplumber)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from .page import Doc


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = _fold(text_layer(pdf))
    return [text for text in doc.printed if _fold(text) not in layer]
