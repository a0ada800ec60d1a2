"""Referrals of senders in general (issue 13, round 27): a letter names the party, then its
importer number in apposition, then its address ("X, importer no. 78-9270812, 3201 Commerce
Parkway, ..."); the number stands between them and is neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

TAIL = [
    "Case no. 2025-1801-220417-01. The violation occurred on 2023-05-11; culpability: negligence.",
    "No prior disclosure was made. The importer declared knitted cotton beach towels under a",
    "provision at a lower rate. Domestic value: $81,200.00.",
    "ENTRY NO        ENTRY DATE    LIQ   ENTERED VALUE   DUTY PAID   DUTY OWED",
    "B7D-0071947-5   05/11/2023    Y     58,495.00       1,169.90    2,413.66",
]

SIBLINGS = [
    # The hand's class: the number after "importer no.", commas around it.
    (["The attached sheet lists the entries of Osprey Marine Supply Inc., importer no.",
      "78-9270812, 14 Dock Street, Tampa, FL 33602, drawn from our review workbook."],
     "Osprey Marine Supply Inc.", "14 Dock Street, Tampa, FL 33602"),
    # "importer number", the address after "of".
    (["The entries of Osprey Marine Supply Inc., importer number 78-9270812, of 14 Dock Street,",
      "Tampa, FL 33602, are listed below."],
     "Osprey Marine Supply Inc.", "14 Dock Street, Tampa, FL 33602"),
    # The number in brackets, an IOR with its letters.
    (["We refer Harrow & Vale Trading Co. (IOR 78-9270812A), 2200 Bay Road, Suite 5,",
      "Tampa, FL 33602, for a penalty."],
     "Harrow & Vale Trading Co.", "2200 Bay Road, Suite 5, Tampa, FL 33602"),
    # An EIN in capitals, the address on the next line.
    (["The entries of Osprey Marine Supply LLC, EIN 78-9270812,",
      "14 Dock Street, Tampa, FL 33602 are listed below."],
     "Osprey Marine Supply LLC", "14 Dock Street, Tampa, FL 33602"),
]


@pytest.mark.parametrize(("opening", "name", "address"), SIBLINGS)
def test_the_importer_number_between_name_and_address_is_neither(
        tmp_path: Path, opening: list[str], name: str, address: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*opening, *TAIL]))
    assert reading.facts.party_name == name
    assert reading.facts.party_address == address
