"""Elements a sender gives in words the reader must not take for an absence (issue 13, round 26):
the materials' shares spelled "percent", the ports named after a hedge ("at various ports,
principally ..."), a captioned port with its state, the use told by its users or its purpose, a
name signed between slashes or on a barred line. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_GOODS = ["The goods are insulated food jars, model FJ-16.",
          "They are sold to retailers and used in the United States to keep food hot.",
          "By weight it is 82% stainless steel and 18% polypropylene.",
          "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
          "articles of steel named by the heading."]


def _goods(lines: list[str]) -> list[Cell]:
    return [(55, 200 + 14 * index, line) for index, line in enumerate(lines)]


@pytest.mark.parametrize("shares", [
    "Material breakdown: 82 percent stainless steel, 18 percent plastic (polypropylene).",
    "It is 82 percent stainless steel and 18 percent polypropylene by weight.",
    "By value the jar is stainless steel 80 per cent, polypropylene 20 per cent.",
])
def test_shares_spelled_out_are_the_component_materials(tmp_path: Path, shares: str) -> None:
    lines = [*_GOODS[:2], shares, _GOODS[3]]
    output = extract(draw(tmp_path / "percent.pdf", [*HEAD, *_goods(lines), *CLOSE]))
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_percent_of_money_still_names_no_material(tmp_path: Path) -> None:
    said = "By value the importer pays a royalty of 4 percent of net sales to a licensor."
    lines = [*_GOODS[:2], said, _GOODS[3]]
    output = extract(draw(tmp_path / "royalty.pdf", [*HEAD, *_goods(lines), *CLOSE]))
    assert output["decision"]["missing"] == ["177.2(b)(2)"], output["findings"]


_NO_PORT = [cell for cell in HEAD if "entered at" not in cell[2]]


@pytest.mark.parametrize(("said", "ports"), [
    ("The goods will be entered at various ports, principally Chicago and Newark.",
     ["Chicago", "Newark"]),
    ("Entry will be made at several ports, mainly Chicago, IL and Newark, NJ.",
     ["Chicago, IL", "Newark, NJ"]),
    ("The goods will be entered at ports including Miami and Tampa.", ["Miami", "Tampa"]),
    ("The goods are expected to enter primarily through Long Beach.", ["Long Beach"]),
    ("Port of entry: Los Angeles/Long Beach, CA", ["Los Angeles/Long Beach, CA"]),
])
def test_ports_named_after_a_hedge_are_the_ports(tmp_path: Path, said: str,
                                                 ports: list[str]) -> None:
    cells = [*_NO_PORT, (55, 178, said), *_goods(_GOODS), *CLOSE]
    output = extract(draw(tmp_path / "ports.pdf", cells))
    assert output["values"]["ports"] == ports
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_various_ports_naming_none_leave_the_ports_wanting(tmp_path: Path) -> None:
    cells = [*_NO_PORT, (55, 178, "The goods will be entered at various ports."),
             *_goods(_GOODS), *CLOSE]
    output = extract(draw(tmp_path / "none.pdf", cells))
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]


@pytest.mark.parametrize("use", [
    "Function: to keep food warm for consumers on the go.",
    "Consumers use the jars to carry hot meals to work.",
    "The purpose of the article is to keep soup hot.",
])
def test_a_use_told_by_its_users_or_its_purpose_is_the_principal_use(tmp_path: Path,
                                                                     use: str) -> None:
    lines = ["The goods are insulated food jars, model FJ-16, sold to retailers.", use,
             *_GOODS[2:]]
    output = extract(draw(tmp_path / "use.pdf", [*HEAD, *_goods(lines), *CLOSE]))
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("said", [
    "The purpose of this letter is to request a binding ruling on the jars.",
    "Purpose: to obtain a classification ruling.",
])
def test_the_letters_own_purpose_is_no_use_of_the_goods(tmp_path: Path, said: str) -> None:
    lines = ["The goods are insulated food jars, model FJ-16, sold to retailers.", said,
             *_GOODS[2:]]
    output = extract(draw(tmp_path / "purpose.pdf", [*HEAD, *_goods(lines), *CLOSE]))
    assert output["decision"]["missing"] == ["177.2(b)(2)"], output["findings"]


@pytest.mark.parametrize("block", [
    [(55, 500, "Very truly yours,"), (55, 520, "/Ann Lee/"),
     (55, 532, "Ann Lee, President, Harbor Goods LLC")],
    [(55, 500, "Thank you for your consideration."), (55, 520, "Best regards,"),
     (55, 540, "Ann Lee | President | Harbor Goods LLC")],
])
def test_a_name_between_slashes_or_a_barred_signature_line_signs(tmp_path: Path,
                                                                  block: list[Cell]) -> None:
    output = extract(draw(tmp_path / "signed.pdf", [*HEAD, *_goods(_GOODS), CLOSE[0], *block]))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_firms_name_between_bars_under_the_closing_signs_nothing(tmp_path: Path) -> None:
    block = [(55, 500, "Best regards,"), (55, 540, "Harbor Goods LLC | Newark | Import Dept.")]
    output = extract(draw(tmp_path / "firm.pdf", [*HEAD, *_goods(_GOODS), CLOSE[0], *block]))
    assert output["values"]["signed"] is False
