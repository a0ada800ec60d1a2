"""The levels of culpability offered side by side on one line, one box ticked, with no label
(issue 13, round 33): "[X] Negligence  [ ] Gross negligence  [ ] Fraud", or with parentheses as
boxes, in any order. The ticked box is the culpability (19 U.S.C. 1592(c)); a row that ticks none
or several leaves it to a person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


def _culpability(tmp_path: Path, row: str) -> str | None:
    head = [row if line.startswith("Culpability") else line for line in REFERRAL_HEAD]
    lines = [*head, "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.culpability


@pytest.mark.parametrize(("row", "level"), [
    ("[X] Negligence   [ ] Gross negligence   [ ] Fraud", "negligence"),
    ("[ ] Fraud   [ ] Gross negligence   [X] Negligence", "negligence"),
    ("( ) Negligence   (X) Gross negligence   ( ) Fraud", "gross_negligence"),
    ("[ ] Negligence [ ] Gross Negligence [x] Fraud", "fraud"),
])
def test_the_ticked_level_of_the_row_is_the_culpability(tmp_path: Path, row: str,
                                                         level: str) -> None:
    assert _culpability(tmp_path, row) == level


@pytest.mark.parametrize("row", ["[ ] Negligence   [ ] Gross negligence   [ ] Fraud",
                                 "[X] Negligence   [X] Gross negligence   [ ] Fraud"])
def test_a_row_ticking_none_or_several_goes_to_a_person(tmp_path: Path, row: str) -> None:
    assert _culpability(tmp_path, row) is None
