"""A line that is wholly a date (bots/common/reading/date_line.py), as letters print their date."""

from __future__ import annotations

from datetime import date

from bots.common.reading.date_line import date_line


def test_a_date_in_figures_alone_is_a_date_line() -> None:
    assert date_line("  March 7, 2025 ") == date(2025, 3, 7)


def test_a_date_spelled_in_words_is_a_date_line() -> None:
    assert date_line("the twentieth day of May, 2025") == date(2025, 5, 20)
    assert date_line("this twenty-first day of May, 2025") == date(2025, 5, 21)


def test_a_spelled_date_with_the_same_date_in_figures_is_one_date() -> None:
    assert date_line("the eighth day of July, 2025 (July 8, 2025)") == date(2025, 7, 8)


def test_figures_that_name_another_day_leave_the_date_unsure() -> None:
    assert date_line("the eighth day of July, 2025 (July 9, 2025)") is None


def test_a_sentence_with_a_date_in_it_is_no_date_line() -> None:
    assert date_line("March 7, 2025 is when the goods arrive") is None
    assert date_line("The goods arrive on March 7, 2025") is None


def test_styles_read_only_on_a_line_of_their_own() -> None:
    """Year first with dots or slashes, the military day-month-year, a leading article."""
    assert date_line("2025.09.24") == date(2025, 9, 24)
    assert date_line("2025/09/24") == date(2025, 9, 24)
    assert date_line("14JUL25") == date(2025, 7, 14)
    assert date_line("14 JUL 2025") == date(2025, 7, 14)
    assert date_line("The 23rd day of August, 2025") == date(2025, 8, 23)


def test_a_tariff_number_or_an_impossible_date_is_no_date_line() -> None:
    assert date_line("8467.29.0090") is None
    assert date_line("2025.13.01") is None
    assert date_line("See 2025.09.24") is None


def test_a_compact_date_of_this_era_is_a_date_and_an_eight_digit_code_is_not() -> None:
    # One compact style for every reader (bots/common/reading/dates.py): a 1900s or an
    # impossible month or day is a code such as an 8-digit tariff number, not a date.
    assert date_line("20250407") == date(2025, 4, 7)
    assert date_line("20251307") is None
    assert date_line("73239300") is None
    assert date_line("19011010") is None
