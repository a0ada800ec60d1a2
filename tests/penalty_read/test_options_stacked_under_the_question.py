"""An intake form that lists each question's options down the page, one drawn box a line
(issue 13, round 36: the fifty-fourth hand's intake form).

"8. Culpability level" over "[ ] Negligence", "[X] Gross negligence", "[ ] Fraud", then "9. Prior
disclosure" over "[ ] Yes", "[X] No", each box a drawn square ticked by a typed X or a fill. The
label reader took the first option under the question (negligence; a disclosure made), ticked
or not: only the drawn mark answers, and none or two ticked leave the question to a person.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED

HEAD = [
    "PENALTY CASE INTAKE FORM",
    "1. Case number 2023-1001-938853-01",
    "2. Violator name Blue Heron Textiles Corp.",
    "3. Violator address 600 Commerce Street / Greensboro, NC 27401",
    "4. Importer no. 57-7171689",
    "5. Date of violation 21-MAY-2021",
]
ENTRIES = [
    "Entry Number     Entry Date     Liquidated   Entered Value   Duty Paid   Duty Owed",
    "7A1-6387854-0    21-MAY-2021    Yes          28,730.93       1,149.22    4,851.56",
]


def intake(path: Path, questions: list[tuple[str, list[str]]], ticked: set[str],
           mark: str = "typed") -> Path:
    """The form with each QUESTION over its options, one drawn box a line; the TICKED options'
    boxes hold a typed X (MARK "typed") or are painted in (MARK "fill")."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    y = letter[1] - 72
    for text in HEAD:
        canvas.drawString(60, y, text)
        y -= 18
    for question, options in questions:
        canvas.drawString(56, y, question)
        y -= 14
        for option in options:
            on = option in ticked
            canvas.rect(58, y - 2, 9, 9, stroke=1, fill=1 if on and mark == "fill" else 0)
            if on and mark == "typed":
                canvas.drawString(60, y, "X")
            canvas.drawString(73, y, option)
            y -= 14
        y -= 6
    canvas.drawString(56, y, "11. Entries")
    y -= 14
    for text in ENTRIES:
        canvas.drawString(60, y, text)
        y -= 14
    canvas.save()
    return path


LEVELS = ("8. Culpability level", ["Negligence", "Gross negligence", "Fraud"])
DISCLOSURE = ("9. Prior disclosure (19 CFR 162.74)", ["Yes", "No"])
KIND = ("10. Type of importation", ["Commercial", "Noncommercial"])


@pytest.mark.parametrize("mark", ["typed", "fill"])
@pytest.mark.parametrize(("ticked", "level", "disclosed", "noncommercial"), [
    ({"Gross negligence", "No", "Commercial"}, "gross_negligence", False, False),
    ({"Negligence", "Yes", "Commercial"}, "negligence", True, False),
    ({"Fraud", "No", "Noncommercial"}, "fraud", False, True),
])
def test_the_ticked_option_of_each_question_is_read(
        tmp_path: Path, mark: str, ticked: set[str], level: str, disclosed: bool,
        noncommercial: bool) -> None:
    reading = extract_penalty(intake(tmp_path / "f.pdf", [LEVELS, DISCLOSURE, KIND], ticked,
                                     mark))
    assert reading.facts.culpability == level
    assert reading.facts.prior_disclosure is disclosed
    assert reading.facts.noncommercial is noncommercial
    assert reading.fields["culpability"].confidence == LABELLED
    assert not [d for d in reading.facts.doubts if "two ways" in d]


@pytest.mark.parametrize("question", ["Prior disclosure made?", "9. Prior disclosure:",
                                      "Was a prior disclosure filed (19 CFR 162.74)?"])
def test_the_disclosure_asked_in_other_words(tmp_path: Path, question: str) -> None:
    ticked = {"Negligence", "No", "Commercial"}
    reading = extract_penalty(intake(tmp_path / "f.pdf", [LEVELS, (question, ["Yes", "No"])],
                                     ticked))
    assert reading.facts.prior_disclosure is False


@pytest.mark.parametrize("ticked", [{"No", "Commercial"}, {"Negligence", "Fraud", "No"}])
def test_no_level_or_two_ticked_leaves_the_culpability_to_a_person(
        tmp_path: Path, ticked: set[str]) -> None:
    reading = extract_penalty(intake(tmp_path / "f.pdf", [LEVELS, DISCLOSURE, KIND], ticked))
    assert reading.facts.culpability is None
