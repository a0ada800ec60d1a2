"""Referrals of senders in general (issue 13, round 21, the variation sweep): one sender behaviour
at a time. The goods told only in the facts' prose (19 CFR 162.77(b)(1)(i) needs them stated), a
price declared below the one paid told without the word "undervalued" (19 U.S.C. 1401a(b))."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.common.reading.dates import parse_date
from bots.common.reading.money import find_money, parse_money
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import IN_SENTENCE, INFERRED
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

HEAD = [
    *REFERRAL_HEAD,
    "Entry Number  Entry Date  Liquidated?  Entered Value  Duty Paid  Duty Owed",
    "K4P-1204417-2  March 2, 2023  Yes  $30,000.00  $600.00  $1,800.00",
    "Facts",
]
BELOW_FACTS = ["Facts", "The importer declared glazed stoneware dinnerware under a provision for",
               "hotel ware at a lower rate of duty."]


def _facts(tmp_path: Path, *statement: str) -> tuple[str | None, str | None, float | None]:
    """The goods, the kind of violation and the goods' confidence read from STATEMENT."""
    extraction = extract_penalty(draw_referral(tmp_path / "referral.pdf", [*HEAD, *statement]))
    goods = extraction.fields.get("merchandise")
    return (extraction.facts.merchandise, extraction.facts.violation_type,
            goods.confidence if goods else None)


@pytest.mark.parametrize(("statement", "goods"), [
    (("The importer declared glazed stoneware dinnerware under a provision for hotel ware at a",
      "lower rate of duty, although the sets were sold for household use."),
     "glazed stoneware dinnerware"),
    (("The importer invoiced the imported goods, knit wool cardigans, at prices below those",
      "actually paid."), "knit wool cardigans"),
    (("Three shipments of cast iron skillets were entered under a provision for parts at a",
      "lower rate of duty."), "cast iron skillets"),
    (("Its imports of bamboo cutting boards were declared at prices below those paid.",),
     "bamboo cutting boards"),
    (("The importer entered the merchandise, enamelled steel stockpots, under a provision with a",
      "lower rate of duty."), "enamelled steel stockpots"),
])
def test_goods_the_facts_name_in_prose_are_read_with_a_weaker_confidence(
        tmp_path: Path, statement: tuple[str, ...], goods: str) -> None:
    read, _, confidence = _facts(tmp_path, *statement)
    assert read == goods
    assert confidence is not None and confidence <= IN_SENTENCE


def test_facts_that_name_no_goods_leave_them_to_a_person(tmp_path: Path) -> None:
    """'declared the goods', 'entered a lower value': the act's object names no goods."""
    goods, _, _ = _facts(tmp_path, "The importer declared the goods under a provision at a lower",
                         "rate of duty and entered a lower value on each of the entries.")
    assert goods is None


def test_a_second_lower_price_and_a_side_agreement_are_valuation(tmp_path: Path) -> None:
    goods, kind, _ = _facts(tmp_path, "The importer invoiced knit sweaters at a second, lower",
                            "price prepared for entry while the seller was paid under a side",
                            "agreement.")
    assert (goods, kind) == ("knit sweaters", "valuation")


def test_goods_read_from_an_act_carry_the_inferred_confidence(tmp_path: Path) -> None:
    goods, _, confidence = _facts(tmp_path, "The importer declared marine winches as parts of",
                                  "general machinery after its own review had identified the",
                                  "correct provision.")
    assert (goods, confidence) == ("marine winches", INFERRED)


BELOW = [
    "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
    "Violator: Alder Point Housewares Inc.",
    "Address: 18 Quarry Road, Reno, NV 89502",
    "2025-2704-000411-01", "Case Number",
    "88-1204417", "Importer Number",
    "March 2, 2023", "Date of Violation",
    "Culpability: Negligence",
    "$90,000.00", "Domestic Value",
    "$60,000.00", "Dutiable Value",
]


def test_captions_printed_below_their_values_name_them(tmp_path: Path) -> None:
    """A form's fill-in lines: each value over its caption, for every labelled field."""
    facts = extract_penalty(draw_referral(tmp_path / "below.pdf", [*BELOW, *HEAD[9:]])).facts
    assert (facts.case_number, facts.importer_number, facts.violation_date,
            facts.domestic_value, facts.dutiable_value) == (
        "2025-2704-000411-01", "88-1204417", date(2023, 3, 2), Decimal("90000.00"),
        Decimal("60000.00"))


def test_captions_printed_over_their_values_are_not_read_as_the_next_ones(tmp_path: Path) -> None:
    """'Domestic Value' over '$90,000.00' over 'Dutiable Value': the amount is the domestic
    value's, the caption under it heads the next value."""
    above = [*BELOW[:3], "Domestic Value", "$90,000.00", "Dutiable Value", "$60,000.00"]
    lines = [*above, *HEAD[3:8], *HEAD[9:]]
    facts = extract_penalty(draw_referral(tmp_path / "above.pdf", lines)).facts
    assert (facts.domestic_value, facts.dutiable_value) == (Decimal("90000.00"),
                                                            Decimal("60000.00"))


@pytest.mark.parametrize(("text", "value"), [
    ("$216 000.00", Decimal("216000.00")), ("USD 1\u2009031.25", Decimal("1031.25")),
    ("$1\u202f234\u202f567.80", Decimal("1234567.80")), ("$12'500.00", Decimal("12500.00")),
    ("100 250.00", None),  # bare figures side by side are two cells
])
def test_thousands_set_apart_by_a_space_after_a_currency_are_one_amount(
        text: str, value: Decimal | None) -> None:
    assert parse_money(text) == value


def test_spaced_thousands_in_a_sentence_are_one_amount() -> None:
    found = [m.value for m in find_money("a loss of $2 681.25 on 3 250 units, and $5.")]
    assert found == [Decimal("2681.25"), Decimal("5.00")]


@pytest.mark.parametrize(("text", "value"), [
    ("Date of violation: 20230214", date(2023, 2, 14)), ("entered 20231120.", date(2023, 11, 20)),
    ("Ref. 202302140", None), ("No. 20231320", None), ("#20230214", None),
])
def test_a_compact_date_is_read_and_a_longer_number_is_not(text: str, value: date | None) -> None:
    assert parse_date(text) == value


def test_a_referral_in_spaced_money_compact_dates_and_a_value_declared_column(
        tmp_path: Path) -> None:
    lines = [*HEAD[:5], "Date of Violation: 20230302", *HEAD[6:8], "Domestic Value: $90 000.00",
             "Entries:",
             "Entry Number  Entry Date  Liquidated?  Value Declared  Duty Paid  Duty Owed",
             "K4P-1204417-2  20230302  Yes  $30 000.00  $600.00  $1 800.00", *BELOW_FACTS]
    facts = extract_penalty(draw_referral(tmp_path / "styles.pdf", lines)).facts
    assert (facts.violation_date, facts.domestic_value) == (date(2023, 3, 2), Decimal("90000.00"))
    entry = facts.entries[0]
    assert (entry.entry_date, entry.entered_value, entry.duty_paid, entry.duty_owed) == (
        date(2023, 3, 2), Decimal("30000.00"), Decimal("600.00"), Decimal("1800.00"))


def test_answers_printed_over_their_captions_are_read(tmp_path: Path) -> None:
    """'Yes' over 'Prior Disclosure', 'Noncommercial' over 'Type of Importation'."""
    lines = [*HEAD[:7], "Yes", "Prior Disclosure", "Noncommercial", "Type of Importation",
             *HEAD[8:], *BELOW_FACTS[1:]]
    facts = extract_penalty(draw_referral(tmp_path / "answers.pdf", lines)).facts
    assert (facts.prior_disclosure, facts.noncommercial) == (True, True)


@pytest.mark.parametrize("statement", [
    "The importer declared Vietnam as the country of origin of every shipment.",
    "The importer invoiced Harbor Trading Ltd at prices below those actually paid.",
    "The importer entered January 5, 2023 under a lower rate provision of the tariff.",
    "The importer shipped 500 cartons under a provision carrying a lower rate of duty.",
])
def test_a_name_a_date_or_a_count_after_the_act_is_no_description(
        tmp_path: Path, statement: str) -> None:
    goods, _, _ = _facts(tmp_path, statement)
    assert goods is None


def test_goods_under_their_caption_outrank_goods_told_in_the_facts(tmp_path: Path) -> None:
    lines = [*HEAD[:9], "Description of Merchandise", "Porcelain hotel ware, 20-piece sets",
             *HEAD[9:], *BELOW_FACTS[1:]]
    facts = extract_penalty(draw_referral(tmp_path / "captioned.pdf", lines)).facts
    assert facts.merchandise == "Porcelain hotel ware, 20-piece sets"


@pytest.mark.parametrize(("statement", "goods"), [
    ("Knit wool sweaters were invoiced at a second, lower price prepared for entry.",
     "Knit wool sweaters"),
    ("The importer kept two sets of books. The ceramic floor tiles were declared under a "
     "provision at a lower rate of duty.", "ceramic floor tiles"),
    ("The entries were declared under a provision at a lower rate of duty.", None),
    ("Bayview Ceramics was entered as the importer of record for every shipment.", None),
])
def test_goods_told_as_the_subject_of_a_passive_act(
        tmp_path: Path, statement: str, goods: str | None) -> None:
    read, _, _ = _facts(tmp_path, statement)
    assert read == goods


def test_fill_in_lines_side_by_side_are_read_under_their_captions(tmp_path: Path) -> None:
    lines: list[Line] = [*BELOW[:3], [(72.0, "2025-2704-000411-01"), (300.0, "88-1204417")],
             [(72.0, "Case Number"), (300.0, "Importer Number")],
             [(72.0, "March 2, 2023"), (300.0, "$90,000.00")],
             [(72.0, "Date of Violation"), (300.0, "Domestic Value")], *HEAD[6:8], *HEAD[9:],
             *BELOW_FACTS[1:]]
    facts = extract_penalty(draw_referral(tmp_path / "side.pdf", lines)).facts
    assert (facts.case_number, facts.importer_number, facts.violation_date,
            facts.domestic_value) == ("2025-2704-000411-01", "88-1204417", date(2023, 3, 2),
                                      Decimal("90000.00"))


def test_a_caption_over_its_value_is_not_read_under_the_date_before_it(tmp_path: Path) -> None:
    """The memo's date, then 'Date of Violation' over its own date: the caption is the second
    date's, not a caption printed below the first."""
    lines = ["May 20, 2025", "Date of Violation", "March 2, 2023", *BELOW[1:7], *BELOW[9:],
             *HEAD[9:], *BELOW_FACTS[1:]]
    facts = extract_penalty(draw_referral(tmp_path / "memo.pdf", lines)).facts
    assert facts.violation_date == date(2023, 3, 2)
