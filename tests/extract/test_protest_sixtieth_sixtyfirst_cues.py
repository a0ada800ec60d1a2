"""What the sixtieth and sixty-first hands' senders do, read for senders in general (issue 13):
an entry named in one sentence and dated in the next ("The entry was liquidated on ...")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_OPENING = [
    "Port Director, Port of Chicago (3901)",
    "Bayview Kitchenware Inc., 12 Dock Road, Tampa, FL 33605, protests under 19 U.S.C. 1514",
    "the classification of the merchandise at liquidation.",
]


@pytest.mark.parametrize(("named", "followed"), [
    ("The Protestant made entry number FGA-7146327-5 on 20 May 2024. The entry was",
     "liquidated on 15 April 2025."),
    ("We made entry FGA-7146327-5 on May 20, 2024. It was liquidated on",
     "April 15, 2025, by bulletin notice."),
    ("Entry FGA-7146327-5 was filed on 05/20/2024. CBP liquidated that entry on",
     "04/15/2025."),
    ("The goods were entered under entry no. FGA-7146327-5 on 2024-05-20. Liquidation of the",
     "entry took place on 2025-04-15."),
])
def test_an_entry_dated_in_the_sentence_after_the_one_naming_it(
        tmp_path: Path, named: str, followed: str) -> None:
    # The sentence after the entry's points back at it ("The entry", "It", "that entry") and
    # gives the date the first left out: the entry's liquidation, 174.13(a)(4).
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_OPENING, named, followed,
                                           "Merchandise: stainless steel cookware sets."])
    (entry,) = extract_protest(pdf).facts.entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2024, 5, 20), date(2025, 4, 15))


def test_a_next_sentence_about_something_else_dates_nothing(tmp_path: Path) -> None:
    # A sentence that does not point back at the entry ("The goods were shipped ...") gives
    # none of its dates to it.
    pdf = _letter_pdf(tmp_path / "p.pdf", [
        *_OPENING, "The Protestant made entry number FGA-7146327-5 on 20 May 2024. The goods were",
        "shipped from Ningbo on 15 April 2024."])
    (entry,) = extract_protest(pdf).facts.entries
    assert entry.liquidation_date is None
