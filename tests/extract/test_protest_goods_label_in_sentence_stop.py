"""The goods given after a label that opens a sentence ("The merchandise is described as
follows: ... model FJ-16.") end with the sentence's full stop, which is no part of the goods."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _pleading(path: Path, goods: list[str]) -> Path:
    return _letter_pdf(path, [
        "In the Matter of the Protest of", "LARCH HOLLOW HOUSEWARES LLC,", "Protestant,",
        "PROTEST",
        "1. Protestant Larch Hollow Housewares LLC is the importer of record, with its principal",
        "place of business at 900 Lakeview Road, Waukegan, IL 60085. Its importer number is",
        "68-8778606.",
        "2. This protest is filed against CBP's classification of the goods upon liquidation, as",
        "to Entry No. 112-0346822-5, entered 05/02/2022, liquidated 04/03/2023.",
        *goods,
        "4. The goods are provided for eo nomine in subheading 9617.00.1000, HTSUS.",
        "Respectfully submitted,", "/s/ Thomas J. Brennan", "Thomas J. Brennan",
    ])


@pytest.mark.parametrize(("goods", "expected"), [
    (["3. The merchandise is described as follows: Insulated steel food jars, 16 oz., model",
      "FJ-16."], "Insulated steel food jars, 16 oz., model FJ-16"),
    (["3. Merchandise: Insulated steel food jars, item 4410."],
     "Insulated steel food jars, item 4410"),
    (["3. Description of the merchandise: Insulated steel food jars, style JR-2."],
     "Insulated steel food jars, style JR-2"),
    (["3. The merchandise is described as follows: Insulated steel food jars, 16 oz."],
     "Insulated steel food jars, 16 oz."),  # an abbreviation keeps its stop
])
def test_the_sentences_stop_is_not_part_of_the_goods(
        tmp_path: Path, goods: list[str], expected: str) -> None:
    # Before: "... model FJ-16." kept the sentence's stop in the goods' description.
    facts = extract_protest(_pleading(tmp_path / "g.pdf", goods)).facts
    assert facts.merchandise_description == expected
