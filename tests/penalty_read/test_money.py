"""Money as senders print it, in a cell or in a sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bots.common.reading.money import find_money, looks_like_money, parse_money


@pytest.mark.parametrize(
    ("printed", "dollars"),
    [
        ("$1,234.56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("USD 1,234.56", "1234.56"),
        ("$48,210", "48210.00"),
        ("$0", "0.00"),
        ("$-158.71", "-158.71"),
        ("-$158.71", "-158.71"),
        ("(1,234.00)", "-1234.00"),
        ("1,234.56 USD", "1234.56"),
        ("US$ 12.50", "12.50"),
        ("$363,103.00.", "363103.00"),
    ],
)
def test_one_amount_is_read_to_the_cent_however_it_is_printed(printed: str, dollars: str) -> None:
    assert parse_money(printed) == Decimal(dollars)


@pytest.mark.parametrize("printed", ["USD", "", "N/A", "-", "12/27/2022", "$1,23"])
def test_text_that_is_not_one_amount_is_none(printed: str) -> None:
    assert parse_money(printed) is None


def test_a_bare_count_or_year_is_not_taken_for_money_in_a_cell() -> None:
    assert not looks_like_money("2022")
    assert looks_like_money("2022.00")
    assert looks_like_money("$2,022")


def test_amounts_in_a_sentence_need_their_currency() -> None:
    sentence = "The domestic value of the 3 entries is $392,124.00; duties of USD 1,000 were paid."
    assert [m.value for m in find_money(sentence)] == [Decimal("392124.00"), Decimal("1000.00")]


def test_an_amount_in_words_and_figures_reads_the_figures_only() -> None:
    # A cheque's "and 00/100 Dollars" are the cents of the words, not a hundred dollars.
    text = "Twelve Thousand and 00/100 Dollars ($12,000.00)"
    assert [m.value for m in find_money(text)] == [Decimal("12000.00")]


@pytest.mark.parametrize("text", ["1,234.56 U.S. dollars", "1,234.56 US dollars", "USD1,234.56"])
def test_an_amount_named_in_us_dollars_is_read(text: str) -> None:
    assert [m.value for m in find_money(text)] == [Decimal("1234.56")]


@pytest.mark.parametrize("text", ["USD 5.000,00", "EUR 5.000,00"])
def test_an_amount_grouped_another_way_is_not_read_as_its_first_group(text: str) -> None:
    assert list(find_money(text)) == []


def test_thousands_spaced_after_a_currency_are_read_whole_never_as_the_first_group() -> None:
    # Round 21: a space (or thin space) between groups after a currency is one amount.
    assert [m.value for m in find_money("$ 12 000.00")] == [Decimal("12000.00")]
