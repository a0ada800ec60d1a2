"""A note printed after a field that carries its own caption and value ("SIGNATURE: ______
(pending approval)") remarks on that field; it is no caption of it, so the blank signature line
is read as blank (issue 13, the fifty-eighth hand: an unsigned transmittal sent to a person)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract


@pytest.mark.parametrize("note", ["(pending approval)", "(awaiting signature)",
                                  "(to be signed by the officer)"])
def test_a_note_after_a_blank_signature_line_leaves_it_blank(tmp_path: Path, note: str) -> None:
    cells: list[Cell] = [
        (40, 50, "HARBOR GOODS LLC - TRADE COMPLIANCE SYSTEM"),
        (40, 62, "BINDING RULING REQUEST TRANSMITTAL"),
        (40, 84, "National Commodity Specialist Division"),
        (40, 108, "REQUESTER: Harbor Goods LLC"), (40, 120, "IMPORTER NO.: 12-3456789"),
        (40, 132, "REQUESTER ADDRESS: 12 Pier Road, Newark, NJ 07114"),
        (40, 144, "REQ. DATE: 03-MAR-2025"),
        (40, 166, "01 TRANSACTION"),
        (62, 178, "Harbor Goods LLC intends to import glazed stoneware planters, 30 cm, from"),
        (62, 190, "Portugal. No entry has been filed. The goods will be entered at the port"),
        (62, 200, "of Newark."),
        (40, 210, "02 MERCHANDISE"),
        (62, 222, "Glazed stoneware garden planters, 30 cm. Principal use: decoration. Component"),
        (62, 234, "materials: stoneware 100% by weight."),
        (40, 254, "03 PROPOSED CLASSIFICATION"),
        (62, 266, "We believe the goods are classified in subheading 6912.00.4810, HTSUS, under"),
        (62, 278, "GRI 1: the heading names them."),
        (40, 298, "04 PENDING MATTERS"),
        (62, 310, "The issue is not pending before any CBP office or any court."),
        (40, 338, "AUTHORIZATION"),
        (62, 352, "SIGNATURE: ______________________"), (240, 352, note)]
    read = extract(draw(tmp_path / "t.pdf", cells, font="Courier", size=8))
    assert read["values"]["signed"] is False
    assert read["decision"]["outcome"] == "deficient"
    assert read["decision"]["missing"] == ["177.2(c)"]
