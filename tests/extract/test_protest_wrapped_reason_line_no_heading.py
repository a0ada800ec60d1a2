"""Under the objection's heading a sentence may wrap so that one of its lines holds only words
and spaces, like a heading ("CBP appraised the goods at a value built up from the seller's" /
"list price. The price actually paid ..."). A line the next line carries on in small letters is
a sentence's, not a heading: the reasons after it belong to the objection, and a protest that
gives them is never found wanting a justification (174.13(a)(6))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "NOTICE OF PROTEST",
    "Protestant: Okafor & Daughters Trading Co.",
    "310 Commerce Drive",
    "Savannah, GA 31408",
    "IRS/EIN No. 54-2663955",
    "Port: Seattle (Port Code 3002)",
    "Entry No.            Date of Entry          Date of Liquidation",
    "I7E-2644589-1        May 2, 2024            June 27, 2025",
    "Merchandise: Porcelain floor tiles, unglazed, 600 x 600 mm",
    "Nature of and Justification for the Objection",
    "Protestant objects to the appraised value of the merchandise.",
]
_TAIL = ["Drawback: none of the merchandise has been or will be designated for drawback.",
         "Sincerely,", "/s/ Rafael Quintero-Alba"]
_REASONS = [
    # As the twenty-first hand wrote it.
    ["CBP appraised the goods at a value built up from the seller's",
     "list price. The price actually paid or payable is the transaction value under",
     "19 U.S.C. 1401a(b), and the goods must be appraised at that value."],
    ["Customs added the buying agent's commission to the",
     "price actually paid, though a bona fide buying commission is not part of it."],
    ["The goods were appraised on the basis of a computed value and",
     "not on the transaction value the invoices show, which is wrong."],
]


@pytest.mark.parametrize("reasons", _REASONS)
def test_a_wrapped_line_of_the_reasons_is_no_heading(
        tmp_path: Path, reasons: list[str]) -> None:
    # Before: the line was taken for a heading, the objection ended before the reasons, and
    # the bare objection was found to give no justification.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *reasons, *_TAIL])).facts
    assert reasons[1].split()[-1] in (facts.objection_text or "")
    decision, _ = decide(replace(facts, received_date=date(2025, 7, 21)), today=date(2025, 7, 28))
    assert "174.13(a)(6)" not in decision.missing
