"""19 CFR 24.5: the importer number. Its CBP-assigned form is VERIFY, so a person checks it."""

from __future__ import annotations

from datetime import date

import pytest

from bots.ruling_triage import decide_ruling
from tests.ruling._facts import RECEIVED, VALUATION, letter


@pytest.mark.parametrize("number", ["533900-91633", "123456-78901", "000123-45678"])
def test_a_cbp_assigned_number_on_a_complete_request_goes_to_a_person(number: str) -> None:
    decision, findings = decide_ruling(letter(importer_number=number), received=RECEIVED)
    assert decision.outcome == "needs_human"
    ior = [f for f in findings if f.rule == "R-IOR"]
    assert len(ior) == 1
    assert ior[0].citation == "19 CFR 24.5"
    assert "VERIFY" in ior[0].message


def test_a_valuation_request_with_a_cbp_assigned_number_goes_to_a_person_too() -> None:
    decision, _ = decide_ruling(letter(VALUATION, importer_number="533900-91633"),
                                received=RECEIVED)
    assert decision.outcome == "needs_human"


@pytest.mark.parametrize("number", ["12-3456789", "12-3456789AB", "123-45-6789", None, "unknown"])
def test_an_ein_an_ssn_or_no_number_raises_nothing_here(number: str | None) -> None:
    decision, findings = decide_ruling(letter(importer_number=number), received=RECEIVED)
    assert decision.outcome == "accept"
    assert not [f for f in findings if f.rule == "R-IOR"]


def test_a_request_refused_anyway_keeps_its_outcome_and_notes_the_number() -> None:
    facts = letter(importer_number="533900-91633", prospective=False, entry_made=True,
                   liquidation_date=date(2025, 1, 10))
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert [f.rule for f in findings if f.rule == "R-IOR"] == ["R-IOR"]


def test_a_deficient_request_keeps_its_outcome() -> None:
    decision, _ = decide_ruling(letter(importer_number="533900-91633", signed=False),
                                received=RECEIVED)
    assert decision.outcome == "deficient"
    assert decision.missing == ("177.2(c)",)
