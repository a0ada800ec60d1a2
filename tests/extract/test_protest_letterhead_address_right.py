"""A letterhead that sets the company's name at the left and its address flush right on the
lines under it (thirty-sixth hand: HTMLDOC's right-aligned paragraphs, gnuplot's labels placed at
the right margin). The address lines start right of the name's end, as a RECEIVED stamp's lines
printed between a letterhead's own would; a street line down to a city line is an address, the
protestant's (174.13(a)(1)), and the protest is not deficient for want of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest


def _letter(path: Path, right: list[str], gap: int) -> Path:
    canvas = Canvas(str(path))
    y = 760
    canvas.drawString(64, y, "O'Dowd Textile Traders")
    for line in right:
        y -= gap
        canvas.drawRightString(548, y, line)
    for line in [
        "Wednesday, 22 January 2025",
        "U.S. Customs and Border Protection, Port of Los Angeles (port code 2704)",
        "Dear Sir or Madam:",
        "We, O'Dowd Textile Traders, import under importer number 27-0962799 and write to",
        "protest the appraised value of our leather work boots, style WB-7, covered by entry",
        "A7B-0455620-7, made on 26 January 2024, liquidated on 16 December 2024.",
        "Yours truly,",
        "Bernard Ashworth-Pike",
    ]:
        y -= 2 * 12
        canvas.drawString(64, y, line)
    canvas.save()
    return path


@pytest.mark.parametrize(("right", "expected"), [
    (["52 Linen Hall Street", "Charlotte, NC 28202"], "52 Linen Hall Street, Charlotte, NC 28202"),
    (["52 Linen Hall Street, Suite 4", "Charlotte, NC 28202"],
     "52 Linen Hall Street, Suite 4, Charlotte, NC 28202"),
    (["52 Linen Hall Street", "Suite 400", "Charlotte, NC 28202-1104"],
     "52 Linen Hall Street, Suite 400, Charlotte, NC 28202-1104"),
    (["P.O. Box 1180", "Charlotte, NC 28202"], "P.O. Box 1180, Charlotte, NC 28202"),
])
@pytest.mark.parametrize("gap", [14, 24])
def test_an_address_set_flush_right_under_the_name_is_the_protestants(
        tmp_path: Path, right: list[str], expected: str, gap: int) -> None:
    facts = extract_protest(_letter(tmp_path / "l.pdf", right, gap)).facts
    assert facts.protestant_name == "O'Dowd Textile Traders"
    assert facts.protestant_address == expected


def test_a_stamp_at_the_right_under_the_name_is_no_address(tmp_path: Path) -> None:
    facts = extract_protest(_letter(tmp_path / "l.pdf", ["RECEIVED", "JAN 24 2025"], 14)).facts
    assert facts.protestant_address is None
