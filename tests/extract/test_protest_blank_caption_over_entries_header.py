"""A form's description box left blank ("MERCHANDISE" and nothing under it) over the entries'
table: the table's header row ("LINE  ENTRY NO.  PORT  DATE OF ENTRY  DATE OF LIQUIDATION") is
the next box, never the goods' description. Taken for it, the protest was accepted though
174.13(a)(5) is missing: a confidently wrong outcome."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

# Each header with its one row, every cell at its own x (points).
_HEADERS = {
    "line-entry-port-dates": (
        (("LINE", 40), ("ENTRY NO.", 80), ("PORT", 190), ("DATE OF ENTRY", 250),
         ("DATE OF LIQUIDATION", 380)),
        (("1", 40), ("G80-6506522-5", 80), ("3002", 190), ("03-Feb-2023", 250),
         ("01-Dec-2023", 380))),
    "entry-number-entered-liquidated": (
        (("Entry Number", 60), ("Entered", 200), ("Liquidated", 320), ("Port", 440)),
        (("G80-6506522-5", 60), ("03-Feb-2023", 200), ("01-Dec-2023", 320), ("3002", 440))),
    "item-entry-dt-liq-dt": (
        (("Item", 40), ("Entry", 90), ("Entry Date", 220), ("Liquidation Date", 340)),
        (("1", 40), ("G80-6506522-5", 90), ("03-Feb-2023", 220), ("01-Dec-2023", 340))),
}


def _form(path: Path, header: tuple[tuple[tuple[str, int], ...], ...]) -> Path:
    canvas = Canvas(str(path))
    rows = [("NAME OF PROTESTANT", "Sandhill Bicycle Works, Ltd."),
            ("ADDRESS", "2150 Pearl Street, Boulder, CO 80302"),
            ("IMPORTER NO.", "86-8438419"), ("PORT CODE", "3002"),
            ("DECISION PROTESTED", "the classification and rate of duty")]
    y = 760
    for caption, value in rows:
        canvas.drawString(60, y, caption)
        canvas.drawString(230, y, value)
        y -= 22
    canvas.drawString(60, y, "MERCHANDISE")
    y -= 60  # the box left blank
    for row, cells in enumerate(header):
        for word, x in cells:
            canvas.drawString(x, y - 18 * row, word)
    y -= 60
    for line in ("Protestant objects to the classification: the bicycles are classifiable in",
                 "heading 8712 by GRI 1, not as parts, and the excess duty should be refunded.",
                 "Drawback: none of the entries is subject to a drawback claim.",
                 "Accelerated disposition is not requested.",
                 "No application for further review is made.",
                 "Hannah Ibsen-Clarke", "Vice President, Operations"):
        canvas.drawString(60, y, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("header", sorted(_HEADERS))
def test_the_entries_header_under_a_blank_description_box_is_not_the_goods(
        tmp_path: Path, header: str) -> None:
    facts = extract_protest(_form(tmp_path / "f.pdf", _HEADERS[header])).facts
    assert facts.merchandise_description is None
    decision, _ = decide(replace(facts, received_date=date(2024, 4, 9)), today=date(2024, 4, 27))
    assert decision.outcome != "accept"
