"""A submitted form printed as a column of captions beside a column of answers ("Requester name:"
| "Harbor Goods LLC", "Street address:" | "12 Pier Road", ...), the captions read as several
paragraphs and the answers as one: each caption is read with the answer at its height, and a
long answer wrapped back to the margin stays its own. Before, a caption was read as the
requester's name and the request went to a person."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json

Row = tuple[str, str]
ROWS: tuple[Row, ...] = (
    ("Requester name:", "Harbor Goods LLC"),
    ("Street address:", "12 Pier Road"),
    ("City, state, ZIP:", "Newark, NJ 07114"),
    ("Importer number:", "12-3456789"),
    ("Contact person:", "Ann Lee"),
    ("Type of ruling:", "Tariff Classification"),
    ("Ruling question:", "the tariff classification of the yoga mats"),
    ("Port(s) of entry:", "Newark, NJ (port code 4601)"),
)
BODY = (
    "Product information",
    "* Product: Yoga mats of thermoplastic elastomer foam, 183 x 61 cm.",
    "* Principal use in the United States: yoga and floor exercises at home.",
    "* Component materials by weight: elastomer foam 96%, polyester strap 4%.",
    "Suggested HTS number: 9506.91.0030",
    "Basis: GRI 1; heading 9506 names articles for general physical exercise.",
    "Is the issue before CBP or a court?: The issue is not pending before any CBP office or court.",
    "Sample: One sample is sent with this request.",
    "Confidential treatment: No",
    "Electronic signature: /s/ Ann Lee",
)


def draw(path: Path, rows: tuple[Row, ...], *, wrapped: str = "", step: float = 10.5,
         value_x: float = 154, bold: frozenset[str] = frozenset(),
         dated: str = "Date of submission: 02/24/2025") -> Path:
    """The form: a title, the caption column at the margin and the answers at VALUE_X, one
    row every STEP points; WRAPPED continues the last answer on the margin under it."""
    canvas = Canvas(str(path), pagesize=letter)
    y = letter[1] - 60
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(54, y, "Binding Ruling Request - Submitted Form")
    y -= 22
    canvas.setFont("Helvetica", 9)
    canvas.drawString(54, y, dated)
    y -= step
    for caption, value in rows:
        canvas.setFont("Helvetica-Bold" if caption in bold else "Helvetica", 9)
        canvas.drawString(54, y, caption)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(value_x, y, value)
        y -= step
    if wrapped:
        canvas.drawString(54, y, wrapped)
        y -= step
    y -= 14
    for line in BODY:
        canvas.drawString(54, y, line)
        y -= 14
    canvas.save()
    return path


def read(tmp_path: Path, rows: tuple[Row, ...] = ROWS, **layout: Any) -> dict[str, Any]:
    path = draw(tmp_path / "form.pdf", rows, **layout)
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


def renamed(**names: str) -> tuple[Row, ...]:
    return tuple((names.get(caption, caption), value) for caption, value in ROWS)


@pytest.mark.parametrize("layout", [
    {},
    {"bold": frozenset({"Requester name:", "Importer number:"})},
    {"wrapped": "and its marking on the retail box"},
    {"step": 12.0, "value_x": 200.0},
    {"rows": renamed(**{"Requester name:": "Name of requester:",
                        "Street address:": "Mailing address:",
                        "City, state, ZIP:": "City/State/ZIP:",
                        "Contact person:": "Phone:"})},
], ids=["plain", "some-captions-bold", "answer-wrapped-to-margin", "wider-spacing",
        "other-caption-words"])
def test_each_caption_is_read_with_the_answer_at_its_height(
        tmp_path: Path, layout: dict[str, Any]) -> None:
    output = read(tmp_path, **layout)
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
    assert values["request_date"] == "2025-02-24"
    assert values["ruling_type"] == "classification"
    assert output["decision"]["outcome"] == "accept", output["findings"]



@pytest.mark.parametrize("dated", ["Date of submission: 02/24/2025", "Submission date: 02/24/2025",
                                   "Date submitted: 02/24/2025"],
                         ids=["date-of-submission", "submission-date", "date-submitted"])
def test_an_electronic_forms_submission_date_dates_the_request(tmp_path: Path, dated: str) -> None:
    output = read(tmp_path, dated=dated)
    assert output["values"]["request_date"] == "2025-02-24"
