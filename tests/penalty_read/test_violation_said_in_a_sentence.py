"""Referrals of senders in general (issue 13, round 32): a memo that says what the violation was
in a sentence of its own ("The party imported ceramic floor tiles. The violation is misdescription
of the goods to avoid Section 301 duties.") states the kind of violation and the material facts
(19 CFR 162.77(b)(1)(iii), (iv)), as the same words after a "Narrative:" label do. A sentence
about the violation that names no kind ("The violation was discovered in an audit", "The
violation is described in the attached file") states neither: both stay with a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "MEMORANDUM",
    "TO: Fines, Penalties and Forfeitures Officer, Port of Miami",
    "SUBJECT: Referral for penalty action, case 2026-5201-167176-01",
    "Party: Kestrel Optics International, Inc., 2832 Gateway Drive, Unit 24, Houston, TX 77029",
    "Case number: 2026-5201-167176-01",
]
TAIL = [
    "Culpability: Fraud - 19 U.S.C. 1592(c)(1).",
    "The importer did not file a prior disclosure.",
    "Entry No.    Entry Date    Liq.   Entered Value   Duty Paid   Duty Owed",
    "E7C-4273980-2   02/26/2023   Final   18856.44   754.26   2661.36",
    "Domestic value: 164034.00",
]

SIBLINGS = [
    # The hand's class: the goods, then the violation in a sentence, then a label on its line.
    (["The party imported ceramic floor tiles. The violation is misdescription of the goods to",
      "avoid Section 301 duties. Date of violation: 26 February 2023."],
     "description", "The violation is misdescription of the goods to avoid Section 301 duties."),
    (["The party imported aluminum extrusions. The violation is omission of assists supplied",
      "free of charge to the foreign producer. Date of violation: 2022-07-11."],
     "valuation", "omission of assists supplied free of charge to the foreign producer."),
    # Past tense, "consisted of", on a line of its own.
    (["This violation consisted of the declaration of a false country of origin for the",
      "steel wire hangers, which were made in China. Date of violation: 2022-07-11."],
     "origin", "a false country of origin for the steel wire hangers"),
    # "involved", the kind told as undervaluation.
    (["The importer entered cotton bath towels. The violation involved undervaluation of the",
      "towels through a second invoice. Date of violation: 2022-07-11."],
     "valuation", "undervaluation of the towels through a second invoice."),
]


@pytest.mark.parametrize(("narrative", "kind", "told"), SIBLINGS)
def test_the_violation_said_in_a_sentence_gives_kind_and_facts(
        tmp_path: Path, narrative: list[str], kind: str, told: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative, *TAIL]))
    assert reading.facts.violation_type == kind
    assert told in (reading.facts.material_facts or "")


@pytest.mark.parametrize("narrative", [
    ["The violation was discovered in an audit of the classification of the entries.",
     "Date of violation: 2022-07-11."],
    ["The violation is described in the attached file.", "Date of violation: 2022-07-11."],
    ["The violation is the subject of a separate classification ruling request.",
     "Date of violation: 2022-07-11."],
    ["The violation is negligent. Date of violation: 2022-07-11."],
])
def test_a_sentence_that_names_no_kind_states_nothing(
        tmp_path: Path, narrative: list[str]) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative, *TAIL]))
    assert reading.facts.material_facts is None
    assert reading.facts.violation_type is None
