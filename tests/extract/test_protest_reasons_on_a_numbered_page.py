"""A summary sheet points its reasons to a page of its own ("Reasons and description of the
goods: see page 2.") and that page is printed with it, headed by its number ("PAGE 2 - REASONS
FOR PROTEST"). The page was read: a bare objection on it ("The protestant objects to the
classification and rate of duty of the merchandise.") gives the nature of the objection but no
justification, and 19 CFR 174.13(a)(6) asks for both, so (a)(6) is missing. Before, the pointer
was taken for a sheet not sent, and the protest went to a person (the forty-seventh hand, held
out). A pointer to a page that is not printed still leaves (a)(6) open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_box_options_argue_nothing import SUMMARY_SHEET_HEAD
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    *SUMMARY_SHEET_HEAD,
    "   [X] classification and rate of duty",
    "   [ ] appraised value",
    "[X] None of the entries covered by this protest is subject to drawback.",
]
_TAIL = [
    "Description of merchandise: insulated stainless steel beverage bottles, 24 oz",
    "The protestant objects to the classification and rate of duty of the merchandise.",
    "Signature: /s/ Thomas H. Greer",
    "Name: Thomas H. Greer     Title: Licensed Customs Broker",
]
_POINTED = {
    "dash": ("Reasons and description of the goods: see page 2.", "PAGE 2 - REASONS FOR PROTEST"),
    "colon": ("Remarks: see page 2", "Page 2: Grounds of protest"),
    "refer": ("Continuation: refer to page 3.", "PAGE 3 - STATEMENT OF OBJECTIONS"),
}


def _outcome(tmp_path: Path, lines: list[str]) -> tuple[str, list[str]]:
    pdf = _letter_pdf(tmp_path / "p.pdf", lines)
    facts = replace(extract_protest(pdf).facts, received_date=date(2025, 4, 1))
    decision, _ = decide(facts, today=date(2025, 4, 10))
    return decision.outcome, list(decision.missing)


@pytest.mark.parametrize("style", sorted(_POINTED))
def test_a_bare_objection_on_the_page_pointed_to_is_deficient(tmp_path: Path,
                                                               style: str) -> None:
    pointer, heading = _POINTED[style]
    assert _outcome(tmp_path, [*_HEAD, pointer, heading, *_TAIL]) == (
        "deficient", ["174.13(a)(6)"])


def test_a_page_pointed_to_but_not_printed_stays_with_a_person(tmp_path: Path) -> None:
    outcome, _ = _outcome(tmp_path, [*_HEAD, "Remarks: see page 2", *_TAIL[:1], *_TAIL[2:]])
    assert outcome == "needs_human"
