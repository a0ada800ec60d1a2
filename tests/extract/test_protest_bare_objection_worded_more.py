"""Where a sender puts the objection (its heading, its labelled line) and says there only that it
protests ("The importer hereby protests the entries listed.", "We disagree with this decision and
ask that it be reversed."), the decision may be named and a remedy asked for, but nothing says why
it is wrong: the justification 19 CFR 174.13(a)(6) asks for is positively not given."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Protesting party: Keystone Brewing Equipment Co.",
    "Address: 1801 Liberty Avenue, Pittsburgh, PA 15222",
    "Importer number: 27-8493104",
    "Port code: 1001",
    "Merchandise: Stainless steel pruning shears with nylon grips",
    "Entry CFG-2302396-0, entered 4/2/2023, liquidated 2/7/2024",
    "Decision protested: the classification of the merchandise at liquidation.",
]
_TAIL = [
    "The merchandise is not the subject of a drawback claim.",
    "Further review is not requested.",
    "Signature: /s/ Gordon E. Pruitt",
    "Title: Purchasing Manager",
]
# The objection's place, and what the sender wrote there: a protest lodged, a remedy asked for.
_BARE = {
    "heading-hereby-entries": ["Objection / justification",
                               "The importer hereby protests the entries listed."],
    "label-disagree-and-ask": ["Reasons: We disagree with this decision and ask that it be"
                               " reversed."],
    "label-object-set-aside": ["Grounds: Protestant hereby objects to the decision and asks that"
                               " it be set aside."],
    "heading-protest-request": ["Basis for protest",
                                "We protest the entries listed above and request"
                                " reliquidation."],
}
# The same places with a reason given: the objection and its justification.
_REASONED = {
    "label-disagree-because": ["Reasons: We disagree with this decision because the shears are"
                               " hand tools of heading 8201."],
    "heading-hereby-should": ["Objection / justification",
                              "The importer hereby protests the entries listed: the goods should"
                              " have been classified in subheading 8201.50.00, HTSUS."],
}


def _decided(path: Path) -> tuple[str, list[str]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 3, 1)),
                         today=date(2024, 3, 4))
    return decision.outcome, list(decision.missing)


@pytest.mark.parametrize("name", sorted(_BARE))
def test_a_protest_lodged_where_the_objection_goes_and_no_reason_is_deficient(
        tmp_path: Path, name: str) -> None:
    # Before: "hereby", an object named as "the entries listed" or a remedy asked for ("and ask
    # that it be reversed") made the sentence look like more than a bare objection, so it was
    # taken as an objection found by a guess and a person was asked.
    outcome, missing = _decided(_letter_pdf(tmp_path / "b.pdf", [*_HEAD, *_BARE[name], *_TAIL]))
    assert missing == ["174.13(a)(6)"]
    assert outcome == "deficient"


@pytest.mark.parametrize("name", sorted(_REASONED))
def test_the_same_place_with_a_reason_is_an_objection(tmp_path: Path, name: str) -> None:
    outcome, missing = _decided(_letter_pdf(tmp_path / "r.pdf",
                                            [*_HEAD, *_REASONED[name], *_TAIL]))
    assert missing == []
    assert outcome == "accept"
