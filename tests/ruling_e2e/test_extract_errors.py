"""Files the bot cannot read are refused with a typed error that names the file and the cause."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from bench.corpus import blocks as b
from bench.corpus.render_reportlab import render_pdf
from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.extract import NotARulingRequest
from tradebots.pdf import UnusablePdf

TODAY = date(2026, 1, 5)
# A PDF whose page tree holds no page.
EMPTY_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
             b"trailer << /Root 1 0 R /Size 3 >>\n%%EOF\n")


def letter(path: Path, text: str, password: str | None = None) -> Path:
    document = b.Document("test")
    document.add(b.Para(text))
    render_pdf(document, path, password=password)
    return path


def not_a_pdf(folder: Path) -> Path:
    path = folder / "request.pdf"
    path.write_text("Dear Sir or Madam, please rule on our routers.")
    return path


def damaged(folder: Path) -> Path:
    whole = letter(folder / "whole.pdf", "Request for a binding ruling")
    path = folder / "request.pdf"
    path.write_bytes(whole.read_bytes()[:300])
    return path


def encrypted(folder: Path) -> Path:
    return letter(folder / "request.pdf", "Request for a binding ruling", password="secret")


def no_pages(folder: Path) -> Path:
    path = folder / "request.pdf"
    path.write_bytes(EMPTY_PDF)
    return path


def no_text_layer(folder: Path) -> Path:
    path = folder / "request.pdf"
    sheet = canvas.Canvas(str(path), invariant=True)
    sheet.rect(72, 600, 300, 100, fill=1)  # a scan: marks, but no text
    sheet.save()
    return path


@pytest.mark.parametrize(
    ("make", "cause"),
    [(not_a_pdf, "not a PDF"), (damaged, "damaged"), (encrypted, "encrypted"),
     (no_pages, "no pages"), (no_text_layer, "no text layer")],
)
def test_an_unreadable_file_is_refused_naming_the_file_and_the_cause(make, cause, tmp_path):
    path = make(tmp_path)
    with pytest.raises(UnusablePdf) as refused:
        extract_json(path, received=None, today=TODAY)
    assert refused.value.cause == cause
    assert str(refused.value) == f"{path}: {cause}"


def test_a_readable_pdf_that_is_no_ruling_request_is_refused_as_such(tmp_path):
    path = letter(tmp_path / "invoice.pdf", "Commercial invoice 2291: 40 cartons of towels.")
    with pytest.raises(NotARulingRequest) as refused:
        extract_json(path, received=None, today=TODAY)
    assert str(refused.value).startswith(f"{path}: not a ruling request")


def test_without_a_stamp_or_a_received_date_the_clock_starts_today(tmp_path):
    path = letter(tmp_path / "request.pdf",
                  "Harbor Goods LLC requests a binding ruling on the tariff classification of "
                  "wireless routers. The merchandise will be entered at the port of Newark (4601).")
    output = extract_json(path, received=None, today=TODAY)
    assert output["values"]["ruling_type"] == "classification"
    assert output["values"]["ports"] == ["4601"]
    assert output["decision"]["route"] == "NCSD"
    # One sentence is no letter (no date, salutation or closing): what it lacks is not concluded
    # missing (issue 13), so a person decides, and the NCSD clock runs from today.
    assert output["decision"]["outcome"] == "needs_human"
    assert output["decision"]["missing"] == []
    assert output["decision"]["due"] == "2026-02-04"
