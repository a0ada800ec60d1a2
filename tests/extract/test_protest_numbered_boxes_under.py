"""A company's protest form numbers the captions it prints under its lines ("9. ACCELERATED
DISPOSITION (Y/N)  10. FURTHER REVIEW (Y/N)  11. SUBJECT TO DRAWBACK (Y/N)", "12. NATURE OF AND
JUSTIFICATION FOR THE OBJECTION"): the box's number and note are no part of its caption, the
drawback box's "No" declares the entries not subject to drawback (19 CFR 174.13(a)(9)) and the
objection over its own caption is placed, not inferred (issue 13, the fifty-ninth hand, held out:
such forms went to a person for (a)(9) and for an objection "found only by an inferred cue")."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_captions_under_lines import _decided

_ROWS = [
    [(60, "1. NAME OF PROTESTANT", "Harrow Lane Ceramics Inc."),
     (360, "2. IMPORTER NUMBER (IRS/EIN)", "31-4456120")],
    [(60, "3a. STREET ADDRESS", "12 Kiln Street"), (300, "3b. CITY, STATE, ZIP CODE",
                                                    "Newark, NJ 07105")],
    [(60, "4. PORT CODE", "4601"), (140, "5. PORT NAME", "Newark"),
     (300, "6. DECISION PROTESTED", "Classification")],
    [(60, "7.1a ENTRY NUMBER", "M21-4410032-7"), (230, "7.1b DATE OF ENTRY", "03/04/2024"),
     (380, "7.1c DATE OF LIQUIDATION", "01/10/2025")],
    [(60, "8. DESCRIPTION OF MERCHANDISE", "Stoneware dinner plates, 27 cm")],
    [(60, "9. ACCELERATED DISPOSITION (Y/N)", "No"), (230, "10. FURTHER REVIEW (Y/N)", "No"),
     (400, "{drawback_caption}", "{drawback}")],
]
_OBJECTION = ["Protestant objects to the classification of the merchandise: the goods are",
              "classifiable under subheading 6912.00.4810, HTSUS, by GRI 1, at a lower rate."]


def _form(path: Path, drawback_caption: str, drawback: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(60, 780, "NOTICE OF PROTEST - 19 U.S.C. 1514")
    y = 740
    for row in _ROWS:
        for x, caption, value in row:
            canvas.setFont("Courier", 10)
            canvas.drawString(x + 2, y, value.format(drawback=drawback))
            canvas.setFont("Helvetica", 6.5)
            canvas.drawString(x, y - 11, caption.format(drawback_caption=drawback_caption))
        y -= 34
    canvas.setFont("Courier", 10)
    for line in _OBJECTION:
        canvas.drawString(62, y, line)
        y -= 13
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(60, y + 2, "12. NATURE OF AND JUSTIFICATION FOR THE OBJECTION")
    y -= 30
    canvas.setFont("Courier", 10)
    canvas.drawString(62, y, "/s/ Hannah Okafor")
    canvas.drawString(302, y, "Hannah Okafor")
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(60, y - 11, "13. SIGNATURE")
    canvas.drawString(300, y - 11, "14. PRINTED NAME")
    canvas.save()
    return path


@pytest.mark.parametrize("caption", ["11. SUBJECT TO DRAWBACK (Y/N)",
                                     "11. Entries subject to drawback?",
                                     "11. DRAWBACK CLAIM FILED (Y/N)"])
@pytest.mark.parametrize("answer, subject", [("No", False), ("Yes", True)])
def test_the_drawback_box_answers_the_declaration(tmp_path: Path, caption: str, answer: str,
                                                  subject: bool) -> None:
    path = _form(tmp_path / "f.pdf", caption, answer)
    assert extract_protest(path).facts.drawback_declaration is subject
    assert _decided(path) == ("accept", ())
