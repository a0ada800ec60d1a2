"""The goods under their label ("Merchandise:  LED desk lamps ...") end where the next line
opens a sentence ("The merchandise was reclassified ...", "CBP liquidated ..."): that line is the
letter's argument going on, not the goods' description wrapped (174.13(a)(5))."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_GOODS = "LED desk lamps with adjustable aluminum arm, model DL-90"


def _letter(path: Path, sentence: list[str]) -> Path:
    canvas = Canvas(str(path))
    y = 760.0
    for line in ["Twin Fjord Outdoor Gear Inc.", "1 Harbor Way, Oakland, CA 94607",
                 "Port Director, U.S. Customs and Border Protection, San Francisco",
                 "Dear Port Director:",
                 "Twin Fjord Outdoor Gear Inc. protests the decision described below on entry",
                 "DFF-4729470-4, made on 13 May 2024 and liquidated on 31 March 2025.",
                 "Decision protested: the classification of the merchandise."]:
        canvas.drawString(72, y, line)
        y -= 14
    canvas.drawString(72, y, f"Merchandise: {_GOODS}")
    y -= 14
    for line in [*sentence, "No drawback claim has been or will be filed on the entry.",
                 "Sincerely,", "/s/ Ines Valcourt", "Import Manager"]:
        canvas.drawString(72, y, line)
        y -= 14
    canvas.save()
    return path


@pytest.mark.parametrize("sentence", [
    # As the fortieth hand wrote it.
    ["The merchandise was reclassified at liquidation under a heading that describes articles",
     "of a different principal use; the goods are properly classified as entered under 9405."],
    ["CBP liquidated the entry under subheading 8513.10.4000, HTSUS, but the lamps are",
     "lighting fittings of heading 9405, HTSUS, as their design shows."],
    ["We ask that the entry be reliquidated under heading 9405, HTSUS, because the lamps are",
     "lighting fittings and not portable electric lamps of heading 8513."],
])
def test_the_goods_end_where_a_sentence_opens(tmp_path: Path, sentence: list[str]) -> None:
    # Before: the next line was read as the goods' wrapped tail, at a label's confidence.
    facts = extract_protest(_letter(tmp_path / "g.pdf", sentence)).facts
    assert facts.merchandise_description == _GOODS
