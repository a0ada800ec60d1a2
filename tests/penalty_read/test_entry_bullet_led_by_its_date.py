"""Entries told in a list whose items open with the entry's date (issue 13, round 33).

"- March 3, 2023: entry QBX-1234567-1, liquidated 2/2/2024, value $41,250.00, paid $1,031.25,
owed $2,681.25." The date that leads the item is the entry's, as "On March 3, 2023 the importer
filed entry ..." gives it (19 U.S.C. 1621 runs per entry from it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_TAILS = ["liquidated 2/2/2024, value $41,250.00, paid $1,031.25, owed $2,681.25.",
          "not liquidated, value $38,900.00, paid $972.50, owed $2,528.50."]


@pytest.mark.parametrize(("first", "second"), [
    ("- March 3, 2023: entry QBX-1234567-1, ", "- June 14, 2023: entry QBX-2345678-2, "),
    ("- 03/03/2023 - Entry QBX-1234567-1, ", "- 06/14/2023 - Entry QBX-2345678-2, "),
    ("* 3 March 2023 \u2014 entry QBX-1234567-1, ", "* 14 June 2023 \u2014 entry QBX-2345678-2, "),
    ("1. March 3, 2023: entry no. QBX-1234567-1, ", "2. June 14, 2023: entry no. QBX-2345678-2, "),
])
def test_the_items_date_is_the_entrys(tmp_path: Path, first: str, second: str) -> None:
    lines = [*REFERRAL_HEAD, first + _TAILS[0], second + _TAILS[1]]
    entries = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.entries
    assert [(e.entry_number, e.entry_date, e.liquidated) for e in entries] == [
        ("QBX-1234567-1", date(2023, 3, 3), True), ("QBX-2345678-2", date(2023, 6, 14), False)]
