"""A carbon protest set or an importer's own paper form types each value on a rule and prints
its caption in small type UNDER it ("Acme Corp." over "NAME OF PROTESTING PARTY"). Each value is
read over its caption, in its column; the line under a caption is the next box's value, not
its own. A blank line over the goods' caption is a description left out (19 CFR 174.13(a)(5))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

# Two senders' caption wordings: a carbon set's capitals, a company form's notes in brackets.
_CAPTIONS = {
    "carbon": {"port": "PORT CODE", "name": "NAME OF PROTESTING PARTY",
               "importer": "IMPORTER NUMBER", "street": "STREET ADDRESS",
               "city": "CITY, STATE, ZIP", "entry": "ENTRY NUMBER", "entered": "DATE OF ENTRY",
               "liquidated": "DATE OF LIQUIDATION", "decision": "DECISION PROTESTED",
               "goods": "DESCRIPTION OF MERCHANDISE", "signature": "SIGNATURE",
               "printed": "PRINTED NAME", "accelerated": "ACCELERATED DISPOSITION",
               "review": "FURTHER REVIEW"},
    "company": {"port": "Port code", "name": "Name of protesting party (importer of record)",
                "importer": "Importer number (IRS/EIN)", "street": "Street address",
                "city": "City, State, ZIP", "entry": "Entry number (filer-code-check digit)",
                "entered": "Date of entry (mm/dd/yyyy)", "liquidated": "Date of liquidation",
                "decision": "Decision protested",
                "goods": "Specific description of the merchandise", "signature": "Signature",
                "printed": "Printed name", "accelerated": "Accelerated disposition requested",
                "review": "Application for further review (19 CFR 174.24)"},
}


def _form(path: Path, style: str, goods: str) -> Path:
    captions = _CAPTIONS[style]
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(60, 780, "PROTEST - 19 U.S.C. 1514")
    rows = [
        [(60, "port", "4601")],
        [(60, "name", "Harrow Lane Ceramics Inc."), (360, "importer", "31-4456120")],
        [(60, "street", "12 Kiln Street"), (300, "city", "Newark, NJ 07105")],
        [(60, "entry", "M21-4410032-7"), (230, "entered", "03/04/2024"),
         (380, "liquidated", "01/10/2025")],
        [(60, "decision", "Classification")],
        [(60, "goods", goods)],
        [(60, "accelerated", "No"), (300, "review", "No")],
        [(60, "signature", "/s/ Hannah Okafor"), (300, "printed", "Hannah Okafor")],
    ]
    y = 740
    for row in rows:
        for x, key, value in row:
            if value:
                canvas.setFont("Courier", 10)
                canvas.drawString(x + 2, y, value)
            canvas.line(x, y - 3, x + 220, y - 3)
            canvas.setFont("Helvetica", 6.5)
            canvas.drawString(x, y - 11, captions[key])
        y -= 34
    canvas.setFont("Helvetica", 10)
    for line in ("The goods are classifiable under subheading 6912.00.4810, HTSUS, by GRI 1, at",
                 "a lower rate; Protestant asks that the entry be reliquidated accordingly.",
                 "No drawback claim has been or will be filed on the merchandise."):
        canvas.drawString(60, y, line)
        y -= 14
    canvas.save()
    return path


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 3, 7)), today=date(2025, 3, 10))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("style", sorted(_CAPTIONS))
def test_each_value_is_read_over_its_caption(tmp_path: Path, style: str) -> None:
    # Before: the line under each caption was read as its value ("City, State, ZIP" for the
    # address, the next box's words for the signer) and the protest was judged on them.
    facts = extract_protest(_form(tmp_path / "f.pdf", style, "stoneware dinner plates")).facts
    assert (facts.port_code, facts.protestant_name, facts.importer_number) == (
        "4601", "Harrow Lane Ceramics Inc.", "31-4456120")
    assert facts.protestant_address == "12 Kiln Street, Newark, NJ 07105"
    assert facts.merchandise_description == "stoneware dinner plates"
    assert facts.signer_name == "Hannah Okafor"
    assert (facts.accelerated_disposition, facts.further_review_requested) == (False, False)
    assert _decided(tmp_path / "f.pdf") == ("accept", ())


@pytest.mark.parametrize("style", sorted(_CAPTIONS))
def test_a_blank_line_over_the_goods_caption_is_no_description(tmp_path: Path,
                                                               style: str) -> None:
    assert _decided(_form(tmp_path / "f.pdf", style, "")) == ("deficient", ("174.13(a)(5)",))
