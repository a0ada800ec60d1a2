"""A broker's continuation sheet lists the entries in a table with a column naming the decision
protested on each row ("ENTRY NUMBER  ENTRY DATE  LIQUIDATION DATE  CATEGORY" over "...  the
liquidation"). Where every row names the same decision, that is the decision protested, the
one common to all the entries (19 CFR 174.13(b)); rows naming different decisions name none
the reader may choose, and a person looks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

Row = list[tuple[int, str]]  # (left edge, text) of each cell on one printed line

_TOP: list[Row] = [
    [(72, "PROTEST - CONTINUATION SHEET (19 CFR PART 174)")],
    [(72, "PORT CODE: 4601 (Newark)")],
    [(72, "PROTESTANT: Copperline Cable Works Corp.")],
    [(72, "ADDRESS: 2275 Foundry Street, Pittsburgh, PA 15222")],
    [(72, "IMPORTER NO.: 54-3803166")], [],
]
_NUMBERS = ("G2E-7410332-0", "G2E-2008636-3", "G2E-5622246-0")
_REST: list[Row] = [
    [], [(72, "DESCRIPTION OF MERCHANDISE:")],
    [(72, "Woven cotton dish towels, 100% cotton terry, 40 x 65 cm, sets of three")], [],
    [(72, "Accelerated disposition requested: [ ] Yes [X] No")],
    [(72, "Application for further review: [ ] Yes [X] No")],
    [(72, "Drawback declaration: no drawback has been or will be claimed on the entries.")],
    [(72, "Argument: see rider attached.")], [],
    [(72, "Signature: /s/ Ines Calderon-Webb")],
    [(72, "RIDER - STATEMENT OF GROUNDS")],
    [(72, "The entries were liquidated at rates that ignore the exclusion granted for these")],
    [(72, "goods. Protestant asks that the excess duties be refunded with interest.")],
]


def _sheet(path: Path, caption: str, cells: tuple[str, str, str]) -> Path:
    rows: list[Row] = [*_TOP, [(76, "ENTRY NUMBER"), (190, "ENTRY DATE"),
                               (300, "LIQUIDATION DATE"), (420, caption)]]
    rows += [[(76, number), (190, "07/20/2024"), (300, "05/17/2025"), (420, cell)]
             for number, cell in zip(_NUMBERS, cells, strict=True)]
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 8)
    for index, row in enumerate([*rows, *_REST]):
        for x, text in row:
            canvas.drawString(x, 740 - 13 * index, text)
    canvas.save()
    return path


_COLUMNS = [
    # As the forty-eighth hand wrote it.
    ("CATEGORY", ("the liquidation",) * 3, "liquidation"),
    ("DECISION PROTESTED", ("Classification",) * 3, "classification"),
    ("Decision", ("appraised value",) * 3, "appraised_value"),
]


@pytest.mark.parametrize(("caption", "cells", "category"), _COLUMNS)
def test_the_decision_every_row_names_is_protested(
        tmp_path: Path, caption: str, cells: tuple[str, str, str], category: str) -> None:
    # Before: the column was not read; with three entries and no decision named, a person was
    # asked whether one decision was common to them all.
    facts = extract_protest(_sheet(tmp_path / "p.pdf", caption, cells)).facts
    assert facts.category == category
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 5)), today=date(2025, 9, 8))
    assert decision.outcome == "accept"


def test_rows_naming_different_decisions_name_none(tmp_path: Path) -> None:
    cells = ("classification", "appraised value", "classification")
    facts = extract_protest(_sheet(tmp_path / "p.pdf", "CATEGORY", cells)).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 5)), today=date(2025, 9, 8))
    assert decision.outcome == "needs_human"
