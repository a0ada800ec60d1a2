"""The domestic value told as an estimate "at" its amount (issue 13, round 33).

"We estimate the domestic value at $120,000.00", "CBP appraised the domestic value of the goods at
...": the amount after "at" is the domestic value, as after "is" (19 U.S.C. 1592(c) caps on it).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


@pytest.mark.parametrize("sentence", [
    "We estimate the domestic value at $120,000.00.",
    "CBP appraised the domestic value of the goods at $120,000.00.",
    "The office puts the domestic value of the merchandise at 120,000.00 USD.",
])
def test_the_amount_after_at_is_the_domestic_value(tmp_path: Path, sentence: str) -> None:
    head = [line for line in REFERRAL_HEAD if not line.startswith("Domestic")]
    lines = [*head[:-1], sentence, head[-1],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.domestic_value == Decimal("120000.00")
