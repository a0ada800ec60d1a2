"""A cover letter may close with a line saying whom it signs for ("For the protestant",
"On behalf of the importer:") and the signer's name and title under it, no closing word and no
"/s/", with schedules on the pages after it. The name under that line is the signer's."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_OPENERS = ["For the protestant", "On behalf of the importer:",
            "For and on behalf of the company", "FOR THE PROTESTANT"]


def _letter(path: Path, opener: str, rule: bool) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    y = 760
    block = [opener, *(["________________________"] if rule else []), "Tobias Weller",
             "Director of Logistics", "Enclosures: Schedule A (entries), Schedule B (grounds)"]
    for line in ("Cinder Peak Tools Corp.", "88 Wharf Street, Elizabeth, NJ 07201",
                 "U.S. Customs and Border Protection, Port Director, San Francisco (2809)",
                 "Cinder Peak Tools Corp. (importer number 43-6744328) hereby protests under",
                 "19 U.S.C. 1514 the decision identified in Schedule A on the entries listed.",
                 "The merchandise covered by the entries is not subject to drawback.",
                 "No accelerated disposition and no further review are requested.", "", *block):
        canvas.drawString(72, y, line)
        y -= 16
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    y = 760
    for line in ("SCHEDULE A - ENTRIES AND DECISION PROTESTED",
                 "Port   Entry number   Entry date   Liquidated   Decision",
                 "2809   FGA-4176864-7   2023.07.04   2024.05.27   Classification",
                 "Merchandise description: ceramic garden planters", "SCHEDULE B - GROUNDS",
                 "The planters are described by subheading 6912.00.5000, HTSUS, under GRI 1;",
                 "Protestant asks that the entry be reliquidated and the excess duty refunded."):
        canvas.drawString(72, y, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("opener", _OPENERS)
@pytest.mark.parametrize("rule", [False, True])
def test_the_name_under_whom_the_block_signs_for_is_the_signer(
        tmp_path: Path, opener: str, rule: bool) -> None:
    # Before: with the schedules after it, the block was not the letter's end and no signer
    # was read.
    facts = extract_protest(_letter(tmp_path / "l.pdf", opener, rule)).facts
    assert facts.signer_name == "Tobias Weller"
