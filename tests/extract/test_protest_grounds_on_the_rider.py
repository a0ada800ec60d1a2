"""A form whose grounds box points to a rider ("Grounds: see the rider attached.") sets the
objection out on the rider, under the rider's own heading ("RIDER - STATEMENT OF GROUNDS",
"Attachment 1: Reasons for protest"): it is read there. A rider that only objects ("1. The
protestant objects to the decision described above.") gives no justification (174.13(a)(6)
deficient); a pointer to a rider the reader cannot find leaves the objection to a person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_FORM = [
    "PROTEST - 19 U.S.C. 1514 / 19 CFR Part 174",
    "Port of entry: Savannah (port code 1703)",
    "PROTESTING PARTY",
    "Halvorsen Marine Supply Co.",
    "ADDRESS",
    "411 Harbor Loop, Tacoma, WA 98421",
    "IMPORTER NO.",
    "43-7394325",
    "DESCRIPTION OF MERCHANDISE",
    "Frozen cooked black beans in 2 kg pouches",
    "Entry No. 5DA-2860329-4, entered 05/28/2024, liquidated 03/06/2025",
    "Decision protested: the classification and rate of duty",
    "We declare that no drawback has been or will be claimed on these entries.",
    "Further review is not requested.",
]
_SIGNED = ["______________________________", "Gustavo Echeverria",
           "Licensed customs broker, for Halvorsen Marine Supply Co.", "Dated: 06/08/2025"]
_BARE_RIDERS = [
    # As the thirty-ninth hand wrote it.
    ["Grounds: see the rider attached.", "RIDER - STATEMENT OF GROUNDS",
     "1. The protestant objects to the decision described above."],
    ["Reasons for protest: see attachment 1.", "Attachment 1: Reasons for protest",
     "The importer objects to the classification set out above."],
    ["Grounds: see continuation sheet.", "CONTINUATION SHEET - GROUNDS FOR PROTEST",
     "2. We object to the decision identified above."],
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 6, 10)),
                         today=date(2025, 6, 30))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("rider", _BARE_RIDERS)
def test_a_rider_that_only_objects_gives_no_justification(
        tmp_path: Path, rider: list[str]) -> None:
    # Before: the pointer was read as the objection, inferred, and a person was asked; the
    # rider's heading (a sheet's name before it) was not known.
    assert _decided(_letter_pdf(tmp_path / "r.pdf", [*_FORM, *rider, *_SIGNED])) == (
        "deficient", ("174.13(a)(6)",))


def test_a_rider_that_argues_is_the_objection(tmp_path: Path) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "a.pdf", [
        *_FORM, "Grounds: see the rider attached.", "RIDER - STATEMENT OF GROUNDS",
        "1. The beans are prepared vegetables of heading 2005, HTSUS, because they are cooked",
        "and not merely frozen; CBP's subheading 0710.22 covers uncooked vegetables only.",
        *_SIGNED])).facts
    assert facts.objection_text is not None and "heading 2005" in facts.objection_text


def test_a_pointer_to_no_rider_leaves_the_objection_to_a_person(tmp_path: Path) -> None:
    outcome, _ = _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_FORM, "Grounds: see the rider attached.", *_SIGNED]))
    assert outcome == "needs_human"
