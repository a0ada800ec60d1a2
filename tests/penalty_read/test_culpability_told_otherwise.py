"""A culpability label that the referral's own sentences contradict goes to a person (issue 13,
round 34).

19 U.S.C. 1592(c) sets the penalty by the degree; 19 CFR Part 171 App. B (B) defines each:
negligence is a failure to exercise reasonable care, gross negligence an act "with actual
knowledge of or wanton disregard for the relevant facts", fraud one done knowingly. A worksheet
that says "Culpability: Negligence" while its narrative says the importer knew the invoices were
false, or acted with gross negligence (or the reverse: "Fraud" over a narrative that finds only
a failure to exercise reasonable care) gives two degrees; a penalty drafted at either may be at
the wrong one. Sentences that agree, deny the other level, or only list a form's choices do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_ROWS = [
    "EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  Duty paid $1,596.69  "
    "Duty owed $4,151.41",
]


def _doubts(tmp_path: Path, level: str, told: list[str]) -> tuple[str | None, tuple[str, ...]]:
    head = [f"Culpability: {level}" if line.startswith("Culpability") else line
            for line in REFERRAL_HEAD]
    lines = head[:-1] + told + head[-1:] + _ROWS
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    return facts.culpability, facts.doubts


@pytest.mark.parametrize(("level", "told"), [
    ("Negligence", ["Narrative: The importer acted with gross negligence in declaring the",
                    "values of the cookware."]),
    ("Negligent", ["Facts: the company knew the invoices it presented understated the price."]),
    ("Negligence", ["Summary of facts: Emails show the importer was aware that the declared",
                    "values were false when the entries were filed."]),
    ("Negligence", ["Remarks: The importer had actual knowledge of the second invoice."]),
    ("Negligence", ["Findings: The importer knowingly undervalued its entries of cookware."]),
    ("Gross negligence", ["Narrative: The importer failed to exercise reasonable care in",
                          "classifying the cookware."]),
    ("Fraud", ["Remarks: The broker was negligent in describing the goods to CBP."]),
    ("Fraud", ["Narrative: Review shows the importer acted with wanton disregard for the facts."]),
    ("Negligence", ["Narrative: The importer willfully misdescribed the cookware."]),
    ("Negligence", ["Narrative: The company deliberately split the invoices."]),
    ("Negligence", ["Remarks: The broker recklessly ignored the mill certificates."]),
    ("Fraud", ["Narrative: The misclassification was an inadvertent clerical error."]),
    ("Gross negligence", ["Remarks: the importer's honest mistake in reading the tariff."]),
    ("Fraud", ["Narrative: The importer did not know the supplier had issued a second invoice."]),
])
def test_a_sentence_of_another_degree_sends_it_to_a_person(
        tmp_path: Path, level: str, told: list[str]) -> None:
    culpability, doubts = _doubts(tmp_path, level, told)
    assert culpability is not None
    assert any("culpability two ways" in doubt for doubt in doubts)


@pytest.mark.parametrize(("level", "told"), [
    ("Gross negligence", ["Narrative: The importer knew of the supplier's second invoice."]),
    ("Fraud", ["Findings: The importer knowingly undervalued its entries of cookware."]),
    ("Negligence", ["Narrative: The importer failed to exercise reasonable care in",
                    "classifying the cookware."]),
    ("Negligence", ["Narrative: The importer knew or should have known the invoices were low."]),
    ("Negligence", ["Narrative: There is no evidence that the importer knew of the second",
                    "invoice, and it did not act with gross negligence."]),
    ("Negligence", ["Case type: 19 USC 1592 - commercial fraud"]),
    ("Negligence", ["[X] NEGLIGENCE - 19 U.S.C. 1592(c)(3)",
                    "[ ] GROSS NEGLIGENCE - 19 U.S.C. 1592(c)(2)",
                    "[ ] FRAUD - 19 U.S.C. 1592(c)(1)"]),
    ("Negligence", ["Guidelines: fraud up to the domestic value; gross negligence 4x the loss."]),
    ("Negligence", ["Narrative: The error was unintentional; the importer did not know of it."]),
    ("Fraud", ["Narrative: The importer deliberately split the invoices."]),
    ("Gross negligence", ["Narrative: The importer did not know the price; it recklessly",
                          "disregarded the mill certificates."]),
    ("Fraud", ["Narrative: The error was not inadvertent."]),
])
def test_sentences_that_agree_or_deny_leave_the_level_read(
        tmp_path: Path, level: str, told: list[str]) -> None:
    culpability, doubts = _doubts(tmp_path, level, told)
    assert culpability is not None
    assert not any("culpability" in doubt for doubt in doubts)
