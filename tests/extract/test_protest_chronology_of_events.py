"""A letter may set out its facts as a chronology, one event a line with its date in a column
of its own ("December 1, 2023 | Entry X made at Houston; date of entry" / "... | Entry X
liquidated"), or the date at the line's end. Each entry's dates are read from its events
(19 CFR 174.13(a)(3), (a)(4)); a line naming another event (a petition denied) dates neither."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_A, _B = "2D8-6038132-6", "2D8-6833965-6"
# (date cell, event cell) pairs as three senders word them; date first or last.
_STYLES = {
    "made": [("December 1, 2023", f"Entry {_A} made at Houston; date of entry."),
             ("December 11, 2023", f"Entry {_B} made at Houston; date of entry."),
             ("January 5, 2024", f"Petition on entry {_A} denied."),
             ("October 10, 2024", f"Entry {_A} liquidated; date of liquidation."),
             ("October 10, 2024", f"Entry {_B} liquidated; date of liquidation.")],
    "entered": [("2023-12-01", f"{_A} entered"), ("2023-12-11", f"{_B} entered"),
                ("2024-10-10", f"{_A} liquidated by bulletin notice"),
                ("2024-10-10", f"{_B} scheduled to liquidate")],
    "last": [(f"Entry {_A} filed with CBP", "Dec. 1, 2023"),
             (f"Entry {_B} filed with CBP", "Dec. 11, 2023"),
             (f"Entry {_A} liquidated", "Oct. 10, 2024"),
             (f"Entry {_B} liquidated", "Oct. 10, 2024")],
}


def _letter(path: Path, style: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    y = 760
    for line in ("Marlowe Foods Inc.", "2201 Industrial Parkway, Elizabeth, NJ 07201",
                 "Port Director, U.S. Customs and Border Protection, Port of Houston (5301)",
                 "Re: Protest under 19 U.S.C. 1514; importer number 72-1601428",
                 "Marlowe Foods Inc. protests the decision below. The events, in order of date:",
                 "Chronology"):
        canvas.drawString(72, y, line)
        y -= 16
    for left, right in _STYLES[style]:
        canvas.drawString(72, y, left)
        canvas.drawString(250, y, right)
        y -= 15
    for line in ("Merchandise: hand-held cordless drills, 18 V",
                 "Objection: CBP classified the drills outside subheading 8467.21.0030, HTSUS;",
                 "by GRI 1 they belong there, and the excess duty should be refunded.",
                 "The merchandise is not subject to drawback.", "/s/ Ines Marchetti",
                 "Ines Marchetti, Director of Logistics"):
        canvas.drawString(72, y - 10, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("style", sorted(_STYLES))
def test_each_entrys_dates_are_read_from_its_events(tmp_path: Path, style: str) -> None:
    # Before: each number's lines gave one date each, and neither entry's dates were read.
    facts = extract_protest(_letter(tmp_path / "c.pdf", style)).facts
    assert [(e.entry_number, e.entry_date, e.liquidation_date) for e in facts.entries] == [
        (_A, date(2023, 12, 1), date(2024, 10, 10)),
        (_B, date(2023, 12, 11), date(2024, 10, 10))]
