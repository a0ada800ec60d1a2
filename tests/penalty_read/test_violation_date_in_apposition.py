"""The violation's date named by a phrase set after it with a comma (issue 13, round 33).

"The importer declared the tumblers on March 3, 2023, the date of the violation." The phrase in
apposition names the date before it, as "(the date of violation)" does; where the phrase goes on
to a date of its own ("..., the date of the violation was March 3, 2023") that one is meant.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


def _date(tmp_path: Path, sentence: list[str]) -> date | None:
    head = [line for line in REFERRAL_HEAD if not line.startswith("Date of Violation")]
    lines = [*head[:-1], *sentence, head[-1],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.violation_date


@pytest.mark.parametrize("sentence", [
    ["The importer declared the tumblers on March 3, 2023, the date of the violation."],
    ["The first entry was filed 03/03/2023, the date of violation; others followed."],
    ["The importer declared prices below those paid on March 3, 2023, the date of",
     "the violation. Culpability: negligence."],
    ["The importer filed entry ABC-1234567-1 on June 14, 2023, the date of the violation was",
     "March 3, 2023."],
])
def test_the_phrase_names_its_date(tmp_path: Path, sentence: list[str]) -> None:
    assert _date(tmp_path, sentence) == date(2023, 3, 3)
