"""Every scored value's printed text must be in the PDF's text layer where it was drawn."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pdfplumber

from bench.corpus_sweep.render import Mark


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def missing_texts(pdf: Path, required: list[str], marks: list[Mark]) -> list[str]:
    """The REQUIRED strings that no mark holds or whose mark's box does not show them."""
    problems: list[str] = []
    with pdfplumber.open(pdf) as document:
        crops = []
        for mark in marks:
            page = document.pages[mark.page - 1]
            x0, top, x1, bottom = mark.box
            crops.append(page.within_bbox((max(x0, 0), max(top, 0), min(x1, float(page.width)),
                                           min(bottom, float(page.height)))))
        shown = [fold(crop.extract_text() or "") for crop in crops]

        @cache
        def tight(index: int) -> str:
            """Words set apart with no space character and a gap under 3 pt (tight-words):
            the text is there, pdfplumber's default tolerance only runs the words together."""
            return fold(crops[index].extract_text(x_tolerance=1) or "")

        for text in required:
            want = fold(text)
            if not want:
                continue
            holders = [i for i, m in enumerate(marks) if want in fold(m.text)]
            if not holders:
                problems.append(f"{pdf.name}: {text!r} was never drawn as a scored value")
            elif not any(want in shown[i] or want in tight(i) for i in holders):
                problems.append(f"{pdf.name}: {text!r} is not in the text layer where it was "
                                "drawn")
    return problems
