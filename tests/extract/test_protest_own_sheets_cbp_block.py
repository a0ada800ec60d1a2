"""A company's own protest sheets in place of Form 19 (thirty-sixth hand, gnuplot and HTMLDOC):
CBP's block at the head gives the protest number ("FOR CBP USE - Protest No. 3901-24-185700"),
which the replica form's boxes do not; and the page's number at its foot ("Page 1 of 2"), set in
the value column under the last row, is no part of the goods' description."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest


def _sheets(path: Path, cbp: tuple[str, str], folio: str) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(60, 760, cbp[0])
    canvas.drawString(300, 760, cbp[1])
    canvas.drawString(60, 744, "Date received")
    canvas.drawString(300, 744, "2024-05-30")
    y = 700
    for line in ["KETTLE & KILN HOME LTD. - CUSTOMS PROTEST, SHEET 1",
                 "Protest under 19 U.S.C. 1514 and 19 CFR Part 174, filed on the protestant's own",
                 "sheets in place of CBP Form 19."]:
        canvas.drawString(60, y, line)
        y -= 18
    for label, value in [("Port of entry", "3901 (Chicago)"),
                         ("Protestant", "Kettle & Kiln Home Ltd."),
                         ("Address", "1180 Mercer Avenue, Trenton, NJ 08611"),
                         ("Importer No.", "53-1394242"),
                         ("Decision protested", "Appraised value")]:
        y -= 18
        canvas.drawString(60, y, label)
        canvas.drawString(200, y, value)
    y -= 24
    for x, text in [(60, "Line"), (110, "Entry No."), (230, "Date of entry"),
                    (360, "Date of liquidation")]:
        canvas.drawString(x, y, text)
    y -= 16
    for x, text in [(60, "1"), (110, "A7B-8478179-0"), (230, "2023-04-08"), (360, "2024-02-15")]:
        canvas.drawString(x, y, text)
    y -= 30
    canvas.drawString(60, y, "Description of merchandise")
    canvas.drawString(300, y, "Woven cotton bath towels, 600 g/m2, dyed")
    canvas.drawString(480, 60, folio)
    canvas.showPage()
    y = 760
    for line in ["CONTINUATION SHEET 2 - KETTLE & KILN HOME LTD.",
                 "Objection and justification: The port appraised the goods at a value that adds",
                 "buying commissions to the price actually paid.",
                 "No drawback has been or will be claimed on the merchandise of these entries.",
                 "Signature       /s/ Aiko Tanabe",
                 "Name            Aiko Tanabe"]:
        canvas.drawString(60, y, line)
        y -= 18
    canvas.save()
    return path


@pytest.mark.parametrize("cbp", [("FOR CBP USE - Protest No.", "3901-24-185700"),
                                 ("CBP USE ONLY - Protest number:", "3901-24-185700"),
                                 ("For CBP use only: Protest No.", "3901-24-185700")])
def test_cbps_block_on_own_sheets_gives_the_protest_number(
        tmp_path: Path, cbp: tuple[str, str]) -> None:
    facts = extract_protest(_sheets(tmp_path / "s.pdf", cbp, "Page 1 of 2")).facts
    assert facts.protest_number == "3901-24-185700"


@pytest.mark.parametrize("folio", ["Page 1 of 2", "1 of 2", "- 1 -", "Page 1"])
def test_the_page_number_under_the_last_row_is_no_part_of_the_goods(
        tmp_path: Path, folio: str) -> None:
    cbp = ("FOR CBP USE - Protest No.", "3901-24-185700")
    facts = extract_protest(_sheets(tmp_path / "s.pdf", cbp, folio)).facts
    assert facts.merchandise_description == "Woven cotton bath towels, 600 g/m2, dyed"
