"""A filing system's printout closes with a section of who submitted the protest ("Submitter",
"Signatory", "Filed by") over "Name:" and "Title:" rows: that "Name:" is the signer."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest


def _printout(path: Path, closing: list[tuple[str, str]]) -> Path:
    rows = [
        ("ACE Reports - Protest Summary", ""),
        ("Protest Number:", "1401-26-166128"), ("Port of Filing:", "1401"),
        ("Date Received:", "06/28/2026"), ("IOR Number:", "18-7491231"),
        ("Protestant:", "Fernhill Garden Supply, Inc."),
        ("Address Line 1:", "1450 Terminal Way"), ("City/State/ZIP:", "Tacoma, WA 98421"),
        ("Entries", ""),
        ("Port | Entry Number | Entry Date | Liquidation Date", ""),
        ("1401 | G7D-1117191-9 | 01/19/2025 | 11/28/2025", ""),
        ("Decision Protested:", "Classification/Rate"),
        ("Merchandise Description:", "Knitted acrylic winter hats, style WH-22"),
        ("Subject to Drawback:", "N"),
        ("Protest Text", ""),
        ("The goods are provided for eo nomine in subheading 6505.00.2545, HTSUS, and the", ""),
        ("heading CBP applied does not describe them.", ""),
        *closing,
    ]
    canvas = Canvas(str(path))
    for row, (label, value) in enumerate(rows):
        canvas.drawString(72, 760 - 16 * row, label)
        if value:
            canvas.drawString(230, 760 - 16 * row, value)
    canvas.save()
    return path


@pytest.mark.parametrize("closing", [
    [("Submitter", ""), ("Name:", "Gregory P. Lund"), ("Title:", "Customs Manager"),
     ("Company:", "Fernhill Garden Supply, Inc.")],
    [("SIGNATORY", ""), ("Name:", "Gregory P. Lund"), ("Title:", "Customs Manager")],
    [("Submitted by:", ""), ("Name", "Gregory P. Lund"), ("Position", "Customs Manager")],
    [("Filer Information", ""), ("Title:", "Customs Manager"), ("Name:", "Gregory P. Lund")],
    [("Signer details", ""), ("Name:", "Gregory P. Lund")],
])
def test_the_name_under_a_submitter_section_signs(tmp_path: Path,
                                                  closing: list[tuple[str, str]]) -> None:
    # Before: a bare "Name:" caption was the signer's only after a "Signature" caption, so the
    # printout had no signer and, with it, no recognised letter layout.
    facts = extract_protest(_printout(tmp_path / "p.pdf", closing)).facts
    assert facts.signer_name == "Gregory P. Lund"


def test_a_contacts_name_signs_nothing(tmp_path: Path) -> None:
    facts = extract_protest(_printout(tmp_path / "c.pdf", [
        ("Contact for questions", ""), ("Name:", "Gregory P. Lund"),
        ("Phone:", "253-555-0100")])).facts
    assert facts.signer_name is None
