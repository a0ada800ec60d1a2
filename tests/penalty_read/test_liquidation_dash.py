"""A dash typed for an empty liquidation cell (issue 13, round 33).

A table prints "--", "-" or "—" where an entry has no liquidation date or mark: the same as a
blank cell, the entry is not liquidated and its loss is potential (19 CFR 162.71(a)), with no
doubt sent to a person. "N/A" is not so plain, and stays for a person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

_HEAD = ["PENALTY CASE REFERRAL - 19 U.S.C. 1592", "Case Number: 2024-3001-000123-01",
         "Party: Harbor Light Trading LLC", "Address: 42 Wharf Street, Baltimore, MD 21202",
         "Importer Number: 52-1234567", "Date of Violation: March 3, 2023",
         "Culpability: Negligence", "Prior Disclosure: No", "Domestic Value: $120,000.00", "",
         "Entries:"]


def _marks(tmp_path: Path, heading: str, mark: str) -> tuple[list[bool | None], bool]:
    """Each entry's liquidation, and whether a doubt about one sends the case to a person."""
    rows: list[Line] = [[(72.0, "Entry Number"), (160.0, "Entry Date"), (225.0, heading),
                         (300.0, "Entered Value"), (375.0, "Duty Paid"), (440.0, "Duty Owed")],
                        [(72.0, "QBX-1234567-1"), (160.0, "03/03/2023"), (225.0, "02/02/2024"),
                         (300.0, "41,250.00"), (375.0, "1,031.25"), (440.0, "2,681.25")],
                        [(72.0, "QBX-2345678-2"), (160.0, "06/14/2023"), (225.0, mark),
                         (300.0, "38,900.00"), (375.0, "972.50"), (440.0, "2,528.50")]]
    lines: list[Line] = [*_HEAD, *rows]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    return [e.liquidated for e in facts.entries], any("liquidated" in d for d in facts.doubts)


@pytest.mark.parametrize("mark", ["--", "-", "\u2014", "---"])
def test_a_dash_in_the_liquidation_date_column_is_no_liquidation(tmp_path: Path,
                                                                 mark: str) -> None:
    assert _marks(tmp_path, "Liq. Date", mark) == ([True, False], False)


def test_a_date_in_the_column_is_a_liquidation(tmp_path: Path) -> None:
    assert _marks(tmp_path, "Liq. Date", "04/01/2024") == ([True, True], False)


def test_not_applicable_stays_for_a_person(tmp_path: Path) -> None:
    assert _marks(tmp_path, "Liq. Date", "N/A")[1]
