"""Dates as the office's letters print them, and periods counted in years."""

from __future__ import annotations

from datetime import date

NOT_GIVEN = "not given"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(day: date | None) -> str:
    """A date as letters print it: "March 4, 2025"; "not given" for None."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if day else NOT_GIVEN


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year.

    28 February rather than 1 March: of the two readings it gives the earlier date, so a period
    is never treated as still running on a day it may already have ended.
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
