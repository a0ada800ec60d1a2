"""Referrals of senders in general (issue 13, round 27): a sentence that opens with the party's
name right under a heading in title case ("Statement of Facts" over "Mesa Verde LLC of 12 Main
St, ..."): the heading's last word is no word of the name; a name a sentence wraps is kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

HEAD = ["ROUTING SLIP", "Case No. 2025-1801-220417-01", ""]
TAIL = [
    "under the entry B7D-0071947-5 of 05/11/2023 (liquidated), entered value $58,495.00, duty paid",
    "$1,169.90, duty owed $2,413.66. The violation occurred on 05/11/2023. Domestic value of the",
    "merchandise: $81,200.00. We find a negligent violation. No prior disclosure was made.",
]

SIBLINGS = [
    # The hand's class: "Statement of Facts" over the sentence.
    (["Statement of Facts",
      "Osprey Marine Supply LLC of 14 Dock Street, Tampa, FL 33602, importer number 78-9270812,",
      "imported knitted cotton beach towels declared under a provision at a lower rate"],
     "Osprey Marine Supply LLC"),
    # Another heading, two words, the name with "&".
    (["Summary Findings",
      "Harrow & Vale Trading Co. of 14 Dock Street, Tampa, FL 33602, importer number 78-9270812,",
      "imported knitted cotton beach towels declared under a provision at a lower rate"],
     "Harrow & Vale Trading Co."),
    # A heading in capitals, the address after a comma.
    (["BACKGROUND",
      "Osprey Marine Supply Inc., 14 Dock Street, Tampa, FL 33602, importer number 78-9270812,",
      "imported knitted cotton beach towels declared under a provision at a lower rate"],
     "Osprey Marine Supply Inc."),
    # A sentence wraps the name at the margin: both lines are the name's.
    (["The facts concern the importations of knitted cotton beach towels by Osprey Marine",
      "Supply LLC of 14 Dock Street, Tampa, FL 33602, importer number 78-9270812, who declared",
      "them under a provision at a lower rate"],
     "Osprey Marine Supply LLC"),
]


@pytest.mark.parametrize(("opening", "name"), SIBLINGS)
def test_a_heading_over_the_name_is_no_word_of_it(
        tmp_path: Path, opening: list[str], name: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *opening, *TAIL]))
    assert reading.facts.party_name == name
    assert reading.facts.party_address == "14 Dock Street, Tampa, FL 33602"
