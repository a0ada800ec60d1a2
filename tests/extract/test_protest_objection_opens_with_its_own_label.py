"""A broker's sheet heads the objection ("Objection / justification") and opens the text under
it with a run-in label of the same meaning before naming the decision ("Basis of objection -
the value as liquidated: the liquidation disregarded the invoice facts ..."). The label is no
part of what the objection opens with: the decision it names first is the one protested."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_SHEET = [
    "PROTEST (CBP FORM 19 CONTENT) - PREPARED BY BROKER",
    "Port",
    "   3002 Seattle",
    "Protestant",
    "   Sierra Vista Medical Devices Inc.",
    "Addr.",
    "   1450 Canyon Loop, Tucson, AZ 85701",
    "Imp. of Rec. No.",
    "   20-7284125",
    "Mdse. Desc.",
    "   Stainless steel insulated food jars, 16 oz., item FJ-16",
    "Entry No.            Entry Dt.            Liq. Dt.",
    "5HC-1569405-7        08/03/2024           06/27/2025",
    "Objection / justification",
]
_OPENED = [
    # As the eighth hand wrote it.
    ("Basis of objection - the value as liquidated: the liquidation disregarded the invoice",
     "appraised_value"),
    ("Grounds: the classification of the goods: the liquidation disregarded the invoice",
     "classification"),
    ("Reason for protest - the fees charged: the liquidation disregarded the invoice",
     "charges"),
]
_REST = ["facts and the Explanatory Notes; the entry should be reliquidated as entered.",
         "",
         "We confirm no drawback has been or will be claimed on these entries.",
         "Signature: /s/ Priya S. Raman"]


@pytest.mark.parametrize(("opening", "category"), _OPENED)
def test_the_decision_named_after_the_run_in_label_is_protested(
        tmp_path: Path, opening: str, category: str) -> None:
    # Before: the objection's opening words were its label's ("Basis of objection"), which
    # name no decision, and no decision was read.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_SHEET, opening, *_REST])).facts
    assert facts.category == category
