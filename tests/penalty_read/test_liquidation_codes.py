"""Liquidation marks a case system codes (issue 13, round 32 sweep).

"L" / "U" (liquidated, unliquidated), "FINAL" / "PEND", "EXT" / "SUSP" (an extended or suspended
entry is not yet liquidated: 19 U.S.C. 1504(b), (c)). In a case report whose header the reader
does not name, the column was typed by its cells, and these cells were no marks it knew: the
liquidation went to a person unread. Actual against potential loss rests on it (162.71(a)).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.extract_entries import liquidated_of
from tests.penalty_read.drawn import draw_referral

_REPORT = """ CASE REPORT 1592 REFERRAL                PAGE 1
 CASE NUMBER ...... 2026-3901-146162-01
 VIOLATOR ......... COPPERLINE CABLE WORKS INC.
 ADDRESS .......... 58 ANVIL COURT, ALLENTOWN, PA 18101
 IOR NUMBER ....... 56-5760848
 VIOLATION DATE ... 09/06/2023
 CULPABILITY ...... NEGLIGENT
 PRIOR DISCL. FILED: N
 NATURE OF VIOLATION: UNDERVALUATION - ASSISTS NOT DECLARED ON THE ENTRIES
ENTRY            ENTRY DT           LIQ     VALUE       DUTY PD     DUTY OWED
4BI-8801347-2    09/06/2023         {one} 73372.37    4769.20     13030.08
4BI-6036025-5    12/21/2023         {two} 60351.43    3922.84     3865.24
 DOMESTIC VALUE ... 490961.00
 COMMODITY ........ LED DESK LAMPS WITH USB CHARGING PORT, MODEL DL-300"""


@pytest.mark.parametrize(("one", "two", "marks"), [
    ("L", "U", [True, False]), ("U", "L", [False, True]), ("FINAL", "PEND", [True, False]),
    ("CLOSED", "SUSP", [True, False]), ("EXT", "L", [False, True]),
])
def test_coded_marks_in_a_column_the_header_does_not_name(tmp_path: Path, one: str, two: str,
                                                          marks: list[bool]) -> None:
    text = _REPORT.format(one=one.ljust(7), two=two.ljust(7))
    path = draw_referral(tmp_path / "r.pdf", text.split("\n"), font="Courier")
    reading = extract_json(path, today=date(2025, 6, 1))
    assert [e["liquidated"] for e in reading["values"]["entries"]] == marks
    assert reading["decision"]["outcome"] == "draft"


@pytest.mark.parametrize(("mark", "liquidated"), [
    ("L", True), ("U", False), ("PEND", False), ("Pending", False), ("EXT", False),
    ("SUSP", False), ("Suspended", False), ("Final", True),
])
def test_coded_marks(mark: str, liquidated: bool) -> None:
    assert liquidated_of(mark) is liquidated
