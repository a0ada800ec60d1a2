"""Referrals of senders in general (issue 13, round 27): an intake form under a "Violator"
heading captions the name and each part of the address ("Name:", "Street:", "City/State/ZIP:",
or "City:", "State:", "ZIP:"); the captions are no name, the parts one address."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

HEAD: list[Line] = [
    "PENALTY CASE INTAKE SHEET",
    [(72.0, "Case No.:"), (180.0, "2025-1801-220417-01")],
    [(72.0, "Date of Violation:"), (180.0, "05/11/2023")],
    [(72.0, "Culpability:"), (180.0, "Negligence")],
    "Violator",
]
TAIL: list[Line] = [
    [(72.0, "Prior Disclosure:"), (180.0, "No")],
    [(72.0, "Domestic Value:"), (180.0, "81,200.00")],
    "Remarks: the importer declared knitted cotton beach towels under a provision at a lower rate.",
    "ENTRY NO        ENTRY DATE    LIQ   ENTERED VALUE   DUTY PAID   DUTY OWED",
    "B7D-0071947-5   05/11/2023    Y     58,495.00       1,169.90    2,413.66",
]

SIBLINGS: list[tuple[list[Line], str]] = [
    # The hand's class: a street line and one line for city, state and ZIP.
    ([[(72.0, "Name:"), (180.0, "Osprey Marine Supply Inc.")],
      [(72.0, "Street:"), (180.0, "14 Dock Street")],
      "City/State/ZIP: Tampa, FL 33602"],
     "14 Dock Street, Tampa, FL 33602"),
    # A unit on a line of its own, captioned; the city line's caption spelled with commas.
    ([[(72.0, "Name:"), (180.0, "Osprey Marine Supply Inc.")],
      [(72.0, "Street Address:"), (180.0, "14 Dock Street")],
      [(72.0, "Suite:"), (180.0, "210")],
      [(72.0, "City, State, ZIP:"), (180.0, "Tampa, FL 33602")]],
     "14 Dock Street, Suite 210, Tampa, FL 33602"),
    # City, state and ZIP each captioned, in capitals.
    ([[(72.0, "NAME:"), (180.0, "Osprey Marine Supply Inc.")],
      [(72.0, "STREET:"), (180.0, "14 Dock Street")],
      [(72.0, "CITY:"), (180.0, "Tampa")],
      [(72.0, "STATE:"), (180.0, "FL")],
      [(72.0, "ZIP:"), (180.0, "33602")]],
     "14 Dock Street, Tampa, FL 33602"),
    # Address lines 1 and 2, state and ZIP on the city's line.
    ([[(72.0, "Name:"), (180.0, "Osprey Marine Supply Inc.")],
      [(72.0, "Address Line 1:"), (180.0, "14 Dock Street")],
      [(72.0, "Address Line 2:"), (180.0, "Building C")],
      [(72.0, "City:"), (180.0, "Tampa"), (300.0, "State:"), (340.0, "FL"),
       (380.0, "ZIP:"), (410.0, "33602")]],
     "14 Dock Street, Building C, Tampa, FL 33602"),
]


@pytest.mark.parametrize(("block", "address"), SIBLINGS)
def test_a_forms_captioned_address_parts_are_one_address(
        tmp_path: Path, block: list[Line], address: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *block, *TAIL]))
    assert reading.facts.party_name == "Osprey Marine Supply Inc."
    assert reading.facts.party_address == address
