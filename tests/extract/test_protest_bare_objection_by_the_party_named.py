"""An importer's short letter lodges its protest with the party's own name as the subject
("Juniper Peak Outfitters Inc. protests the decision described below on the following
entries:"), lists the entries, the goods and the other statements, and gives no reason
anywhere. The objection is lodged and its justification positively not given (19 CFR
174.13(a)(6)), as when "The protestant objects to ..." is said alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "JUNIPER PEAK OUTFITTERS INC.                         Port: 4601 Newark",
    "3300 Canyon Boulevard                                IOR No.: 85-5611221",
    "Boulder, CO 80302                                    Date: 22 May 2025",
    "Port Director, U.S. Customs and Border Protection, Newark",
    "Re: Protest of appraised value",
    "Dear Sir or Madam:",
]
_ENTRIES = [
    " - 7BI-0946193-0, date of entry 24 February 2024, liquidated 11 January 2025",
    " - 7BI-7523977-2, date of entry 6 February 2024, liquidated 11 January 2025",
    "Merchandise: Submersible aquarium heaters, 100 W, borosilicate glass tube",
    "The merchandise covered by these entries is not subject to drawback.",
    "We do not request further review.",
]
_CLOSE = ["Sincerely,", "Priya Natarajan", "Import Operations Lead"]
_LODGED = [
    # As the forty-eighth hand wrote it.
    ["Juniper Peak Outfitters Inc. protests the decision described below on the following",
     "entries:"],
    ["Juniper Peak Outfitters Inc. hereby protests the appraised value of the entries listed",
     "below:"],
    ["Juniper Peak Outfitters Inc. objects to the appraisement of the following entries:"],
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 5, 27)), today=date(2025, 6, 2))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("lodged", _LODGED)
def test_an_objection_lodged_by_name_alone_gives_no_justification(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: only "we", "the protestant", "the importer" or "I" lodged a bare objection; the
    # party by its name left (a)(6)'s absence unvouched, and a person was asked.
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_HEAD, *lodged, *_ENTRIES, *_CLOSE])
    assert _decided(pdf) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("lodged", _LODGED)
def test_a_reason_given_after_the_entries_is_never_found_wanting(
        tmp_path: Path, lodged: list[str]) -> None:
    reason = ["The buying commissions CBP added are not part of the price actually paid."]
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_HEAD, *lodged, *_ENTRIES, *reason, *_CLOSE])
    assert _decided(pdf)[0] != "deficient"


_WITH_PARTICULARS = [
    # As the forty-ninth hand wrote it: the entry's particulars in the lodging sentence.
    ["Juniper Peak Outfitters Inc. protests the classification of the merchandise for entry",
     "7BI-0946193-0, entered 2024-02-24, liquidated 2025-01-11."],
    ["Juniper Peak Outfitters Inc. protests the appraised value of entry No. 7BI-0946193-0,",
     "entered on February 24, 2024 and liquidated on January 11, 2025."],
    ["We object to the classification of the goods on entry 7BI-0946193-0 (entered",
     "02/24/2024, liquidated 01/11/2025)."],
]
_OTHERS = _ENTRIES[2:]


@pytest.mark.parametrize("lodged", _WITH_PARTICULARS)
def test_the_entrys_particulars_in_the_sentence_argue_nothing(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: a lodging sentence that went on to the entry's number and dates was no bare
    # objection, and a person was asked.
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_HEAD, *lodged, *_OTHERS, *_CLOSE])
    assert _decided(pdf) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("lodged", _WITH_PARTICULARS)
def test_particulars_then_a_reason_are_never_found_wanting(
        tmp_path: Path, lodged: list[str]) -> None:
    reason = ["The heading CBP applied covers articles of another kind; GRI 1 settles it."]
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_HEAD, *lodged, *reason, *_OTHERS, *_CLOSE])
    assert _decided(pdf)[0] != "deficient"
