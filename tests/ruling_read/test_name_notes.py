"""A requester's name that holds its own commas and a note in parentheses ("X, S.A. de C.V. (U.S.
Branch)") is one name in the letterhead, the opening sentence and under the signer's title; an
identifier's parentheses after it are not part of it (issue 13, the fifty-sixth hand: the note
cut in the body and the signature read as "S.A. de C.V. (U.S. Branch)", so the cues disagreed).
Ports a sentence names code first ("1703 (Savannah); 5301 (Houston)") are read too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.ports import ports_in_prose
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

NAMES = ["Sandoval Agro Imports, S.A. de C.V. (U.S. Branch)",
         "Grupo Norte Textil, S. de R.L. de C.V.",
         "Harbor Goods Trading Ltd. (USA)"]


def _letter(path: Path, name: str) -> Path:
    cells: list[Cell] = [
        (55, 50, name), (55, 62, "2250 Ponce de Leon Avenue"), (55, 74, "San Juan, PR 00909"),
        (55, 96, "5 August 2025"), (55, 116, "National Commodity Specialist Division"),
        (55, 136, "Re: Request for a binding ruling (classification)"),
        (55, 156, f"1. {name} (importer number 84-7256236) asks for a binding ruling."),
        (55, 170, "2. The goods will be entered at 1703 (Savannah) and 5301 (Houston)."),
        (55, 184, "3. The merchandise: cordless electric hedge trimmers, model HT-20X."),
        (55, 198, "4. Principal use: trimming hedges. Materials: steel 60%, plastics 40%."),
        (55, 212, "5. Proposed classification: subheading 8467.29.00.90, HTSUS, under GRI 1,"),
        (55, 224, "as the heading names the goods."),
        (55, 238, "6. The issue is not pending before any CBP office or any court."),
        (55, 252, "7. No sample is sent. No confidential treatment is requested."),
        (55, 280, "Respectfully submitted,"), (55, 306, "/s/ Theodore J. Lindqvist"),
        (55, 318, "Theodore J. Lindqvist"),
        (55, 330, f"Vice President, Operations, {name}")]
    return draw(path, cells)


@pytest.mark.parametrize("name", NAMES)
def test_a_name_with_its_own_commas_and_note_is_one_requester_everywhere(
        tmp_path: Path, name: str) -> None:
    read = extract(_letter(tmp_path / "l.pdf", name))
    assert read["values"]["requester_name"] == name
    assert read["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("sentence", [
    "The goods will be entered at 1703 (Savannah) and 5301 (Houston).",
    "The goods will be entered at 1703 (Savannah); 5301 (Houston-Galveston).",
    "We will import the goods through 1703 (Savannah, GA), 5301 (Houston, TX).",
])
def test_ports_named_code_first_with_the_name_in_parentheses_are_read(sentence: str) -> None:
    assert [hit.ports for hit in ports_in_prose(sentence)] == [["1703", "5301"]]
