"""The goods as the subject of a passive, with what they are set off by commas (issue 13, round
36: the fifty-fourth hand's narrative, "The frozen shrimp, peeled and deveined were imported in
the following entries"): they are the description 19 CFR 162.77(b)(1)(i) asks for, so (i) is not
reported missing; a subject that names entries or the goods in general still names none."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.goods_in_prose import names_goods
from tests.penalty_read.drawn import draw_referral

LINES = [
    "REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592 - NARRATIVE",
    "Case No. 2022-1703-285646-01",
    "1. The party",
    "The subject of this referral is Kestrel Optics & Imaging Corp., importer number 25-1647993.",
    "Address of record: 905 Research Court, Tucson, AZ 85719",
    "2. The entries",
]
TAIL = [
    "Entry DFH-2445313-1, filed on 29 Mar 2021, has been liquidated. Entered value $44,765.14;",
    "duty deposited $1,342.94; duty lawfully owed $6,121.94.",
    "3. The violation",
    "The violation occurred on 29 Mar 2021.",
    "The audit found the level of culpability to be negligent.",
]


@pytest.mark.parametrize(("sentence", "goods"), [
    ("The frozen shrimp, peeled and deveined were imported in the following entries:",
     "frozen shrimp, peeled and deveined"),
    ("Cotton towels, bleached and hemmed, were entered in the following entries:",
     "Cotton towels, bleached and hemmed"),
    ("The LED desk lamps, model DL-90, were imported in the following entries:",
     "LED desk lamps, model DL-90"),
])
def test_the_goods_with_their_words_set_off(tmp_path: Path, sentence: str, goods: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*LINES, sentence, *TAIL])).facts
    assert facts.merchandise == goods


@pytest.mark.parametrize("sentence", [
    "The entries, filed by the broker, were imported as listed below:",
    "The goods, as described above, were imported in the following entries:",
])
def test_a_subject_that_names_no_goods(sentence: str) -> None:
    assert not names_goods(sentence)
