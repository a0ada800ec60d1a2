"""The narrative read as the statement of facts when no heading announces it: a field list of
caption lines over value lines is no paragraph, and a bare charge states no fact; the goods, the
facts heading and the kind of violation are read by meaning, whatever words a sender uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_violation import kind_of
from tests.penalty_read.drawn import draw_referral

FIELD_LIST = [
    "Case number", "2023-1001-968504-01", "Party", "Tidewater Marine Supply Co.", "Address",
    "2250 Harbor View Road, Norfolk, VA 23510", "Importer number", "41-1335535",
    "Date of violation", "December 17, 2021", "Culpability", "negligent", "Merchandise",
    "Wooden jigsaw puzzles of 500 pieces in cardboard boxes, item CB-500", "Domestic value",
    "USD 194,560.00", "Violation",
]


@pytest.mark.parametrize("charge", [
    "The entries below were misclassified.",
    "The entries listed in the table below were misclassified under the tariff schedule.",
    "All entries covered by this referral were undervalued by the importer of record.",
])
def test_a_field_list_over_a_bare_charge_gives_no_statement_of_facts(
    tmp_path: Path, charge: str,
) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [*FIELD_LIST, charge])
    assert extract_penalty(pdf).facts.material_facts is None


def test_a_charge_that_says_what_the_party_did_is_the_statement(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *FIELD_LIST, "The importer declared the puzzles under a duty-free subheading,",
        "so the entries below were misclassified."])
    facts = extract_penalty(pdf).facts.material_facts
    assert facts == ("The importer declared the puzzles under a duty-free subheading, "
                     "so the entries below were misclassified.")


@pytest.mark.parametrize("heading", [
    "Statement of facts", "Facts and circumstances", "Narrative", "Details of the violation",
    "Summary of findings", "3. Facts", "FACTS OF THE CASE", "Circumstances of the violation",
])
def test_a_facts_heading_worded_by_meaning_announces_the_statement(
    tmp_path: Path, heading: str,
) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "PENALTY CASE REFERRAL", "Case Number: 2023-1001-968504-01", "Culpability: Negligence",
        heading,
        "An audit showed that the invoices handed in at entry left out the tooling the buyer",
        "supplied free of charge to the maker of the goods.", "Entries and duties"])
    facts = extract_penalty(pdf).facts.material_facts
    assert facts is not None and facts.startswith("An audit showed that the invoices")


def test_a_party_that_did_the_kind_of_violation_is_a_statement_of_facts(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *FIELD_LIST, "The importer understated the value of the merchandise on its entries."])
    facts = extract_penalty(pdf).facts.material_facts
    assert facts == "The importer understated the value of the merchandise on its entries."


@pytest.mark.parametrize("caption", [
    "Goods", "Commodity", "Description of goods", "Products", "Goods description",
    "Description of the imported articles",
])
def test_the_goods_under_a_caption_of_another_name_are_read(tmp_path: Path, caption: str) -> None:
    fields = [caption if line == "Merchandise" else line for line in FIELD_LIST]
    pdf = draw_referral(tmp_path / "memo.pdf", [*fields, "The entries below were misclassified."])
    assert extract_penalty(pdf).facts.merchandise == (
        "Wooden jigsaw puzzles of 500 pieces in cardboard boxes, item CB-500")


@pytest.mark.parametrize(("statement", "kind"), [
    ("The importer entered the goods under the wrong HTS code.", "classification"),
    ("The entries carried the wrong tariff item number.", "classification"),
    ("The importer entered the goods at an incorrect duty rate.", "classification"),
    ("The importer under-invoiced the goods.", "valuation"),
    ("Dual invoicing: the seller issued a second invoice at a higher price.", "valuation"),
    ("The declared value left out the buying commission and a rebate.", "valuation"),
    ("The price paid or payable did not include the packing costs.", "valuation"),
    ("The goods were entered at a value below what the buyer paid.", "valuation"),
    ("The goods were declared as made in Vietnam but were made in China.", "origin"),
    ("Misstated country of manufacture.", "origin"),
    ("The importer undervalued shoes made in China.", "valuation"),
    ("The importer claimed GSP duty-free treatment for goods that do not qualify.", "preference"),
    ("Failure to declare AD/CVD duties.", "antidumping"),
])
def test_the_kind_of_violation_is_named_by_meaning(statement: str, kind: str) -> None:
    assert kind_of(statement) == kind
