"""Referral wording of senders in general (issue 13, round 18, the twentythird hand): entries told
in a chronological narrative with each date opening its sentence ("On 6/23/2022 the importer
filed entry X declaring a value of ... and depositing duties of ..."), a computation table that
boxes only the duties (the narrative gives the rest, and the two must agree), labels in a
findings table's rows ("Finding 2  Violation: ...") and goods told as "The goods are X."."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts
from tests.penalty_read.drawn import Line, draw_referral

HEAD = ["FINES, PENALTIES & FORFEITURES - REFERRAL FOR PENALTY ACTION",
        "FP&F Case No. 2024-3617-501759-01",
        "Subject party: Bluewater Galley Outfitters LLC; 118 Harbor Point Road, Mystic, CT 06355",
        "Importer No. 10-9059748", "Chronology"]
STORY = ("The goods are aluminum ladders. The violation is undervaluation: the invoices declared"
         " prices below those actually paid.")
FIRST = ("{d1} entry HH1-4326423-7 declaring a value of US$ 95,782.16 and"
         " depositing duties of US$ 2,394.54; the duty lawfully owed was US$ 3,371.60, and it"
         " remains unliquidated.")
SECOND = ("{d2} entry HH1-9959267-1 declaring a value of US$ 103,270.85 and"
          " depositing duties of US$ 2,581.76; the duty lawfully owed was US$ 2,700.00, and it"
          " was liquidated as entered.")
CLOSE = "The violation began on 6/23/2022. We find negligence. Prior disclosure: None."


def referral(folder: Path, *table: Line, d1: str = "On 6/23/2022 the importer filed",
             d2: str = "On 8/11/2022 the importer filed",
             story: str = STORY) -> PenaltyFacts:
    return extract_penalty(draw_referral(folder / "r.pdf", [
        *HEAD, story, FIRST.format(d1=d1), SECOND.format(d2=d2), CLOSE, *table])).facts


COMPUTATION: list[Line] = [
    "Computation", [(72, "Entry"), (200, "Paid"), (300, "Owed")],
    [(72, "HH1-4326423-7"), (200, "US$ 2,394.54"), (300, "US$ 3,371.60")],
    [(72, "HH1-9959267-1"), (200, "US$ 2,581.76"), (300, "US$ 2,700.00")],
]


@pytest.mark.parametrize(("d1", "d2"), [
    ("On 6/23/2022 the importer filed", "On 8/11/2022 the importer filed"),
    ("On 23-JUN-2022 the importer filed", "On 11-AUG-2022 the importer filed"),
    ("On June 23, 2022, the importer filed", "On August 11, 2022, the importer filed"),
    ("2022-06-23: as its broker, Acme entered", "2022-08-11: as its broker, Acme entered"),
    ("On 6/23/2022 Bluewater (the importer) presented consumption",
     "On 8/11/2022 Bluewater (the importer) imported the goods under"),
])
def test_a_date_that_opens_the_filing_sentence_is_the_entrys(tmp_path: Path, d1: str,
                                                             d2: str) -> None:
    facts = referral(tmp_path, d1=d1, d2=d2)
    assert [e.entry_date for e in facts.entries] == [date(2022, 6, 23), date(2022, 8, 11)]
    assert [e.duty_paid for e in facts.entries] == [Decimal("2394.54"), Decimal("2581.76")]
    assert [e.entered_value for e in facts.entries] == [Decimal("95782.16"),
                                                        Decimal("103270.85")]
    assert [e.liquidated for e in facts.entries] == [False, True]


def test_unliquidated_is_no_cue_that_a_date_follows(tmp_path: Path) -> None:
    # "unliquidated" ends in "dated": the next sentence's date is not the first entry's.
    facts = referral(tmp_path, d1="Later the importer filed",
                     d2="On 8/11/2022 its broker presented for")
    assert facts.entries[0].entry_date is None


def test_liquidated_as_entered_is_no_cue_that_a_date_follows(tmp_path: Path) -> None:
    # "... was liquidated as entered." then "The violation began on 6/23/2022.": no entry date.
    facts = referral(tmp_path, d2="Later the importer filed")
    assert facts.entries[-1].entry_date is None


def test_the_narrative_gives_what_the_computation_table_does_not(tmp_path: Path) -> None:
    facts = referral(tmp_path, *COMPUTATION)
    assert [e.entry_date for e in facts.entries] == [date(2022, 6, 23), date(2022, 8, 11)]
    assert [e.entered_value for e in facts.entries] == [Decimal("95782.16"),
                                                        Decimal("103270.85")]
    assert [e.liquidated for e in facts.entries] == [False, True]
    assert not any("differently" in d for d in facts.doubts)


def test_a_table_and_a_narrative_that_disagree_go_to_a_person(tmp_path: Path) -> None:
    table = [*COMPUTATION[:3], [(72, "HH1-9959267-1"), (200, "US$ 2,581.76"),
                                (300, "US$ 2,900.00")]]
    facts = referral(tmp_path, *table)
    assert any("HH1-9959267-1" in d and "duty owed" in d for d in facts.doubts)


@pytest.mark.parametrize("head", ["Finding 2", "Finding 2:", "Finding No. 2", "Finding"])
def test_a_label_in_a_findings_row_states_the_kind_and_the_facts(tmp_path: Path,
                                                                 head: str) -> None:
    facts = referral(tmp_path, [(72, head), (140, "Violation: misclassification; the goods were"
                                             " entered under a duty-free subheading")],
                     story="Finding 1 Goods: LED flashlights.")
    assert facts.violation_type == "classification"
    assert facts.material_facts is not None and "duty-free subheading" in facts.material_facts
    assert facts.merchandise == "LED flashlights"


@pytest.mark.parametrize(("story", "goods"), [
    ("The goods are aluminum ladders. Nothing else.", "aluminum ladders"),
    ("The merchandise was stainless steel sinks. Nothing else.", "stainless steel sinks"),
    ("The goods are LED flashlights. Nothing else.", "LED flashlights"),
    ("The goods were declared as products of Vietnam. The goods are not marked.", None),
])
def test_the_goods_are_what_a_sentence_says_they_are(tmp_path: Path, story: str,
                                                     goods: str | None) -> None:
    facts = referral(tmp_path, story=story)
    assert facts.merchandise == goods
