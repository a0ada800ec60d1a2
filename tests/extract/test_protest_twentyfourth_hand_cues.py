"""Round 19 (issue 13), twentyfourth hand: a questionnaire's questions read as the captions they
ask for, with their answers under them; the objection asked for in a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.phrases import asked_caption, numbered_question
from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _questionnaire(path: Path, asked: dict[str, str], objection: str) -> Path:
    """A protest questionnaire: each question on its line, its answer on the line under it."""
    return _letter_pdf(path, [
        "PROTEST INTAKE QUESTIONNAIRE",
        "Prepared for U.S. Customs and Border Protection, port code 4601 (Newark)",
        "Q1. Name of protestant?",
        "Cascade Ridge Fitness Gear Inc.",
        asked["number"], "90-0519034",
        asked["goods"], "Aluminum bicycle frames, unpainted, sizes 48-58 cm",
        asked["protest"], "4601-25-123456",
        "Q6. Which decision is protested?", "Appraised value",
        "Q7. List every entry (number, date of entry, date of liquidation).",
        "DAB-7085424-7 6 Apr 2024 21 Sept 2025",
        objection,
        "CBP appraised the merchandise at a value that includes a buying commission",
        "paid to the importer's agent. Under 19 U.S.C. 1401a(b)(1) bona fide buying",
        "commissions are not part of transaction value.",
        "Q9. Is any entry subject to drawback?", "No",
        "Signature: /s/ Walter H. Brisbane",
    ])


_ASKED = [
    {"number": "Q3. Importer of record number?", "goods": "Q5. What merchandise is involved?",
     "protest": "Q4. Protest number, if CBP assigned one?"},
    {"number": "Question 3: What is the importer number?",
     "goods": "Question 5: Describe the merchandise.",
     "protest": "Question 4: Protest number (if known)?"},
    {"number": "3. IOR No.?", "goods": "5. Which goods are protested?",
     "protest": "4. What is the protest number?"},
]
_OBJECTIONS = ["Q8. State the objection and the reasons for it.",
               "Q8. What is the nature of each objection and the reasons therefor?",
               "Question 8: Give the grounds for the protest."]


@pytest.mark.parametrize("asked", _ASKED)
@pytest.mark.parametrize("objection", _OBJECTIONS)
def test_a_questionnaires_answers_are_read_under_their_questions(
        tmp_path: Path, asked: dict[str, str], objection: str) -> None:
    # Before: a question line was no caption, so the importer number, the goods and the protest
    # number were not read and 174.13(a)(2), (5) and (6) were reported missing.
    facts = extract_protest(_questionnaire(tmp_path / "q.pdf", asked, objection)).facts
    assert facts.importer_number == "90-0519034"
    assert facts.merchandise_description == "Aluminum bicycle frames, unpainted, sizes 48-58 cm"
    assert facts.protest_number == "4601-25-123456"
    assert facts.objection_text is not None and "buying" in facts.objection_text
    assert "drawback" not in facts.objection_text.lower()  # the next question ends it


@pytest.mark.parametrize(("line", "caption"), [
    ("Q3. Importer of record number?", "Importer of record number"),
    ("Q5. What merchandise is involved?", "merchandise"),
    ("Question 6: Which decision is protested?", "decision"),
    ("Please state the port of entry?", "port of entry"),
    ("Importer number", None),  # no question: a caption reader's own business
    ("The goods were classified under heading 8467 in error, were they not? We say so.", None),
])
def test_a_question_names_the_caption_it_asks_for(line: str, caption: str | None) -> None:
    assert asked_caption(line) == caption


def test_only_a_numbered_question_heads_the_next_item() -> None:
    assert numbered_question("Q9. Is any entry subject to drawback?")
    assert numbered_question("9. Any drawback?")
    assert not numbered_question("Why would CBP classify the goods so?")
