"""A letter lodged against "the decision described below" (or "set out below", "identified
in the table below") sets the decision out where it points: its entries' events, each dated,
and its merchandise and objection under their own labels. Its layout is understood, so a number
it does not print is absent, not unread: no importer number is deficient (19 CFR 174.13(a)(2))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_POINTERS = ["protests the decision described below", "hereby protests the decision set out below",
             "protests under 19 U.S.C. 1514 the decision identified in the table below"]


def _letter(path: Path, pointer: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    y = 760
    for left, right in (
            ("Tessaro Home Goods LLC", ""), ("88 Wharf Street, Doral, FL 33172", ""),
            ("Port Director, U.S. Customs and Border Protection, Port of Houston (5301)", ""),
            ("Re: Protest under 19 U.S.C. 1514", ""), ("Dear Port Director:", ""),
            (f"Tessaro Home Goods LLC {pointer}.", ""), ("Chronology", ""),
            ("July 26, 2023", "Entry CDI-2652437-1 made at Houston; date of entry."),
            ("May 29, 2024", "Entry CDI-2652437-1 liquidated; date of liquidation."),
            ("Merchandise:", "porcelain dinner plates, sets of eight"),
            ("Objection:", "CBP liquidated the entry classifying the merchandise outside"),
            ("", "subheading 6911.10.3750, HTSUS; GRI 1 places the plates there, at a lower"),
            ("", "rate, and the excess duty should be refunded."),
            ("The merchandise covered by the entry is not subject to drawback.", ""),
            ("Sincerely,", ""), ("/s/ Ines Marchetti", ""), ("Ines Marchetti", "")):
        canvas.drawString(72, y, left)
        canvas.drawString(180, y, right)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("pointer", _POINTERS)
def test_no_importer_number_in_a_letter_pointing_to_its_decision_is_deficient(
        tmp_path: Path, pointer: str) -> None:
    # Before: the decision, only argued, left the layout unvouched and a person was asked.
    facts = extract_protest(_letter(tmp_path / "l.pdf", pointer)).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 6, 20)),
                         today=date(2024, 6, 24))
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(2)",))
