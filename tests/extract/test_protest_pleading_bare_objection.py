"""A protest set out as a pleading in numbered paragraphs that lodges its objection in a paragraph
of its own and says nothing of why ("4. Protestant objects to the decision and asks that it be set
aside."), then declares drawback, asks for accelerated disposition and closes with its prayer
("WHEREFORE, Protestant asks that the protest be allowed and the entries reliquidated
accordingly."): the prayer asks for relief and argues nothing, so the justification 19 CFR
174.13(a)(6) asks for is positively not given. The paragraph's number, cut from the next
paragraph, is no reason either."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_OPENING = [
    "In the Matter of the Protest of", "KESTREL PET PRODUCTS CORP.,", "Protestant,",
    "concerning 1 entry of merchandise.", "PROTEST",
    "1. Protestant Kestrel Pet Products Corp. is the importer of record, with its principal",
    "place of business at 900 Lakeview Road, Waukegan, IL 60085. Its importer number is",
    "52-3698958.",
    "2. This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174 against the",
    "classification of the merchandise and the rate of duty assessed on it, as to Entry No.",
    "112-3456514-8, entered 08/23/2022, liquidated 06/30/2023.",
    "3. The merchandise is described as follows: Insulated stainless steel food jars, 16 oz.",
]
_CLOSE = [
    "5. The merchandise is not the subject of any drawback claim, filed or intended.",
    "6. Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent",
    "by certified mail, return receipt requested.",
]
_SIGNED = ["Dated: 12/02/2023", "Respectfully submitted,", "/s/ Yuki Tanabe", "Yuki Tanabe",
           "Director of Trade Compliance"]
_BARE = {
    "objects-asks-set-aside": "4. Protestant objects to the decision and asks that it be set"
                              " aside.",
    "hereby-protests": "4. The protestant hereby protests the classification of the merchandise.",
    "object-request-reversal": "4. We object to the liquidation and request its reversal.",
}
_PRAYERS = {
    "reliquidated-accordingly": ["WHEREFORE, Protestant asks that the protest be allowed and the",
                                 "entries reliquidated accordingly."],
    "prays-granted": ["WHEREFORE, Protestant prays that this protest be granted in full and that",
                      "the entries be reliquidated accordingly."],
}


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 12, 4)),
                         today=date(2023, 12, 5))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("prayer", sorted(_PRAYERS))
@pytest.mark.parametrize("bare", sorted(_BARE))
def test_a_bare_objection_paragraph_before_a_prayer_is_deficient(
        tmp_path: Path, bare: str, prayer: str) -> None:
    # Before: "accordingly" in the prayer, and the next paragraph's number cut from it, read as
    # reasons given after the objection, so its absence could not be vouched for.
    outcome, missing = _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_OPENING, _BARE[bare], *_CLOSE, *_PRAYERS[prayer], *_SIGNED]))
    assert (outcome, missing) == ("deficient", ("174.13(a)(6)",))


def test_a_paragraph_that_says_why_is_the_objection(tmp_path: Path) -> None:
    outcome, missing = _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_OPENING, "4. Protestant objects to the decision: the jars are vacuum flasks of",
        "subheading 9617.00.10, HTSUS, not household articles of heading 7323.", *_CLOSE,
        *_PRAYERS["reliquidated-accordingly"], *_SIGNED]))
    assert missing == ()
    assert outcome == "accept"
