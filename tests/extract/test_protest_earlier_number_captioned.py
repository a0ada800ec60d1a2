"""An earlier protest's number under its own caption with the receipt date's caption left blank
(thirty-seventh hand's transmittal form: "EARLIER PROTEST NO.: 4601-24-717651" / "DATE RECEIVED:").
The number was read under its caption, not guessed from a line calling a protest "earlier": the
missing date makes 174.13(a)(7) wanting with confidence (deficient), not a person's question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


@pytest.mark.parametrize("earlier", [
    ["EARLIER PROTEST NO.:        4601-24-717651", "DATE RECEIVED:"],
    ["Prior protest number:  4601-24-717651", "Date received:  ________"],
    ["Earlier protest No.: 4601-24-717651", "Date received: N/A"],
])
def test_a_captioned_earlier_number_without_its_date_is_deficient(
        tmp_path: Path, earlier: list[str]) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "f.pdf", [
        "PROTEST TRANSMITTAL - 19 CFR PART 174",
        "A. PROTESTING PARTY",
        "NAME          SUNWARD SOLAR COMPONENTS LTD.",
        "ADDRESS       6120 FANNIN STREET, FLOOR 9, HOUSTON, TX 77030",
        "IMPORTER NO.  19-0675846",
        "PORT CODE     4601 (NEWARK)",
        "ENTRY NUMBER       DATE OF ENTRY        DATE OF LIQUIDATION",
        "H4F-5391810-6      9 December 2023      30 October 2024",
        "C. DECISION PROTESTED (MARK ONE)",
        " [ ] APPRAISED VALUE",
        " [X] CLASSIFICATION / RATE OF DUTY",
        "MERCHANDISE:   Polyester dog beds with foam fill, sizes S to XL",
        "CLAIM AND REASONS:   The goods are properly classified under the subheading claimed",
        "at entry; the reclassification disregards the essential character of the article.",
        *earlier,
        " [X] MERCHANDISE NOT SUBJECT TO DRAWBACK",
        "PRINT NAME:    PRIYA NATARAJAN",
    ])).facts
    assert facts.earlier_protest_number == "4601-24-717651"
    decision, _ = decide(replace(facts, received_date=date(2025, 3, 24)), today=date(2025, 3, 30))
    assert decision.outcome == "deficient"
    assert decision.missing == ("174.13(a)(7)",)
