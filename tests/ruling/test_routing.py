"""Routing to NCSD or Headquarters, the NCSD target date and the electronic acknowledgement."""

from __future__ import annotations

from datetime import date

import pytest

from bots.ruling_triage import decide_ruling
from tests.ruling._facts import CLASSIFICATION, RECEIVED, VALUATION, letter
from tradebots.facts import Finding


def route_finding(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.rule == "R-ROUTE" and f.severity == "info")


@pytest.mark.parametrize("subject", ["classification", "marking", "origin"])
def test_ncsd_subjects_route_to_ncsd_with_a_30_day_target(subject):
    decision, findings = decide_ruling(letter(ruling_type=subject), received=RECEIVED)
    assert decision.route == "NCSD"
    assert decision.due == date(2025, 4, 2)
    assert route_finding(findings).data["route"] == "NCSD"


@pytest.mark.parametrize("subject", ["valuation", "carrier", "other"])
def test_hq_subjects_route_to_hq_without_a_target(subject):
    decision, findings = decide_ruling(letter(VALUATION, ruling_type=subject), received=RECEIVED)
    assert (decision.outcome, decision.route, decision.due) == ("accept", "HQ", None)
    [due] = [f for f in findings if f.rule == "R-DUE"]
    assert due.data["due"] is None


def test_several_subjects_route_to_hq_if_any_belongs_there():
    facts = letter(
        CLASSIFICATION,
        other_subjects=("origin", "valuation"),
        terms_of_sale="FOB",
        parties_related=False,
    )
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert (decision.outcome, decision.route, decision.due) == ("accept", "HQ", None)
    assert "valuation" in route_finding(findings).message


def test_several_ncsd_subjects_stay_at_ncsd():
    facts = letter(other_subjects=("marking", "origin"))
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.route == "NCSD"


def test_main_subject_at_hq_with_an_ncsd_second_subject_routes_to_hq():
    facts = letter(VALUATION, other_subjects=("marking",))
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.route == "HQ"


def test_reconsideration_of_a_new_york_ruling_goes_to_hq():
    facts = letter(reconsideration_requested=True, reconsidered_ruling="N312345")
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert (decision.route, decision.due) == ("HQ", None)
    assert "N312345" in route_finding(findings).message


def test_unidentified_subject_goes_to_a_person_defaulting_to_hq():
    decision, findings = decide_ruling(letter(ruling_type=None), received=RECEIVED)
    assert (decision.outcome, decision.route, decision.due) == ("needs_human", "HQ", None)
    [point] = [f for f in findings if f.rule == "R-ROUTE" and f.severity == "warning"]
    assert point.person_decides


def test_unidentified_subject_is_moot_when_no_ruling_can_be_given():
    decision, _ = decide_ruling(letter(ruling_type=None, hypothetical=True), received=RECEIVED)
    assert decision.outcome == "no_ruling"


def test_target_is_30_calendar_days_even_across_a_weekend_and_year_end():
    # 2025-12-01 + 30 = 2025-12-31; 2025-12-06 (Saturday receipt) + 30 = 2026-01-05.
    for received, due in (
        (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2025, 12, 6), date(2026, 1, 5)),
    ):
        decision, _ = decide_ruling(CLASSIFICATION, received=received)
        assert decision.due == due


@pytest.mark.parametrize(
    "changes", [{"signed": False}, {"pending_in_court": True}], ids=["deficient", "no_ruling"]
)
def test_no_target_when_no_ruling_is_due_on_the_letter(changes):
    decision, findings = decide_ruling(letter(**changes), received=RECEIVED)
    assert decision.route == "NCSD"
    assert decision.due is None
    [due] = [f for f in findings if f.rule == "R-DUE"]
    assert "No target date" in due.message


def test_needs_human_keeps_the_running_target():
    decision, _ = decide_ruling(letter(item_count=2), received=RECEIVED)
    assert decision.outcome == "needs_human"
    assert decision.due == date(2025, 4, 2)


def test_electronic_request_is_acknowledged_the_next_business_day():
    # Received Friday 2025-01-17; Monday 2025-01-20 is Martin Luther King Jr. Day.
    facts = letter(submitted_electronically=True)
    _, findings = decide_ruling(facts, received=date(2025, 1, 17))
    [ack] = [f for f in findings if f.rule == "R-ACK"]
    assert ack.data["acknowledge_by"] == "2025-01-21"


def test_paper_request_gets_no_acknowledgement_finding():
    _, findings = decide_ruling(CLASSIFICATION, received=RECEIVED)
    assert all(f.rule != "R-ACK" for f in findings)
