"""The goods counted by their model designations where no sentence counts them (issue 13, round
32): the article "in six sizes: FJ-10, ...", or a list marked with dashes, figures or letters
under a lead ending with a colon, each entry opening with its designation ("- Model FJ-12, 12
oz"). More than five is a deficiency (CBP's five-item practice); the models of one article are
one kind; entries that name goods of their own leave the kind to a person. A product named with
its models in a sentence is one item, as the corpora's truths count it, unless it names six or
more: a person counts those. Before, each such letter was read as one item, six of them
confidently accepted. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_FACTS: list[Cell] = [
    (55, 300, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 312, "By weight each is 82% stainless steel and 18% polypropylene."),
    (55, 324, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]
_CODES = ["FJ-10", "FJ-12", "FJ-14", "FJ-16", "FJ-20", "FJ-24"]


def _read(tmp_path: Path, goods: list[Cell]) -> dict[str, Any]:
    return extract(draw(tmp_path / "letter.pdf", [*HEAD, *goods, *_FACTS, *CLOSE]))


def _marked(mark: str, count: int, entry: str = "Model {code}, {oz} oz") -> list[Cell]:
    cells: list[Cell] = [(55, 200, "The goods are the following insulated food jars:")]
    for i, code in enumerate(_CODES[:count]):
        shown = {"-": "-", "*": "*", "1.": f"{i + 1}.", "(a)": f"({'abcdef'[i]})"}[mark]
        cells.append((65, 212 + 12 * i, f"{shown} {entry.format(code=code, oz=10 + 2 * i)}"))
    return cells


@pytest.mark.parametrize("goods", [
    [(55, 200, "The goods are insulated food jars in six sizes: FJ-10, FJ-12, FJ-14, FJ-16, "
               "FJ-20 and FJ-24.")],
    _marked("-", 6), _marked("*", 6), _marked("1.", 6), _marked("(a)", 6),
], ids=["in-n-sizes", "dashes", "stars", "figures", "letters"])
def test_six_designated_models_are_deficient(tmp_path: Path, goods: list[Cell]) -> None:
    output = _read(tmp_path, goods)
    assert output["values"]["item_count"] == 6
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == []


@pytest.mark.parametrize("goods", [_marked("-", 3), _marked("1.", 3)], ids=["dashes", "figures"])
def test_three_designated_models_are_one_kind(tmp_path: Path, goods: list[Cell]) -> None:
    output = _read(tmp_path, goods)
    assert output["values"]["item_count"] == 3
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_entries_naming_goods_of_their_own_leave_the_kind_to_a_person(tmp_path: Path) -> None:
    goods = [(55.0, 200.0, "The goods are the following:"),
             (65.0, 212.0, "- Food jar, model FJ-12"), (65.0, 224.0, "- Kettle, model K-2")]
    output = _read(tmp_path, goods)
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


@pytest.mark.parametrize(("named", "outcome", "count"), [
    ("insulated food jars, models FJ-10 and FJ-12", "accept", 1),
    ("men's cotton shirts, style nos. WS-110 and WS-112", "accept", 1),
    ("insulated food jars, models FJ-10, FJ-12, FJ-14, FJ-16, FJ-20 and FJ-24", "needs_human",
     None),
    ("insulated food jars, styles 501, 502, 503, 504, 505, 506 and 507", "needs_human", None),
])
def test_a_product_named_with_its_models_is_one_item_unless_too_many(
        tmp_path: Path, named: str, outcome: str, count: int | None) -> None:
    # Senders and the office count "a product, models A and B" as one item; six or more models
    # may be more items than the practice allows, which a person decides.
    output = _read(tmp_path, [(55, 200, f"The goods are {named}.")])
    assert output["values"]["item_count"] == count
    assert output["decision"]["outcome"] == outcome, output["findings"]
