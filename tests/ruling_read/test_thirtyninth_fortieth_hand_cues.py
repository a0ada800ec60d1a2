"""Senders' ways the thirty-ninth and fortieth hands showed (issue 13, round 31), each in several
forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_IMPORTS = "Harbor Goods LLC imports yoga mats from Vietnam through the port of Newark (4601)."


def typed(paragraphs: list[list[str]], top: float = 40.0) -> list[Cell]:
    """PARAGRAPHS typed single-spaced at x 55 from TOP down, a blank line between them."""
    cells: list[Cell] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            cells.append((55, y, line))
            y += 11
        y += 11
    return cells


# The goods already arrived and entered, told as a past event: a current transaction, before the
# port (177.1(a)(2)(i)), no ruling.
@pytest.mark.parametrize("told", [
    "The merchandise arrived and is the subject of an entry filed at Newark on July 12, 2025, "
    "which is still open with the port.",
    "The goods arrived last month; an entry was filed at Newark and remains unliquidated.",
    "The articles reached Newark on May 2 and are the subject of an open entry there.",
])
def test_goods_that_arrived_and_were_entered_are_a_current_transaction(
        tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(_IMPORTS, *FACTS[1:], told))
    assert output["values"]["prospective"] is False
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


@pytest.mark.parametrize("told", [
    "None of the goods has arrived and no entry has been filed.",
    "The goods have not arrived; no entry is open at any port.",
])
def test_goods_denied_arrival_are_a_prospective_transaction(tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(*FACTS, told))
    assert output["values"]["prospective"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A printed e-mail from a person: the request is put as a thing the reader is asked to take, its
# requester named after "by" or "from" with its address.
@pytest.mark.parametrize("opening", [
    ["Good morning. Please accept this request for a binding ruling for future imports",
     "by Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer no. 12-3456789)."],
    ["Hello, please consider this request for a prospective ruling from Harbor Goods LLC,",
     "12 Pier Road, Newark, NJ 07114, importer number 12-3456789."],
    ["Please find attached our request for a classification ruling, made by Harbor Goods",
     "LLC, 12 Pier Road, Newark, NJ 07114 (IOR 12-3456789)."],
])
def test_a_request_taken_from_a_named_party_names_the_requester(
        tmp_path: Path, opening: list[str]) -> None:
    cells = typed([["From:    Ann Lee"], ["To:      rulings desk"], ["Sent:    March 3, 2025"],
                    ["Subject: ruling request - classification - yoga mats"], opening,
                    ["Port of entry: Newark (4601)."],
                    ["* The article is a yoga mat of thermoplastic elastomer foam, 183 x 61 cm.",
                     "Its principal use in the United States is floor exercise at home."],
                    ["* Component materials by weight: thermoplastic elastomer 100 percent."],
                    ["* The mats will be bought in Vietnam for resale; none has been imported."],
                    ["* We believe the mats are classified in subheading 9506.91.0030, HTSUS,",
                     "by application of GRI 1 and the terms of heading 9506."],
                    ["* The issue is not pending before any CBP office or any court."],
                    ["* No sample is enclosed."], ["Regards,"], ["Ann Lee"],
                    ["Compliance Manager"]])
    output = extract(draw(tmp_path / "mail.pdf", cells, font="Courier", size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]
