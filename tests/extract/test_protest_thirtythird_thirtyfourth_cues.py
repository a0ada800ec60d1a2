"""Habits of the thirty-third and thirty-fourth hands (PDFKit, plain TeX, XPS, gslp), each
drawn in sibling wordings: a protest lodged by disagreeing with a petition's decision, an
address cell that points to a file instead of giving one, a declarant's title run into the
company ("I am Director of Trade Compliance of X"), a protest filed on behalf of a named
protestant, and an objection headed by the decision it argues."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_ARGUMENT = [
    "Why we disagree: The goods were reclassified under 8708.99.0000 at a higher rate. They",
    "are properly classified under subheading 8708.30.5090 as entered: their essential",
    "character and principal use fit the terms of that heading (GRI 1 and 6).",
]


def _ap_letter(path: Path, lodged: list[str]) -> Path:
    return _letter_pdf(path, [
        "Northgate Auto Components Inc.",
        "21800 Hoover Road",
        "Warren, MI 48089",
        "Accounts Payable Department",
        "Dec 20, 2023",
        "U.S. Customs and Border Protection",
        "Port of Seattle - Protest Section",
        "Port Code 3001",
        "RE: Your Bill No. 878185 - we dispute this bill",
        "  Our importer number: 50-9646764",
        "To whom it may concern,",
        *lodged,
        " * Entry ABC-1616592-2, entered Dec 17, 2022, liquidated Nov 4, 2023 - billed",
        "$3,522.00",
        "Merchandise: Steel brake rotors for passenger vehicles, drilled and slotted",
        *_ARGUMENT,
        "None of the entries listed is subject to a drawback claim.",
        "Thank you,",
        "Raymond Okafor",
        "Accounts Payable Specialist, Northgate Auto Components Inc.",
    ])


@pytest.mark.parametrize("lodged", [
    # As the hand wrote it: the disagreement names the petition, "our protest of it" follows.
    ["Our office received a bill for additional duties on the entries listed below. We do",
     "not agree with the decision of Dec 1, 2023 on our petition for relief in the penalty",
     "case on these entries, which denied any mitigation, and this letter is our protest of",
     "it."],
    ["We disagree with CBP's decision of December 1, 2023 on our petition for mitigation of",
     "the penalty on these entries. Please treat this letter as our protest."],
    ["The company does not agree with the ruling on its petition for remission of the",
     "penalty issued on the entries below, and protests it."],
    ["We don't agree with the decision on our petition for relief from liquidated damages",
     "on these entries; this letter is our protest."],
])
def test_disagreeing_with_a_petitions_decision_protests_it_and_is_invalid(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: "do not agree with" was no lodging verb, so the classification argued after it
    # was taken for the decision protested and a penalty petition's decision was accepted.
    facts = extract_protest(_ap_letter(tmp_path / "p.pdf", lodged)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 12, 22)),
                         today=date(2024, 1, 24))
    assert facts.category is None
    assert decision.outcome == "invalid"


def test_disagreeing_with_a_classification_stays_a_classification(tmp_path: Path) -> None:
    # No petition or penalty named: the argued decision stands and the protest is accepted.
    facts = extract_protest(_ap_letter(tmp_path / "c.pdf", [
        "We do not agree with the bill for additional duties on the entries listed below, and",
        "this letter is our protest of it."])).facts
    assert facts.category == "classification"
