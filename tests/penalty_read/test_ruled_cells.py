"""A box typed round the party's rows (issue 13, round 33, the forty-fourth hand's editor hardcopy).

A plain-text printout draws its boxes with characters: "+----+" over "| Party: X |". A vertical
rule's character is a cell's border, not a word: the party's label opens its cell, and its value
is read beside it as a form's, whether the label and value share a cell ("| Party: X |"), stand
in cells of their own ("| Party | X |") or the rule touches the words ("|Party: X|").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from bots.penalty_notice.ruled_cells import ruled_cells
from tests.penalty_read.drawn import draw_referral
from tradebots.pdf import Segment, Word

_TAIL = [
    "Case No.:          2025-2941-960870-01",
    "Date of violation: June 6, 2024",
    "Culpability:       negligence",
    "Domestic value:    225,608.00",
    "Entry No.       Entry Date    Liq.  Entered Value  Duty Paid  Duty Owed",
    "GBE-3927545-2   06/06/2024    Y     74,970.00      2,455.42   3,861.60",
    "The importation was commercial.",
]

_BOXES = {
    "label and value in one cell": [
        "+------------------------------------------+",
        "| Party: Ferro Brothers Marble Inc.        |",
        "| Address: 12 Quarry Road, Barre, VT 05641 |",
        "| Importer No.: 69-276741900               |",
        "+------------------------------------------+",
    ],
    "label and value in cells of their own": [
        "+--------------+----------------------------------+",
        "| Party        | Ferro Brothers Marble Inc.       |",
        "| Address      | 12 Quarry Road, Barre, VT 05641  |",
        "| Importer No. | 69-276741900                     |",
        "+--------------+----------------------------------+",
    ],
    "name over its address lines, one label": [
        "+----------------------------------------------+",
        "| Party:    Ferro Brothers Marble Inc.         |",
        "|           12 Quarry Road                     |",
        "|           Barre, VT 05641                    |",
        "| Importer No.: 69-276741900                   |",
        "+----------------------------------------------+",
    ],
    "rules touching the words": [
        "+=========================================+",
        "|Violator: Ferro Brothers Marble Inc.     |",
        "|Address: 12 Quarry Road, Barre, VT 05641|",
        "|IOR: 69-276741900                        |",
        "+=========================================+",
    ],
}


@pytest.mark.parametrize("box", list(_BOXES), ids=list(_BOXES))
def test_the_party_in_a_typed_box_is_read_beside_its_label(tmp_path: Path, box: str) -> None:
    lines = ["MEMORANDUM -- PENALTY REFERRAL (19 U.S.C. 1592)", *_BOXES[box], *_TAIL]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.facts.party_name == "Ferro Brothers Marble Inc."
    assert reading.facts.party_address == "12 Quarry Road, Barre, VT 05641"
    assert reading.fields["party_name"].confidence == LABELLED
    assert reading.facts.importer_number == "69-276741900"


_REMARKS = [
    "+------------------------------------------------+",
    "| REMARKS: The importer declared cast iron       |",
    "| skillets below the prices actually paid.       |",
    "+------------------------------------------------+",
]


def test_a_statement_in_a_typed_box_is_read_without_its_rules(tmp_path: Path) -> None:
    lines = ["MEMORANDUM -- PENALTY REFERRAL (19 U.S.C. 1592)",
             *_BOXES["label and value in one cell"], *_TAIL[:4], *_REMARKS, *_TAIL[4:]]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.facts.material_facts == (
        "The importer declared cast iron skillets below the prices actually paid.")
    assert reading.facts.violation_type == "valuation"


def _line(*texts: str) -> list[Segment]:
    words = []
    x = 72.0
    for text in texts:
        words.append(Word(1, x, 100.0, x + 6.0 * len(text), 109.0, text))
        x += 6.0 * (len(text) + 1)
    return [Segment(tuple(words))]


@pytest.mark.parametrize("rule", ["\u2502", "\u2503", "\u2551", "|"])
def test_box_drawing_rules_cut_a_line_into_its_cells(rule: str) -> None:
    cells = ruled_cells(_line(rule, "Party", rule, "Acme", "Corp.", rule))
    assert [cell.text for cell in cells] == ["Party", "Acme Corp."]


def test_a_line_without_rules_is_left_as_printed() -> None:
    line = _line("Party:", "Acme", "Corp.", "--", "see", "below")
    assert ruled_cells(line) == line


def test_a_bar_inside_a_value_joins_its_lines_and_cuts_nothing() -> None:
    line = _line("Address:", "2250", "Marina", "Boulevard", "|", "San", "Leandro,", "CA", "94577")
    assert ruled_cells(line) == line
