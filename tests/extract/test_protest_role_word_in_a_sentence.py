"""A sentence whose line ends just before "the protestant" of the next ("... classified as
entered, and" / "the protestant claims a refund") is no party named by its role ("X, Protestant"):
the party is read from its letterhead, not from the argument's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = ["Granite Mesa Furniture LLC", "2300 Industrial Boulevard", "Hayward, CA 94545",
         "Port: 3901", "IOR: 27-5349451", "March 6, 2025", "Port Director",
         "U.S. Customs and Border Protection", "Dear Port Director:",
         "Granite Mesa Furniture LLC protests the decision described below on entry",
         "I8I-5663475-6, made on December 3, 2023 and liquidated on September 9, 2024.",
         "Decision protested: the classification of the merchandise.",
         "Merchandise: Woven polyester dog beds with foam filling"]
_TAIL = ["Drawback: none of the entries is subject to drawback.", "Sincerely,",
         "Naomi Achterberg", "Import Manager"]


@pytest.mark.parametrize("argument", [
    # As the fortieth hand wrote it: the role word ends a line of the argument.
    ["The merchandise was reclassified at liquidation under a heading for articles of a",
     "different principal use. The goods are properly classified as entered, and the protestant",
     "claims a refund of the excess duties with interest."],
    ["The goods are dog beds of heading 9404, HTSUS, which CBP ignored when it reclassified",
     "them, so the excess duties should be refunded to the protestant"],
    ["CBP's reading of the heading is wrong, as the Explanatory Notes show the protestant",
     "and any reader of heading 9404, HTSUS."],
])
def test_a_sentence_line_before_the_role_word_is_no_party(
        tmp_path: Path, argument: list[str]) -> None:
    # Before: the line before "the protestant" was read as "X, protestant", a weak cue that
    # beat the letterhead: the party's name was half a sentence and its address was lost.
    facts = extract_protest(_letter_pdf(tmp_path / "r.pdf", [*_HEAD, *argument, *_TAIL])).facts
    assert facts.protestant_name == "Granite Mesa Furniture LLC"
    assert facts.protestant_address == "2300 Industrial Boulevard, Hayward, CA 94545"
