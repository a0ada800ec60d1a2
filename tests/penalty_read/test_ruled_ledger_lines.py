"""An entry ledger printed on a card ruled under every line, its columns only aligned and its
headers cut to fit ("ENTRY DT.", "ENT. VALUE", "DUTY PD."): the rules make no table of one
cell a row, so the aligned columns are read (issue 13, the fifty-ninth hand, held out: no entry
read on a case card's reverse, so no loss computed and the referral sent to a person)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract_entries import TABLE_CELL, read_entry_rows
from tradebots.pdf import open_pdf

_COLUMNS = (64.0, 94.0, 190.0, 262.0, 330.0, 410.0, 490.0)
_ROWS = [("01", "C8B-1467956-5", "05-SEP-2024", "LIQ", "50670.00", "917.12", "3131.40"),
         ("02", "IIC-7082786-9", "23-OCT-2024", "UNLIQ", "83560.00", "2941.30", "7695.86")]


def _ledger(path: Path, header: tuple[str, ...], ruled: bool) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Courier", 9)
    canvas.drawString(64, 740, "CASE 2025-2809-383549-01 - ENTRY LEDGER")
    for index, cells in enumerate([header, *_ROWS]):
        y = 716 - 18 * index
        for x, text in zip(_COLUMNS, cells, strict=True):
            canvas.drawString(x, y, text)
        if ruled:
            canvas.line(60, y - 5, 560, y - 5)
    if ruled:  # the card's border: its sides make the rules a grid of one column
        canvas.rect(60, 716 - 18 * len(_ROWS) - 5, 500, 36 + 18 * len(_ROWS))
    canvas.save()
    return path


@pytest.mark.parametrize("header", [
    ("LINE", "ENTRY NO.", "ENTRY DT.", "STATUS", "ENT. VALUE", "DUTY PD.", "DUTY OWED"),
    ("LN", "ENTRY #", "DATE", "LIQ", "VALUE", "AMT PD", "DUTY DUE"),
])
@pytest.mark.parametrize("ruled", [True, False])
def test_a_ledgers_aligned_entries_are_read_under_rules_and_cut_headers(
        tmp_path: Path, header: tuple[str, ...], ruled: bool) -> None:
    with open_pdf(_ledger(tmp_path / "ledger.pdf", header, ruled)) as document:
        rows = read_entry_rows(document)
    assert [row.number.value for row in rows] == ["C8B-1467956-5", "IIC-7082786-9"]
    assert [str(row.values["duty_paid"].value) for row in rows] == ["917.12", "2941.30"]
    assert [row.values["liquidated"].value for row in rows] == [True, False]
    # the cut header "PD" names the paid column: read from the header, not guessed from content
    assert all(row.values["duty_paid"].confidence == TABLE_CELL for row in rows)
