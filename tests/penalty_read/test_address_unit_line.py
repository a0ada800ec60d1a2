"""Referrals of senders in general (issue 13, round 27): an address beside its label set on three
lines, the street's, the unit's ("Suite 3", "Bldg. C", "Ste. 300") and the city's: all three are
the address, the unit its own part between commas."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

HEAD: list[Line] = [
    "CASE DETAIL PRINT PORT 1401 PAGE 1",
    "CASE NUMBER ....... 2025-1401-310442-01",
    "VIOLATION ......... 19 USC 1592 NEGLIGENCE",
    "VIOLATION DATE .... 20240311",
    "PRIOR DISCLOSURE .. N",
    "NAME .............. Larkspur Hardware Supply Inc.",
]
TAIL: list[Line] = [
    "IOR NUMBER ........ 83-5165377",
    "ENTRY NO        ENTRY DT    LIQ   ENTERED VAL    DUTY PAID    DUTY OWED",
    "B7D-0071947-5   20240311    Y     58,495.00      1,169.90     2,413.66",
    "DOMESTIC VALUE .... 81,200.00",
    "NARRATIVE: POST-ENTRY REVIEW OF SOLID BRASS DOOR HINGES FOUND THE CLASSIFICATION UNDERSTATED.",
]


def _box(label: str, lines: list[str], at: float = 170.0) -> list[Line]:
    return [[(72.0, label), (at, lines[0])], *[[(at, line)] for line in lines[1:]]]


SIBLINGS: list[tuple[list[Line], str]] = [
    # The hand's class: a dotted leader, the unit and the city set in under the street.
    (_box("ADDRESS ...........", ["41 Quarry Road", "Suite 3", "Barre, VT 05641"]),
     "41 Quarry Road, Suite 3, Barre, VT 05641"),
    # An abbreviated unit, the city line in capitals without its comma.
    (_box("ADDRESS ...........", ["41 QUARRY ROAD", "STE. 300", "BARRE VT 05641"]),
     "41 QUARRY ROAD, STE. 300, BARRE VT 05641"),
    # A building, under a plain label with a colon.
    (_box("Address:", ["41 Quarry Road", "Bldg. C", "Barre, VT 05641"], at=130.0),
     "41 Quarry Road, Bldg. C, Barre, VT 05641"),
    # A unit with its number and a floor: two lines between street and city.
    (_box("Address:", ["41 Quarry Road", "Unit 12", "Floor 2", "Barre, VT 05641"], at=130.0),
     "41 Quarry Road, Unit 12, Floor 2, Barre, VT 05641"),
]


@pytest.mark.parametrize(("box", "address"), SIBLINGS)
def test_a_units_line_between_street_and_city_is_the_addresss(
        tmp_path: Path, box: list[Line], address: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *box, *TAIL]))
    assert reading.facts.party_name == "Larkspur Hardware Supply Inc."
    assert reading.facts.party_address == address
