"""A broker's ruled form stacks its boxes, each caption over its value ("PROTESTING PARTY" /
"Granite Peak Outfitters, Inc." / "ADDRESS" / (blank) / "IMPORTER OF RECORD NUMBER" / ...). The
value over a blank box's caption is the box above's, under its own caption: the address box is
blank, and the protest is deficient for want of the protestant's address (19 CFR 174.13(a)(1))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_PARTY_CAPTIONS = ["PROTESTING PARTY", "Name of protestant", "IMPORTER NAME"]
_ADDRESS_CAPTIONS = ["ADDRESS", "Address of protestant", "MAILING ADDRESS"]


def _form(path: Path, party: str, address: str, filled: bool) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    y = 770
    canvas.drawString(60, y, "PROTEST UNDER 19 U.S.C. 1514 / 19 CFR PART 174")
    boxes = [(party, "Granite Peak Outfitters, Inc."),
             (address, "77 Summit Road, Boulder, CO 80302" if filled else ""),
             ("IMPORTER OF RECORD NUMBER", "39-4980527"), ("PORT OF ENTRY", "5301 - Houston")]
    for caption, value in boxes:
        y -= 16
        canvas.drawString(62, y, caption)
        y -= 13
        if value:
            canvas.drawString(62, y, value)
    lines = [
        "ENTRIES COVERED",
        "PORT        ENTRY NUMBER        DATE OF ENTRY        DATE OF LIQUIDATION",
        "5301        D5E-5144923-9       06-MAY-2022          13-FEB-2023",
        "DECISION PROTESTED: the tariff classification under which the goods were liquidated.",
        "Merchandise: Bluetooth over-ear headphones with built-in microphone",
        "Grounds: The articles are described eo nomine elsewhere in the tariff, and GRI 1",
        "requires classification under the more specific heading, at a lower rate of duty.",
        "No drawback claim has been filed; the merchandise is not subject to drawback.",
        "/s/ Thomas R. Brannigan",
        "Thomas R. Brannigan, Director of Trade Compliance",
    ]
    y -= 24
    for line in lines:
        canvas.drawString(60, y, line)
        y -= 14
    canvas.save()
    return path


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 5, 22)),
                         today=date(2023, 5, 25))
    return decision.outcome, decision.missing


@pytest.mark.parametrize(("party", "address"), list(zip(_PARTY_CAPTIONS, _ADDRESS_CAPTIONS,
                                                         strict=True)))
def test_a_blank_address_box_under_the_party_box_is_deficient(
        tmp_path: Path, party: str, address: str) -> None:
    # Before: the party's name over the blank box's caption was taken for text that may be
    # its value, so the address could not be vouched absent and a person was asked.
    assert _decided(_form(tmp_path / "f.pdf", party, address, filled=False)) == (
        "deficient", ("174.13(a)(1)",))


@pytest.mark.parametrize(("party", "address"), list(zip(_PARTY_CAPTIONS, _ADDRESS_CAPTIONS,
                                                         strict=True)))
def test_the_same_box_filled_is_read(tmp_path: Path, party: str, address: str) -> None:
    assert _decided(_form(tmp_path / "f.pdf", party, address, filled=True)) == ("accept", ())
