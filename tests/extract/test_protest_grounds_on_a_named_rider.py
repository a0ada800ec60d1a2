"""A broker's ruled form names the decision in a labelled box and says the goods, facts and grounds
are set out in a rider ("The description of the merchandise, the facts and the grounds are set
out in Rider A."); the rider heads them "Facts and legal grounds". That heading is the objection's
(19 CFR 174.13(a)(6)) in the facts' words. Where the rider's heading is one the reader does not
know, the sentence pointing to it still shows the grounds are given somewhere: their absence is
never concluded, a person looks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_FORM = [
    "PROTEST UNDER 19 U.S.C. 1514 / 19 CFR PART 174",
    "PROTESTING PARTY",
    "Coastal Reef Aquatics LLC",
    "ADDRESS",
    "42 Dockside Way, Charleston, SC 29492",
    "IMPORTER OF RECORD NUMBER",
    "69-1393111",
    "PORT OF ENTRY",
    "3901 - Chicago",
    "ENTRIES COVERED",
    "PORT     ENTRY NUMBER      DATE OF ENTRY     DATE OF LIQUIDATION",
    "3901     I6H-7674827-6     09/15/2024        03/21/2025",
    "DECISION PROTESTED: the appraisement of the imported goods.",
]
_RIDER = [
    "[X] Further review requested (19 CFR 174.24)",
    "[ ] Accelerated disposition requested (19 CFR 174.22)",
    "RIDER A - continuation of protest",
    "Coastal Reef Aquatics LLC / IOR 69-1393111",
    "Merchandise: Hex-head bolts of carbon steel, zinc plated, M10 by 60 mm",
]
_GROUNDS = [
    "The port appraised the goods on a transaction value that included buying commissions paid",
    "to our own agent. Bona fide buying commissions are not part of the price actually paid or",
    "payable under 19 U.S.C. 1401a(b), and the appraised value should be reduced accordingly.",
]
_CLOSE = [
    "Drawback: the merchandise is not the subject of any drawback claim.",
    "/s/ Mei-Ling Cho",
    "Mei-Ling Cho, General Counsel",
    "Date: 04/30/2025",
]
_POINTERS = [
    "The description of the merchandise, the facts and the grounds are set out in Rider A.",
    "Our reasons for this protest are stated in the attached rider.",
    "The grounds of objection are given on the continuation sheet.",
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 5, 2)),
                         today=date(2025, 5, 18))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("heading", ["Facts and legal grounds", "FACTS AND GROUNDS",
                                     "Facts, law and grounds of protest"])
def test_grounds_under_a_heading_in_the_facts_words_are_the_objection(
        tmp_path: Path, heading: str) -> None:
    # Before: the heading was not known, the decision's labelled box vouched for the letter's
    # layout, and a protest with its grounds set out was confidently called deficient.
    assert _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_FORM, _POINTERS[0], *_RIDER, heading, *_GROUNDS, *_CLOSE])) == ("accept", ())


@pytest.mark.parametrize("pointer", _POINTERS)
def test_grounds_pointed_to_under_an_unknown_heading_go_to_a_person(
        tmp_path: Path, pointer: str) -> None:
    outcome, _ = _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_FORM, pointer, *_RIDER, "Background and position of the importer", *_GROUNDS,
        *_CLOSE]))
    assert outcome != "deficient"
