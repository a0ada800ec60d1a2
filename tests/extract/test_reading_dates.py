"""Every common date style parses to the same day; impossible dates are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from bots.common.reading.dates import find_dates, find_dates_across_lines, parse_date


@pytest.mark.parametrize(
    "printed",
    ["03/07/2025", "3/7/25", "March 7, 2025", "Mar. 7, 2025", "7 March 2025", "2025-03-07",
     "MAR 7 2025", "07 MAR 2025", "March 7th, 2025", "this 7th day of March, 2025",
     "the 7th of March, 2025", "March the 7th, 2025", "March 7,2025", "Mar.7, 2025", "Mar. 7,2025"],
)
def test_each_style_reads_as_the_seventh_of_march(printed: str) -> None:
    assert parse_date(printed) == date(2025, 3, 7)


def test_an_impossible_date_is_not_read() -> None:
    assert parse_date("02/30/2024") is None


def test_dates_in_a_sentence_come_in_reading_order_with_their_spans() -> None:
    text = "entered on 15 May 2023 and liquidated on 3 April 2024"
    found = find_dates(text)
    assert [m.value for m in found] == [date(2023, 5, 15), date(2024, 4, 3)]
    assert [text[m.start:m.end] for m in found] == ["15 May 2023", "3 April 2024"]


def test_a_day_of_phrase_is_one_date_not_two() -> None:
    assert len(find_dates("Dated this 7th day of March, 2025.")) == 1


def test_a_date_broken_at_its_hyphen_over_two_lines_is_read_whole_with_its_own_span() -> None:
    text = "entered on 2009-11-22 and liquidated on 2010-10-\n24."
    first, second = find_dates_across_lines(text)
    assert (first.value, second.value) == (date(2009, 11, 22), date(2010, 10, 24))
    assert text[second.start:second.end] == second.text == "2010-10-\n24"
    assert [m.value for m in find_dates("liquidated on 2010-10-\n24.")] != [date(2010, 10, 24)]


@pytest.mark.parametrize(
    "printed",
    ["2025.03.07", "2025/03/07", "2025/3/7", "2025-Mar-07", "2025 March 7", "2025-MAR-7"],
)
def test_a_year_first_date_reads_year_month_day_whatever_the_separator(printed: str) -> None:
    assert parse_date(printed) == date(2025, 3, 7)


def test_year_first_shapes_that_are_no_date_are_not_read() -> None:
    assert parse_date("2025.13.07") is None  # no thirteenth month
    assert parse_date("version 2025.03.07.2") is None  # a dotted version number runs on
    assert parse_date("in 2025 may 7 items ship") is None  # a modal verb, not a month name


@pytest.mark.parametrize("printed", ["07MAR25", "07-MAR-25", "7Mar2025", "07mar25"])
def test_a_compact_system_stamp_reads_day_month_year(printed: str) -> None:
    assert parse_date(printed) == date(2025, 3, 7)


def test_compact_shapes_that_are_no_date_are_not_read() -> None:
    assert parse_date("30FEB24") is None  # no such day
    assert parse_date("12ABC24") is None  # no such month
    assert parse_date("lot 07MAR25X") is None  # part of a longer code


def test_day_of_dates_in_cells_run_together_are_both_read() -> None:
    found = find_dates("the 8th day of August, 2024the 17th day of May, 2025")
    assert [m.value for m in found] == [date(2024, 8, 8), date(2025, 5, 17)]


@pytest.mark.parametrize("text", ["made on 06/\n21/2023, which", "made on 06/21/\n2023, which"])
def test_a_date_broken_at_a_slash_over_two_lines_is_read_whole(text: str) -> None:
    # Justified text (rinohtype) may break a date after any "/".
    found = find_dates_across_lines(text)
    assert [m.value for m in found] == [date(2023, 6, 21)]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(
    "printed", ["Section 3,2025", "Rev.3, 2025", "Item.7, 2025", "Marchthe 7 2025"])
def test_a_word_that_is_no_month_before_a_number_and_a_year_is_not_a_date(printed: str) -> None:
    assert parse_date(printed) is None
