"""Reads a PDF's text layer back with pdfplumber and lists the scored texts it lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtythird.model import Doc


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as opened:
        return "\n".join(page.extract_text() or "" for page in opened.pages)


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = fold(text_layer(pdf))
    return [text for text in doc.printed if fold(text) not in layer]
