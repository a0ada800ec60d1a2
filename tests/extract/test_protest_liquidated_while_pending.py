"""A protest of the liquidation itself says why by when it was made: "liquidated while an
extension of liquidation was in force", "before the post-summary correction was processed",
"while the suspension remained in effect". Said after the lodging sentence's colon or in the
sentence after it, that is the objection's justification (19 CFR 174.13(a)(6)), not an objection
missing; a colon followed only by the decision's name still gives no reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Harrow Point Ceramics LLC",
    "44 Kiln Street",
    "Trenton, NJ 08608",
    "IOR: 22-4471903",
    "Port: 1303",
    "Re: Protest under 19 U.S.C. 1514",
    "Dear Port Director: Harrow Point Ceramics LLC protests the decision described below on the",
    "following entries.",
    "- Entry DG8-8560892-8, entered March 13, 2024, liquidated July 28, 2025",
    "Merchandise: Glazed stoneware dinner plates, 27 cm",
]
_OBJECTIONS = {
    # The reason after the lodging sentence's colon, two timings in one sentence.
    "extension-in-force": [
        "Protestant objects to the liquidation itself: the entries were liquidated while an",
        "extension of liquidation was in force, before the importer's post-summary correction",
        "was processed. CBP should reliquidate on the corrected entry summaries.",
    ],
    # ... after a dash, the correction not yet acted on.
    "before-acted-upon": [
        "The importer objects to the liquidation - the entry was liquidated before its",
        "post-summary correction had been acted upon. Please reliquidate as corrected.",
    ],
    # ... in the sentence after a plain lodging sentence, a suspension still in effect.
    "suspension-in-effect": [
        "We protest the liquidation of the entry. It was liquidated while the suspension of",
        "liquidation ordered by the Department remained in effect.",
    ],
    # ... liquidated before the extension the port granted had run out.
    "before-extension-expired": [
        "Protestant objects to the liquidation: CBP liquidated the entry before the",
        "extension it granted on our request had expired.",
    ],
}
_TAIL = [
    "No earlier protest on these entries asks for the same disposition.",
    "Drawback: none of the merchandise has been or will be claimed for drawback.",
    "Accelerated disposition is not requested. Further review is not requested.",
    "Sincerely,",
    "Marcus J. Lindgren",
    "Licensed Customs Broker",
]


def _decided(tmp_path: Path, objection: list[str]) -> tuple[object, str, tuple[str, ...]]:
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *objection, *_TAIL])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 11)),
                         today=date(2025, 9, 12))
    return facts.objection_text, decision.outcome, decision.missing


@pytest.mark.parametrize("wording", sorted(_OBJECTIONS))
def test_a_liquidation_made_while_something_was_pending_is_justified(
        tmp_path: Path, wording: str) -> None:
    # Before: the timing was no reason a reader knew, and the reason after the lodging
    # sentence's own colon was not read, so a person was asked for 174.13(a)(6).
    objection, outcome, missing = _decided(tmp_path, _OBJECTIONS[wording])
    assert objection is not None
    assert (outcome, missing) == ("accept", ())


def test_a_colon_followed_only_by_the_decision_gives_no_reason(tmp_path: Path) -> None:
    # The decision named after the colon argues nothing: never an accepted protest.
    _, outcome, missing = _decided(tmp_path, [
        "Protestant objects to the following decision: the liquidation of the entry at the",
        "rate of duty assessed.",
    ])
    assert outcome != "accept"
    assert outcome == "needs_human" or "174.13(a)(6)" in missing
