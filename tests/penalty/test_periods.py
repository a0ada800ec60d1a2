"""Limitations date (1621) and response periods (162.77, 171.2), edge case 14."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bots.common.dates import add_years
from bots.penalty_notice.rules.decide import decide_penalty
from bots.penalty_notice.rules.periods import (
    less_than_a_year_left,
    limitations_date,
    petition_period,
)
from tests.penalty.factories import LIMITATIONS, TODAY, VIOLATION, case, with_loss


def test_limitations_date_is_five_years_after_the_violation() -> None:
    dated = limitations_date(VIOLATION)
    assert dated.day == LIMITATIONS
    assert dated.citation == "19 U.S.C. 1621; 19 CFR Part 171 App. B (E)(1)(d)"
    assert "fraud" not in dated.explanation


def test_fraud_limitations_date_is_computed_as_if_not_fraud() -> None:
    dated = limitations_date(VIOLATION, fraud=True)
    assert dated.day == LIMITATIONS  # from the violation, not from a later discovery
    assert "computed as if not fraud" in dated.explanation


def test_a_29_february_violation_runs_to_28_february() -> None:
    assert add_years(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)


def test_a_year_left_is_not_less_than_a_year() -> None:
    assert not less_than_a_year_left(LIMITATIONS, date(2026, 3, 1))
    assert less_than_a_year_left(LIMITATIONS, date(2026, 3, 2))


@pytest.mark.parametrize(
    ("days_left", "due", "shortened", "citation"),
    [
        (180, date(2024, 11, 22) + timedelta(days=60), False, "19 CFR 171.2(b)"),
        (179, date(2024, 12, 4), True, "19 CFR 171.2(e)"),  # Thanksgiving skipped
    ],
)
def test_petition_period_shortens_under_180_days(days_left, due, shortened, citation) -> None:
    mailed = date(2024, 11, 22)
    period = petition_period(mailed + timedelta(days=days_left), mailed, mailed)
    assert (period.due, period.shortened, period.citation) == (due, shortened, citation)


def test_edge_14_under_a_year_left_shortens_the_response_and_asks_for_a_waiver() -> None:
    mailed = date(2026, 6, 26)  # a Friday, eight months before 2027-03-01
    decision, findings = decide_penalty(case(), today=mailed, mailing_date=mailed)
    assert decision.notice == "pre_penalty"
    assert decision.period_shortened
    assert decision.representations_due == date(2026, 7, 8)  # 3 July observed holiday skipped
    assert decision.petition_due is None
    assert any(f.rule == "PEN-WAIVER" and f.severity == "warning" for f in findings)


def test_more_than_a_year_left_gives_the_full_period_and_no_waiver_request() -> None:
    decision, findings = decide_penalty(case(), today=TODAY, mailing_date=TODAY)
    assert decision.representations_due == TODAY + timedelta(days=30)
    assert not decision.period_shortened
    assert not any(f.rule == "PEN-WAIVER" for f in findings)


def test_the_penalty_notice_dates_the_petition_not_representations() -> None:
    mailed = date(2026, 11, 20)  # 101 days before the limitations date
    decision, findings = decide_penalty(with_loss("400.00"), today=mailed, mailing_date=mailed)
    assert decision.notice == "penalty"
    assert decision.representations_due is None
    assert decision.petition_due == date(2026, 12, 2)  # Thanksgiving 2026-11-26 skipped
    assert any(f.rule == "PEN-PERIOD" and f.citation == "19 CFR 171.2(e)" for f in findings)


def test_a_period_ending_after_the_limitations_date_is_flagged() -> None:
    decision, findings = decide_penalty(case(), today=LIMITATIONS, mailing_date=LIMITATIONS)
    assert decision.outcome == "draft"  # on the limitations date it has not passed yet
    assert any(f.rule == "PEN-PERIOD" and f.severity == "warning" for f in findings)


def test_a_passed_limitations_date_sends_the_case_to_a_person() -> None:
    decision, findings = decide_penalty(case(), today=LIMITATIONS + timedelta(days=1))
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    assert decision.representations_due is None and decision.petition_due is None
    assert decision.statutory_max is not None  # the figures are still shown to the person
    assert any(f.rule == "PEN-SOL" and f.severity == "error" for f in findings)


def test_a_mailing_date_after_the_limitations_date_sends_the_case_to_a_person() -> None:
    decision, _ = decide_penalty(case(), today=TODAY, mailing_date=LIMITATIONS + timedelta(days=1))
    assert decision.outcome == "needs_human"
