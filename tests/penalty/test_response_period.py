"""The pre-penalty response period (19 CFR 162.78(a)): 30 days, shortened only near limitations."""

from __future__ import annotations

from datetime import date

from bots.common.dates import add_years
from bots.penalty_notice.rules.response_period import prepenalty_response_period

MAILED = date(2024, 6, 28)  # a Friday; 4 July is a holiday


def test_the_party_has_30_days_from_mailing() -> None:
    period = prepenalty_response_period(date(2028, 3, 1), MAILED, MAILED)
    assert (period.due, period.shortened) == (date(2024, 7, 28), False)
    assert period.citation == "19 CFR 162.78(a)"
    assert "30 days of mailing, by 2024-07-28" in period.explanation


def test_a_year_left_exactly_is_not_enough_to_shorten_the_period() -> None:
    period = prepenalty_response_period(add_years(MAILED, 1), MAILED, MAILED)
    assert (period.due, period.shortened) == (date(2024, 7, 28), False)


def test_with_under_a_year_left_the_period_is_7_business_days_never_under_7_days() -> None:
    limitations = date(2025, 6, 27)  # a day short of a year after mailing
    period = prepenalty_response_period(limitations, MAILED, MAILED)
    # Jul 1, 2, 3, 5, 8, 9, 10: seven business days, twelve calendar days.
    assert (period.due, period.shortened) == (date(2024, 7, 10), True)
    assert period.due is not None and (period.due - MAILED).days >= 7
    assert "less than a year remains before the limitations date 2025-06-27" in (
        period.explanation)


def test_without_a_mailing_date_the_period_is_chosen_but_not_dated() -> None:
    period = prepenalty_response_period(date(2025, 6, 1), MAILED, None)
    assert (period.due, period.shortened) == (None, True)
    assert period.explanation.endswith("(the mailing date is not set yet)")
