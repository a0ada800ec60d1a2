"""A request typed as a questionnaire whose questions are numbered without a stop ("Q1 Who asks
for the ruling? Name, address and importer number.") and answered on the line under each: the
question's note says what the answer gives and is no answer itself (issue 13, the fifty-sixth
hand: requester read as "Q1 Who", no subject, the pending question's citation taken for its
answer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

WHO = [("Q1 Who asks for the ruling? Name, address and importer number.",
        "Wexford Cycle Parts Company; 617 Industrial Parkway, Toledo, OH 43612; importer number "
        "79-2513076."),
       ("Question 1 Who is requesting the ruling? Give the name and address.",
        "Wexford Cycle Parts Company, 617 Industrial Parkway, Toledo, OH 43612"),
       ("Q1 Who is making this request? Name and address, if any.",
        "Wexford Cycle Parts Company; 617 Industrial Parkway, Toledo, OH 43612")]
SUBJECT = ["Q2 What is the subject of the request (classification, valuation, origin, marking, "
           "carrier)?", "Q2 What kind of ruling do you ask for (classification, valuation or "
           "origin)?", "Q2 Type of ruling requested?"]
PENDING_ASKED = "Q6 Is the issue, to your knowledge, before any CBP office or any court? " \
                "(19 CFR 177.2(b)(5))"


def _questionnaire(path: Path, who: tuple[str, str], subject: str, kind: str,
                   pending: str, asked: str = PENDING_ASKED) -> Path:
    pairs = [who, (subject, kind),
             ("Q3 At which port or ports will the goods arrive or be entered?",
              "1703 (Savannah); 4103 (Cleveland)"),
             ("Q4 Describe the transaction.",
              "The requester will import the goods below; none has yet been entered."),
             ("Q5 Describe the product.",
              "Wooden dining chairs with upholstered seats, rubberwood frames, model DC-7"),
             ("Q6 Principal use?", "Seating in homes and restaurants."),
             ("Q7 Component materials?", "Rubberwood 80%, polyester fabric 15%, foam 5%"),
             ("Q8 Proposed classification?", "Subheading 9401.61.6011, HTSUS, under GRI 1: the "
                                             "heading names the goods."),
             (asked.replace("Q6", "Q9"), pending),
             ("Q10 Samples?", "No sample is sent.")]
    cells: list[Cell] = [(55, 50, "REQUEST FOR A BINDING RULING -- QUESTIONNAIRE"),
                         (55, 64, "To: National Commodity Specialist Division, New York, NY"),
                         (55, 78, "Date of request: 09/28/2024")]
    y = 100
    for question, answer in pairs:
        cells += [(55, y, question), (55, y + 12, answer)]
        y += 30
    cells += [(55, y + 10, "/s/ Ines Castellanos-Vidal"),
              (55, y + 22, "Ines Castellanos-Vidal, Trade Compliance Manager")]
    return draw(path, cells)


NOT_PENDING = "No. The issue is not pending before any CBP office or any court."


@pytest.mark.parametrize("who", WHO)
def test_who_asks_is_read_from_the_answer_under_a_numbered_question(
        tmp_path: Path, who: tuple[str, str]) -> None:
    read = extract(_questionnaire(tmp_path / "q.pdf", who, SUBJECT[0], "Classification.",
                                  NOT_PENDING))
    assert read["values"]["requester_name"] == "Wexford Cycle Parts Company"
    assert read["values"]["requester_address"] == "617 Industrial Parkway, Toledo, OH 43612"
    assert read["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("subject", SUBJECT)
@pytest.mark.parametrize("kind, expected", [("Classification.", "classification"),
                                            ("Valuation", "valuation")])
def test_the_subject_is_the_answer_not_the_options_the_question_lists(
        tmp_path: Path, subject: str, kind: str, expected: str) -> None:
    values = extract(_questionnaire(tmp_path / "q.pdf", WHO[0], subject, kind,
                                    NOT_PENDING))["values"]
    assert values["ruling_type"] == expected


@pytest.mark.parametrize("blank", ["(no answer)", "(left blank)", "---"])
def test_a_pending_question_left_unanswered_after_its_citation_is_deficient(
        tmp_path: Path, blank: str) -> None:
    read = extract(_questionnaire(tmp_path / "q.pdf", WHO[0], SUBJECT[0], "Classification.",
                                  blank))
    assert read["decision"]["outcome"] == "deficient"
    assert read["decision"]["missing"] == ["177.2(b)(5)"]


def test_a_pending_question_answered_no_after_its_citation_states_nothing_pending(
        tmp_path: Path) -> None:
    read = extract(_questionnaire(tmp_path / "q.pdf", WHO[0], SUBJECT[0], "Classification.",
                                  "No."))
    assert read["values"]["pending_statement"] is True
    assert read["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("blank", ["(no answer)", "(left blank)"])
def test_a_pending_question_with_no_citation_left_unanswered_is_deficient(
        tmp_path: Path, blank: str) -> None:
    uncited = PENDING_ASKED.replace(" (19 CFR 177.2(b)(5))", "")
    read = extract(_questionnaire(tmp_path / "q.pdf", WHO[0], SUBJECT[0], "Classification.",
                                  blank, uncited))
    assert read["decision"]["missing"] == ["177.2(b)(5)"]
