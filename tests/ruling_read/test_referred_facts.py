"""A classification fact given by pointing to a paper the letter encloses ("Component materials
by weight are shown on the attached specification sheet") is given, not missing; a printout's
headings numbered without a stop ("02 MERCHANDISE") head their sections (issue 13, the
fifty-eighth hand: a complete transmittal concluded deficient for 177.2(b)(2), confidently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract


def _request(path: Path, materials: str, heading: str = "2. Merchandise") -> Path:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 74, "Importer No. 12-3456789"), (55, 96, "March 3, 2025"),
        (55, 116, "National Commodity Specialist Division"),
        (55, 136, "Re: Request for a binding ruling (classification)"),
        (55, 156, "1. TRANSACTION"),
        (70, 168, "Harbor Goods LLC intends to import stoneware planters from Portugal. No entry"),
        (70, 180, "has been filed. The goods will be entered at the port of Newark."),
        (55, 200, heading),
        (70, 212, "The request covers 1 item: (1) glazed stoneware garden planters, 30 cm."),
        (70, 224, f"Principal use in the United States: household decoration. {materials};"),
        (70, 236, "purchase price FOB about 8.00 per unit."),
        (55, 256, "3. PROPOSED CLASSIFICATION"),
        (70, 268, "We believe the goods are classified in subheading 6912.00.4810, HTSUS, under"),
        (70, 280, "GRI 1: the heading names them."),
        (55, 300, "4. PENDING MATTERS"),
        (70, 312, "The issue is not pending before any CBP office or any court."),
        (55, 340, "Sincerely,"), (55, 366, "/s/ Ann Lee"), (55, 378, "Ann Lee, President")]
    return draw(path, cells)


@pytest.mark.parametrize("materials", [
    "Component materials by weight are shown on the attached specification sheet",
    "Materials: see the enclosed bill of materials",
    "The composition is set out in Exhibit B",
    "Component materials and their shares are listed in the accompanying data sheet",
])
def test_materials_shown_in_an_enclosed_paper_are_given(tmp_path: Path, materials: str) -> None:
    read = extract(_request(tmp_path / "r.pdf", materials))
    assert read["decision"]["outcome"] == "accept"
    assert read["decision"]["missing"] == []


@pytest.mark.parametrize("materials", [
    "No specification sheet is attached",
    "Component materials will follow in a later letter",
])
def test_a_paper_not_enclosed_gives_no_materials(tmp_path: Path, materials: str) -> None:
    read = extract(_request(tmp_path / "r.pdf", materials))
    assert read["decision"]["outcome"] != "accept"


@pytest.mark.parametrize("heading", ["02 MERCHANDISE", "2 MERCHANDISE", "02 Merchandise"])
def test_a_heading_numbered_without_a_stop_heads_the_goods(tmp_path: Path, heading: str) -> None:
    read = extract(_request(tmp_path / "r.pdf", "Materials: see the enclosed bill of materials",
                            heading))
    assert read["values"]["product_description"]
    assert read["decision"]["outcome"] == "accept"
