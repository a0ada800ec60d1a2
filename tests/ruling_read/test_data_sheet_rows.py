"""A product data sheet: one header row of captions ("Requester | Importer No. | Date | Subject")
over one row of values, then sections numbered without a stop ("1 Product", "3 Basis") printed
tight under the section before. Every caption of the row pairs with its value, and each heading
heads the section under it (issue 13, the fifty-seventh hand: "Importer No." read as the
requester, the address run on into "1 Product", the basis unread under "3 Basis")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

XS = (75.0, 240.0, 332.0, 414.0)


def _sheet(path: Path, fourth: tuple[str, str]) -> Path:
    heads = ("Requester", "Importer No.", "Date", fourth[0])
    values = ("Oriel Bay Textiles Corp.", "60-4943984", "07/18/2025", fourth[1])
    cells: list[Cell] = [(75, 50, "BINDING RULING REQUEST - PRODUCT DATA SHEET"),
                         (75, 70, "National Commodity Specialist Division"),
                         (75, 82, "201 Varick Street, Suite 501, New York, NY 10014")]
    cells += [(x, 110, text) for x, text in zip(XS, heads, strict=True)]
    cells += [(x, 128, text) for x, text in zip(XS, values, strict=True)]
    lines = [
        "Requester address: 1480 Mill Pond Avenue, Fall River, MA 02720", "1 Product",
        "Description: Electric pet water fountains, 2.4 liters",
        "Proposed subheading: 8509.80.5095", "2 Facts of the transaction",
        "Principal use in the United States: supplying drinking water to pets.",
        "Component materials: polypropylene 70% by value, pump 20%, filter 10%.",
        "The goods will be entered at the port of Baltimore; none has been imported.", "3 Basis",
        "We propose subheading 8509.80.5095, HTSUS: the heading names the article by its",
        "function and GRI 1 applies.", "4 Pending matters",
        "The issue is not pending before any CBP office or any court.",
        "Respectfully submitted,", "/s/ Priya N. Raghunathan",
        "Priya N. Raghunathan, Trade Compliance Manager"]
    cells += [(75, 150 + 11 * index, line) for index, line in enumerate(lines)]
    return draw(path, cells, size=9)


@pytest.mark.parametrize("fourth", [("Subject", "tariff classification"),
                                    ("Ruling type", "classification"),
                                    ("Port(s)", "Baltimore")])
def test_a_header_row_pairs_every_caption_and_numbered_heads_stand_apart(
        tmp_path: Path, fourth: tuple[str, str]) -> None:
    read = extract(_sheet(tmp_path / "s.pdf", fourth))
    values = read["values"]
    assert values["requester_name"] == "Oriel Bay Textiles Corp."
    assert values["importer_number"] == "60-4943984"
    assert values["requester_address"] == "1480 Mill Pond Avenue, Fall River, MA 02720"
    assert read["decision"]["outcome"] == "accept"
