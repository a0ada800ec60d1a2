"""An entries table typed with tab stops where every row's long date runs past the next stop:
each row's cells stand one column on, the last amount wraps or runs past the last header, and
no row has a cell under "Entered Value". The row-by-row reading, in the header's order, gives
the amounts; the columns would have made the entered value the duty paid."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

HEADER = [(72.0, "Entry No."), (176.0, "Entry Date"), (248.0, "Liquidated?"),
          (310.0, "Entered Value"), (385.0, "Duty Paid"), (457.0, "Duty Owed")]
TOP = ["U.S. Customs and Border Protection", "REPORT OF FINDINGS",
       "SEACATS No.: 2026-1001-100518-01", "Name of Party: Cedar Furniture Inc.",
       "Mailing Address: 9485 Main St, Miami, FL 33101", "Importer No.: 35-1439190",
       "Violation Date: September 27, 2022", "Level of Culpability: NEGLIGENCE",
       "Domestic Value: USD 1,283,014.78", "Dutiable Value: USD 720,794.82",
       "Merchandise: hand tools (wrenches and pliers).",
       "Review of the entry documents shows that Cedar Furniture Inc. declared the hand tools",
       "under a tariff provision carrying a lower rate of duty. The violation is assessed as",
       "negligent on the facts described below.", "Loss of Duties by Entry"]
ENTRIES = [("5C7-8137540-6", "Tuesday, September 27, 2022", "53,370.10", "2,668.51", "2,134.81"),
           ("HIA-2473314-1", "Friday, June 27, 2025", "281,358.62", "0.00", "28,698.58")]


def _rows(status: str, wrapped: bool) -> list[list[tuple[float, str]]]:
    rows: list[list[tuple[float, str]]] = []
    for number, day, entered, paid, owed in ENTRIES:
        cells = [(72.0, number), (176.0, day), (310.0, status), (385.0, f"USD {entered}"),
                 (457.0, f"USD {paid}")]
        if wrapped:  # the last amount wraps under the date column
            rows += [cells, [(176.0, f"USD {owed}")]]
        else:  # the last amount runs past the last header
            rows.append([*cells, (520.0, f"USD {owed}")])
    return rows


@pytest.mark.parametrize(("status", "wrapped", "liquidated"), [
    ("N", True, False), ("No", False, False), ("Y", True, True), ("Unliquidated", False, False)])
def test_rows_pushed_one_column_on_are_read_in_the_headers_order(
        tmp_path: Path, status: str, wrapped: bool, liquidated: bool) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *TOP, HEADER, *_rows(status, wrapped),
        "Recommend that a penalty case be opened and the appropriate notice issued."])
    entries = extract_penalty(pdf).facts.entries
    assert [(e.entered_value, e.duty_paid, e.duty_owed, e.liquidated) for e in entries] == [
        (Decimal(entered.replace(",", "")), Decimal(paid.replace(",", "")),
         Decimal(owed.replace(",", "")), liquidated)
        for _, _, entered, paid, owed in ENTRIES]
