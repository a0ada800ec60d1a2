"""A protest that says of itself that it is the party's second on the entry (thirty-sixth and
thirty-seventh hands): "This is the protestant's second protest on this entry: its protest no.
...", "Note we already protested this same entry and these same goods (Protest ...)". Only one
protest per entry and category of merchandise is allowed, whatever decision it attacks (19 U.S.C.
1514(c)(1), customs-rules edge case 5): invalid, and the number named is the earlier protest's,
never this one's. An earlier protest on other entries, whose disposition is asked for
(174.13(a)(7)), is no second protest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.model import ProtestFacts
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_RECEIVED = date(2025, 2, 19)


def _decide(facts: ProtestFacts) -> tuple[str, list[str]]:
    decision, findings = decide(replace(facts, received_date=_RECEIVED), today=date(2025, 3, 9))
    return decision.outcome, [f"{f.rule} {f.severity}" for f in findings]


def _protest(path: Path, note: list[str]) -> Path:
    return _letter_pdf(path, [
        "Harbor Tile Imports LLC",
        "77 Harbor Point Road, Portland, ME 04101",
        "February 17, 2025",
        "Port Director, U.S. Customs and Border Protection, Port of Houston (5301)",
        "Harbor Tile Imports LLC protests the classification of the merchandise on the entry",
        "below. Importer number 41-8353861.",
        "Entry 6AD-5551291-5, entered April 6, 2024, liquidated January 13, 2025.",
        "Merchandise: Glazed ceramic floor tiles, 30 x 30 cm",
        "The tiles are properly classified under subheading 6907.22.0000 (GRI 1).",
        *note,
        "The entries covered by this protest are not subject to drawback.",
        "Sincerely,",
        "Aiko Tanabe",
    ])


_SECOND = [
    ["This is the protestant's second protest on this entry: its protest no. 5301-25-422408,",
     "received February 3, 2025, contests the appraised value of the same merchandise."],
    ["Note we already protested this same entry and these same goods (Protest 5301-25-422408,",
     "received 03-FEB-2025) on value; this one is about classification."],
    ["We previously filed Protest No. 5301-25-422408 on this entry, covering the same",
     "merchandise, against its appraisal."],
    ["Our earlier protest 5301-25-422408 on these same entries and the same goods attacked",
     "the value; this protest attacks the classification."],
    # The fifty-third hand: a protest named by its number and said to have been filed, with no
    # "already" or "earlier" (the number and the past filing say it).
    ["Protestant filed Protest No. 5301-25-422408 on the same merchandise of this entry,",
     "contesting its appraised value; that protest was received on February 3, 2025."],
    ["Protest 5301-25-422408, covering the same goods of this entry, was lodged by us on",
     "February 3, 2025 against the appraisal."],
    ["We submitted protest number 5301-25-422408 against this entry on the same merchandise",
     "(appraisement), received February 3, 2025."],
]


@pytest.mark.parametrize("note", _SECOND)
def test_a_protest_that_says_it_is_the_partys_second_on_the_goods_is_invalid(
        tmp_path: Path, note: list[str]) -> None:
    facts = extract_protest(_protest(tmp_path / "p.pdf", note)).facts
    assert facts.protest_number is None  # the number named is the earlier protest's
    assert facts.stated_earlier is not None
    assert facts.stated_earlier.protest_number == "5301-25-422408"
    outcome, findings = _decide(facts)
    assert outcome == "invalid"
    assert "P-ONE-3 error" in findings


def test_an_earlier_protest_on_the_entry_without_the_goods_goes_to_a_person(
        tmp_path: Path) -> None:
    # Whether the earlier protest covered the same goods is not said: a person settles it.
    facts = extract_protest(_protest(tmp_path / "p.pdf", [
        "We already protested this entry (Protest 5301-25-422408) on its appraised value."])).facts
    assert _decide(facts)[0] == "needs_human"


@pytest.mark.parametrize("note", [
    ["The protestant asks for the same disposition as in its earlier protest no. 5301-24-958295,",
     "received December 3, 2024, which covers other entries of the same merchandise."],
    ["Same disposition is requested as in our earlier Protest No. 5301-24-958295 (under",
     "further review), received December 3, 2024."],
])
def test_an_earlier_protest_asked_for_its_disposition_is_no_second_protest(
        tmp_path: Path, note: list[str]) -> None:
    facts = extract_protest(_protest(tmp_path / "p.pdf", note)).facts
    assert facts.stated_earlier is None
    assert facts.earlier_protest_number == "5301-24-958295"
    assert _decide(facts)[0] == "accept"


@pytest.mark.parametrize("note", [
    ["No other protest has been filed on this entry."],
    ["We have not previously protested this entry or these goods."],
    ["This is not a second protest: no earlier protest covers this entry."],
    ["The protestant hasn't protested this entry before."],
])
def test_a_denied_earlier_protest_is_none(tmp_path: Path, note: list[str]) -> None:
    facts = extract_protest(_protest(tmp_path / "p.pdf", note)).facts
    assert facts.stated_earlier is None
    assert _decide(facts)[0] == "accept"


def test_an_earlier_protest_named_by_its_number_first_is_still_read(tmp_path: Path) -> None:
    # "No." as the number's caption is no denial.
    facts = extract_protest(_protest(tmp_path / "p.pdf", [
        "Protest No. 5301-25-422408 was our earlier protest on this entry and the same",
        "merchandise; it attacked the appraised value."])).facts
    assert facts.stated_earlier is not None
    assert _decide(facts)[0] == "invalid"


def test_this_protests_own_number_said_filed_is_no_earlier_protest(tmp_path: Path) -> None:
    facts = extract_protest(_protest(tmp_path / "p.pdf", [
        "This protest, No. 5301-25-422408, was filed on this entry by the protestant."])).facts
    assert facts.stated_earlier is None
    assert _decide(facts)[0] == "accept"
