"""Whether every scored text a document printed can be found in its PDF's text layer."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from bench.corpus_thirtyfirst.blocks import Doc


def text_layer(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _squeeze(text: str) -> str:
    # Line breaks may fall inside a long value (and after a hyphen), so white space is dropped.
    return re.sub(r"\s+", "", text).casefold()


def missing_texts(doc: Doc, pdf: Path) -> list[str]:
    layer = _squeeze(text_layer(pdf))
    return [t for t in doc.printed if _squeeze(t) not in layer]
