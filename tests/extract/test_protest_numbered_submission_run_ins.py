"""An attorney's numbered submission runs its paragraphs in under a word and a stop ("1. Protestant.
X protests under 19 U.S.C. 1514 and 19 CFR Part 174.", "2. Entries. The decision protested is the
appraised value of the / merchandise:") and lists the entries as bullets. The party's name is the
sentence's subject, not the sentence; a sentence's last word wrapped on to a line of its own before
the entries' bullets ("merchandise:") is no caption over the goods."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_TOP = ["BEFORE U.S. CUSTOMS AND BORDER PROTECTION", "Port of Charleston (port code 1601)",
        "PROTEST OF BELLWETHER KITCHENWARE LLC"]
_PARTY = ["Address of protestant: 44 Foundry Street, Suite 210, Lowell, MA 01852",
          "Importer number: 61-8712473"]
_REST = [
    "3. Merchandise.",
    "Commodity: Bluetooth wireless speakers, model BX-9",
    "4. The transaction value declared is the price actually paid or payable",
    "(19 U.S.C. 1401a(b)). The seller is unrelated and the added assists were",
    "never supplied, so the advance in value has no basis.",
    "5. The entries are not subject to drawback.",
    "Dated 11/24/2025.", "Respectfully submitted,", "Yuki Tanabe", "Import Manager",
]
_NAMED = {
    "protests-under": ["1. Protestant. Bellwether Kitchenware LLC protests under 19 U.S.C. 1514",
                       "and 19 CFR Part 174."],
    "hereby-protests": ["1. Protestant: Bellwether Kitchenware LLC hereby protests the decision",
                        "described below."],
    "submits-this-protest": ["1. Protestant. Bellwether Kitchenware LLC respectfully submits this",
                             "protest."],
}
_ENTRIES = {
    "merchandise": ["2. Entries. The decision protested is the appraised value of the",
                    "merchandise:"],
    "imported-goods": ["2. Entries. The decision protested is the classification of the imported",
                       "goods:"],
    "the-products": ["2. Entries. CBP appraised, and we protest the value of, the following",
                     "products:"],
}
_BULLET = "- C42-9895609-4, date of entry 07/13/2024, liquidated 05/31/2025"


@pytest.mark.parametrize("named", sorted(_NAMED))
def test_the_run_in_party_is_the_sentences_subject(tmp_path: Path, named: str) -> None:
    # Before: the run-in label's value ran to the line's end ("X protests under 19 U.S.C.").
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [
        *_TOP, *_NAMED[named], *_PARTY, *_ENTRIES["merchandise"], _BULLET, *_REST])).facts
    assert facts.protestant_name == "Bellwether Kitchenware LLC"


@pytest.mark.parametrize("entries", sorted(_ENTRIES))
def test_a_wrapped_last_word_is_no_caption_over_the_goods(tmp_path: Path, entries: str) -> None:
    # Before: "merchandise:" read as a caption, and the entry's bullet under it as the goods.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [
        *_TOP, *_NAMED["protests-under"], *_PARTY, *_ENTRIES[entries], _BULLET, *_REST])).facts
    assert facts.merchandise_description == "Bluetooth wireless speakers, model BX-9"
