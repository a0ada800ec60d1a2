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
