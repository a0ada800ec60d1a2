"""A sender who writes in plain words labels a protest's parts as the questions they answer:
"What we protest:" for the decision, "Why:" for the objection's justification. Read as the
labels they are, they make the layout known, so an element left out is a deficiency, not a
person's guess."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_WHY_LINES = [
    "CBP added the buyer's separately invoiced design costs to the transaction value. Those",
    "costs were incurred in the United States and are not an assist under 19 U.S.C. 1401a(h)(1);",
    "the price actually paid or payable is the proper value.",
]


def _email(path: Path, what: str, why: str, importer: bool = True) -> Path:
    return _letter_pdf(path, [
        "From:    Ingrid Solvang <ingrid@sandhill.com>",
        "Sent:    Tuesday, September 5, 2023 4:52 PM",
        "To:      protests.chicago@cbp.dhs.gov",
        "Subject: PROTEST - port 3901 - entry GGA-8067386-3",
        "Good afternoon,",
        "Sandhill Crane Home Goods LLC protests the decision below under 19 CFR Part 174.",
        "  - Protestant: Sandhill Crane Home Goods LLC",
        "  - Address: 6200 Prairie Parkway, Omaha, NE 68106",
        *(["  - IOR no.: 21-1028939"] if importer else []),
        "  - Port: 3901 (Chicago)",
        "Entries covered:",
        "  * GGA-8067386-3, entered 2022-10-05, liquidated 2023-05-29",
        "Merchandise: Women's knit cardigan sweaters of 70% cotton 30% acrylic",
        f"{what} the appraised value of the merchandise.",
        f"{why} {_WHY_LINES[0]}",
        *_WHY_LINES[1:],
        "Drawback: none of these entries is subject to a drawback claim.",
        "We are not asking for accelerated disposition.",
        "Thanks,",
        "Ingrid Solvang",
        "Import Logistics Manager | Sandhill Crane Home Goods LLC",
    ])


_LABELS = [
    ("What we protest:", "Why:"),
    ("What we are protesting:", "Why we protest:"),
    ("What is protested:", "Why it is wrong:"),
    ("What we object to:", "Why CBP is wrong:"),
]


@pytest.mark.parametrize(("what", "why"), _LABELS)
def test_a_why_label_heads_the_justification_and_the_protest_is_accepted(
        tmp_path: Path, what: str, why: str) -> None:
    # Before: "Why:" was no objection heading, so the justification went unread and the
    # protest, which gives every element, went to a person for 174.13(a)(6).
    facts = extract_protest(_email(tmp_path / "e.pdf", what, why)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 9, 10)), today=date(2023, 9, 27))
    assert facts.objection_text is not None
    assert facts.objection_text.startswith("CBP added the buyer's separately invoiced design")
    assert facts.category == "appraised_value"
    assert decision.outcome == "accept"


@pytest.mark.parametrize(("what", "why"), _LABELS)
def test_an_email_that_labels_its_parts_vouches_for_a_missing_importer_number(
        tmp_path: Path, what: str, why: str) -> None:
    # The decision read from its own label shows the layout was understood: an importer
    # number given nowhere is missing (174.13(a)(2)), not left for a person to look for.
    facts = extract_protest(_email(tmp_path / "e.pdf", what, why, importer=False)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 9, 10)), today=date(2023, 9, 27))
    assert facts.importer_number is None
    assert decision.outcome == "deficient"
    assert list(decision.missing) == ["174.13(a)(2)"]


def _pleading(path: Path, heading: str, grounds: list[str], drawback: str) -> Path:
    return _letter_pdf(path, [
        "NORTHWIND MARINE HARDWARE, INC.",
        "BEFORE U.S. CUSTOMS AND BORDER PROTECTION",
        "PORT OF NEW YORK (PORT CODE 1001)",
        "PROTEST MEMORANDUM",
        "April 4, 2024",
        "1. Protestant. Northwind Marine Hardware, Inc. (Protestant), 4410 Harbor Island Drive,",
        "San Diego, CA 92101, importer number 82-5286108, protests under 19 U.S.C. 1514 the",
        "decision described below.",
        "2. Entries.",
        "Entry No.          Date of Entry          Date of Liquidation",
        "3BD-9299808-6      March 25, 2023         October 24, 2023",
        "3. Merchandise.",
        "Description of merchandise: Lipstick in twelve shades, 3.5 g tubes",
        heading,
        *grounds,
        drawback,
        "Accelerated disposition is not requested.",
        "Respectfully submitted,",
        "/s/ Hannelore Brandt",
        "Hannelore Brandt, Associate General Counsel",
    ])


_HEADINGS = ["4. Decision protested and grounds.", "4. Grounds.",
             "IV. Objection and justification."]
_DRAWBACK = ["5. Drawback. The entries covered by this protest are not subject to drawback.",
             "V. Drawback. No entry covered by this protest is subject to drawback."]


@pytest.mark.parametrize("marker", ["(2)", "\u00b2", " [2]", ""])
@pytest.mark.parametrize("heading", _HEADINGS)
def test_a_grounds_section_that_only_names_the_decision_gives_no_justification(
        tmp_path: Path, heading: str, marker: str) -> None:
    # Before: a heading closed by a full stop was no heading, and the objection restated with
    # a footnote's mark was taken for a reason: a protest giving no justification went to a
    # person instead of a deficiency under 174.13(a)(6).
    grounds = [f"Protestant objects to the appraised value of the merchandise.{marker} The"
               " protestant objects to this decision."]
    facts = extract_protest(_pleading(tmp_path / "p.pdf", heading, grounds, _DRAWBACK[0])).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 4, 8)), today=date(2024, 5, 5))
    assert decision.outcome == "deficient"
    assert list(decision.missing) == ["174.13(a)(6)"]


@pytest.mark.parametrize("drawback", _DRAWBACK)
@pytest.mark.parametrize("heading", _HEADINGS)
def test_a_grounds_section_closed_by_a_full_stop_heads_the_reasons_under_it(
        tmp_path: Path, heading: str, drawback: str) -> None:
    grounds = ["Protestant objects to the appraised value of the merchandise.\u00b2 CBP added the",
               "buyer's design costs to the transaction value; those costs are not an assist under",
               "19 U.S.C. 1401a(h)(1)."]
    facts = extract_protest(_pleading(tmp_path / "p.pdf", heading, grounds, drawback)).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 4, 8)), today=date(2024, 5, 5))
    assert facts.objection_text is not None and "not an assist" in facts.objection_text
    assert "drawback" not in facts.objection_text
    assert decision.outcome == "accept"
