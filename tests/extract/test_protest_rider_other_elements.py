"""A rider headed as the statement of objections may hold, after a bare objection, the
statements of other elements: that no earlier protest's disposition is asked for (174.13(a)(7))
and the drawback declaration (174.13(a)(9)). Those say nothing of why the decision is wrong, so
the objection under the heading still lacks its justification (174.13(a)(6))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_FORM = [
    "PROTEST -- CONTINUATION FORM",
    "Port of entry: Newark (4601)",
    "Protesting party: Pinecrest Bicycle Works",
    "Address: 3300 Spokes Road, Boulder, CO 80301",
    "Importer No.: 23-7955956",
    "Decision protested: appraised value",
    "Merchandise: LED panel luminaires for suspended ceilings",
    "Entry F2I-6148775-8, entered 04/15/2024, liquidated 02/10/2025",
    "Accelerated disposition is not requested.",
    "Further review is not requested.",
    "/s/ Ingrid Nakamura",
    "Ingrid Nakamura",
    "Import Manager",
]


def _pdf(path: Path, rider: list[str]) -> Path:
    canvas = Canvas(str(path))
    for page in (_FORM, rider):
        for row, line in enumerate(page):
            canvas.drawString(72, 740 - 14 * row, line)
        canvas.showPage()
    canvas.save()
    return path


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 3, 13)), today=date(2025, 3, 20))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("others", [
    ["No earlier protest on these entries asks for the same disposition.",
     "Drawback: none of the merchandise has been or will be claimed for drawback."],
    ["This protest does not ask for the disposition of any prior protest.",
     "None of the merchandise is the subject of a drawback claim."],
    ["The same disposition as a previous protest is not requested.",
     "Drawback: no drawback has been or will be claimed on these entries."],
    ["No other protest has been filed on these entries."],
])
def test_other_elements_under_a_bare_objection_justify_nothing(
        tmp_path: Path, others: list[str]) -> None:
    # Before: the earlier-protest statement's "No" counted as a reason, and the bare objection
    # under the rider's heading was accepted as objection and justification.
    outcome, missing = _decided(_pdf(tmp_path / "r.pdf", [
        "RIDER -- STATEMENT OF OBJECTIONS",
        "Protestant protests the appraised value of the merchandise on the entries below.",
        *others]))
    assert outcome != "accept"
    assert "174.13(a)(6)" in missing


def test_a_reason_under_the_same_rider_is_the_justification(tmp_path: Path) -> None:
    outcome, _ = _decided(_pdf(tmp_path / "j.pdf", [
        "RIDER -- STATEMENT OF OBJECTIONS",
        "Protestant protests the appraised value of the merchandise on the entries below.",
        "The invoice price paid to the unrelated seller is the transaction value; CBP added",
        "a royalty that is not a condition of sale and so not part of the value.",
        "No earlier protest on these entries asks for the same disposition.",
        "Drawback: none of the merchandise has been or will be claimed for drawback."]))
    assert outcome == "accept"
