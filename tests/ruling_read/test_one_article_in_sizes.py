"""Items counted as the one article in its sizes or colours ("The request covers 2 items: the
product in 2 sizes, models M-1, M-2.") are of one class or kind (CBP's five-item practice); items
named apart are left to a person (issue 13, the fifty-seventh hand: three requests sent to a
person over two sizes of one product)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract


def _letter(path: Path, covers: str) -> Path:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 74, "Importer No. 12-3456789"), (55, 96, "March 3, 2025"),
        (55, 116, "National Commodity Specialist Division"),
        (55, 136, "Re: Request for a binding ruling (classification)"),
        (55, 156, "We intend to import stainless steel stock pots from Portugal; none has been"),
        (55, 168, "imported. The goods will be entered at the port of Newark (4601)."),
        (55, 188, "Product: Stainless steel stock pots with lids, 12 quart."),
        (55, 200, "Principal use: household cooking. Component materials: steel 95%, glass 5%."),
        (55, 212, covers),
        (55, 232, "We propose subheading 7323.93.0080, HTSUS, under GRI 1, as the heading names"),
        (55, 244, "the goods."),
        (55, 264, "The issue is not pending before any CBP office or any court."),
        (55, 290, "Sincerely,"), (55, 316, "/s/ Ann Lee"), (55, 328, "Ann Lee, President")]
    return draw(path, cells)


@pytest.mark.parametrize("covers", [
    "The request covers 2 items: the product in 2 sizes, models M-1, M-2.",
    "The request covers three items: this article in three colours.",
    "The request covers 2 items (one design in 2 capacities).",
])
def test_one_article_in_sizes_is_one_kind(tmp_path: Path, covers: str) -> None:
    read = extract(_letter(tmp_path / "l.pdf", covers))
    assert read["decision"]["outcome"] == "accept"


def test_items_named_apart_are_left_to_a_person(tmp_path: Path) -> None:
    read = extract(_letter(tmp_path / "l.pdf", "The request covers 2 items: a pot and a kettle."))
    assert read["decision"]["outcome"] == "needs_human"
