"""Reads a PDF's text layer back with pdfplumber: are the printed values all there?"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_twentyninth.doc import Doc


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return folded(" ".join(page.extract_text() or "" for page in doc.pages))


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = text_layer(pdf)
    return [t for t in doc.printed if folded(t) not in layer]
