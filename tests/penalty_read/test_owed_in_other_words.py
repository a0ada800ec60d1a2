"""An entry's duty owed told in other words, and an entry told in words not known (issue 13,
round 32 sweep).

"revised duty", "actual duty", "duty as corrected", "duty payable", "duty liability", "the duty
that should have been paid" name the duty owed; "estimated duty" the deposit. An entry whose
duties are told in words the reader does not know ("duty assessed", "final duty") was left out
unseen and the case drafted on the others, its loss short (19 CFR 162.71(a)): it goes to a
person. "should have (been) paid $X" is never the duty paid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]
OTHER = ("Entry EGH-5676436-0, entered 2023-09-27, unliquidated; entered value $21,282.06, duty "
         "paid $532.05, duty owed $1,383.33.")


def _read(tmp_path: Path, told: str) -> dict[str, Any]:
    lines = [*REFERRAL_HEAD[:-1], *FACTS, "Entries:",
             f"Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, "
             f"{told}.", OTHER]
    return extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))


@pytest.mark.parametrize("told", [
    "duty paid $1,596.69, revised duty $4,151.41",
    "duty paid $1,596.69, actual duty $4,151.41",
    "duty paid $1,596.69, duty as corrected $4,151.41",
    "duty paid $1,596.69, duty payable $4,151.41",
    "duty paid $1,596.69, duty liability $4,151.41",
    "duty that should have been paid $4,151.41; duty paid $1,596.69",
    "the importer should have paid $4,151.41 but paid $1,596.69",
    "estimated duty $1,596.69, correct duty $4,151.41",
])
def test_owed_in_other_words(tmp_path: Path, told: str) -> None:
    entries = _read(tmp_path, told)["values"]["entries"]
    assert [(e["duty_paid"], e["duty_owed"]) for e in entries] == [
        (1596.69, 4151.41), (532.05, 1383.33)]


@pytest.mark.parametrize("told", [
    "duty paid $1,596.69, duty assessed $4,151.41",
    "deposit $1,596.69, final duty $4,151.41",
    "duties of $1,596.69 deposited, $4,151.41 owed",
])
def test_an_entry_told_in_words_not_known_goes_to_a_person(tmp_path: Path, told: str) -> None:
    reading = _read(tmp_path, told)
    numbers = [e["entry_number"] for e in reading["values"]["entries"]]
    if "EGH-3873310-3" not in numbers:
        assert reading["decision"]["outcome"] == "needs_human"
        assert any("EGH-3873310-3" in f["message"] for f in reading["findings"])
