"""A form that asks whether the importation is noncommercial with a drawn box of its own beside the
prior disclosure's: the box answers, ticked or empty (19 CFR 162.77(c)); the caption's word alone
is no "noncommercial" said in the facts, and words elsewhere that disagree go to a person."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from tests.penalty_read.drawn import page_with_lines

LINES = [
    "REFERRAL FOR PENALTY ACTION (19 U.S.C. 1592)",
    "Case Number: 2023-5301-768035-01",
    "Party: O'Rourke Musical Instruments, Inc.",
    "Address: 19 Tremont Row, Boston, MA 02108",
    "Importer Number: 24-3151138",
    "Date of Violation: 2022-08-26",
    "Domestic Value: $244,366.00",
]
ENTRIES = [
    "Entry No.        Entry Date    Liq.   Entered Value   Duty Paid    Duty Owed",
    "B7C-1467664-7    2022-08-26    No     $67,486.48      $2,699.46    $8,098.38",
]


def _form(path: Path, ticked: bool, facts: str) -> PenaltyExtraction:
    canvas, y = page_with_lines(path, LINES)
    x = 72.0
    for level in ("Negligence", "Gross negligence", "Fraud"):
        canvas.rect(x, y - 1, 8, 8, stroke=1, fill=1 if level == "Negligence" else 0)
        canvas.drawString(x + 12, y, level)
        x += 120
    y -= 16
    for caption, filled in (("Prior disclosure (162.74)", False),
                            ("Noncommercial importation", ticked)):
        x = 72.0 if caption.startswith("Prior") else 272.0
        canvas.rect(x, y - 1, 8, 8, stroke=1, fill=1 if filled else 0)
        canvas.drawString(x + 12, y, caption)
    y -= 16
    for text in [*ENTRIES, "Summary of facts", facts]:
        canvas.drawString(72, y, text)
        y -= 13
    canvas.save()
    return extract_penalty(path)


FACTS = ("The importer did not exercise reasonable care in classifying wooden stacking toys, "
         "declaring a lower rate.")


def test_an_empty_noncommercial_box_is_a_commercial_importation(tmp_path: Path) -> None:
    reading = _form(tmp_path / "r.pdf", ticked=False, facts=FACTS)
    assert reading.facts.noncommercial is False
    assert reading.fields["noncommercial"].confidence >= 0.95
    assert not any("noncommercial" in doubt for doubt in reading.facts.doubts)


def test_a_ticked_noncommercial_box_is_a_noncommercial_importation(tmp_path: Path) -> None:
    reading = _form(tmp_path / "r.pdf", ticked=True, facts=FACTS)
    assert reading.facts.noncommercial is True


def test_facts_that_call_it_noncommercial_against_an_empty_box_go_to_a_person(
        tmp_path: Path) -> None:
    reading = _form(tmp_path / "r.pdf", ticked=False,
                    facts=FACTS + " It was a noncommercial importation.")
    assert any("noncommercial" in doubt for doubt in reading.facts.doubts)
