"""Under the goods' own heading a sender may give no description but point to papers CBP holds
("The merchandise is identified on the commercial invoices on file with the port."). The reader
found where the goods go and that the protest itself does not describe them: 19 CFR 174.13(a)(5)
asks for a specific description in the protest, so it is deficient, not a question for a person.
A description under the heading is never called absent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "BEFORE U.S. CUSTOMS AND BORDER PROTECTION",
    "PORT OF LOS ANGELES (PORT CODE 2704)",
    "PROTEST MEMORANDUM",
    "1. Protestant. Vasquez Audio Systems, Inc., 1501 Sound Lane, Nashville, TN 37203,",
    "importer number 29-6025053, protests the decision described below.",
    "2. Entries.",
    "Entry No. GGA-6975397-5, entered March 30, 2024, liquidated February 10, 2025.",
    "3. Merchandise.",
]
_TAIL = [
    "4. Decision protested and grounds.",
    "Protestant objects to the appraised value of the merchandise. CBP added design costs",
    "incurred in the United States, which are not an assist under 19 U.S.C. 1401a(h)(1).",
    "5. Drawback. The entries covered by this protest are not subject to drawback.",
    "Respectfully submitted,",
    "/s/ Gwendolyn Okafor",
    "Gwendolyn Okafor, Associate General Counsel",
]
_ON_FILE = [
    "The merchandise is identified on the commercial invoices on file with the port.",
    "The goods are as described in the entry documents on file with CBP.",
    "Described in the entry summary on record with the port.",
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 4, 28)),
                         today=date(2025, 4, 29))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("pointer", _ON_FILE)
def test_goods_left_to_papers_on_file_are_not_described(tmp_path: Path, pointer: str) -> None:
    # Before: the line under the heading was taken for a description the reader could not
    # read, so the absence was not vouched for and a person was asked.
    assert _decided(_letter_pdf(tmp_path / "g.pdf", [*_HEAD, pointer, *_TAIL])) == (
        "deficient", ("174.13(a)(5)",))


def test_a_description_under_the_heading_is_never_called_absent(tmp_path: Path) -> None:
    outcome, _ = _decided(_letter_pdf(tmp_path / "g.pdf", [
        *_HEAD, "Passive two-way bookshelf loudspeakers, walnut veneer, model HV-2.", *_TAIL]))
    assert outcome != "deficient"
