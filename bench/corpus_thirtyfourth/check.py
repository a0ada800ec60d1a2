"""Whether every scored value a document printed can be found in its PDF's text layer."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtyfourth.model import Doc


def fold(text: str) -> str:
    """Runs of white space as one space, case folded (corpus-b's comparison)."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_layer(pdf: Path) -> str:
    """The text pdfplumber reads from every page."""
    with pdfplumber.open(pdf) as opened:
        return "\n".join(page.extract_text() or "" for page in opened.pages)


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    """The printed values that the text layer does not hold."""
    layer = fold(text_layer(pdf))
    return [text for text in doc.printed if fold(text) not in layer]
