"""A letter that lodges its protest against a petition's decision in one sentence and argues the
merits after it (a classification, a value): what it attacks is the petition's decision, which
cannot be protested (19 CFR 171.22, 172.22), not the decision its argument speaks of."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_ARGUMENT = [
    "The goods are properly classified in subheading 6907.22.9000, HTSUS, as their essential",
    "character shows; CBP's reclassification disregards the General Rules of Interpretation.",
]


def _letter(path: Path, lodged: list[str], argument: list[str]) -> Path:
    return _letter_pdf(path, [
        "Wexford Tile Importers LLC",
        "418 Harbor Point Road | Bellingham, WA 98225",
        "June 14, 2024",
        "U.S. Customs and Border Protection",
        "Port of Norfolk",
        "To whom it may concern:",
        *lodged,
        *argument,
        "Our importer number is 74-3599194. None of the entries is subject to drawback.",
        "Further review is not requested.",
        "Regards,",
        "Annette Boudreaux",
        "Owner",
    ])


_LODGED = [
    # As the hand wrote it: the goods and the entry follow the petition in the same sentence.
    ["I own Wexford Tile Importers LLC and am writing to protest the decision on our petition",
     "for relief from the penalty assessed against the merchandise on our Glazed porcelain",
     "floor tiles, 600 x 600 mm, which came in under entry CFG-8912101-3, entered 6 September",
     "2023, decided 2 May 2024."],
    ["By this protest we contest CBP's decision on our petition for mitigation of the",
     "penalty issued on entry CFG-8912101-3 (glazed porcelain floor tiles), entered",
     "6 September 2023, decided 2 May 2024."],
    ["THIS PROTEST CHALLENGES THE DECISION ON OUR PETITION FOR RELIEF FROM LIQUIDATED",
     "DAMAGES claimed on entry CFG-8912101-3 of glazed porcelain floor tiles, entered",
     "6 September 2023, decided 2 May 2024."],
    ["In this protest we object to the denial of our petition for remission of the penalty",
     "on our glazed porcelain floor tiles, which were imported under entry CFG-8912101-3,",
     "entered 6 September 2023, decided 2 May 2024."],
]


@pytest.mark.parametrize("lodged", _LODGED)
def test_a_petition_decision_protested_is_invalid_whatever_is_argued(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: the objection was read from the argument alone, so "classified ... subheading"
    # made it a classification protest and a penalty petition's decision was accepted.
    facts = extract_protest(_letter(tmp_path / "p.pdf", lodged, _ARGUMENT)).facts
    received = replace(facts, received_date=date(2024, 6, 18))
    decision, _ = decide(received, today=date(2024, 7, 20))
    assert facts.category is None
    assert decision.outcome == "invalid"


def test_a_classification_protested_and_argued_stays_one(tmp_path: Path) -> None:
    # A penalty named nowhere in the lodging sentence: the argued decision stands.
    facts = extract_protest(_letter(tmp_path / "c.pdf", [
        "We are writing to protest what CBP did on our Glazed porcelain floor tiles, which came",
        "in under entry CFG-8912101-3, entered 6 September 2023, liquidated 2 May 2024."],
        _ARGUMENT)).facts
    assert facts.category == "classification"


@pytest.mark.parametrize("lodged", [
    ["2. This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174 against the decision on",
     "the petition for relief from the penalty assessed under 19 U.S.C. 1592, as to Entry No.",
     "CFG-8912101-3, entered 6 September 2023, decided 2 May 2024."],
    ["This protest, filed pursuant to 19 U.S.C. 1514, contests the decision on our petition for",
     "mitigation of the penalty on entry CFG-8912101-3, entered 6 September 2023, decided",
     "2 May 2024."],
])
def test_a_petition_protested_past_the_protests_own_law_is_invalid(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: the statute cited between the verb and the petition hid what was protested, and
    # an argument in no terms of the law left the objection unread: a person was asked.
    facts = extract_protest(_letter(tmp_path / "l.pdf", lodged, [
        "The petition decision failed to give weight to the mitigating factors shown."])).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 6, 18)), today=date(2024, 7, 20))
    assert facts.category is None
    assert decision.outcome == "invalid"

