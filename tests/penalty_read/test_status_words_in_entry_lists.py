"""An entry's liquidation told in a list item by a status word (issue 13, round 32: siblings of
the forty-third hand's "Entry X, entered May 1, 2024 (not yet liquidated): ...").

"(closed)" is liquidated; "(liquidation extended)", "(liquidation suspended)", "(in suspension)"
are not yet (19 U.S.C. 1504(b), (c)). Unread, the liquidation went to a person. An invoice's
"extended value" says nothing of liquidation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import draw_referral

_LETTER = """Referral for Penalty Action
Case 2026-2809-213448-01, prepared July 13, 2026
This referral concerns Tallgrass Garden Supply LLC, of 2 Prairie Gate,
Wichita, KS 67202 (importer number 15-3281870), which imported desk lamps.
The violation occurred on May 1, 2024. The conduct shows a knowing and
intentional false statement (fraud). No prior disclosure was made.
The entries reviewed:
    - Entry B7D-4120128-5, entered May 1, 2024 {one}: entered value
    USD 17,928.78, duty paid USD 717.15, duty owed USD 1,730.19.
    - Entry B7D-4120129-3, entered June 3, 2024 {two}: entered value
    USD 17,928.78, duty paid USD 717.15, duty owed USD 1,730.19.
The domestic value of the merchandise is USD 28,686.00."""


@pytest.mark.parametrize(("one", "two", "marks"), [
    ("(open)", "(closed)", [False, True]),
    ("(liquidation extended)", "(closed)", [False, True]),
    ("(liquidation suspended)", "(liquidated)", [False, True]),
    ("(closed)", "(in suspension)", [True, False]),
    ("(liquidated; extended value shown)", "(suspended liquidation)", [True, False]),
])
def test_status_words_of_an_entry_in_a_list(tmp_path: Path, one: str, two: str,
                                            marks: list[bool]) -> None:
    lines = _LETTER.format(one=one, two=two).split("\n")
    reading = extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))
    assert [e["liquidated"] for e in reading["values"]["entries"]] == marks
    assert "PEN-READ" not in {f["rule"] for f in reading["findings"]}
