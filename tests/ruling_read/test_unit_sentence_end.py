"""A sentence that ends on a unit in capitals after a figure ("hand-held cordless drills, 18 V.")
ends there, so the fact captioned run-in after it ("Principal use in the United States: ...") is
read (issue 13, the fifty-eighth hand: the use unread, then concluded missing once the section
heading was recognised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract


@pytest.mark.parametrize("goods", ["hand-held cordless drills, 18 V", "LED work lights, 60 W",
                                   "steel hex bolts, 10 MM", "garden hoses, 15 M"])
def test_a_run_in_use_after_a_unit_in_capitals_is_read(tmp_path: Path, goods: str) -> None:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 74, "Importer No. 12-3456789"), (55, 96, "March 3, 2025"),
        (55, 116, "National Commodity Specialist Division"),
        (55, 136, "Re: Request for a binding ruling (classification)"),
        (55, 156, "1. Transaction"),
        (70, 168, "Harbor Goods LLC intends to import the goods below from Taiwan. No entry has"),
        (70, 180, "been filed. The goods will be entered at the port of Newark."),
        (55, 200, "2. Merchandise"),
        (70, 212, f"The request covers 1 item: (1) {goods}. Principal use in the United"),
        (70, 224, "States: household and workshop use. Component materials: steel 80%, plastics"),
        (70, 236, "20% by weight."),
        (55, 256, "3. Proposed classification"),
        (70, 268, "We believe the goods are classified in subheading 8467.21.0030, HTSUS, under"),
        (70, 280, "GRI 1: the heading names them."),
        (55, 300, "4. Pending matters"),
        (70, 312, "The issue is not pending before any CBP office or any court."),
        (55, 340, "Sincerely,"), (55, 366, "/s/ Ann Lee"), (55, 378, "Ann Lee, President")]
    read = extract(draw(tmp_path / "r.pdf", cells))
    assert read["decision"]["outcome"] == "accept"
