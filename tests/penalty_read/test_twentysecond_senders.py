"""Referral wording of senders in general (issue 13, round 17, the twentysecond hand): an entry's
date set right after its number ("entry X of 06/19/2023"), amounts in words with a cheque's
cents ("Ninety and 00/100 Dollars ($240,990.00)"), a party named after a verb's object ("We
refer ... the matter concerning X, address"), a grid row captioned by the flag alone
("Noncommercial  N") and a violation dated by the first entry ("began with the first entry")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts
from tests.penalty_read.drawn import draw_referral

FIRST = ("entry ABC-6556408-2 {d1} (unliquidated), entered value $78,481.89, duty paid $9,417.83,"
         " duty owed $9,417.83;")
SECOND = ("entry ABC-4185485-4 {d2} (unliquidated), entered value $8,697.69, duty paid $1,043.72,"
          " duty owed $1,043.72.")


def letter(folder: Path, *lines: str, d1: str = "of 06/19/2023", d2: str = "of 07/29/2023",
           opening: str = "We refer for penalty action under 19 U.S.C. 1592 the following matter"
           " concerning Northgate Imports LLC, 9239 Industrial Parkway, Chicago, IL 60607"
           " (importer number 84-1361938).") -> PenaltyFacts:
    """An audit office's referral letter: entries in one sentence, LINES before them."""
    return extract_penalty(draw_referral(folder / "r.pdf", [
        "Case No. 2025-3002-794580-01", "Fines, Penalties and Forfeitures Officer",
        opening, "The culpability we found is NEGLIGENCE. No prior disclosure was made.",
        "Merchandise: LED desk lamps. Violation: false country of origin.",
        "Material facts: the audit found the declared origin false.", *lines,
        "The entries are: " + FIRST.format(d1=d1), SECOND.format(d2=d2),
        "Sincerely, Rafael R. Lindqvist"])).facts


@pytest.mark.parametrize(("d1", "d2"), [
    ("of 06/19/2023", "of 07/29/2023"),
    ("(Jun. 19, 2023)", "(July 29, 2023)"),
    (", 2023-06-19,", ", 2023-07-29,"),
    ("on 6/19/23", "on 7/29/23"),
    ("- filed 06/19/2023", "- filed 07/29/2023"),
    ("[entered 06/19/2023]", "[entered 07/29/2023]"),
])
def test_an_entry_date_set_right_after_its_number_is_the_entry_date(tmp_path: Path, d1: str,
                                                                     d2: str) -> None:
    facts = letter(tmp_path, d1=d1, d2=d2)
    assert [e.entry_date for e in facts.entries] == [date(2023, 6, 19), date(2023, 7, 29)]


@pytest.mark.parametrize(("words", "amount"), [
    ("Two Hundred Forty Thousand Nine Hundred Ninety and 00/100 Dollars ($240,990.00)",
     "240990.00"),
    ("two hundred forty thousand nine hundred ninety and no/100 U.S. dollars ($240,990.00)",
     "240990.00"),
    ("Two Hundred Forty Thousand Nine Hundred Ninety & 00/100 Dollars (US$ 240,990.00)",
     "240990.00"),
    ("Two Hundred Forty Thousand Nine Hundred Ninety Dollars and Fifty Cents ($240,990.50)",
     "240990.50"),
])
def test_an_amount_in_words_with_a_cheques_cents_reads_its_figure(tmp_path: Path, words: str,
                                                                   amount: str) -> None:
    facts = letter(tmp_path, f"The domestic value of the merchandise is {words}.")
    assert facts.domestic_value == Decimal(amount)


def test_the_nearer_cue_names_the_party_after_a_verbs_object(tmp_path: Path) -> None:
    facts = letter(tmp_path)
    assert facts.party_name == "Northgate Imports LLC"
    assert facts.party_address == "9239 Industrial Parkway, Chicago, IL 60607"


def test_a_cue_word_inside_a_name_is_part_of_the_name(tmp_path: Path) -> None:
    facts = letter(tmp_path, opening="Our audit of Party Against Waste Inc., 80 Grasslands Road,"
                   " Elmsford, NY 10523 (importer number 84-1361938) found the following.")
    assert facts.party_name == "Party Against Waste Inc."


@pytest.mark.parametrize(("row", "noncommercial"), [
    ("Noncommercial N", False),
    ("Non-commercial   Yes", True),
    ("Commercial (Y/N): N", True),
    ("4. Noncommercial? No", False),
    ("Commercial  Y", False),
])
def test_a_grid_row_captioned_by_the_flag_alone_takes_its_answer(tmp_path: Path, row: str,
                                                                  noncommercial: bool) -> None:
    assert letter(tmp_path, row).noncommercial is noncommercial


@pytest.mark.parametrize("sentence", [
    "The violation began with the first entry listed below.",
    "Date of violation: the date of the earliest entry (see the list below).",
    "The violations commenced with the initial importation listed below.",
])
def test_a_violation_dated_by_the_first_entry_takes_that_entrys_date(tmp_path: Path,
                                                                     sentence: str) -> None:
    assert letter(tmp_path, sentence).violation_date == date(2023, 6, 19)


def test_first_listed_but_not_earliest_leaves_the_date_to_a_person(tmp_path: Path) -> None:
    facts = letter(tmp_path, "The violation began with the first entry listed below.",
                   d1="of 08/19/2023")
    assert facts.violation_date is None


@pytest.mark.parametrize("row", ["Noncommercial N/A", "Non-commercial  -", "Noncommercial: none"])
def test_a_flags_caption_answered_not_applicable_is_no_noncommercial_finding(tmp_path: Path,
                                                                           row: str) -> None:
    assert letter(tmp_path, row).noncommercial is False


def test_the_flag_as_a_value_still_says_noncommercial(tmp_path: Path) -> None:
    assert letter(tmp_path, "Type of importation:", "Noncommercial").noncommercial is True
