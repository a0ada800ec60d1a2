"""A protest that attacks the antidumping or countervailing duty figure as the Department of
Commerce determined it ("the antidumping duty rate ..., as determined by the Department of
Commerce in its final results", "the margin Commerce calculated is wrong") protests Commerce's
determination, which 19 U.S.C. 1514(b) puts outside protest: invalid. CBP's own act against
Commerce's instructions (a rate applied instead of the one instructed) is protestable, so a
word of it keeps the question with a person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.model import ProtestFacts
from bots.protest_intake.rules.decide import decide
from bots.protest_intake.rules.validity import check_protestable
from tests.extract.test_protest_decision_cues import _letter_pdf


@pytest.mark.parametrize("objection", [
    # As the thirty-eighth hand wrote it (and the seventh other hand's "margin Commerce
    # calculated").
    "We hereby protest the antidumping duty rate assessed on the entries, as determined by the"
    " Department of Commerce in its final results of administrative review. The amount is"
    " excessive in light of the importer's record, and the decision should be reversed.",
    "The margin Commerce calculated in its final results is wrong; the exporter's correct rate"
    " is zero, and the duties assessed on its instructions should be refunded.",
    "Protestant contests the countervailing duty rate set by the U.S. Department of Commerce"
    " for its supplier, which overstates the subsidy it received.",
])
def test_commerces_figure_attacked_is_not_protestable(objection: str) -> None:
    # Before: any AD/CVD word only raised a question, so a person was asked every time.
    for category in (None, "liquidation"):
        facts = ProtestFacts(objection_text=objection, category=category, ad_cvd_named=True)
        assert [f.outcome for f in check_protestable(facts)] == ["invalid"]


@pytest.mark.parametrize(("objection", "category"), [
    ("CBP liquidated the entries at the all-others antidumping duty rate instead of the rate"
     " determined by the Department of Commerce for our supplier.", "liquidation"),
    ("The countervailing duty rate calculated by Commerce was applied by CBP to goods of a"
     " different company, contrary to Commerce's liquidation instructions.", None),
    ("The goods are classified in heading 7318; the antidumping duty rate determined by"
     " Commerce for heading 7326 does not reach them.", "classification"),
])
def test_cbps_own_act_or_another_decision_stays_a_question(
        objection: str, category: str | None) -> None:
    facts = ProtestFacts(objection_text=objection, category=category,  # type: ignore[arg-type]
                         ad_cvd_named=True)
    assert all(f.outcome != "invalid" for f in check_protestable(facts))


def test_the_business_letter_protesting_commerces_rate_is_invalid(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "l.pdf", [
        "Quillon Kitchenworks Corp.", "1265 Mill Street, Unit 27", "Chicago, IL 60607",
        "Date: 3 July 2023", "IOR No.: 67-359693000", "Port code: 2811",
        "Port Director, U.S. Customs and Border Protection, Port of Oakland",
        "Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174", "Dear Port Director:",
        "We hereby protest the antidumping duty rate assessed on the entries, as determined by the",
        "Department of Commerce in its final results of administrative review on the following",
        "entries: entry no. B3D-2119354-3, entered 25 June 2022, liquidated 30 April 2023.",
        "Merchandise: Carbon steel adjustable wrenches, 10 inch, chrome plated",
        "The amount is excessive in light of the importer's record and cooperation, and the",
        "decision should be reversed.",
        "No drawback has been or will be claimed on the entries covered by this protest.",
        "Very truly yours,", "Desmond O. Achebe", "Chief Financial Officer"])
    facts = extract_protest(pdf).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 7, 11)), today=date(2023, 8, 17))
    assert decision.outcome == "invalid"
