"""A protest that says in its own words that its entry is not liquidated yet ("The entry has not
yet liquidated", "not liquidated" in the liquidation column, "Both entries remain unliquidated")
is filed before the liquidation it protests: premature (19 U.S.C. 1514(c)(3), P-TIME-3), where
the rules sent it to a person for the missing liquidation date. An entry said "not liquidated
within one year" (a deemed liquidation argued) is no such statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Marrow & Finch Imports LLC",
    "600 Canal Street, Floor 3",
    "New Orleans, LA 70130",
    "17 July 2025",
    "U.S. Customs and Border Protection, Port of Chicago, IL (3901)",
    "Dear Sir or Madam,",
]
_OBJECTION = [
    "The proposed rate advance is wrong: the goods are properly classified in subheading",
    "8481.80.1030, HTSUS, by GRI 1, and the entered rate is correct.",
    "Drawback: the merchandise is not the subject of any drawback claim.",
    "Yours faithfully,",
    "Walter J. Brisbane",
    "President, Marrow & Finch Imports LLC",
]
_STATED = {
    # In the letter's own sentence, the one entry named before it.
    "has-not-yet-liquidated": [
        "We write to protest the rate advance CBP proposes for entry G70-2535561-9, made on",
        "11 June 2025. The entry has not yet liquidated: CBP has sent us a Notice of Action",
        "(CBP Form 29) proposing to change the classification and rate of duty.",
        "Our importer number is 27-4835961.",
        "Merchandise: Cast iron gate valves, 2-inch and 4-inch, models GV-200 and GV-400",
    ],
    # In the entries' list, where the liquidation date would stand.
    "column-says-not-liquidated": [
        "We protest the classification of the entries below. Importer no. 27-4835961.",
        "Entry #          Entered      Liquidated",
        "G70-2535561-9    11JUN25      not liquidated",
        "Merchandise: Cast iron gate valves, 2-inch and 4-inch, models GV-200 and GV-400",
    ],
    # Two entries, both said to be open still.
    "both-remain-unliquidated": [
        "We protest the classification of entries G70-2535561-9, entered 11 June 2025, and",
        "G70-2535570-0, entered 13 June 2025. Both entries remain unliquidated.",
        "Our importer number is 27-4835961.",
        "Merchandise: Cast iron gate valves, 2-inch and 4-inch, models GV-200 and GV-400",
    ],
}


def _decided(tmp_path: Path, lines: list[str]) -> str:
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *lines, *_OBJECTION])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 7, 21)), today=date(2025, 8, 30))
    return decision.outcome


@pytest.mark.parametrize("wording", sorted(_STATED))
def test_an_entry_said_not_liquidated_yet_makes_the_protest_premature(
        tmp_path: Path, wording: str) -> None:
    # Before: no liquidation date was read, so a person was asked for 174.13(a)(4).
    assert _decided(tmp_path, _STATED[wording]) == "premature"


def test_an_entry_not_liquidated_within_the_year_is_no_such_statement(tmp_path: Path) -> None:
    # "not liquidated within one year" argues a deemed liquidation (19 U.S.C. 1504): it says
    # nothing of the entry being open now.
    assert _decided(tmp_path, [
        "We protest the liquidation of entry G70-2535561-9, made on 11 June 2023. The entry was",
        "not liquidated within one year of entry and is deemed liquidated by operation of law.",
        "Our importer number is 27-4835961.",
        "Merchandise: Cast iron gate valves, 2-inch and 4-inch, models GV-200 and GV-400",
    ]) != "premature"
