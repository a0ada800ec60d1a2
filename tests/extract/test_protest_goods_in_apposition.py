"""The goods named in apposition inside the lodging sentence (thirty-sixth hand's small-importer
letters): "we write to protest the appraised value on goods we imported, namely Aluminium bicycle
crank sets, 170 mm, model CR-17, covered by entry ...". That is the specific description
174.13(a)(5) asks for, though no label names it: the protest is not deficient for want of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _letter(path: Path, sentence: list[str]) -> Path:
    return _letter_pdf(path, [
        "Lumen Arc Lighting Inc.",
        "600 Filament Way, San Jose, CA 95112",
        "Friday, 18 April 2025",
        "U.S. Customs and Border Protection, Port of Buffalo (port code 0901)",
        "Dear Sir or Madam:",
        "We, Lumen Arc Lighting Inc., import under importer number 10-2199714 through the",
        *sentence,
        "The port appraised the goods at a value that adds buying commissions to the price",
        "actually paid; bona fide buying commissions are not part of transaction value.",
        "No drawback has been or will be claimed on the merchandise of these entries.",
        "Yours truly,",
        "Priya Raghunathan",
    ])


_ENTRY = "entry 9E1-8366089-3, made on 5 December 2024, liquidated on 27 March 2025."


@pytest.mark.parametrize("sentence", [
    ["port of Buffalo, and we write to protest the appraised value on goods we",
     "imported, namely Aluminium bicycle crank sets, 170 mm, model CR-17, covered by",
     _ENTRY],
    ["port of Buffalo, and we protest the appraised value of the merchandise, i.e. Aluminium",
     "bicycle crank sets, 170 mm, model CR-17, imported under", _ENTRY],
    ["port of Buffalo, and we protest the appraised value of the articles concerned,",
     "specifically Aluminium bicycle crank sets, 170 mm, model CR-17 (", _ENTRY + ")"],
    ["port of Buffalo, and we protest the appraised value on goods we imported, namely",
     "Aluminium bicycle crank sets, 170 mm, model CR-17, item nos. CR-17A and CR-17B, covered by",
     _ENTRY],
    ["port of Buffalo, and protest the appraised value of the products at issue, to wit:",
     "Aluminium bicycle crank sets, 170 mm, model CR-17. They came in on", _ENTRY],
])
def test_goods_named_in_apposition_are_the_specific_description(
        tmp_path: Path, sentence: list[str]) -> None:
    facts = extract_protest(_letter(tmp_path / "l.pdf", sentence)).facts
    # An abbreviation's stop ("item nos. CR-17A") does not end the goods' name.
    assert facts.merchandise_description in (
        "Aluminium bicycle crank sets, 170 mm, model CR-17",
        "Aluminium bicycle crank sets, 170 mm, model CR-17, item nos. CR-17A and CR-17B")
    decision, _ = decide(replace(facts, received_date=date(2025, 4, 22)),
                         today=date(2025, 4, 30))
    assert "174.13(a)(5)" not in decision.missing


def test_an_adverb_after_the_goods_is_no_apposition(tmp_path: Path) -> None:
    # "The goods are specifically provided for in a heading ...": the argument, not the goods.
    facts = extract_protest(_letter(tmp_path / "l.pdf", [
        "port of Buffalo, and we protest the classification of the entry below:", _ENTRY,
        "The goods are specifically provided for in a heading that describes them by name."])).facts
    assert facts.merchandise_description is None


def test_a_fee_named_in_apposition_is_no_goods(tmp_path: Path) -> None:
    facts = extract_protest(_letter(tmp_path / "l.pdf", [
        "port of Buffalo, and we protest the charges on the imports, namely the merchandise",
        "processing fee, assessed on", _ENTRY])).facts
    assert facts.merchandise_description is None
