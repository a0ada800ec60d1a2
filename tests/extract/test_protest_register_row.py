"""A company's protest register prints one row of captions over one row of values, with columns
for the requests it answers ("Accel. disposition", "Further review"), and the date CBP received
the protest as a "label: value" pair at the end of the entries' header row (issue 13, the
fifty-ninth hand, held out: the requests' captions made the row no row of captions, so the port
went unread; the receipt beside the entries' header was never read, so the period could not be
checked and the protest went to a person)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_HEADS = [(40, "Protestant"), (240, "Importer No."), (330, "Port"), (430, "Decision protested"),
          (520, "{accel}"), (620, "{review}"), (722, "Signed by")]
_VALUES = ["Cedar Hollow Furniture LLC", "38-7222047", "2809 San Francisco", "Classification",
           "Yes", "No", "Walter S. Brandt"]


def _register(path: Path, accel: str, review: str, received: str) -> Path:
    canvas = Canvas(str(path), pagesize=landscape(letter))
    canvas.setFont("Helvetica", 8)
    canvas.drawString(300, 560, "PROTEST - 19 U.S.C. 1514")
    for (x, head), value in zip(_HEADS, _VALUES, strict=True):
        canvas.drawString(x, 530, head.format(accel=accel, review=review))
        canvas.drawString(x, 516, value)
    canvas.drawString(40, 496, "Address of protestant")
    canvas.drawString(290, 496, "Description of merchandise")
    canvas.drawString(40, 482, "1801 Timber Court, High Point, NC 27260")
    canvas.drawString(290, 482, "Marine bilge pumps, 12 volt, 1100 gph")
    for x, text in ((40, "Entry No."), (190, "Date of Entry"), (320, "Date of Liquidation"),
                    (530, received), (612, "2025-08-21")):
        canvas.drawString(x, 462, text)
    for x, text in ((40, "EC5-8726689-0"), (190, "2024-08-17"), (320, "2025-05-13")):
        canvas.drawString(x, 448, text)
    canvas.drawString(40, 420, "Statement of grounds")
    canvas.drawString(40, 406, "Protestant objects to the classification of the merchandise under "
                               "subheading 8413.70.2004, HTSUS; GRI 1 places it elsewhere.")
    canvas.drawString(40, 392, "The entries are not subject to drawback.")
    canvas.save()
    return path


@pytest.mark.parametrize("accel, review", [("Accel. disposition", "Further review"),
                                           ("Accelerated disposition", "Further review requested")])
@pytest.mark.parametrize("received", ["Received by CBP:", "Date received:", "CBP receipt date:"])
def test_a_registers_row_and_its_receipt_beside_the_entries_are_read(
        tmp_path: Path, accel: str, review: str, received: str) -> None:
    facts = extract_protest(_register(tmp_path / "r.pdf", accel, review, received)).facts
    assert facts.port_code == "2809"
    assert str(facts.received_date) == "2025-08-21"
