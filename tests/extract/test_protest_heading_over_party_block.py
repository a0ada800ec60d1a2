"""A heading that titles the whole statement ("STATEMENT OF PROTEST") may stand over the party's
block, the objection argued further down: the block is not the objection, the argument is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_BLOCK = ["Cranberry Marsh Outfitters Ltd.", "1300 Commerce Avenue", "Kearney, NE 68847",
          "IOR No. 39-8189037"]
_BELOW = [
    "Merchandise: Polyethylene sit-on-top kayaks, model BK-310",
    "Entries covered:",
    " * IAE-6932392-5 (entered 12/17/2024; liquidated 03/01/2025; port 1001)",
    "Decision protested: the classification of the merchandise at liquidation.",
    "The goods are properly classified in subheading 3926.90.9985, HTSUS, as their principal",
    "use shows; CBP's reclassification disregards the General Rules of Interpretation.",
    "The merchandise is not the subject of a drawback claim.",
    "__________________________________",
    "Walter J. Kuznetsov",
    "Owner",
]


@pytest.mark.parametrize(("heading", "block"), [
    ("STATEMENT OF PROTEST", _BLOCK),
    ("Protest statement", [*_BLOCK[:2], "Unit B", *_BLOCK[2:]]),
    ("PROTEST NARRATIVE", _BLOCK[:3]),
    ("Statement of the protest", [*_BLOCK[:2], "Suite 4", *_BLOCK[2:3]]),
])
def test_the_argument_below_the_party_block_is_the_objection(
        tmp_path: Path, heading: str, block: list[str]) -> None:
    # Before: the block under the heading was taken for the objection, a mere statement of who
    # protests, so the objection was 'inferred' and the protest went to a person.
    facts = extract_protest(_letter_pdf(tmp_path / "s.pdf", [
        "ROUTING AND TRANSMITTAL SLIP", "PORT CODE", "1001", heading, *block, *_BELOW])).facts
    assert facts.objection_text is not None
    assert "properly classified" in facts.objection_text
    assert "Commerce Avenue" not in facts.objection_text
    assert 6 not in facts.inferred_items


def test_a_heading_over_an_argument_keeps_it(tmp_path: Path) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "a.pdf", [
        "ROUTING AND TRANSMITTAL SLIP", "PORT CODE", "1001", *_BLOCK, *_BELOW[:3],
        "STATEMENT OF PROTEST",
        "The goods are properly classified in subheading 3926.90.9985, HTSUS, as their principal",
        "use shows; CBP's reclassification disregards the General Rules of Interpretation.",
        *_BELOW[6:]])).facts
    assert facts.objection_text is not None
    assert facts.objection_text.startswith("The goods are properly classified")
