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


# A letter that lodges its protest in a sentence of its own, no heading: "formal", "of the
# imported goods", "on the entries listed here" name the protest and its decision, no reason.
_LODGED_ONLY = {
    "formal-protest-listed-here": [
        "Please accept this as our formal protest of the appraised value of the merchandise as",
        "determined at liquidation on the entries listed here."],
    "cbps-appraisement-imported": ["Protestant protests CBP's appraisement of the imported goods."],
    "official-protest-against": ["Kindly accept this letter as our official protest against the"
                                 " classification of the imported merchandise."],
}
_LETTER_HEAD = [
    "Cedar Hollow Mercantile Co.",
    "5825 Foundry Street, Suite 917",
    "Long Beach, CA 90802",
    "Importer No.: 62-6094717",
    "To: Protest Unit, U.S. Customs and Border Protection, Port of Savannah (Port Code 1703)",
    "Entry No. CEG-4351185-5, entered 2023-08-21, liquidated 2024-02-16.",
    "Goods: Bamboo fiber cutting boards with silicone feet, set of three",
]
_LETTER_TAIL = [
    "Protestant declares that the merchandise covered by this protest is not subject to drawback.",
    "Sincerely,",
    "Rosalind T. Lindqvist",
    "Customs Manager",
]


@pytest.mark.parametrize("name", sorted(_LODGED_ONLY))
def test_a_letter_that_only_lodges_its_protest_is_deficient(tmp_path: Path, name: str) -> None:
    # Before: "formal", "imported" and "listed here" kept the sentence from reading as a bare
    # objection, so nothing showed the justification was not given and a person was asked.
    outcome, missing = _decided(_letter_pdf(tmp_path / "l.pdf", [
        *_LETTER_HEAD, *_LODGED_ONLY[name], *_LETTER_TAIL]))
    assert (outcome, missing) == ("deficient", ["174.13(a)(6)"])
