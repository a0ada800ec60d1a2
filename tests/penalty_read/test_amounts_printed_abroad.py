"""Amounts printed in a form that is not surely US dollars and cents (issue 13, round 32 sweep).

A sender abroad writes a decimal comma ("USD 1.234,56", "USD 1 234,56"), thousands set apart by
dots ("$90.000"); a summary rounds ("$90K"). Read as US figures they become $1.00 or $90.00 and
the penalty rests on them. Such an amount is never a guess: it is dropped, and the referral goes
to a person with the amount as printed. US forms ("$ 1 234.56", "1,234.56 USD") read as before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.money_printed import unsure_amount
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

COLUMNS = (72.0, 160.0, 235.0, 300.0, 380.0, 460.0)
HEAD = [line for line in REFERRAL_HEAD if not line.startswith(("Domestic", "Entries"))]
FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]


def cells(*texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(COLUMNS, texts, strict=False) if t]


def _table(value: str, paid: str, owed: str) -> list[Line]:
    return [
        "Entries:",
        cells("Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"),
        cells("EGH-3873310-3", "2023-03-02", "Yes", value, paid, owed),
        cells("EGH-5676436-0", "2023-09-27", "No", "$21,282.06", "$532.05", "$1,383.33"),
    ]


def _read(tmp_path: Path, lines: list[Line]) -> dict[str, Any]:
    """The referral of HEAD, then LINES' first line (its domestic value), the goods and facts,
    and LINES' rest."""
    path = draw_referral(tmp_path / "r.pdf", [*HEAD, lines[0], *FACTS, *lines[1:]])
    return extract_json(path, today=date(2025, 6, 1))


def _person_reads(reading: dict[str, Any], printed: str) -> bool:
    return reading["decision"]["outcome"] == "needs_human" and any(
        f["rule"] == "PEN-READ" and printed in f["message"] for f in reading["findings"])


@pytest.mark.parametrize("printed", ["USD 90.000,00", "USD 90 000,00", "$90.000", "$90K",
                                     "90.000,00 USD"])
def test_a_labelled_domestic_value_printed_abroad_goes_to_a_person(tmp_path: Path,
                                                                   printed: str) -> None:
    reading = _read(tmp_path, [f"Domestic Value: {printed}",
                               *_table("$63,867.74", "$1,596.69", "$4,151.41")])
    assert reading["values"]["domestic_value"] is None
    assert reading["decision"]["outcome"] == "needs_human"


@pytest.mark.parametrize("printed", ["USD 90 000,00", "$90K", "USD 90.000,00"])
def test_a_domestic_value_in_a_sentence_printed_abroad_goes_to_a_person(tmp_path: Path,
                                                                        printed: str) -> None:
    reading = _read(tmp_path, [f"The domestic value of the merchandise is {printed}.",
                               *_table("$63,867.74", "$1,596.69", "$4,151.41")])
    assert reading["values"]["domestic_value"] is None
    assert _person_reads(reading, printed)


@pytest.mark.parametrize(("value", "paid", "owed"), [
    ("USD 63.867,74", "USD 1.596,69", "USD 4.151,41"),
    ("$63.867", "$1.596", "$4.151"),
    ("USD 63,867.74", "USD 1.596,69", "USD 4,151.41"),
])
def test_entry_amounts_printed_abroad_in_a_table_go_to_a_person(tmp_path: Path, value: str,
                                                                paid: str, owed: str) -> None:
    reading = _read(tmp_path, ["Domestic Value: $90,000.00", *_table(value, paid, owed)])
    first = reading["values"]["entries"][0]
    assert first["duty_paid"] is None
    assert reading["decision"]["outcome"] == "needs_human"


@pytest.mark.parametrize(("value", "paid", "owed"), [
    ("USD 63.867,74", "USD 1.596,69", "USD 4.151,41"),
    ("USD 63 867,74", "USD 1 596,69", "USD 4 151,41"),
    ("$63.867", "$1.596", "$4.151"),
])
def test_entry_amounts_printed_abroad_in_sentences_go_to_a_person(tmp_path: Path, value: str,
                                                                  paid: str, owed: str) -> None:
    reading = _read(tmp_path, [
        *HEAD, "Domestic Value: $90,000.00",
        f"Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value {value}, duty paid "
        f"{paid}, duty owed {owed}.",
        "Entry EGH-5676436-0, entered 2023-09-27, unliquidated; entered value $21,282.06, duty "
        "paid $532.05, duty owed $1,383.33.",
    ])
    first = reading["values"]["entries"][0]
    assert (first["duty_paid"], first["duty_owed"]) == (None, None)
    assert _person_reads(reading, paid)


@pytest.mark.parametrize(("value", "paid", "owed"), [
    ("$ 63 867.74", "$ 1 596.69", "$ 4 151.41"),
    ("63,867.74 USD", "1,596.69 USD", "4,151.41 USD"),
    ("63867.74", "1596.69", "4151.41"),
])
def test_us_amounts_read_as_before(tmp_path: Path, value: str, paid: str, owed: str) -> None:
    reading = _read(tmp_path, ["Domestic Value: $ 90 000.00", *_table(value, paid, owed)])
    first = reading["values"]["entries"][0]
    assert Decimal(str(first["duty_paid"])) == Decimal("1596.69")
    assert Decimal(str(reading["values"]["domestic_value"])) == Decimal("90000")
    assert reading["decision"]["outcome"] == "draft"


@pytest.mark.parametrize(("printed", "unsure"), [
    ("$1,234.56", False), ("48,210", False), ("$806", False), ("162.43", False),
    ("1.234,56", True), ("1 234,56", True), ("$1.234", True), ("$1.2M", True), ("$90 k", True),
])
def test_which_printed_amounts_are_unsure(printed: str, unsure: bool) -> None:
    assert unsure_amount(printed) is unsure
