"""An entries table that prints each entry's date before its number (issue 13, round 32 sweep).

"2023-03-02   EGH-3873310-3   $4,151.41 ...": read as runs from one number to the next, each run
ended with the next row's date, so the first entry took the second's date and the last had
none. A date printed on a number's own line before it is that entry's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]


def cells(columns: tuple[float, ...], *texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(columns, texts, strict=False) if t]


@pytest.mark.parametrize(("columns", "header", "first", "second"), [
    ((72.0, 160.0, 245.0, 320.0, 395.0, 480.0),
     ("Entry Date", "Entry No.", "Duty Owed", "Duty Paid", "Entered Value", "Liquidated"),
     ("2023-03-02", "EGH-3873310-3", "$4,151.41", "$1,596.69", "$63,867.74", "Yes"),
     ("2023-09-27", "EGH-5676436-0", "$1,383.33", "$532.05", "$21,282.06", "No")),
    ((72.0, 95.0, 170.0, 255.0, 330.0, 405.0, 480.0),
     ("No.", "Date", "Entry", "Liq.", "Value", "Paid", "Owed"),
     ("1", "Mar 2, 2023", "EGH-3873310-3", "Y", "$63,867.74", "$1,596.69", "$4,151.41"),
     ("2", "Sep 27, 2023", "EGH-5676436-0", "N", "$21,282.06", "$532.05", "$1,383.33")),
    ((72.0, 150.0, 240.0, 310.0, 390.0, 470.0),
     ("Entered", "Entry Number", "Status", "Declared Value", "Duty Deposited", "Correct Duty"),
     ("03/02/2023", "EGH-3873310-3", "LIQ", "63,867.74", "1,596.69", "4,151.41"),
     ("09/27/2023", "EGH-5676436-0", "UNLIQ", "21,282.06", "532.05", "1,383.33")),
])
def test_the_date_before_the_number_is_that_entrys(
        tmp_path: Path, columns: tuple[float, ...], header: tuple[str, ...],
        first: tuple[str, ...], second: tuple[str, ...]) -> None:
    lines: list[Line] = [*REFERRAL_HEAD[:-1], *FACTS, "Entries:", cells(columns, *header),
             cells(columns, *first), cells(columns, *second), "Prepared by: W. Carrington"]
    reading = extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))
    entries = reading["values"]["entries"]
    assert [(e["entry_number"], e["entry_date"], e["liquidated"]) for e in entries] == [
        ("EGH-3873310-3", "2023-03-02", True), ("EGH-5676436-0", "2023-09-27", False)]
    assert [e["duty_paid"] for e in entries] == [1596.69, 532.05]
