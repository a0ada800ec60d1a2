"""A referral read from a scan's OCR text layer: every value scores lower than a typed one.

A scanned page carries its text as the OCR engine's guess laid over the page image; a digit can
be misread ("514.31" as "S14.31", a lost decimal point) where a typed PDF's text is exact. The
reader still reads every value; their confidence says how far to trust them.
"""

from __future__ import annotations

from dataclasses import replace

from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument

OCR_CAP = 0.85  # no value read from an OCR layer scores as a typed, labelled one (0.95)


def from_scan(document: PdfDocument) -> bool:
    """Whether a page is a scan with text laid over it (a faxed referral's cover sheet may be
    typed)."""
    return document.any_scanned


def capped(fields: dict[str, Extracted]) -> dict[str, Extracted]:
    """FIELDS with no confidence above OCR_CAP."""
    return {key: item if item.confidence <= OCR_CAP else replace(item, confidence=OCR_CAP)
            for key, item in fields.items()}
