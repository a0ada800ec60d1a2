"""The violation's date told in the act's sentence as "on or about" (issue 13, round 33).

A narrative letter or e-mail gives no "Date of violation" and says when the act was done:
"X undervalued stainless steel tumblers on or about March 3, 2023". That is the violation's date
(19 U.S.C. 1621 runs from it), a weaker cue than a label. A sentence dating something else (a
liquidation, a disclosure) gives none, and two acts dated apart leave it to a person.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import INFERRED
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


def _read(tmp_path: Path, sentences: list[str]) -> tuple[date | None, float | None]:
    head = [line for line in REFERRAL_HEAD if not line.startswith("Date of Violation")]
    lines = [*head[:-1], *sentences, head[-1],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    field = reading.fields.get("violation_date")
    return reading.facts.violation_date, field.confidence if field else None


@pytest.mark.parametrize("sentence", [
    "The importer undervalued stainless steel tumblers on or about March 3, 2023.",
    "On or about 03/03/2023, the importer declared the tumblers at prices below those paid.",
    "The importer misclassified the lamps in an entry filed on or about 3 March 2023.",
])
def test_the_acts_date_is_the_violations(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, [sentence]) == (date(2023, 3, 3), INFERRED)


@pytest.mark.parametrize("sentences", [
    ["The entries liquidated on or about February 2, 2024."],
    ["The importer declared the tumblers on or about March 3, 2023.",
     "The importer declared the lamps on or about June 14, 2023."],
])
def test_no_act_or_acts_dated_apart_give_no_date(tmp_path: Path, sentences: list[str]) -> None:
    assert _read(tmp_path, sentences)[0] is None
