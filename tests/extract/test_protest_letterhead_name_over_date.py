"""A small importer's letter whose head is its name alone, the letter's date right under it in
any habit ("the 29th day of September, 2025", "Friday, 7 March 2025", "2025-03-07"), as the
thirty-sixth hand writes when it prints no address: the name over the date is the letterhead,
the protestant's own (it writes "We, X, import under ..."), and the address is absent from the
place a letterhead prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


@pytest.mark.parametrize("dated", ["the 29th day of September, 2025", "Friday, 26 September 2025",
                                   "2025-09-29", "29-SEP-2025", "29 September 2025"])
def test_a_name_over_the_letters_date_is_the_letterhead(tmp_path: Path, dated: str) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "l.pdf", [
        "Ostrava Glassworks USA Corp.",
        dated,
        "U.S. Customs and Border Protection, Port of New York (port code 1001)",
        "Dear Sir or Madam:",
        "We, Ostrava Glassworks USA Corp., import under importer number 47-4830180",
        "through the port of New York, and we write to protest the classification and",
        "rate of duty on goods we imported, namely LED high-bay luminaires, 150 W, model",
        "HB-150, covered by entry H4F-0009128-8, made on the 29th day of June, 2024,",
        "liquidated on the 9th day of May, 2025. The port liquidated the goods under",
        "subheading 7326.90.8688 of the HTSUS; they are properly classified under 9405.11.4010.",
        "Yours truly,",
        "Tomas Novak",
    ])).facts
    assert facts.protestant_name == "Ostrava Glassworks USA Corp."
    assert facts.protestant_address is None


def test_a_memos_from_line_over_its_date_line_is_no_letterhead(tmp_path: Path) -> None:
    # "FROM: X" over "DATE: 22 January 2025" is a memo's header: the sender's line, not a name.
    facts = extract_protest(_letter_pdf(tmp_path / "m.pdf", [
        "TO: Protest Unit, CBP Port of Houston (5301)",
        "FROM: Marcus L. Odegaard, Shipping & Receiving, Sable Bay Ceramics Ltd.",
        "DATE: 22 January 2025",
        "RE: PROTEST - CLASSIFICATION",
        "Hi - our company is protesting the classification of the merchandise on the entry",
        "below, entry D4C-3217733-4, entered 26 December 2023, liquidated 2 November 2024.",
        "Goods: Bluetooth over-ear headphones with charging case",
    ])).facts
    assert not (facts.protestant_name or "").startswith("FROM")
