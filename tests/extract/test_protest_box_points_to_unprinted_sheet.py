"""A form's free-text box ("Remarks", "Comments", "Notes") that only points elsewhere ("See
attached", "See rider", "See continuation sheet") says the sender's words stand on a sheet. Where
that sheet is printed, its text is read; where it is not, the reader cannot say the protest gives
no objection (19 CFR 174.13(a)(6)) or no goods (a)(5): a person looks, never a confident
'deficient'."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_HEAD = [
    "PROTEST FORM",
    "Protestant:      Tamarack Kitchenware Corp.",
    "Address:         77 West Ontario Street, Chicago, IL 60654",
    "IOR No.:         87-7351806",
    "Port of Entry:   2809 San Francisco",
    "Decision protested:  the appraised value of the merchandise",
    "ENTRIES",
    "Port     Entry Number       Entry Date        Liquidated",
    "2809     HD2-3545257-4      26 April 2023     26 February 2024",
]
_GOODS = ["Description of merchandise: Bluetooth portable speakers, model GX-2"]
_TAIL = [
    "Drawback: The merchandise is not the subject of drawback.",
    "Signature: Esther Kowalczyk",
    "Title: Customs Compliance Manager",
    "Date: 3 May 2024",
]
_GROUNDS = [" CBP appraised the goods at a value that adds a buying commission paid to our own",
            " agent. A bona fide buying commission is not part of transaction value under 19",
            " U.S.C. 1401a(b), and the entered value should be restored."]
_POINTING_BOXES = {
    "Remarks: See attached": ["Remarks: See attached"],
    "Comments: see rider": ["Comments: see rider"],
    "NOTES / See continuation sheet": ["NOTES", "See continuation sheet"],
    "Additional information: Refer to Exhibit A": ["Additional information: Refer to Exhibit A"],
}


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    canvas = Canvas(str(path))
    for lines in pages:
        for row, line in enumerate(lines):
            canvas.drawString(72, 740 - 14 * row, line)
        canvas.showPage()
    canvas.save()
    return path


def _outcome(tmp_path: Path, pages: list[list[str]]) -> str:
    facts = extract_protest(_pdf(tmp_path / "form.pdf", pages)).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 5, 6)), today=date(2024, 5, 20))
    return decision.outcome


@pytest.mark.parametrize("box", sorted(_POINTING_BOXES))
def test_a_box_pointing_to_a_sheet_not_printed_goes_to_a_person(tmp_path: Path, box: str) -> None:
    pages = [[*_HEAD, *_GOODS, *_POINTING_BOXES[box], *_TAIL]]
    assert _outcome(tmp_path, pages) == "needs_human"


@pytest.mark.parametrize("box", sorted(_POINTING_BOXES))
def test_goods_pointed_to_a_sheet_not_printed_go_to_a_person(tmp_path: Path, box: str) -> None:
    # the objection is given; only the goods are left to the sheet the box points to
    pages = [[*_HEAD, *_POINTING_BOXES[box], "Grounds:", *_GROUNDS, *_TAIL]]
    assert _outcome(tmp_path, pages) == "needs_human"


@pytest.mark.parametrize("sheet", ["CONTINUATION", "ATTACHMENT A", "RIDER", "ADDENDUM",
                                   "SCHEDULE 1"])
def test_the_sheet_printed_after_the_form_is_read(tmp_path: Path, sheet: str) -> None:
    pages = [[*_HEAD, *_GOODS, "Remarks: See attached", *_TAIL], [sheet, *_GROUNDS]]
    assert _outcome(tmp_path, pages) == "accept"


def test_a_form_with_no_box_for_the_grounds_and_no_pointer_stays_deficient(
        tmp_path: Path) -> None:
    assert _outcome(tmp_path, [[*_HEAD, *_GOODS, *_TAIL]]) == "deficient"


@pytest.mark.parametrize(("pointer", "sheet"), [
    ("Statement of grounds: see rider, page 2.", "RIDER - STATEMENT OF GROUNDS"),
    ("Comments: see rider, page 2.", "RIDER - STATEMENT OF OBJECTION"),
    ("Remarks: see rider", "RIDER - GROUNDS OF PROTEST")])
def test_a_printed_sheet_that_only_objects_leaves_the_objection_absent(
        tmp_path: Path, pointer: str, sheet: str) -> None:
    # the sheet is there and read: it lodges the objection with no reason (174.13(a)(6))
    pages = [[*_HEAD, *_GOODS, pointer, *_TAIL],
             [sheet, "1. The protestant objects to the decision described above."]]
    assert _outcome(tmp_path, pages) == "deficient"
