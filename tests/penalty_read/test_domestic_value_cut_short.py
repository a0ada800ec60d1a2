"""The domestic value's label cut short without its stop (issue 13, round 33).

A fixed-width case printout abbreviates its labels to fit: "DOM VALUE....... 120,000.00",
"DOM VAL......... 120,000.00", as it does "DUT VAL". The cut word is the label all the same
(the domestic value caps the penalty for fraud and the range, 19 U.S.C. 1592(c)(1)).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


@pytest.mark.parametrize("line", ["DOM VALUE....... 120,000.00", "DOM VAL......... 120,000.00",
                                  "DOM VALUE: 120,000.00", "DOM VAL: $120,000.00"])
def test_the_cut_label_is_the_domestic_values(tmp_path: Path, line: str) -> None:
    head = [line if text.startswith("Domestic") else text for text in REFERRAL_HEAD]
    lines = [*head, "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.facts.domestic_value == Decimal("120000.00")
    assert reading.fields["domestic_value"].confidence == LABELLED
