"""A company's own sheets in place of Form 19 that print every other box of the form (party,
address, decision, goods, objection) but no importer number row (thirty-sixth hand's no-IOR
case): the sender left 174.13(a)(2) out, and no number of an importer number's shape is printed
anywhere, so the protest is deficient with confidence. A number of that shape under a caption
the reader does not know still leaves the question to a person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide


def _sheets(path: Path, rows: list[tuple[str, str]]) -> Path:
    canvas = Canvas(str(path))
    y = 760
    for line in ["GLAZEWORKS TILE LLC - CUSTOMS PROTEST, SHEET 1",
                 "Protest under 19 U.S.C. 1514 and 19 CFR Part 174, filed on the protestant's own",
                 "sheets in place of CBP Form 19."]:
        canvas.drawString(60, y, line)
        y -= 18
    for label, value in [("Port of entry", "3002 (Seattle)"), ("Protestant", "Glazeworks Tile LLC"),
                         ("Address", "35 Tannery Row, Brockton, MA 02301"), *rows,
                         ("Decision protested", "Classification and rate of duty")]:
        y -= 18
        canvas.drawString(60, y, label)
        canvas.drawString(200, y, value)
    y -= 24
    for x, text in [(60, "Line"), (110, "Entry No."), (230, "Date of entry"),
                    (360, "Date of liquidation")]:
        canvas.drawString(x, y, text)
    y -= 16
    for x, text in [(60, "1"), (110, "I5C-8386245-5"), (230, "2024-07-03"), (360, "2025-04-29")]:
        canvas.drawString(x, y, text)
    y -= 30
    canvas.drawString(60, y, "Description of merchandise")
    canvas.drawString(200, y, "Glazed ceramic floor tiles, 30 x 30 cm")
    y -= 30
    for line in ["Objection and justification: The tiles are properly classified under subheading",
                 "6907.22.0000, which describes them by name (GRI 1).",
                 "No drawback has been or will be claimed on the merchandise of these entries.",
                 "Signature       /s/ Aiko Tanabe",
                 "Name            Aiko Tanabe"]:
        canvas.drawString(60, y, line)
        y -= 18
    canvas.save()
    return path


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 5, 20)), today=date(2025, 5, 30))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("rows", [[], [("Telephone", "(508) 555-0142")],
                                  [("Contact", "Aiko Tanabe, Import Manager")]])
def test_own_sheets_without_an_importer_row_are_deficient(
        tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    assert _decided(_sheets(tmp_path / "s.pdf", rows)) == ("deficient", ("174.13(a)(2)",))


def test_a_number_of_its_shape_under_an_unknown_caption_goes_to_a_person(tmp_path: Path) -> None:
    outcome, _ = _decided(_sheets(tmp_path / "s.pdf", [("Federal tax ref.", "53-1394242")]))
    assert outcome in ("needs_human", "accept")
