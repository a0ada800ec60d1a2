""""This protest is filed under 19 U.S.C. 1514 ... against the classification ...": the filing's
own law is no decision, but what the protest is filed against is the decision protested."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_category import ARGUED
from tests.extract.test_protest_decision_cues import _letter_pdf


@pytest.mark.parametrize(("sentence", "category"), [
    (["2. This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174 against the",
      "classification of the merchandise and the rate of duty assessed on it, as to Entry No.",
      "112-3456514-8, entered 08/23/2022, liquidated 06/30/2023."], "classification"),
    (["This protest is filed pursuant to 19 U.S.C. 1514(a) against CBP's appraisement of the",
      "merchandise, as to Entry No. 112-3456514-8, entered 08/23/2022, liquidated 06/30/2023."],
     "appraised_value"),
    (["(2) This protest is filed under Part 174 of the regulations against the assessment of",
      "the merchandise processing fee on Entry No. 112-3456514-8, entered 08/23/2022,",
      "liquidated 06/30/2023."], "charges"),
])
def test_what_the_protest_is_filed_against_is_read(
        tmp_path: Path, sentence: list[str], category: str) -> None:
    # Before: a sentence opening "This protest is filed" was passed over whole, so the decision
    # was only inferred from the argument (or not read).
    extraction = extract_protest(_letter_pdf(tmp_path / "f.pdf", [
        "In the Matter of the Protest of", "KESTREL PET PRODUCTS CORP.,", "Protestant,",
        "1. Protestant Kestrel Pet Products Corp. is the importer of record, 900 Lakeview Road,",
        "Waukegan, IL 60085. Its importer number is 52-3698958.", *sentence,
        "3. The merchandise is described as follows: Insulated steel food jars, model FJ-16.",
        "4. The decision disregards the General Rules of Interpretation and 19 U.S.C. 1401a.",
        "Respectfully submitted,", "/s/ Yuki Tanabe", "Yuki Tanabe"]))
    assert extraction.facts.category == category
    assert extraction.fields["category"].confidence > ARGUED  # named, not inferred
