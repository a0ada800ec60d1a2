"""A party named in a sentence of its own under a section heading (issue 13, round 36).

"1. The party" over "The subject of this referral is X, importer number N." or "1. Auditee. X
(importer number N), whose address is 12 Main St ..." (the address wrapped to the next line): the
lead-in sentence, the number said after the name and the clause that goes on to the address are
no part of the name (the fifty-fourth and fifty-fifth hands read the whole line as the name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_REST = [
    "Case No. 2025-2704-000411-01",
    "The violation occurred on March 2, 2023. The level of culpability is negligence.",
    "The party did not file a prior disclosure.",
    "Domestic value: $90,000.00",
    "Entries:",
    "EGH-3873310-3 03/02/2023 liquidated $63,867.74 paid $1,596.69 owed $4,151.41",
]
_NAME = "Kestrel Optics & Imaging Corp."


@pytest.mark.parametrize("sentence", [
    f"The subject of this referral is {_NAME}, importer number 25-1647993.",
    f"The subject of the referral is {_NAME}, IOR No. 25-1647993.",
    f"The party referred is {_NAME}, importer no. 25-1647993.",
    f"This referral concerns {_NAME} (importer number 25-1647993).",
    f"The importer of record is {_NAME}, EIN 25-1647993.",
])
def test_a_lead_in_sentence_and_the_number_after_the_name(tmp_path: Path, sentence: str) -> None:
    lines = ["REFERRAL FOR PENALTY ACTION", "1. The party", sentence, "Address of record:",
             "905 Research Court", "Tucson, AZ 85719", *_REST]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.party_name == _NAME
    assert reading.facts.importer_number == "25-1647993"


@pytest.mark.parametrize(("line", "wrapped"), [
    (f"1. Auditee. {_NAME} (importer number 25-1647993), whose address is 905",
     "Research Court, Tucson, AZ 85719."),
    (f"1. Party. {_NAME}, importer number 25-1647993, whose business address is 905",
     "Research Court, Tucson, AZ 85719."),
    (f"1. Violator. {_NAME} (IOR 25-1647993), located at 905 Research",
     "Court, Tucson, AZ 85719."),
    (f"1. Auditee. {_NAME}, with its principal place of business at 905",
     "Research Court, Tucson, AZ 85719."),
])
def test_the_clause_that_goes_on_to_the_address(tmp_path: Path, line: str, wrapped: str) -> None:
    lines = ["Report of Findings", line, wrapped, *_REST]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.party_name == _NAME
    assert reading.facts.party_address == "905 Research Court, Tucson, AZ 85719"


@pytest.mark.parametrize("name", ["Alder Point Housewares Inc.", "Marisol Foods Importing, L.P.",
                                  "Harbor Trading Company"])
def test_the_stop_that_ends_the_sentence_is_no_part_of_a_plain_name(tmp_path: Path,
                                                                    name: str) -> None:
    sentence = f"The subject of this referral is {name.rstrip('.')}."
    lines = ["REFERRAL FOR PENALTY ACTION", "1. The party", sentence, "Address of record:",
             "905 Research Court", "Tucson, AZ 85719", "Importer number: 25-1647993", *_REST]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.party_name == name
