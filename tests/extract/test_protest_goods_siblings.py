"""Round 26: the goods named as the subject of a sentence that says which goods the protest
covers (19 CFR 174.13(a)(4)), as senders word it besides "The merchandise consists of"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Port Director, U.S. Customs and Border Protection, Port of Los Angeles (2704)",
    "Protestant: Blue Heron Outdoor Gear, Inc., 1420 Industrial Parkway, Tacoma, WA 98421",
    "This protest is filed under 19 U.S.C. 1514.",
]
_TAIL = [
    "Entry No.         Entry Date   Liquidation",
    "H8A-2085585-8     12/01/2024   08/03/2025",
    "CBP liquidated the entry under subheading 9401.71.0011, HTSUS, and the chairs are",
    "properly classified under subheading 9401.81.5500, HTSUS, under GRI 1.",
    "Sincerely,", "Kenneth J. Abernathy", "Licensed Customs Broker",
]
_SENTENCES = [
    ("The merchandise subject to this protest is folding aluminum camp chairs.",
     "folding aluminum camp chairs"),
    ("The goods at issue are folding aluminum camp chairs, model CC-9.",
     "folding aluminum camp chairs, model CC-9"),
    ("The articles covered by this protest comprise folding aluminum camp chairs.",
     "folding aluminum camp chairs"),
    ("The merchandise in question consists of folding aluminum camp chairs.",
     "folding aluminum camp chairs"),
]


@pytest.mark.parametrize(("sentence", "goods"), _SENTENCES, ids=["subject-to", "at-issue",
                                                                  "covered-by", "in-question"])
def test_the_goods_a_sentence_says_the_protest_covers_are_read(
    tmp_path: Path, sentence: str, goods: str,
) -> None:
    # Before: no goods read (174.13(a)(4) reported missing on a complete protest).
    facts = extract_protest(_letter_pdf(tmp_path / "l.pdf", [*_HEAD, sentence, *_TAIL])).facts
    assert facts.merchandise_description == goods


@pytest.mark.parametrize("sentence", [
    "The merchandise at issue is properly classified under subheading 9401.81.5500.",
    "The goods at issue are the subject of New York ruling N312345.",
], ids=["classified", "subject-of"])
def test_a_finding_about_the_goods_at_issue_is_no_description(
    tmp_path: Path, sentence: str,
) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "l.pdf", [*_HEAD, sentence, *_TAIL])).facts
    assert facts.merchandise_description is None
