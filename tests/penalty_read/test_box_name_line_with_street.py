"""A party's block whose first line holds the name and the street (issue 13, round 33).

A two-column memo prints "Violator    Harbor Light Trading LLC, 42 Wharf Street" over the city
line in the value's column: the name is the words before the street's number, and the street
opens the address that the city line ends (the notice is mailed there, 19 CFR 162.77(b)).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

_NAME, _STREET, _CITY = "Harbor Light Trading LLC", "42 Wharf Street", "Baltimore, MD 21202"


@pytest.mark.parametrize("block", [
    [[(72.0, "Violator"), (250.0, f"{_NAME}, {_STREET}")], [(250.0, _CITY)]],
    [[(72.0, "Violator"), (250.0, f"{_NAME}, {_STREET},")], [(250.0, _CITY)]],
    [[(72.0, "Party:"), (250.0, f"{_NAME}, {_STREET},")], [(250.0, _CITY)]],
    ["Name and address of violator", f"{_NAME}, {_STREET}", _CITY],
])
def test_the_street_on_the_names_line_opens_the_address(tmp_path: Path,
                                                        block: list[Line]) -> None:
    head: list[Line] = [line for line in REFERRAL_HEAD
                        if not line.startswith(("Violator", "Address"))]
    lines = [head[0], *block, *head[1:],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert (facts.party_name, facts.party_address) == (_NAME, f"{_STREET}, {_CITY}")
