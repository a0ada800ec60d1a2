"""Referrals of senders in general (issue 13, round 30, the thirtysixth and thirtyseventh hands).

- A worksheet pads its labels to one width with dot leaders, so the longest labels keep only two
  or three dots before the value ("DOMESTIC VALUE .. 119818.00"): still a label and its value.
- A narrative opens with its case number as a sentence of its own ("Case 2024-...-01. Acme
  Corp., whose address is ..."): the number and its word are no part of the party's name.
- A sentence wrapped so that a line opens with a party's word ("The" over "party made a prior
  disclosure ..."): the words after it are the sentence going on, not the party's name.
- "whose importer number is 45-1730200": the number after its words and a verb.
- A case export whose label column is too narrow runs the value into its label ("Prior
  disclosureNone filed"): the value starts inside the label's last word.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from tests.penalty_read.drawn import draw_referral

_WORKSHEET = [
    "LOSS OF DUTY COMPUTATION - ACCOUNTING WORKSHEET",
    "CASE ............ 2024-2809-838968-01",
    "PARTY ........... Pinecrest Footwear Company",
    "ADDRESS ......... 35 Tannery Row, Brockton, MA 02301",
    "IOR ............. 56-1434072",
    "VIOLATION DATE .. 2022-04-22",
    "CULPABILITY ..... Negligence",
    "Entry            Dt entered   Status  Value     Paid     Owed",
    "9E1-0003495-8    2022-04-22   LIQ     21675.21  650.25   1300.50",
]


def _worksheet(tmp_path: Path, *tail: str) -> PenaltyExtraction:
    path = draw_referral(tmp_path / "w.pdf", [*_WORKSHEET, *tail,
                                               "Prepared by B. Ashworth, Accounting."],
                         font="Courier")
    return extract_penalty(path)


@pytest.mark.parametrize(("lines", "domestic", "dutiable"), [
    (["DOMESTIC VALUE .. 119818.00", "DUTIABLE VALUE .. 86200.00"], "119818.00", "86200.00"),
    (["DOMESTIC VALUE .. 295,075.00 USD", "DUTIABLE VALUE .. 203,500.00 USD"],
     "295075.00", "203500.00"),
    (["Domestic value ... $104,907.00", "Dutiable value ... $86,700.00"], "104907.00", "86700.00"),
])
def test_a_label_padded_to_two_or_three_leader_dots_gives_its_value(
        tmp_path: Path, lines: list[str], domestic: str, dutiable: str) -> None:
    facts = _worksheet(tmp_path, *lines).facts
    assert facts.domestic_value == Decimal(domestic)
    assert facts.dutiable_value == Decimal(dutiable)


@pytest.mark.parametrize(("line", "made"), [
    ("PRIOR DISCL .. YES", True),
    ("PRIOR DISCL ... NO", False),
    ("PRIOR DISCLOSURE .. YES", True),
])
def test_a_short_leadered_abbreviation_is_still_its_label(
        tmp_path: Path, line: str, made: bool) -> None:
    reading = _worksheet(tmp_path, "DOMESTIC VALUE .. 119818.00", line)
    assert reading.facts.prior_disclosure is made
    assert reading.fields["prior_disclosure"].evidence is not None
