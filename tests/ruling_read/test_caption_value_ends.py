"""A caption's value typed without its full stop ends where the next line opens a statement of
its own (issue 13: the project's own Word corpus ran the description on into the principal use)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import extract

_TOWEL = "Terry towelling bath towel of 100% cotton, 70 by 140 centimeters, hemmed on all edges"


def _request(path: Path, described: str, below: str) -> Path:
    lines = ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "March 3, 2025",
             "National Commodity Specialist Division", "Re: Request for a binding ruling",
             "Dear Sir or Madam:",
             "Harbor Goods LLC (importer number 12-3456789) requests a binding ruling on the",
             "tariff classification of bath towels it plans to import through Newark, NJ (4601).",
             described, below,
             "Component materials: cotton 100%.",
             "We request a ruling that the towels are classified in subheading 6302.60.0020.",
             "The issue is not pending before any CBP office or any court.",
             "No sample is enclosed.", "Sincerely,", "/s/ Ann Lee", "Ann Lee, President"]
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for index, line in enumerate(lines):
        canvas.drawString(72, letter[1] - 60 - 12 * index, line)
    canvas.save()
    return path


@pytest.mark.parametrize(("caption", "below"), [
    ("Commodity", "The principal use of the merchandise is drying the body after bathing."),
    ("Description", "Its principal use is drying the body after bathing in households."),
    ("Merchandise", "They are used principally in households and are sold in pairs."),
])
def test_a_statement_under_the_value_is_no_part_of_it(
        tmp_path: Path, caption: str, below: str) -> None:
    output = extract(_request(tmp_path / "request.pdf", f"{caption}: {_TOWEL}", below))
    assert output["values"]["product_description"] == _TOWEL


def test_a_value_broken_off_mid_phrase_runs_on_below(tmp_path: Path) -> None:
    output = extract(_request(tmp_path / "request.pdf", f"Commodity: {_TOWEL}, with",
                              "The Home label sewn on, which is printed in blue."))
    assert output["values"]["product_description"] == (
        f"{_TOWEL}, with The Home label sewn on, which is printed in blue")
