"""An owner's one-paragraph letter names the goods right before the entries they came in,
joined by a relative clause ("on our lanterns, which came in under entry ..."): the goods are
read, and goods named in words the reader cannot cut out go to a person, never 'missing'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _owner_letter(path: Path, body: list[str]) -> Path:
    return _letter_pdf(path, [
        "Tamarack Hardware Supply Co.",
        "14 Quarry Lane | Montpelier, VT 05602",
        "October 2, 2024",
        "U.S. Customs and Border Protection",
        "Port of Boston",
        "To whom it may concern:",
        *body,
        "Our importer number is 41-2276530. No drawback has been or will be claimed.",
        "Further review is not requested.",
        "Regards,",
        "Elsie M. Varga",
        "Owner",
    ])


_GOODS = "Forged steel claw hammers, 16 oz"


@pytest.mark.parametrize("body", [
    # As the hand wrote it: the clause wraps over the line break.
    ["I own Tamarack Hardware Supply Co. and am writing to protest the classification of the",
     f"merchandise at liquidation on our {_GOODS}, which came in",
     "under entry CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods",
     "are properly classified in subheading 8205.20.6000, HTSUS, by their principal use."],
    # Other verbs a sender uses for how goods arrived.
    [f"We protest the classification of our {_GOODS}, which were imported under entry",
     "CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are properly",
     "classified in subheading 8205.20.6000, HTSUS, by their principal use."],
    [f"This letter protests the duty assessed on our {_GOODS} that arrived on entry",
     "CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are properly",
     "classified in subheading 8205.20.6000, HTSUS, by their principal use."],
    [f"I PROTEST THE CLASSIFICATION OF OUR {_GOODS.upper()}, WHICH WE BROUGHT IN UNDER ENTRY",
     "CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are properly",
     "classified in subheading 8205.20.6000, HTSUS, by their principal use."],
    # A decision on something else named first: the goods are the last "our ..." before entry.
    ["I am writing to protest the decision on our request for reliquidation concerning the",
     f"rate of duty on our {_GOODS}, which came in under the entry CFG-5419110-8, entered",
     "Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are properly classified in subheading",
     "8205.20.6000, HTSUS, by their principal use."],
])
def test_goods_joined_to_their_entry_by_a_clause_are_read(tmp_path: Path, body: list[str]) -> None:
    # Before: only "imported under" / "(entry" joined the goods to the entry, so the goods were
    # missed and the letter was confidently called deficient under 174.13(a)(5).
    facts = extract_protest(_owner_letter(tmp_path / "o.pdf", body)).facts
    assert facts.merchandise_description is not None
    assert facts.merchandise_description.casefold() == _GOODS.casefold()


def test_goods_named_in_an_unknown_clause_go_to_a_person(tmp_path: Path) -> None:
    # Goods named as "our ... entry" joined some way the reader does not cut: not an absence.
    facts = extract_protest(_owner_letter(tmp_path / "u.pdf", [
        f"We protest the classification of our {_GOODS}, all of them cleared last winter by",
        "entry CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are",
        "properly classified in subheading 8205.20.6000, HTSUS, by their principal use."])).facts
    decision, _ = decide(facts, today=date(2024, 10, 20))
    assert facts.merchandise_description is None
    assert 5 in facts.unsure_items
    assert decision.outcome != "deficient"


def test_no_goods_named_is_still_missing(tmp_path: Path) -> None:
    # The generic "our merchandise" names no goods: 174.13(a)(5) stays a sure absence.
    facts = extract_protest(_owner_letter(tmp_path / "n.pdf", [
        "We protest the classification of our merchandise, which came in under entry",
        "CFG-5419110-8, entered Jan. 4, 2024, liquidated Aug. 2, 2024. The goods are properly",
        "classified in subheading 8205.20.6000, HTSUS, by their principal use."])).facts
    assert facts.merchandise_description is None
    assert 5 not in facts.unsure_items
