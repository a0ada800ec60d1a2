"""What the fifty-fourth and fifty-fifth hands' senders do, read for senders in general (issue 13):
a sender's own sheet sets its check boxes one to a line, in a column under the caption they
answer ("DECISION PROTESTED (check one)" over a box per decision; "ACCELERATED DISPOSITION
REQUESTED?" over a "Yes" box and a "No" box), each ticked by a mark typed or drawn inside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from tests.reading.test_tick_boxes import draw_mark

_DECISIONS = {"classification": "Classification / rate of duty",
              "appraised_value": "Appraised value", "exclusion": "Exclusion from entry",
              "charges": "Charges or exactions"}


def _column_sheet(path: Path, *, decision: str, accelerated: bool, review: bool, mark: str,
                  caption: str, question: str) -> Path:
    """A one-page protest sheet whose boxes stand one to a line under their captions."""
    canvas = Canvas(str(path), pagesize=letter)
    y = 760.0

    def text(x: float, words: str, size: float = 10) -> None:
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, y, words)

    def row(words: str, on: bool) -> None:
        nonlocal y
        canvas.rect(64, y - 1.5, 9.5, 9.5, stroke=1, fill=0)
        if on:
            if mark == "typed":
                canvas.setFont("Helvetica", 9)
                canvas.drawString(66, y, "X")
            else:
                draw_mark(canvas, mark, 64, y - 1.5)
        text(80, words)
        y -= 15

    def line(words: str, gap: float = 15) -> None:
        nonlocal y
        text(60, words)
        y -= gap

    for words in ("Harbor Light Imports LLC", "PROTEST STATEMENT UNDER 19 U.S.C. 1514",
                  "Port code: 2704", "Name of protesting party: Harbor Light Imports LLC",
                  "Address: 400 Dock Street, Long Beach, CA 90802", "Importer number: 95-4412078",
                  "Entry number      Date of entry      Date of liquidation",
                  "H7K-5551234-6      03/04/2024      01/10/2025"):
        line(words)
    line(caption, 16)
    for key, words in _DECISIONS.items():
        row(words, key == decision)
    line("DESCRIPTION OF MERCHANDISE")
    line("Stainless steel kitchen sinks, single bowl")
    line("OBJECTION AND JUSTIFICATION")
    line("The merchandise is properly classified under subheading 7324.10.0010, HTSUS.", 18)
    line(question.format(what="ACCELERATED DISPOSITION (19 CFR 174.22)"), 16)
    row("Yes - sent by certified mail", accelerated)
    row("No", not accelerated)
    line(question.format(what="APPLICATION FOR FURTHER REVIEW"), 16)
    row("Yes - criterion 174.24(b)", review)
    row("No", not review)
    line("Drawback: the merchandise is not subject to drawback.")
    line("Signature: /s/ Lena M. Ortega")
    canvas.save()
    return path


@pytest.mark.parametrize("mark", ["typed", "cross", "tick", "square"])
@pytest.mark.parametrize("decision", ["appraised_value", "exclusion", "charges"])
@pytest.mark.parametrize("caption", ["DECISION PROTESTED (check one)", "B. Decision protested",
                                     "Decision protested:"])
def test_a_column_of_decision_boxes_names_the_one_ticked(
    tmp_path: Path, mark: str, decision: str, caption: str,
) -> None:
    # Before: the caption's next line, the column's first option, was read as the decision
    # ("Decision protested" / "Classification / rate of duty"), whichever box was ticked.
    pdf = _column_sheet(tmp_path / "sheet.pdf", decision=decision, accelerated=False,
                        review=True, mark=mark, caption=caption, question="{what} REQUESTED?")
    assert extract_protest(pdf).facts.category == decision


@pytest.mark.parametrize("mark", ["typed", "cross", "tick"])
@pytest.mark.parametrize("question", ["{what} REQUESTED?", "{what}?", "Is {what} requested?"])
@pytest.mark.parametrize(("accelerated", "review"), [(False, False), (True, False), (False, True)])
def test_yes_and_no_boxes_stacked_under_a_question_answer_it(
    tmp_path: Path, mark: str, question: str, accelerated: bool, review: bool,
) -> None:
    # Before: the "Yes - ..." under the question was read as the answer, the tick on "No" unseen.
    pdf = _column_sheet(tmp_path / "sheet.pdf", decision="classification",
                        accelerated=accelerated, review=review, mark=mark,
                        caption="DECISION PROTESTED (check one)", question=question)
    facts = extract_protest(pdf).facts
    assert facts.accelerated_disposition is accelerated
    assert facts.further_review_requested is review
