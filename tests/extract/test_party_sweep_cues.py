"""Round 21 (issue 13), the variation sweep, who the party is: a labelled address whose value
wraps onto a line of its own under the value (the city, state and ZIP), read whole; a street line
ending in its suite joined to the city line with a comma."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract_header import read_header
from tests.reading.test_worksheet_cells import cell
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

_REQUEST = [(72, 90, "REQUEST FOR BINDING RULING"),
            (72, 250, "Ruling Type: Tariff classification"),
            (72, 266, "Proposed HTS: 7323.93.0080"),
            (72, 290, "Description"),
            (72, 304, "A manual coffee maker of stainless steel, for brewing coffee at home."),
            (72, 330, "Sincerely,"), (72, 360, "Alicia Brandt"), (72, 374, "Director")]


def test_a_labelled_address_wrapped_under_its_value_keeps_its_city_line(tmp_path: Path) -> None:
    # Before: "Paterson, NJ 07501", indented under the value, was a paragraph of its own and the
    # address stopped at "Unit 4".
    cells = [(72, 166, "Requester: Copperline Home Goods LLC"),
             (72, 182, "Address: 88 Riverside Drive, Unit 4"), (121.3, 196, "Paterson, NJ 07501"),
             (72, 212, "Date: April 7, 2025"), *_REQUEST]
    facts = extract(draw(tmp_path / "r.pdf", cells, size=10))["values"]
    assert facts["requester_address"] == "88 Riverside Drive, Unit 4, Paterson, NJ 07501"


def test_a_line_under_a_whole_address_is_not_taken_into_it(tmp_path: Path) -> None:
    cells = [(72, 166, "Requester: Copperline Home Goods LLC"),
             (72, 182, "Address: 88 Riverside Drive, Paterson, NJ 07501"),
             (121.3, 196, "Newark, NJ 07102"), (72, 212, "Date: April 7, 2025"), *_REQUEST]
    facts = extract(draw(tmp_path / "r.pdf", cells, size=10))["values"]
    assert facts["requester_address"] == "88 Riverside Drive, Paterson, NJ 07501"


@pytest.mark.parametrize(("street", "city", "address"), [
    ("1200 Westlake Avenue North, Suite 600", "Seattle, WA 98109",
     "1200 Westlake Avenue North, Suite 600, Seattle, WA 98109"),
    ("40 Dock Street, Bldg. C", "Mobile, AL 36602", "40 Dock Street, Bldg. C, Mobile, AL 36602"),
    ("12 Main St., New", "York, NY 10001", "12 Main St., New York, NY 10001"),
    ("7400 Harrisburg Boulevard", "Houston, TX 77011",
     "7400 Harrisburg Boulevard, Houston, TX 77011"),
])
def test_a_penalty_address_wrapped_after_its_suite_starts_a_new_part(
        street: str, city: str, address: str) -> None:
    # Before: "..., Suite 600 Seattle, WA 98109": a street line holding a comma was taken for
    # a city cut by the wrap, and joined with a space.
    fields = read_header([cell("Violator: Northgate Apparel Group LLC", 72, 138),
                          cell("Address:", 72, 154), cell(street, 121, 154), cell(city, 121, 168),
                          cell("Case Number: 2025-3001-000127-01", 72, 184)])
    assert fields["party_address"].value == address
