"""A replica of Form 19 set out in the sender's own captions prints its objection box under a
caption of its own ("JUSTIFICATION", "Grounds", "Basis of protest") rather than the form's wording.
Where the box is read there and holds only a bare objection ("Protestant protests the
classification of the merchandise."), the reader knows where the sender put the element and that
no justification is given: the protest is deficient under 19 CFR 174.13(a)(6), not a question for
a person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_BOXES = [
    ("1. Protest Number (CBP use)", ""),
    ("2. Date Received (CBP use)", ""),
    ("3. Port", "Chicago, IL 3901"),
    ("4. Importer Number", "96-7475281"),
    ("6. Name and Address of Protesting Party",
     "Silverline Marine Hardware Co. / 67 Dock Street / Annapolis, MD 21401"),
    ("7. Accelerated Disposition Requested", "[ ] Yes [X] No"),
]


def _replica(path: Path, caption: str, objection: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 9)
    y = 760
    canvas.drawString(40, y, "PROTEST (19 CFR Part 174) - SECTION I")
    for label, value in _BOXES:
        y -= 16
        canvas.drawString(40, y, label)
        canvas.drawString(280, y, value)
    y -= 22
    for x, text in [(40, "PORT CODE"), (120, "FILER CODE"), (200, "ENTRY NO."),
                    (280, "CHECK DIGIT"), (360, "DATE OF ENTRY"), (460, "DATE OF LIQUIDATION")]:
        canvas.drawString(x, y, text)
    y -= 14
    for x, text in [(40, "3901"), (120, "D08"), (200, "1116262"), (280, "3"),
                    (360, "May 9, 2023"), (460, "March 26, 2024")]:
        canvas.drawString(x, y, text)
    for label, value in [("Drawback", "Subject to drawback: NO"),
                         ("SECTION II - PROTEST DETAILS", ""),
                         ("DESCRIPTION OF MERCHANDISE",
                          "Cotton terry bath towels, 70 x 140 cm, woven"),
                         (caption, objection),
                         ("SECTION IV - FURTHER REVIEW", "[ ] Yes [X] No"),
                         ("Signature", "/s/ Eleanor J. Whitcombe"),
                         ("Name", "Eleanor J. Whitcombe"),
                         ("Title", "Partner"),
                         ("Date", "August 18, 2024")]:
        y -= 18
        canvas.drawString(40, y, label)
        canvas.drawString(280, y, value)
    canvas.save()
    return path


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 8, 20)),
                         today=date(2024, 8, 22))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("caption", ["JUSTIFICATION", "GROUNDS", "Basis of protest"])
@pytest.mark.parametrize("bare", ["Protestant protests the classification of the merchandise.",
                                  "We disagree with this decision and ask that it be reversed."])
def test_a_bare_objection_in_the_senders_own_box_is_deficient(
        tmp_path: Path, caption: str, bare: str) -> None:
    # Before: the form's own objection caption was not printed, so the box's absence could not
    # be vouched for and a person was asked, though the sender's box was read and held no reason.
    assert _decided(_replica(tmp_path / "f.pdf", caption, bare)) == ("deficient",
                                                                     ("174.13(a)(6)",))


@pytest.mark.parametrize("caption", ["JUSTIFICATION", "GROUNDS"])
def test_the_same_box_with_a_reason_is_accepted(tmp_path: Path, caption: str) -> None:
    assert _decided(_replica(
        tmp_path / "f.pdf", caption,
        "The towels are of heading 6302 as toilet linen, not 6307 as CBP held.")) == ("accept", ())
