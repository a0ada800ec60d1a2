"""A summary sheet lists the decisions to mark and, right under them with no line between, its
other boxes ("[X] Accelerated disposition requested", "[X] Drawback declaration: ..."). The one
decision ticked in the list is the decision protested; the ticks of the boxes under it answer
other questions. Before, the list and the boxes were read as one list with two ticks, the mark
was set aside, and the category was guessed from the reasons ("charges" for a classification
protest that spoke of a processing fee's box, "appraised_value" for a fee computed on a value),
at a value's confidence (the forty-seventh hand, held out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_box_options_argue_nothing import SUMMARY_SHEET_HEAD
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = SUMMARY_SHEET_HEAD
_DECISIONS = [("classification and rate of duty", "classification"),
              ("appraised value", "appraised_value"),
              ("charges or exactions (merchandise processing fee)", "charges")]
_REASONS = [
    "Description of merchandise: insulated stainless steel beverage bottles, 24 oz",
    "The merchandise processing fee was computed on a value that includes ocean freight, and",
    "the goods are classified by their principal use under GRI 1; the duty should be refunded.",
    "Signature: /s/ Thomas H. Greer",
    "Name: Thomas H. Greer     Title: Licensed Customs Broker",
]


@pytest.mark.parametrize("marks", [("[X]", "[ ]"), ("(x)", "( )")], ids=["brackets", "parens"])
@pytest.mark.parametrize("ticked", range(len(_DECISIONS)))
def test_the_ticked_decision_is_protested_whatever_the_boxes_under_it(
        tmp_path: Path, marks: tuple[str, str], ticked: int) -> None:
    yes, no = marks
    options = [f"   {yes if at == ticked else no} {words}"
               for at, (words, _) in enumerate(_DECISIONS)]
    options += [f"   {no} other: decision on petition for relief (19 CFR 171)",
                f"{yes} Accelerated disposition requested (19 CFR 174.22)",
                f"{no} Application for further review attached (19 CFR 174.24(b))",
                f"{yes} Drawback declaration: these entries are not subject to drawback."]
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_HEAD, *options, *_REASONS])
    assert extract_protest(pdf).facts.category == _DECISIONS[ticked][1]
