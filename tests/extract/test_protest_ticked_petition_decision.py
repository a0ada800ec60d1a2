"""A transmittal form's check list of decisions with "Other" ticked and the decision written in
(thirty-seventh hand): "(X) OTHER: THE DECISION OF THE FINES, PENALTIES AND FORFEITURES OFFICER
ON OUR PETITION / FOR RELIEF IN THE PENALTY CASE ...". The ticked words say what is protested,
a decision made on petition (19 CFR 171.22, 172.22), which cannot be protested (1514(b)): the
claim's argument about value does not make it a 1514(a) decision. Invalid, not accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _form(path: Path, decision: list[str]) -> Path:
    return _letter_pdf(path, [
        "PROTEST TRANSMITTAL - 19 CFR PART 174",
        "A. PROTESTING PARTY",
        "NAME          NORTHFOLD PAPER PRODUCTS CO.",
        "ADDRESS       18 MILL POND ROAD, APPLETON, WI 54911",
        "IMPORTER NO.  95-3987304",
        "PORT CODE     2809",
        "B. ENTRIES",
        "ENTRY NUMBER        DATE OF ENTRY       DATE OF LIQUIDATION",
        "2HB-1051413-0       Dec. 27, 2023       Nov. 2, 2024",
        "C. DECISION PROTESTED (MARK ONE)",
        *decision,
        "MERCHANDISE:  Marine VHF transceivers, handheld, 6 watt",
        "CLAIM AND REASONS:  The transaction value declared at entry is the price actually paid.",
        "The port added a buying commission that is not part of transaction value.",
        "D. DECLARATIONS",
        "(X) MERCHANDISE NOT SUBJECT TO DRAWBACK",
        "( ) FURTHER REVIEW REQUESTED (174.24)",
        "PRINT NAME:  SAMUEL J. WHITCOMBE",
    ])


def _outcome(path: Path) -> str:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 2, 4)), today=date(2025, 2, 10))
    return decision.outcome


@pytest.mark.parametrize("decision", [
    [" ( ) APPRAISED VALUE", " ( ) CLASSIFICATION / RATE OF DUTY", " ( ) CHARGES OR EXACTIONS",
     " (X) OTHER: THE DECISION OF THE FINES, PENALTIES AND FORFEITURES OFFICER ON OUR PETITION",
     " FOR RELIEF IN THE PENALTY CASE CONCERNING THE ENTRY BELOW, WHICH DENIED MITIGATION"],
    ["[ ] Appraised value   [ ] Classification   [ ] Liquidation",
     "[X] Other (specify): denial of our petition for mitigation of the 1592 penalty"],
    ["[ ] Value  [ ] Classification  [ ] Charges  [x] Other - decision on our petition",
     "under 19 CFR 172.22 for relief from liquidated damages"],
])
def test_a_ticked_other_naming_a_petition_decision_makes_the_protest_invalid(
        tmp_path: Path, decision: list[str]) -> None:
    path = _form(tmp_path / "f.pdf", decision)
    assert extract_protest(path).facts.category is None
    assert _outcome(path) == "invalid"


@pytest.mark.parametrize(("decision", "category"), [
    ([" ( ) APPRAISED VALUE", " (X) CLASSIFICATION / RATE OF DUTY", " ( ) OTHER:"],
     "classification"),
    ([" ( ) APPRAISED VALUE", " ( ) CLASSIFICATION / RATE OF DUTY",
      " (X) OTHER: REFUSAL TO RELIQUIDATE UNDER 19 U.S.C. 1520(d)"], "reliquidation_1520d"),
])
def test_a_ticked_protestable_decision_is_the_one_protested(
        tmp_path: Path, decision: list[str], category: str) -> None:
    path = _form(tmp_path / "f.pdf", decision)
    assert extract_protest(path).facts.category == category
    assert _outcome(path) != "invalid"
