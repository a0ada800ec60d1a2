"""Round 26: the protestant named in a sentence with its address, as senders in general type
the address (19 CFR 174.13(a)(1)): a PO box, or the state spelled out."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_LEAD = "This protest is filed under 19 U.S.C. 1514 on behalf of"
_REST = [
    "Port Director, U.S. Customs and Border Protection, Port of Los Angeles (2704)",
    "Merchandise: Folding aluminum camp chairs with polyester seats, model CC-9",
    "Entry No.         Entry Date   Liquidation",
    "H8A-2085585-8     12/01/2024   08/03/2025",
    "CBP liquidated the merchandise under subheading 9401.71.0011, HTSUS. The goods",
    "are properly classified under subheading 9401.81.5500, HTSUS, under GRI 1.",
    "Sincerely,", "Kenneth J. Abernathy", "Licensed Customs Broker",
]
_SENTENCES = [
    ([f"{_LEAD} Blue Heron Outdoor Gear, Inc., P.O. Box 4471, Tacoma, WA 98421."],
     "P.O. Box 4471, Tacoma, WA 98421"),
    ([f"{_LEAD} Blue Heron Outdoor Gear, Inc., 1420 Industrial Parkway, Suite 300,",
      "Tacoma, Washington 98421."],
     "1420 Industrial Parkway, Suite 300, Tacoma, Washington 98421"),
    ([f"{_LEAD} Blue Heron Outdoor Gear, Inc., PO Box 4471, Santa Fe, New Mexico",
      "87501-4471."], "PO Box 4471, Santa Fe, New Mexico 87501-4471"),
]


@pytest.mark.parametrize(("sentence", "address"), _SENTENCES, ids=["po-box", "state", "both"])
def test_the_party_in_a_sentence_is_read_with_a_po_box_or_a_spelled_out_state(
    tmp_path: Path, sentence: list[str], address: str,
) -> None:
    # Before: neither the name nor the address was read (174.13(a)(1) reported missing).
    facts = extract_protest(_letter_pdf(tmp_path / "letter.pdf", [*sentence, *_REST])).facts
    assert facts.protestant_name == "Blue Heron Outdoor Gear, Inc."
    assert facts.protestant_address == address
