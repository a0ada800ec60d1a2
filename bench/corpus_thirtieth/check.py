"""The text layer of a generated PDF, and which of a document's printed values it lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtieth.model import Doc


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return folded(" ".join(page.extract_text() or "" for page in document.pages))


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = text_layer(pdf)
    return [text for text in doc.printed if folded(text) not in layer]
