"""The office's business calendar: weekdays less US federal holidays and their observed days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradebots.calendar import (
    add_business_days,
    business_days_between,
    holiday_name,
    is_business_day,
    next_business_day,
    previous_business_day,
)

dates = st.dates(min_value=date(1995, 1, 1), max_value=date(2040, 12, 31))


def test_weekdays_are_business_days_and_weekends_are_not():
    assert is_business_day(date(2024, 7, 2))  # Tuesday
    assert not is_business_day(date(2024, 7, 6))  # Saturday
    assert not is_business_day(date(2024, 7, 7))  # Sunday


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2024, 7, 4), "Independence Day"),
        (date(2024, 9, 2), "Labor Day"),
        (date(2024, 11, 28), "Thanksgiving Day"),
        (date(2024, 6, 19), "Juneteenth National Independence Day"),
        (date(2024, 10, 14), "Columbus Day"),
    ],
)
def test_federal_holidays_are_not_business_days(day, name):
    assert not is_business_day(day)
    assert holiday_name(day) == name


@pytest.mark.parametrize(
    "observed",
    [
        date(2021, 12, 31),  # New Year's Day 2022 fell on a Saturday: observed the Friday before
        date(2022, 12, 26),  # Christmas 2022 on a Sunday: observed the Monday after
        date(2023, 11, 10),  # Veterans Day 2023 on a Saturday
        date(2021, 6, 18),  # the first Juneteenth, a Saturday
        date(2020, 7, 3),  # Independence Day 2020 on a Saturday
    ],
)
def test_observed_days_of_weekend_holidays_are_not_business_days(observed):
    assert observed.weekday() < 5
    assert not is_business_day(observed)
    assert "(observed)" in (holiday_name(observed) or "")


def test_closures_by_executive_order_are_business_days():
    # Christmas Eve 2024 was closed by executive order; it is not a statutory federal holiday.
    assert is_business_day(date(2024, 12, 24))


def test_juneteenth_is_a_holiday_only_from_2021():
    assert is_business_day(date(2020, 6, 19))
    assert not is_business_day(date(2023, 6, 19))


def test_next_business_day_is_strictly_after_and_skips_weekends_and_holidays():
    assert next_business_day(date(2024, 7, 2)) == date(2024, 7, 3)
    assert next_business_day(date(2024, 7, 3)) == date(2024, 7, 5)  # over the 4th
    assert next_business_day(date(2024, 8, 30)) == date(2024, 9, 3)  # Fri over Labor Day
    assert next_business_day(date(2021, 12, 30)) == date(2022, 1, 3)  # over the observed 31st


def test_previous_business_day_is_strictly_before():
    assert previous_business_day(date(2024, 9, 3)) == date(2024, 8, 30)


def test_add_business_days_counts_from_the_day_after():
    assert add_business_days(date(2024, 11, 25), 7) == date(2024, 12, 5)  # over Thanksgiving
    assert add_business_days(date(2024, 7, 6), 1) == date(2024, 7, 8)  # from a Saturday
    assert add_business_days(date(2024, 7, 6), 0) == date(2024, 7, 6)
    assert add_business_days(date(2024, 12, 5), -7) == date(2024, 11, 25)


def test_business_days_between_counts_the_end_but_not_the_start():
    assert business_days_between(date(2024, 7, 1), date(2024, 7, 8)) == 4  # 2, 3, 5, 8 July
    assert business_days_between(date(2024, 7, 8), date(2024, 7, 1)) == -4
    assert business_days_between(date(2024, 7, 6), date(2024, 7, 7)) == 0


@given(dates, st.integers(min_value=-40, max_value=40))
def test_business_days_between_inverts_add_business_days(start, n):
    assert business_days_between(start, add_business_days(start, n)) == n


@given(dates, st.integers(min_value=1, max_value=40))
def test_adding_business_days_lands_on_a_business_day(start, n):
    assert is_business_day(add_business_days(start, n))
    assert is_business_day(add_business_days(start, -n))


@given(dates)
def test_no_business_day_lies_strictly_between_a_day_and_the_next_business_day(day):
    following = next_business_day(day)
    assert following > day
    assert all(
        not is_business_day(day + timedelta(days=k)) for k in range(1, (following - day).days)
    )
