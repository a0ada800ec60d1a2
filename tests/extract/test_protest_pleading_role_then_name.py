"""A pleading-style protest names the party in its first paragraph after its role and says what
it is ("1. Protestant X is the importer of record, ..."): that name, as written, is the
protestant's, before the caption's capitals ("X, INC.," over "Protestant,")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _pleading(path: Path, first: list[str]) -> Path:
    return _letter_pdf(path, [
        "In the Matter of the Protest of", "BRAMBLE CREEK TOOL WORKS, INC.,", "Protestant,",
        "concerning 1 entry of merchandise.", "PROTEST",
        *first,
        "2. This protest is filed against CBP's classification of the goods upon liquidation, as",
        "to Entry No. 3B9-9212162-7, entered November 21, 2022, liquidated October 12, 2023.",
        "3. The merchandise is described as follows: Steel pry bars, 24 inch, item PB-24.",
        "4. The goods are provided for eo nomine in subheading 8205.59.5510, HTSUS.",
        "Respectfully submitted,", "/s/ Thomas J. Brennan", "Thomas J. Brennan",
    ])


@pytest.mark.parametrize("first", [
    ["1. Protestant Bramble Creek Tool Works, Inc. is the importer of record, with its principal",
     "place of business at 5020 Industrial Blvd., Beaumont, TX 77705."],
    ["1. The Protestant, Bramble Creek Tool Works, Inc., is the importer of record of the",
     "merchandise. Its address is 5020 Industrial Blvd., Beaumont, TX 77705."],
    ["1. PROTESTANT Bramble Creek Tool Works, Inc. is an importer with its principal place of",
     "business at 5020 Industrial Blvd., Beaumont, TX 77705."],
    ["1. The protesting party Bramble Creek Tool Works, Inc. is the owner of the goods, with",
     "its principal place of business at 5020 Industrial Blvd., Beaumont, TX 77705."],
])
def test_the_first_paragraphs_name_is_the_protestants(tmp_path: Path, first: list[str]) -> None:
    # Before: only the caption's name in capitals was read, its "INC." cut off.
    facts = extract_protest(_pleading(tmp_path / "p.pdf", first)).facts
    assert facts.protestant_name == "Bramble Creek Tool Works, Inc."
