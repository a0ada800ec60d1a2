"""The count of the goods a request asks about, where it is given only as "all 6 articles" in the
letter or as a "Number of items" row on the data sheet the letter makes part of it: six items
are more than one request may ask about, never one item by default (issue 13, the fifty-ninth
hand, held out: a request for six models read as one and accepted, confidently wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import extract

_LETTER = ["Gulfstar Marine Supply Co.", "14 Wharf Street, Galveston, TX 77550", "",
           "August 10, 2025", "", "National Commodity Specialist Division",
           "Re: Request for a binding ruling - tariff classification", "",
           "Gulfstar Marine Supply Co., importer number 28-7428730, asks for a binding ruling on",
           "the tariff classification of the merchandise described in the attached data sheet,",
           "which we intend to import. We plan to enter the goods at the port of Los Angeles.",
           "{asked}",
           "Under GRI 1 the terms of heading 7326 describe the articles by their function.",
           "The issue is not pending before any CBP office or any court.",
           "No sample is sent. No confidential treatment is requested.", "",
           "Sincerely,", "/s/ Luis F. Carvalho", "Luis F. Carvalho, Import Operations Manager"]
_SHEET = [("Requester", "Gulfstar Marine Supply Co."), ("Merchandise", "Garden hose reels of "
          "powder-coated steel, models A-822, B-296, C-904, D-821, E-328 and F-935"),
          ("Principal use", "storing garden hoses"),
          ("Component materials", "steel 85%, plastic handle 15% by weight"),
          ("Number of items", "{count}"), ("Proposed HTS", "7326908688")]


def _request(path: Path, asked: str, count: str) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    for index, line in enumerate(_LETTER):
        canvas.drawString(60, 740 - 13 * index, line.format(asked=asked))
    canvas.showPage()
    canvas.setFont("Helvetica", 9)
    canvas.drawString(60, 740, "ATTACHMENT 1 - PRODUCT DATA SHEET")
    for index, (caption, value) in enumerate(_SHEET):
        canvas.drawString(60, 712 - 14 * index, caption)
        canvas.drawString(200, 712 - 14 * index, value.format(count=count))
    canvas.save()
    return path


@pytest.mark.parametrize("asked", [
    "We ask that all 6 articles be classified in subheading 7326.90.86.88, HTSUS.",
    "We ask that all six items be classified in subheading 7326.90.86.88, HTSUS.",
    "We propose subheading 7326.90.86.88, HTSUS, for all of the 6 models.",
])
def test_all_the_goods_counted_in_the_letter_are_the_items(tmp_path: Path, asked: str) -> None:
    read = extract(_request(tmp_path / "r.pdf", asked, "6"))
    assert read["values"]["item_count"] == 6
    assert read["decision"]["outcome"] != "accept"


@pytest.mark.parametrize("count, expected", [("6", 6), ("3", 3)])
def test_the_data_sheets_number_of_items_counts_the_goods(
        tmp_path: Path, count: str, expected: int) -> None:
    asked = "We propose subheading 7326.90.86.88, HTSUS."
    read = extract(_request(tmp_path / "r.pdf", asked, count))
    assert read["values"]["item_count"] == expected
    assert read["decision"]["outcome"] != "accept" or expected <= 5
