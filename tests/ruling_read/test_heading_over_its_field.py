"""A section heading over its own field's labelled line ("Description of the Merchandise" over
"Product description: ...") heads that line: the sentence above the heading is not its value,
as it would be for a caption printed under a value on a rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_sweep_sender_behaviours import ADDRESSEE, FACTS, FIELDS

GOODS = "Dual-band wireless router with four Gigabit Ethernet ports and two external antennas"


def _drawn(path: Path, paragraphs: list[str]) -> Path:
    """Each line a paragraph of its own, 6 points apart, as a word processor spaces them."""
    page = canvas.Canvas(str(path), pagesize=letter_size)
    y = 740.0
    for text in paragraphs:
        if text:
            heading = ":" not in text and len(text) < 40
            page.setFont("Helvetica-Bold" if heading else "Helvetica", 10)
            page.drawString(72, y, text)
        y -= 18
    page.save()
    return path


@pytest.mark.parametrize(("heading", "label"), [
    ("Description of the Merchandise", "Product description"),
    ("Merchandise Description", "Merchandise"),
    ("The Goods", "Description of the goods"),
    ("Description of the Merchandise", "Commodity"),
    ("Product Description", "Article"),
])
def test_the_sentence_above_a_heading_is_not_the_headed_fields_value(
        tmp_path: Path, heading: str, label: str) -> None:
    fields = [line for lines in FIELDS.values() for line in lines]
    pdf = _drawn(tmp_path / "request.pdf", [
        *ADDRESSEE, *fields, "Facts", "The importer intends to import the routers from Malaysia.",
        "Shipments will arrive at Newark, where they will be entered for consumption.",
        heading, f"{label}: {GOODS}", *FACTS[4:]])
    output = extract_json(pdf, received=date(2025, 4, 10), today=date(2025, 4, 14))
    assert output["values"]["product_description"] == GOODS
