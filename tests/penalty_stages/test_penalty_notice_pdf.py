"""The penalty notice after a pre-penalty notice opens in LibreOffice with what 162.79 needs."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from tradebots.documents.preview import convert_to_pdf
from tradebots.documents.render import render_docx

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "penalty"
NAME = "penalty_after_response"
REQUIRED = (
    "Notice of penalty and demand for payment (CBP Form 5955A)",
    "issued you a pre-penalty notice in this case under 19 U.S.C. 1592(b)(1)",
    "19 CFR 162.79",
    "1. Changes from the pre-penalty notice",
    "The reasons for the changes: The response showed",
    "2. Final determination",
    "3. Your right to petition",
    "19 U.S.C. 1618 and 19 CFR Part 171",
    "4. Demand for the actual loss of duties",
    "payable within 30 days",
)


def pdf_text(context: dict[str, object], out: Path) -> str:
    rendered = render_docx(TEMPLATES / f"{NAME}.docx", context, out / f"{NAME}.docx").path
    pdf = convert_to_pdf([rendered], out)[rendered.resolve()]
    with pdfplumber.open(pdf) as document:
        return " ".join((page.extract_text() or "") for page in document.pages).replace("\n", " ")


@pytest.mark.libreoffice
def test_the_notice_renders_to_pdf_with_every_required_paragraph(tmp_path: Path):
    context = json.loads((TEMPLATES / f"{NAME}.sample.json").read_text())
    context["period_shortened"] = False
    text = pdf_text(context, tmp_path)
    for required in REQUIRED:
        assert required in text, required
    assert "within 60 days from the date this notice is mailed, that is by May 3, 2025" in text
    assert "Degree of culpability gross negligence negligence" in text


@pytest.mark.libreoffice
def test_near_the_limitations_date_the_petition_period_is_7_working_days(tmp_path: Path):
    context = json.loads((TEMPLATES / f"{NAME}.sample.json").read_text())
    context |= {"period_shortened": True, "period_citation": "19 CFR 171.2(e)",
                "changes": [], "demand": False}
    text = pdf_text(context, tmp_path)
    assert "within 7 working days, because fewer than 180 days remain before the limitations " \
           "date, from the date this notice is mailed" in text
    assert "nothing has changed them" in text
    assert "Demand for the actual loss of duties" not in text
