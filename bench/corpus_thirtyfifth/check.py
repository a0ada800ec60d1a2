"""Is every scored value's printed form in the PDF's text layer? (pdfplumber extract_text)"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtyfifth.model import Doc


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    """Printed forms absent from the text layer (white space ignored: lines may wrap)."""
    layer = _squash(text_layer(pdf))
    return [t for t in doc.printed if _squash(t) not in layer]
