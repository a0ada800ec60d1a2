"""A business letter that lodges its protest in one sentence, gives the entries and a labelled
line or two ("Merchandise: ..."), and only then says why in a paragraph with no heading, before
its requests and drawback declaration: that paragraph is the objection and its justification
(19 CFR 174.13(a)(6)), not an objection missing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Osprey Ridge Tools, Inc.",
    "1161 Gateway Drive, Unit 15",
    "Charleston, SC 29401",
    "Date: October 29, 2023",
    "IOR No.: 70-4009668",
    "Port code: 3901",
    "Port Director, U.S. Customs and Border Protection, Port of Chicago",
    "Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174",
    "Dear Port Director:",
]
_TAIL = [
    "Further review is not requested.",
    "The entries are not subject to drawback.",
    "Please direct any questions to the undersigned.",
    "Sincerely,",
    "Priya N. Ramaswamy",
    "Director of Trade Compliance",
]

_LETTERS = {
    # As the hand wrote it: the entries run on in the lodging sentence, the goods labelled.
    "entries-in-sentence": [
        "We hereby protest the liquidation of the entries on the following entries: entry no.",
        "9BE-3628567-6, entered 2022-11-09, liquidated 2023-09-11; entry no.",
        "9BE-1734887-3, entered 2022-10-18, liquidated 2023-09-04.",
        "Merchandise: LED under-cabinet light bars, 12 V, aluminum housing, 24 inch",
        "The entries were liquidated at rates that do not apply to them: the extension notice",
        "was never sent, so the entries liquidated by operation of law at the rate asserted at",
        "entry under 19 U.S.C. 1504(a). The later liquidation is void.",
    ],
    # The entries a line each under the lodging sentence, then two labelled lines.
    "entries-listed": [
        "We protest the liquidation of the following entries:",
        "Entry 9BE-3628567-6, entered 2022-11-09, liquidated 2023-09-11",
        "Entry 9BE-1734887-3, entered 2022-10-18, liquidated 2023-09-04",
        "Goods: LED under-cabinet light bars, 12 V, aluminum housing, 24 inch",
        "Port of entry: 3901",
        "No extension notice was ever sent to us, so the entries were deemed liquidated at the",
        "rate asserted at entry a year after entry, and the later liquidations are void.",
    ],
    # The goods labelled first and the reason a measure weighed against the facts.
    "reason-weighed": [
        "The importer hereby protests the liquidation of entry no. 9BE-3628567-6, entered",
        "2022-11-09, liquidated 2023-09-11, and entry no. 9BE-1734887-3, entered 2022-10-18,",
        "liquidated 2023-09-04.",
        "Description of merchandise: LED under-cabinet light bars, 12 V, aluminum housing",
        "The liquidation a year and more after entry, with no notice of extension, is",
        "unreasonable in light of the entries' record, and it should be set aside.",
    ],
}


def _decided(path: Path) -> tuple[str | None, str]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 5)),
                         today=date(2023, 12, 4))
    return facts.objection_text, decision.outcome


@pytest.mark.parametrize("name", sorted(_LETTERS))
def test_the_paragraph_after_the_particulars_is_the_objection(tmp_path: Path, name: str) -> None:
    # Before: the reasons were looked for only right after the lodging sentence; the entries
    # and the goods' line stopped the search, so (a)(6) went unread and a person was asked.
    objection, outcome = _decided(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *_LETTERS[name],
                                                                    *_TAIL]))
    assert objection is not None and "liquidat" in objection
    assert outcome == "accept"


def test_particulars_followed_by_no_reason_give_no_objection(tmp_path: Path) -> None:
    # Only a courtesy line after the particulars: nothing says why, so none is read there.
    objection, outcome = _decided(_letter_pdf(tmp_path / "n.pdf", [
        *_HEAD, *_LETTERS["entries-listed"][:5], "We enclose copies of the entry summaries.",
        *_TAIL]))
    assert objection is None
    assert outcome != "accept"
