"""A filer's worksheet print that names no decision protested (its category) but sets its
objection box out under its heading, and the box only promises the statement ("PROTECTIVE FILING -
STATEMENT TO FOLLOW."): the objection's place was found and its justification is positively not
given, so the protest is deficient under 19 CFR 174.13(a)(6) though the rest of the layout is not
anchored by a decision read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_DUMP = [
    "ACE PROTEST MODULE - FILER WORKSHEET PRINT            RUN 9/20/25",
    "PORT OF ENTRY.............: 2704 LOS ANGELES",
    "PROTESTING PARTY..........: Ridgeback Cycle Imports LLC",
    "  ADDRESS LINE 1..........: 560 Foothill Drive",
    "  ADDRESS LINE 2..........: Boise, ID 83702",
    "IOR NUMBER................: 30-2146059",
    "MERCHANDISE DESC..........: Woven cotton twill trousers for men, style HT-5580",
    "ACCELERATED DISP..........: N",
    "FURTHER REVIEW (AFR)......: N",
    "SUBJECT TO DRAWBACK.......: N - ENTRIES NOT SUBJECT TO DRAWBACK",
    "ENTRY LIST",
    "LN   ENTRY NO         ENTRY DT     LIQ DT       PORT",
    "001 DAB-5568368-6     2024-04-15   2025-04-07   2704",
]
_CLOSE = [
    "FILED BY..................: Marcus J. Holloway, Director, Trade Compliance",
    "FILED ON..................: 2025-09-20",
    "*** END OF WORKSHEET ***",
]
_DEFERRED = {
    "protective-filing": ["STATEMENT OF OBJECTION (FREE TEXT)",
                          "  PROTECTIVE FILING - STATEMENT TO FOLLOW."],
    "separate-cover": ["GROUNDS FOR PROTEST",
                       "  Grounds will be submitted under separate cover."],
    "to-follow": ["STATEMENT OF OBJECTION (FREE TEXT)", "  TO FOLLOW"],
}


@pytest.mark.parametrize("deferral", sorted(_DEFERRED))
def test_a_promised_statement_with_no_decision_named_is_deficient(
        tmp_path: Path, deferral: str) -> None:
    # Before: with no decision read the layout vouched for no absence, so a person was asked
    # though the objection's own box was read and promised its statement for later.
    facts = extract_protest(_letter_pdf(tmp_path / "d.pdf", [*_DUMP, *_DEFERRED[deferral],
                                                              *_CLOSE])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 21)),
                         today=date(2025, 9, 22))
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("heading", ["GROUNDS FOR PROTEST", "OBJECTIONS",
                                     "NATURE OF AND JUSTIFICATION FOR THE OBJECTION"])
def test_a_promise_under_a_capitals_heading_is_never_an_objection(
        tmp_path: Path, heading: str) -> None:
    # Before: a second reader of these headings took the promise ("Grounds will be submitted
    # under separate cover.") and the lines after it as the objection: a confident accept.
    facts = extract_protest(_letter_pdf(tmp_path / "g.pdf", [
        *_DUMP, "DECISION PROTESTED........: CLASSIFICATION", heading,
        "  Grounds will be submitted under separate cover.", *_CLOSE])).facts
    assert facts.objection_text is None
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 21)),
                         today=date(2025, 9, 22))
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(6)",))
