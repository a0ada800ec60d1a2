"""An item-by-item answer sheet heads each element by its item number and name ("Item 1 --
Protestant", "Section 1 - Protesting party", "Box 1: Protestant") and answers it on the lines
under the heading. The item's number is no name: the party is the line under it, its address
the lines after."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _sheet(path: Path, heading: str, under: list[str]) -> Path:
    return _letter_pdf(path, [
        "PROTEST CHECKLIST (19 CFR 174.13)",
        "Filed at port 1303 -- Baltimore",
        heading,
        *under,
        heading.replace("1", "2", 1).rsplit(" ", 1)[0].rstrip(" -:") + " -- Importer number",
        "  62-4067183",
        "Item 5 -- Merchandise",
        "Merchandise: Stainless steel vacuum-insulated bottles, 750 ml",
        "Item 6 -- Objection (classification)",
        "Protestant objects to the classification. The bottles are classified under heading",
        "9617 by name, not under the residual subheading CBP applied; GRI 1 governs.",
        "Accelerated disposition is not requested.",
        "Further review is not requested.",
    ])


@pytest.mark.parametrize("heading", [
    "Item 1 -- Protestant",
    "Section 1 - Protesting party",
    "Box 1 -- Protestant",
    "Part A -- Protestant",
])
def test_the_party_under_an_items_heading_is_the_protestant(tmp_path: Path, heading: str) -> None:
    # Before: the heading's item number ("Item 1 --") was read as the name of the party the
    # heading's role word names.
    facts = extract_protest(_sheet(tmp_path / "s.pdf", heading, [
        "  Quarry & Vine Imports Co.", "  900 Harbor Loop", "  Tacoma, WA 98421"])).facts
    assert facts.protestant_name == "Quarry & Vine Imports Co."
    assert facts.protestant_address == "900 Harbor Loop, Tacoma, WA 98421"


def test_an_items_heading_answered_by_nothing_names_no_party(tmp_path: Path) -> None:
    facts = extract_protest(_sheet(tmp_path / "b.pdf", "Item 1 -- Protestant", [])).facts
    assert not (facts.protestant_name or "").lower().startswith("item")
