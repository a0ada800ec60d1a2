"""An e-mail that lodges its protest as a request ("Please accept this protest of the appraised
value.") under a greeting, lists its particulars, declares drawback and signs off, with no word
of why: the decision is named where the sender says what is protested and nothing anywhere says
why it is wrong, so 174.13(a)(6)'s justification is positively absent (deficient)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "From: Gideon Achterberg",
    "Sent: Nov 12, 2023 4:22 PM",
    "To: Protests, Port of Los Angeles",
    "Subject: Protest - B3D-3238710-0",
]
_PARTICULARS = [
    "Protestant: Tidewater Solar Components LLC",
    "Mailing address: 1244 Depot Street, Suite 626, Portland, OR 97217",
    "Importer of record number: 89-342613600",
    "Port: 2704 (Los Angeles)",
    "Entry B3D-3238710-0, entered 12/05/2022, liquidated 10/26/2023",
    "Commodity: Glazed ceramic dinnerware sets of 16 pieces, stoneware body",
]
_TAIL = [
    "Declaration under 19 CFR 174.13(a)(9): the merchandise is not the subject of a",
    "drawback claim.",
    "Regards,",
    "Gideon Achterberg",
    "Director of Trade Compliance, Tidewater Solar Components LLC",
]
_OPENINGS = [
    # As the hand wrote it.
    ["Good afternoon,", "Please accept this protest of the appraised value. The particulars:"],
    ["Hello,", "Kindly accept this letter as our protest against the appraisement of the",
     "merchandise. Details below:"],
    ["Dear Port Director,", "Please accept this e-mail as our protest of the valuation of the",
     "entry listed below:"],
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 18)),
                         today=date(2023, 12, 18))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("opening", _OPENINGS)
def test_a_protest_lodged_as_a_request_with_no_reason_is_deficient(
        tmp_path: Path, opening: list[str]) -> None:
    # Before: the request form was not read as lodging the protest (and the greeting above it
    # ran into its sentence), so nothing placed the objection and a person was asked.
    outcome, missing = _decided(_letter_pdf(tmp_path / "e.pdf",
                                            [*_HEAD, *opening, *_PARTICULARS, *_TAIL]))
    assert (outcome, missing) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("reasons", [
    ["Why we protest: CBP added a buying commission to the price actually paid; the agent is",
     "a bona fide buying agent, so the commission is not part of transaction value."],
    ["The commission CBP added was paid to a bona fide buying agent, so it is not part of the",
     "price actually paid and the entry should be reliquidated at the invoice value."],
])
def test_the_same_request_with_its_reasons_is_not_deficient(
        tmp_path: Path, reasons: list[str]) -> None:
    outcome, missing = _decided(_letter_pdf(tmp_path / "r.pdf", [
        *_HEAD, *_OPENINGS[0], *_PARTICULARS, *reasons, *_TAIL]))
    assert "174.13(a)(6)" not in missing
    assert outcome != "deficient"
