"""The goods a form letter's asking sentence names after its lead ("requests a binding ruling on
the valuation (transaction value) of the following merchandise: Knit cardigans, style KC-14 .")
are the description, whole, with a figure's decimal point ("2.4 liters") and without the lead;
a sentence telling what is done to the goods ("The goods are assembled in Vietnam from ...")
describes no goods (issue 13, the fifty-seventh hand's fill-in letters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract


def _form(path: Path, asking: list[str], facts: str) -> Path:
    cells: list[Cell] = [
        (55, 50, "REQUEST FOR A BINDING RULING"),
        (55, 70, "National Commodity Specialist Division"), (55, 90, "Date: 06/08/2025"),
        (55, 110, "The undersigned, Harbor Goods LLC, of 12 Pier Road, Newark, NJ 07114,"),
        *[(55, 120 + 10 * i, line) for i, line in enumerate(asking)],
        (55, 170, "The merchandise will be entered at the port(s) of Newark (4601)."),
        (55, 190, f"Facts: Principal use: household. Component materials: steel 100%. {facts}"),
        (55, 202, "The goods have not yet been imported."),
        (55, 222, "Basis: we propose heading 7323 under GRI 1, as the heading names the goods."),
        (55, 242, "The issue is not pending before any CBP office or any court."),
        (55, 270, "Respectfully submitted,"), (55, 296, "/s/ Ann Lee"),
        (55, 308, "Ann Lee, President")]
    return draw(path, cells)


@pytest.mark.parametrize(("asking", "goods"), [
    (["importer number 12-3456789, requests a binding ruling on the tariff classification",
      "of the following merchandise: Electric pet water fountains, 2.4 liters."],
     "Electric pet water fountains, 2.4 liters"),
    (["importer number 12-3456789, requests a binding ruling on the tariff classification",
      "(heading 8509) of the following goods: Stainless steel stock pots, 12 quart ."],
     "Stainless steel stock pots, 12 quart"),
    (["importer number 12-3456789, requests a binding ruling on the classification of the",
      "following products: Knit merino wool cardigans for women, style KC-14."],
     "Knit merino wool cardigans for women, style KC-14"),
])
@pytest.mark.parametrize("facts", [
    "", "The goods are assembled in Mexico from parts made in China."])
def test_the_goods_named_after_a_form_letters_lead(
        tmp_path: Path, asking: list[str], goods: str, facts: str) -> None:
    read = extract(_form(tmp_path / "f.pdf", asking, facts))
    assert read["values"]["product_description"] == goods
