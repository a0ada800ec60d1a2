"""Senders' ways the twenty-ninth and thirtieth hands showed (issue 13, round 25), each in several
forms a real sender would use: the materials told by their shares in a sentence of their own, a
price quoted on an Incoterm. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract


def _goods(*sentences: str) -> list[Cell]:
    lines = ["The goods are insulated food jars, model FJ-16.",
             "They are sold to retailers and used in the United States to keep food hot.",
             *sentences,
             "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
             "articles of steel named by the heading."]
    return [(55, 200 + 14 * index, line) for index, line in enumerate(lines)]


@pytest.mark.parametrize("shares", [
    "By weight it is 82% stainless steel, 15% polypropylene and 3% silicone.",
    "Its component materials by value are 70% metal, 25% plastics and 5% packaging.",
    "By value the jar is stainless steel 82%, polypropylene 18%.",
])
def test_materials_told_by_their_shares_are_the_component_materials(tmp_path: Path,
                                                                    shares: str) -> None:
    output = extract(draw(tmp_path / "shares.pdf", [*HEAD, *_goods(shares), *CLOSE]))
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_share_of_money_names_no_material(tmp_path: Path) -> None:
    # A royalty's share of sales is no composition: the materials stay not given.
    said = "By value the importer pays a royalty of 4% of net sales to a licensor."
    output = extract(draw(tmp_path / "royalty.pdf", [*HEAD, *_goods(said), *CLOSE]))
    assert output["decision"]["missing"] == ["177.2(b)(2)"], output["findings"]


@pytest.mark.parametrize("price", [
    "The purchase price is about $7.18 per unit FOB and the planned U.S. selling price $82.00.",
    "The unit price is USD 7.18 each CIF; the planned U.S. selling price $82.00.",
])
def test_a_price_quoted_on_an_incoterm_states_the_terms_of_sale(tmp_path: Path,
                                                                 price: str) -> None:
    # No port named: the purchase abroad for sale here is the transaction (177.2(b)(2)(i)), so
    # only the port is wanting.
    head = [cell for cell in HEAD if "entered at" not in cell[2]]
    shares = "By weight it is 82% stainless steel and 18% polypropylene."
    output = extract(draw(tmp_path / "fob.pdf", [*head, *_goods(shares, price), *CLOSE]))
    assert output["values"]["ports"] == [] or output["values"].get("ports") is None
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]
