"""A rule of underscores that separates a letterhead or a title from the letter is no signature
line: the line under it ("Port: 3901", "Submitted 03-AUG-2025") is no signer. The signer is the
name under the rule at the foot, over the closing's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_RULE = "_" * 40
_BODY = [
    "Dear Port Director:",
    "Granite Mesa Furniture LLC protests the decision described below on entry I8I-5663475-6,",
    "made on December 3, 2023 and liquidated on September 9, 2024.",
    "Decision protested: the classification of the merchandise.",
    "Merchandise: Woven polyester dog beds with foam filling",
    "The goods are properly classified under heading 9404, HTSUS, as entered.",
    "Drawback: none of the entries is subject to drawback.",
    "Sincerely,",
    "______________________________",
    "Naomi Achterberg",
    "Import Manager",
]


@pytest.mark.parametrize("head", [
    ["Granite Mesa Furniture LLC", "2300 Industrial Boulevard", "Hayward, CA 94545", _RULE,
     "Port: 3901", "IOR: 27-5349451", "March 6, 2025"],  # as the fortieth hand wrote it
    ["PROTEST OF GRANITE MESA FURNITURE LLC", _RULE, "Submitted 03-AUG-2025",
     "Protestant: Granite Mesa Furniture LLC", "Importer of record number: 27-5349451"],
    ["Granite Mesa Furniture LLC", _RULE, "Date: 2025-03-06", "Port code: 3901"],
])
def test_a_separating_rule_names_no_signer(tmp_path: Path, head: list[str]) -> None:
    # Before: the first rule of underscores was taken for the signature line and the line under
    # it ("Port: 3901") for the signer's name.
    facts = extract_protest(_letter_pdf(tmp_path / "s.pdf", [*head, *_BODY])).facts
    assert facts.signer_name == "Naomi Achterberg"
