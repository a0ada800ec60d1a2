"""A statement of protest sets the party out on its own lines, closed by its importer number,
under a heading the reader need not know: the number says the block is the protestant's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_REST = [
    "Merchandise: Polyethylene sit-on-top kayaks, model BK-310",
    "Entries covered:",
    " * IAE-6932392-5 (entered 12/17/2024; liquidated 03/01/2025; port 1001)",
    "Decision protested: the classification of the merchandise at liquidation.",
    "The goods are properly classified in subheading 3926.90.9985, HTSUS, by their use.",
    "The merchandise is not the subject of a drawback claim.",
    "__________________________________",
    "Walter J. Kuznetsov",
    "Owner",
]
_SLIP = ["ROUTING AND TRANSMITTAL SLIP", "PROTEST NO.", "1001-25-174545", "PORT CODE", "1001"]


@pytest.mark.parametrize(("block", "address"), [
    (["STATEMENT OF PROTEST", "Cranberry Marsh Outfitters Ltd.", "1300 Commerce Avenue",
      "Unit B", "Kearney, NE 68847", "IOR No. 39-8189037"],
     "1300 Commerce Avenue, Unit B, Kearney, NE 68847"),
    (["Protest statement", "Cranberry Marsh Outfitters Ltd.", "1300 Commerce Avenue",
      "Kearney, NE 68847", "Importer No.: 39-8189037"], "1300 Commerce Avenue, Kearney, NE 68847"),
    (["Cranberry Marsh Outfitters Ltd.", "P.O. Box 1300", "Kearney, NE 68847-1300",
      "EIN 39-8189037"], "P.O. Box 1300, Kearney, NE 68847-1300"),
    (["PARTICULARS", "CRANBERRY MARSH OUTFITTERS LTD.", "1300 Commerce Avenue", "Suite 210",
      "Kearney, NE 68847", "IOR # 39-8189037-00"],
     "1300 Commerce Avenue, Suite 210, Kearney, NE 68847"),
])
def test_the_block_closed_by_an_importer_number_is_the_protestants(
        tmp_path: Path, block: list[str], address: str) -> None:
    # Before: no caption named the block, so the protestant's name and address were not read
    # and the routing slip's statement went to a person for 174.13(a)(1).
    facts = extract_protest(_letter_pdf(tmp_path / "s.pdf", [*_SLIP, *block, *_REST])).facts
    assert facts.protestant_name is not None
    assert facts.protestant_name.casefold() == "cranberry marsh outfitters ltd."
    assert facts.protestant_address == address


def test_a_sentence_over_an_address_names_no_party(tmp_path: Path) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "n.pdf", [
        *_SLIP, "Please send all correspondence on this protest to", "1300 Commerce Avenue",
        "Kearney, NE 68847", "IOR No. 39-8189037", *_REST])).facts
    assert facts.protestant_name is None or "correspondence" not in facts.protestant_name
