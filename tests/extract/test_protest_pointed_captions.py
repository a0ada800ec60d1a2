"""A web form printed with its labels to the right of the values ("18-4841931 <- Importer No.")
or a summary pointing from caption to value ("Importer No. -> 18-4841931"): the value is read
for the caption on its line, with a pointer's weaker confidence, whichever arrow is drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_pointed import POINTED
from tests.extract.test_protest_decision_cues import _letter_pdf

GOODS = "Stainless steel vacuum-insulated beverage bottles, 750 ml"


def _pointed_letter(path: Path, pointed: list[str]) -> Path:
    return _letter_pdf(path, [
        "Cedar Ridge Housewares Ltd. - Protest, Port 0401",
        "18 Canal Street, Lowell, MA 01852",
        "Dear Port Director,",
        "We hereby protest under 19 U.S.C. 1514 and 19 CFR Part 174.",
        *pointed,
        "CBP Entry Entry Dt Liquidation Dt",
        "ABC-0675289-5 29-MAR-2024 07-FEB-2025",
        "Protestant objects to the classification and rate of duty assessed at liquidation. The",
        "merchandise is properly classified under a provision dutiable at a lower rate.",
        "The entries listed are not subject to drawback.",
        "Signed:", "/s/ Marisol Quintana", "Licensed Customs Broker",
    ])


@pytest.mark.parametrize(("number", "goods"), [
    ("18-4841931 <- Importer No.", f"{GOODS} <- Goods protested"),
    ("18-4841931 <-- IOR number", f"{GOODS} <-- Merchandise description"),
    ("18-4841931 <= Importer of record number", f"{GOODS} <= Description of merchandise"),
    ("Importer No. -> 18-4841931", f"Goods protested -> {GOODS}"),
    ("Importer number => 18-4841931", f"Merchandise --> {GOODS}"),
])
def test_a_value_pointed_at_its_caption_is_read(tmp_path: Path, number: str, goods: str) -> None:
    # Before: neither was read, and 174.13(a)(2) and (a)(5) were concluded missing (a deficiency
    # letter to a complete protest).
    extraction = extract_protest(_pointed_letter(tmp_path / "p.pdf", [number, goods]))
    assert extraction.facts.importer_number == "18-4841931"
    assert extraction.facts.merchandise_description == GOODS
    assert extraction.fields["merchandise_description"].confidence == POINTED


def test_a_caption_pointing_at_another_caption_is_no_value(tmp_path: Path) -> None:
    extraction = extract_protest(_pointed_letter(tmp_path / "p.pdf", [
        "Importer No. <- Goods protested", "18-4841931 <- Importer No."]))
    assert extraction.facts.merchandise_description is None
    assert extraction.facts.importer_number == "18-4841931"


def test_an_arrow_in_a_sentence_names_no_field(tmp_path: Path) -> None:
    extraction = extract_protest(_pointed_letter(tmp_path / "p.pdf", [
        "Steps taken: entry filed -> liquidated -> this protest.", "18-4841931 <- Importer No.",
        f"{GOODS} <- Goods protested"]))
    assert extraction.facts.importer_number == "18-4841931"
    assert extraction.facts.merchandise_description == GOODS
