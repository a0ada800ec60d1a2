"""A paragraph whose first line is indented (an answer after its "A." mark, a letter's first-line
indent) and whose next lines return to the margin, broken mid-sentence: one paragraph, read
whole. Before, "A. Product: ... Principal use" / "in the United States: ..." lost the principal
use, and a pending statement cut in two lost its negation."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_forms_and_worksheets import Cell, draw

HEAD = ("Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", "February 24, 2025",
        "National Commodity Specialist Division, 201 Varick Street, New York, NY 10014",
        "Re: Request for a binding ruling on the tariff classification of yoga mats")
# Each answer as printed: its indented first line, then the lines at the margin.
Answer = tuple[str, ...]
WHO: Answer = ("A. Harbor Goods LLC, the importer of record, importer number 12-3456789, will "
               "import the mats at",
               "Newark, NJ (port code 4601).")
GOODS: Answer = ("A. Product: Yoga mats of thermoplastic elastomer foam, 183 x 61 cm, model "
                 "YM-183. Principal use",
                 "in the United States: yoga and floor exercises at home. Component materials "
                 "by weight: elastomer",
                 "foam 96%, polyester strap 4%.")
BASIS: Answer = ("A. We believe subheading 9506.91.0030 applies under GRI 1: heading 9506 "
                 "names articles for",
                 "general physical exercise, which the mats are.")
PENDING: Answer = ("A. To our knowledge no protest, court action or other proceeding about "
                   "these mats is now",
                   "pending before CBP or any court.")
SAMPLE: Answer = ("A. One sample is sent with this request.",)


def read(tmp_path: Path, answers: tuple[Answer, ...], *, step: float = 12.0,
         indent: float = 24.0) -> dict[str, Any]:
    cells: list[Cell] = []
    y = 50.0
    for line in HEAD:
        cells.append((54, y, line))
        y += 14
    y += 10
    for number, answer in enumerate(answers, 1):
        cells.append((54, y, f"Q{number}. What do you tell us?"))
        y += 20
        cells.append((54 + indent, y, answer[0]))
        for line in answer[1:]:
            y += step
            cells.append((54, y, line))
        y += 22
    cells += [(54, y, "Sincerely,"), (54, y + 26, "/s/ Ann Lee"),
              (54, y + 38, "Ann Lee, President")]
    path = draw(tmp_path / "letter.pdf", cells)
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


@pytest.mark.parametrize("layout", [
    {"step": 12.0, "indent": 24.0},
    {"step": 11.0, "indent": 14.0},
    {"step": 13.0, "indent": 36.0},
], ids=["answer-indent", "tight-small-indent", "loose-deep-indent"])
def test_an_answer_wrapped_back_to_the_margin_is_read_whole(
        tmp_path: Path, layout: dict[str, float]) -> None:
    output = read(tmp_path, (WHO, GOODS, BASIS, PENDING, SAMPLE), **layout)
    assert output["values"]["pending_before_cbp"] is False
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_pending_matter_wrapped_back_to_the_margin_stays_pending(tmp_path: Path) -> None:
    pending: Answer = ("A. A protest on an earlier entry of the same mats, filed last month, is "
                       "still pending before",
                       "CBP at the Port of Newark.")
    output = read(tmp_path, (WHO, GOODS, BASIS, pending, SAMPLE))
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling"
