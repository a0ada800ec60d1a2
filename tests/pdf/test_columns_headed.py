"""Two columns of running text under a heading each ("FACTS" | "LEGAL GROUNDS"), set narrow in
wide columns so that neither runs up to the gutter (a broker's protest printed from Windows):
they are read down each column all the same, as the headings over them say they are columns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf

Row = Sequence[tuple[float, str]]
_LEFT, _RIGHT = 60.0, 330.0


def _page(path: Path, rows: Sequence[Row]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for index, row in enumerate(rows):
        for x, text in row:
            canvas.drawString(x, 700.0 - 12.0 * index, text)
    canvas.save()
    return path


def _read(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [" | ".join(s.text for s in line) for line in document.reading_lines(1)]


_LEFT_TEXT = ["Our client imported the goods", "through the port of Houston.",
              "CBP liquidated the entries and", "we object to the appraised value",
              "fixed at liquidation, as the", "client asked us to do."]
_RIGHT_TEXT = ["CBP raised the value by adding", "assists and a buying commission.",
               "The buying agent acted for the", "importer alone; no assist was",
               "supplied under 1401a(b)."]


@pytest.mark.parametrize("headings", [("FACTS", "LEGAL GROUNDS"), ("Background", "Argument"),
                                      ("STATEMENT OF FACTS", "GROUNDS FOR PROTEST"),
                                      ("Statement of Facts", "Grounds for Protest")])
def test_headed_narrow_columns_are_read_down_each_column(
        tmp_path: Path, headings: tuple[str, str]) -> None:
    rows: list[Row] = [[(_LEFT, headings[0]), (_RIGHT, headings[1])]]
    for index, left in enumerate(_LEFT_TEXT):
        right = _RIGHT_TEXT[index] if index < len(_RIGHT_TEXT) else None
        rows.append([(_LEFT, left), *([(_RIGHT, right)] if right else [])])
    lines = _read(_page(tmp_path / "cols.pdf", rows))
    assert lines == [headings[0], *_LEFT_TEXT, headings[1], *_RIGHT_TEXT]


def test_a_label_column_beside_values_stays_printed_lines(tmp_path: Path) -> None:
    # Headings over a label and its value are no columns of running text.
    rows: list[Row] = [[(_LEFT, "FIELD"), (_RIGHT, "VALUE")],
                       [(_LEFT, "Protestant"), (_RIGHT, "Redwater Outdoor Supply LLC")],
                       [(_LEFT, "Importer No."), (_RIGHT, "26-4273386")],
                       [(_LEFT, "Port of entry"), (_RIGHT, "5301 Houston")]]
    lines = _read(_page(tmp_path / "labels.pdf", rows))
    assert lines[1] == "Protestant | Redwater Outdoor Supply LLC"
