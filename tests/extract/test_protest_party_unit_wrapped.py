"""An answers-in-order protest gives "1. Name and address of protestant: Brightwater Aquatics
LLC, 18 Harbor Loop, Suite" and wraps the unit's number on to the next line ("300, Tampa, FL
33602"). The unit word and its number are one part of the address however the line broke: the
name ends before the street, and the address runs from the street to the ZIP code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_REST = [
    "2. Importer number of protestant: 14-9759523",
    "3. Entries protested: this protest covers entry B9F-1570003-5, entered May 7,",
    "   2024, liquidated April 2, 2025.",
    "4. Merchandise: Cordless rechargeable garden shears, model GS-220",
    "5. Decision protested: appraised value.",
]
_WRAPPED = [
    # As the forty-eighth hand wrote it.
    (["1. Name and address of protestant: Brightwater Aquatics LLC, 18 Harbor Loop, Suite",
      "   300, Tampa, FL 33602"], "18 Harbor Loop, Suite 300, Tampa, FL 33602"),
    (["1. Name and address of protestant: Brightwater Aquatics LLC, 18 Harbor Loop, Ste.",
      "   210, Tampa, FL 33602"], "18 Harbor Loop, Ste. 210, Tampa, FL 33602"),
    (["1. Name and address of protestant: Brightwater Aquatics LLC, 18 Harbor Loop, Unit",
      "   4B, Tampa, FL 33602"], "18 Harbor Loop, Unit 4B, Tampa, FL 33602"),
]


@pytest.mark.parametrize(("party", "address"), _WRAPPED)
def test_a_unit_number_wrapped_stays_with_its_unit(
        tmp_path: Path, party: list[str], address: str) -> None:
    # Before: the name ran on to "..., Suite" and the address was "300, Tampa, FL 33602".
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [
        "PROTEST UNDER 19 U.S.C. 1514", "To the Port Director, Port of Baltimore (port code 1303)",
        *party, *_REST])).facts
    assert (facts.protestant_name, facts.protestant_address) == (
        "Brightwater Aquatics LLC", address)
