"""A memo's or a plain note's FROM line that gives the sending firm's address too (issue 13,
round 32): on the line after the name ("FROM: Acme LLC, 12 Main St, Town, ST 00000", after the
writer and title, or after a semicolon), or on an "Address:" line right under it. The firm is the
requester, its address the one printed with it. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, Cell, draw, extract

_GOODS: list[Cell] = [
    (55, 200, "The goods are insulated food jars, model FJ-16."),
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]
_REST: list[Cell] = [
    (55, 84, "DATE:    March 3, 2025"), (55, 96, "SUBJECT: Request for a binding ruling"),
    (55, 164, "We request a binding ruling on the tariff classification of the goods below."),
    (55, 178, "The goods will be entered at Newark, NJ (4601); none has been imported."),
    *_GOODS, *(c for c in CLOSE if c[1] != 554)]
_TO: Cell = (55, 48, "TO:      National Commodity Specialist Division")


@pytest.mark.parametrize("sender", [
    [(55, 60, "FROM:    Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114")],
    [(55, 60, "FROM:    Ann Lee, President, Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114")],
    [(55, 60, "From:    Harbor Goods LLC; 12 Pier Road, Newark, NJ 07114")],
    [(55, 60, "From:    Harbor Goods LLC"), (55, 72, "Address: 12 Pier Road, Newark, NJ 07114")],
    [(55, 60, "FROM:    Harbor Goods LLC"), (55, 72, "ADDRESS: 12 Pier Road, Newark, NJ 07114")],
])
def test_the_from_line_gives_the_firm_and_its_address(tmp_path: Path, sender: list[Cell]) -> None:
    output = extract(draw(tmp_path / "memo.pdf", [_TO, *sender, *_REST]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_person_alone_on_the_from_line_goes_to_a_person(tmp_path: Path) -> None:
    # The writer's name and a street under it name no firm: who asks is for a person to read,
    # never concluded missing.
    sender = [(55, 60, "From:    Ann Lee"), (55, 72, "Address: 12 Pier Road, Newark, NJ 07114")]
    output = extract(draw(tmp_path / "memo.pdf", [_TO, *sender, *_REST]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert "177.2(b)(1)" not in output["decision"]["missing"]
