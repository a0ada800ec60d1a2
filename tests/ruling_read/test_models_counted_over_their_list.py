"""A count of models of one named article that opens the list of their codes (issue 13, round
32): "six models of insulated food jars: FJ-10, ...", "seven styles of towels, namely ...",
"6 variants of the jar as follows: ...". The count stands (more than five is a deficiency, CBP's
five-item practice); codes alone are the one article's models, of one class or kind; a list that
names goods of their own leaves the kind to a person. Before, such a letter was read as one item
and accepted. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_FACTS: list[Cell] = [
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight each is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]


def _read(tmp_path: Path, goods: str) -> dict[str, Any]:
    cells = [*HEAD, (55, 200, goods), *_FACTS, *CLOSE]
    return extract(draw(tmp_path / "letter.pdf", cells))


@pytest.mark.parametrize(("goods", "count"), [
    ("The goods are six models of insulated food jars: FJ-10, FJ-12, FJ-14, FJ-16, FJ-20 and "
     "FJ-24.", 6),
    ("The goods are seven styles of insulated food jars, namely FJ-10, FJ-12, FJ-14, FJ-16, "
     "FJ-20, FJ-22 and FJ-24.", 7),
    ("The goods are 6 variants of the insulated food jar as follows: FJ-10, FJ-12, FJ-14, FJ-16, "
     "FJ-20 and FJ-24.", 6),
])
def test_more_than_five_models_counted_over_their_list_are_deficient(
        tmp_path: Path, goods: str, count: int) -> None:
    output = _read(tmp_path, goods)
    assert output["values"]["item_count"] == count
    assert output["decision"]["outcome"] == "deficient"
    assert output["decision"]["missing"] == []


@pytest.mark.parametrize("goods", [
    "The goods are two models of insulated food jars: FJ-12 and FJ-16.",
    "The goods are three styles of insulated food jars, namely FJ-12, FJ-16 and FJ-24.",
    "The goods are three models of insulated food jars: model FJ-12, model FJ-16, model FJ-24.",
])
def test_a_few_models_listed_by_code_are_one_kind(tmp_path: Path, goods: str) -> None:
    output = _read(tmp_path, goods)
    assert output["values"]["item_count"] == goods.count("FJ-")
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_list_naming_goods_of_their_own_goes_to_a_person(tmp_path: Path) -> None:
    output = _read(tmp_path, "The goods are two models of kitchen goods: a food jar FJ-12 and a "
                             "steel kettle K-2.")
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "needs_human"
