"""Every scored value as printed must be in the PDF's text layer (pdfplumber's extract_text)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtysixth.model import Doc


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = fold(text_layer(pdf))
    return [needle for needle in doc.needles if fold(needle) not in layer]
