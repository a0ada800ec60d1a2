"""A letter that labels its decision protested and its goods, then only says again that it
objects to that decision ("The protestant objects to the appraised value of the merchandise."):
the decision's own name (appraised, classified) is no reason, so 174.13(a)(6)'s justification
is absent where the sender would have given it (deficient), not read from the restatement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "O'Rourke Garden Supply LLC",
    "501 Canal Street, Unit 12",
    "Doral, FL 33178",
    "Port: 3002",
    "IOR: 50-3956774",
    "2025-05-09",
    "Port Director",
    "U.S. Customs and Border Protection",
    "Re: Protest - entry CAG-8435857-9",
    "Dear Port Director:",
    "O'Rourke Garden Supply LLC protests the decision described below on entry",
    "CAG-8435857-9, made on 2024-06-01 and liquidated on 2025-04-17.",
]
_TAIL = [
    "Drawback declaration - the merchandise is not the subject of any drawback claim.",
    "Further review is not requested.",
    "Sincerely,",
    "/s/ Theodora Quint",
    "Vice President, Operations",
]
_GOODS = "Merchandise: Cordless electric hedge trimmers, 20 V, model HT-5"
_RESTATED = {
    # As the hand wrote it.
    "value": ["Decision protested: the appraised value of the merchandise.", _GOODS,
              "The protestant objects to the appraised value of the merchandise."],
    "classification": ["Decision protested: the classification of the merchandise.", _GOODS,
                       "We object to the classification of the merchandise."],
    "rate": ["Decision protested: the rate of duty.", _GOODS,
             "The importer disputes the rate of duty on the entry."],
}


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 5, 12)),
                         today=date(2025, 5, 21))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("name", sorted(_RESTATED))
def test_a_decision_named_again_is_no_justification(tmp_path: Path, name: str) -> None:
    # Before: "appraised" and "classification" are words of the law, so the restatement was
    # read as the argument and the protest was accepted.
    assert _decided(_letter_pdf(tmp_path / "r.pdf", [*_HEAD, *_RESTATED[name], *_TAIL])) == (
        "deficient", ("174.13(a)(6)",))


def test_the_restatement_with_its_reason_is_an_objection(tmp_path: Path) -> None:
    outcome, missing = _decided(_letter_pdf(tmp_path / "a.pdf", [
        *_HEAD, *_RESTATED["value"],
        "The buying commission CBP added is not part of transaction value under 19 U.S.C.",
        "1401a(b), because it was paid to a bona fide buying agent.", *_TAIL]))
    assert (outcome, missing) == ("accept", ())
