"""An auditor who tells each entry in a sentence may give a duty's amount before its verb, in the
passive (issue 13, thirty-fifth hand): "duty of USD 2,001.41 was deposited, while the duty
lawfully owed is USD 6,404.51". The amount is the paid or the owed duty by the verb after it;
an entry whose duties are not both read is no entry (19 CFR 162.71(a) needs both)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

SENTENCES = [
    ("Entry HID-9023436-9, entered on Jun. 21, 2022 and liquidated, declared an entered value of "
     "USD 80,056.27; duty of USD 2,001.41 was deposited, while the duty lawfully owed is USD "
     "6,404.51."),
    ("Entry HID-9023436-9, entered on Jun. 21, 2022 and liquidated, was valued at $80,056.27. "
     "Duties in the amount of $2,001.41 were paid; duty of $6,404.51 is lawfully owed."),
    ("Entry HID-9023436-9 (entered 06/21/2022, liquidated) declared a value of 80,056.27 USD; "
     "duty totaling 2,001.41 USD had been tendered, and duty of 6,404.51 USD was owed."),
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_duty_told_before_its_verb_is_read(tmp_path: Path, sentence: str) -> None:
    words = sentence.split(" ")
    # Wrapped as an auditor's letter wraps it: two lines.
    lines = [" ".join(words[:14]), " ".join(words[14:])]
    path = draw_referral(tmp_path / "r.pdf", [*REFERRAL_HEAD, *lines])
    entries = extract_penalty(path).facts.entries
    assert len(entries) == 1
    entry = entries[0]
    assert entry.entry_number == "HID-9023436-9"
    assert entry.liquidated is True
    assert entry.entered_value == Decimal("80056.27")
    assert entry.duty_paid == Decimal("2001.41")
    assert entry.duty_owed == Decimal("6404.51")
