"""A form's "NAME AND ADDRESS OF PROTESTING PARTY" box filled with the name alone (the address
left out): the one line is the party's name, read as such, and the address is absent
(174.13(a)(1) deficient). A line in the box that is an address (a street number, a city line)
is not taken for the name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

Row = list[tuple[int, str]]  # cells of one printed line: (left edge, text); [] leaves a gap

_TOP: list[Row] = [
    [(58, "DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection")],
    [(180, "PROTEST (19 CFR Part 174) - prepared by broker software")], [],
    [(63, "1. PROTEST NUMBER"), (309, "2. DATE RECEIVED")], [(310, "1/29/24")],
    [(63, "3. PORT"), (309, "4. IMPORTER NUMBER")], [(64, "1703"), (310, "32-9520738")],
]
_REST: list[Row] = [
    [], [(64, "5. ENTRY NO."), (141, "DATE OF ENTRY"), (225, "DATE OF LIQUIDATION")],
    [(64, "9GB-1512541-6"), (141, "3/22/23"), (225, "11/30/23")], [],
    [(74, "Entry subject to drawback: YES"), (222, "X"), (234, "NO")], [],
    [(60, "SECTION II - DESCRIPTION OF MERCHANDISE / DECISION PROTESTED")],
    [(60, "Product at issue:"), (153, "Men's insulated hiking jackets, shell of nylon")],
    [(60, "The decision protested is the appraised value of the merchandise.")],
    [(60, "The appraised value includes an assist that the importer never supplied.")],
    [(60, "The value should be reappraised at the invoice price.")], [],
    [(63, "SIGNATURE"), (309, "NAME")],
    [(64, "/s/ Winifred A. Osei"), (310, "Winifred A. Osei")],
]


def _form_pdf(path: Path, rows: list[Row]) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 8)
    for index, row in enumerate(rows):
        for x, text in row:
            canvas.drawString(x, 770 - 11 * index, text)
    canvas.save()
    return path
_NAMES = [
    # As the fourth hand wrote it.
    ("6. NAME AND ADDRESS OF PROTESTING PARTY", "Ironbark Furniture Company"),
    ("Name and address of importer or other protesting party", "Ironbark Furniture Co., Inc."),
    ("6. NAME AND ADDRESS OF PROTESTING PARTY", "IRONBARK FURNITURE COMPANY LLC"),
]


@pytest.mark.parametrize(("caption", "name"), _NAMES)
def test_the_name_alone_in_the_box_is_read(tmp_path: Path, caption: str, name: str) -> None:
    # Before: a box of one line was not read at all; the name was lost with the address.
    pdf = _form_pdf(tmp_path / "p.pdf", [*_TOP, [(63, caption)], [(64, name)], *_REST])
    facts = extract_protest(pdf).facts
    assert (facts.protestant_name, facts.protestant_address) == (name, None)
    decision, _ = decide(replace(facts, received_date=date(2024, 1, 29)), today=date(2024, 2, 5))
    assert "174.13(a)(1)" in decision.missing


def test_an_address_alone_in_the_box_is_no_name(tmp_path: Path) -> None:
    pdf = _form_pdf(tmp_path / "p.pdf", [*_TOP, [(63, "6. NAME AND ADDRESS OF PROTESTING PARTY")],
                                         [(64, "742 Foundry Street, Pittsburgh, PA 15222")],
                                         *_REST])
    assert extract_protest(pdf).facts.protestant_name is None
