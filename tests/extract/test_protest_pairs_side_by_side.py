"""A filing system's printout sets two or three "label | value" pairs on one row ("Protest
Number: 1401-26-166128   Port of Filing: 1401"): each pair is read as if on its own row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_BODY = [
    "Protestant: Fernhill Garden Supply, Inc.",
    "Entries: G7D-1117191-9 entered 01/19/2025 liquidated 11/28/2025",
    "Decision Protested: Classification/Rate",
    "Merchandise Description: Knitted acrylic winter hats, style WH-22",
    "The goods are provided for eo nomine in subheading 6505.00.2545, HTSUS.",
]


def _printout(path: Path, rows: list[list[str]]) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 780, "ACE Reports - Protest Summary")
    for number, row in enumerate(rows, 1):
        for column, cell in enumerate(row):
            canvas.drawString(72 + 120 * column, 780 - 16 * number, cell)
    for number, line in enumerate(_BODY, len(rows) + 2):
        canvas.drawString(72, 780 - 16 * number, line)
    canvas.save()
    return path


@pytest.mark.parametrize("rows", [
    [["Protest Number:", "1401-26-166128", "Port of Filing:", "1401"],
     ["Date Received:", "06/28/2026", "IOR Number:", "18-7491231"]],
    [["Port Code:", "1401", "Date Received:", "06/28/2026"],
     ["Protest No.", "1401-26-166128", "Importer No.", "18-7491231"]],
    [["Protest Number", "1401-26-166128", "Filing Port", "1401", "Received", "06/28/2026"],
     ["IOR No.", "18-7491231"]],
    [["IOR Number:", "18-7491231", "Port:", "1401"],
     ["Received date:", "06/28/2026", "Protest #:", "1401-26-166128"]],
])
def test_each_pair_of_a_row_is_read(tmp_path: Path, rows: list[list[str]]) -> None:
    # Before: a row holding a second label was no "label | value" row, so its pairs went
    # unread (the port of filing, most often).
    facts = extract_protest(_printout(tmp_path / "p.pdf", rows)).facts
    assert facts.port_code == "1401"
    assert facts.protest_number == "1401-26-166128"
    assert facts.received_date == date(2026, 6, 28)
    assert facts.importer_number == "18-7491231"
