"""Senders' ways the thirty-sixth and thirty-seventh hands showed (issue 13, round 30), each in
several forms a real sender would use. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

# A double-spaced page: each line a full line below the last (a typescript set double, or a
# plotting program placing every line as a label), paragraphs parted wider still.
_LINE = 20.0
_PARAGRAPH = 34.0


def spaced(paragraphs: list[list[str]], top: float = 60.0) -> list[Cell]:
    """PARAGRAPHS drawn double-spaced at x 55 from TOP down."""
    cells: list[Cell] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            cells.append((55, y, line))
            y += _LINE
        y += _PARAGRAPH - _LINE
    return cells


_OPENING = [
    ["Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"],
    ["Importer no.: 12-3456789"],
    ["March 3, 2025"],
    ["National Commodity Specialist Division, U.S. Customs and Border Protection"],
    ["Re: Request for a binding ruling on the tariff classification of food jars"],
    ["Harbor Goods LLC asks for a ruling on insulated food jars of stainless steel, model",
     "FJ-16, used for keeping food hot in households; stainless steel 82%, polypropylene",
     "18% by weight. The goods have not yet been imported; they will enter at Newark."],
    ["We propose subheading 7323.93.0080, HTSUS, under GRI 1, since heading 7323 names",
     "household articles of steel and the Explanatory Notes confirm it."],
]
_CLOSING = [["No sample is enclosed. No confidential treatment is requested."],
            ["Sincerely,"], ["/s/ Ann Lee"], ["Ann Lee, Compliance Manager, Harbor Goods LLC"]]


@pytest.mark.parametrize("statement", [
    ["The issue in this request is not pending before any CBP office, the Court of",
     "International Trade, or any other court, and it has not been the subject of a",
     "ruling request before."],
    ["Statement under 19 CFR 177.2(b)(5): the question is not, and has not been, at",
     "any time before CBP or any court, to the best of the requester's knowledge."],
    ["To our knowledge no protest, court action or earlier ruling request on these",
     "goods is pending before any office of CBP, the Court of International Trade or",
     "the Court of Appeals for the Federal Circuit."],
])
def test_a_double_spaced_statement_run_over_lines_is_read_whole(
        tmp_path: Path, statement: list[str]) -> None:
    cells = spaced([*_OPENING, statement, *_CLOSING])
    output = extract(draw(tmp_path / "spaced.pdf", cells, size=9))
    values = output["values"]
    assert values["pending_statement"] is True
    assert values["pending_in_court"] is False
    assert values["pending_before_cbp"] is False
    assert output["decision"]["outcome"] == "accept"


def test_a_double_spaced_form_keeps_its_rows_apart(tmp_path: Path) -> None:
    # Rows of a label column set a line apart are fields, not one wrapped paragraph.
    rows = [["Requester          Harbor Goods LLC"],
            ["Address            12 Pier Road, Newark, NJ 07114"],
            ["Importer no.       12-3456789"], ["Date               March 3, 2025"]]
    cells = spaced([*rows, *_OPENING[2:], ["The issue is not pending before CBP or any court."],
                    *_CLOSING])
    values = extract(draw(tmp_path / "rows.pdf", cells, size=9))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["importer_number"] == "12-3456789"
    assert values["request_date"] == "2025-03-03"


# The goods' models counted in a sentence of their own, with no "a ruling on" before the count:
# more than five is a deficiency; two to five of one kind or not is for a person.
@pytest.mark.parametrize(("count", "expected", "outcome"), [
    ("The mats come as 2 models of the article, identical but for size: model M-1, model M-2.",
     2, "needs_human"),
    ("Yoga mats, sold in 7 models of the same design differing only in colour.", 7, "deficient"),
    ("There are three styles, which differ only in length.", 3, "needs_human"),
    ("Six versions of the mat are offered, identical except for thickness.", 6, "deficient"),
], ids=["n-models-of-the-article", "in-n-models-of-the-same-design", "n-styles-which-differ",
        "n-versions-of-the"])
def test_models_counted_in_their_own_sentence_are_the_item_count(
        tmp_path: Path, count: str, expected: int, outcome: str) -> None:
    output = read(tmp_path, facts=(*FACTS, count))
    assert output["values"]["item_count"] == expected
    assert output["decision"]["outcome"] == outcome, output["findings"]


@pytest.mark.parametrize("aside", [
    "The mat is one of 4 models of exercise equipment we sell; only the mat is asked about.",
    "Our catalogue lists 12 models of other goods.",
])
def test_models_of_other_goods_are_not_counted(tmp_path: Path, aside: str) -> None:
    assert read(tmp_path, facts=(*FACTS, aside))["values"]["item_count"] == 1
