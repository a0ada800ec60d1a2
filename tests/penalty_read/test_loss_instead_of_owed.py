"""Entries that give the duty paid and the loss, not the duty owed (issue 13, round 32 sweep).

"Duty Paid | Additional Duty Owed", "Deposited | Underpayment", "duty paid $X, additional duty
owed $Y": the second amount is the loss, owed less paid (19 CFR 162.71(a)). A table's amounts
placed by their order took it for the duty owed, and a sentence's "duty owed" cue read it so:
the loss came out short by the duty paid and the case was drafted on it. A sentence with no
owed cue left its entry out. The duty owed is the paid and the loss together.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import FACTS, REFERRAL_HEAD, Line, cells, draw_referral


def _read(tmp_path: Path, entries: list[Line], font: str = "Helvetica") -> dict[str, Any]:
    lines = [*REFERRAL_HEAD[:-1], *FACTS, "Entries:", *entries, "Prepared by: W. Carrington"]
    return extract_json(draw_referral(tmp_path / "r.pdf", lines, font=font),
                        today=date(2025, 6, 1))


def _owed(reading: dict[str, Any]) -> list[float]:
    return [entry["duty_owed"] for entry in reading["values"]["entries"]]


@pytest.mark.parametrize("caption", ["Additional Duty Owed", "Underpayment", "Loss of Duty",
                                     "Unpaid Duty", "Balance Due", "Difference"])
def test_a_table_of_paid_and_loss(tmp_path: Path, caption: str) -> None:
    reading = _read(tmp_path, [
        cells("Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", caption),
        cells("EGH-3873310-3", "2023-03-02", "Yes", "$63,867.74", "$1,596.69", "$2,554.72"),
        cells("EGH-5676436-0", "2023-09-27", "No", "$21,282.06", "$532.05", "$851.28"),
    ])
    assert _owed(reading) == [4151.41, 1383.33]
    assert reading["decision"]["loss_of_duties"]["total"] == 3406.0


@pytest.mark.parametrize("told", [
    "duty paid $1,596.69, additional duty owed $2,554.72",
    "duty deposited $1,596.69; additional duties due $2,554.72",
    "duty paid $1,596.69, underpayment $2,554.72",
    "duty paid $1,596.69, loss of duties $2,554.72",
])
def test_an_entry_told_with_paid_and_loss(tmp_path: Path, told: str) -> None:
    reading = _read(tmp_path, [
        f"Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, {told}.",
        "Entry EGH-5676436-0, entered 2023-09-27, unliquidated; entered value $21,282.06, duty "
        "paid $532.05, duty owed $1,383.33.",
    ])
    assert _owed(reading) == [4151.41, 1383.33]
    assert reading["decision"]["loss_of_duties"]["total"] == 3406.0


def test_a_duty_owed_told_with_its_loss_reads_as_before(tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty paid "
        "$1,596.69, duty owed $4,151.41 (loss $2,554.72).",
    ])
    assert _owed(reading) == [4151.41]
