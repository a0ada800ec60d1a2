"""A form's goods box (19 CFR 174.13(a)(5)) is named as each sender's form names it: "Product",
"HTS description", "Products covered", "Articles imported", or an entries grid's goods column.
Each is read as the goods. A free-text box ("Remarks", "Notes", a bare "Description") holding a
phrase where no goods box was read may be the goods: a person reads it. A form that gives the
goods nowhere stays deficient."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_box_points_to_unprinted_sheet import (
    _GROUNDS,
    _HEAD,
    _TAIL,
    _pdf,
)

_GOODS = "Bluetooth portable speakers, model GX-2"
_BOX = [*_HEAD, "Objection and grounds:", *_GROUNDS, *_TAIL]


def _read(path: Path) -> tuple[str | None, str]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 5, 6)), today=date(2024, 5, 20))
    return facts.merchandise_description, decision.outcome


def _with(goods: list[str]) -> list[str]:
    return [*_HEAD, *goods, "Objection and grounds:", *_GROUNDS, *_TAIL]


@pytest.mark.parametrize("caption", ["HTS description", "Product",
                                     "Products covered", "Articles imported"])
@pytest.mark.parametrize("run_in", [True, False])
def test_a_goods_box_named_by_the_senders_form_is_read(
        tmp_path: Path, caption: str, run_in: bool) -> None:
    goods = [f"{caption}: {_GOODS}"] if run_in else [caption.upper(), f" {_GOODS}"]
    description, outcome = _read(_pdf(tmp_path / "g.pdf", [_with(goods)]))
    assert description == _GOODS
    assert outcome == "accept"


@pytest.mark.parametrize("column", ["Goods description", "Product", "HTS description"])
def test_an_entries_grid_description_column_is_read(tmp_path: Path, column: str) -> None:
    canvas = Canvas(str(path := tmp_path / "grid.pdf"))
    head = [line for line in _HEAD if not line.startswith(("Port ", "2809", "ENTRIES"))]
    rows: list[list[tuple[int, str]]] = [
        *[[(72, line)] for line in head],
        [(50, "Entry Number"), (150, "Entry Date"), (230, "Liquidated"), (320, column)],
        [(50, "HD2-3545257-4"), (150, "26 April 2023"), (230, "26 Feb 2024"),
         (320, "Bluetooth portable speakers")],
        *[[(72, line)] for line in ["Objection and grounds:", *_GROUNDS, *_TAIL]]]
    for row, cells in enumerate(rows):
        for x, text in cells:
            canvas.drawString(x, 740 - 14 * row, text)
    canvas.save()
    description, outcome = _read(path)
    assert description == "Bluetooth portable speakers"
    assert outcome == "accept"


# A bare "Description" is a free-text box too: a manual page's DESCRIPTION heads the document.
@pytest.mark.parametrize("box", [["Remarks: " + _GOODS], ["NOTES", " " + _GOODS],
                                 ["Description: " + _GOODS], ["DESCRIPTION", " " + _GOODS],
                                 ["Comments: " + _GOODS], ["Additional information", _GOODS]])
def test_a_free_text_box_holding_a_phrase_is_left_to_a_person(
        tmp_path: Path, box: list[str]) -> None:
    _, outcome = _read(_pdf(tmp_path / "r.pdf", [_with(box)]))
    assert outcome == "needs_human"


@pytest.mark.parametrize("note", ["Remarks: N/A", "Notes: Call us on Monday."])
def test_a_free_text_box_naming_no_goods_leaves_the_absence_vouched(
        tmp_path: Path, note: str) -> None:
    _, outcome = _read(_pdf(tmp_path / "n.pdf", [_with([note])]))
    assert outcome == "deficient"


def test_goods_given_nowhere_are_absent(tmp_path: Path) -> None:
    assert _read(_pdf(tmp_path / "none.pdf", [_BOX]))[1] == "deficient"
