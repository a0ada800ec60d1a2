"""The money figures: the worked example of customs-rules.md section 3, edge cases 11-12, cents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bots.penalty_notice.model import Culpability, PenaltyEntry
from bots.penalty_notice.rules.compute import (
    Figure,
    InterestDue,
    entry_loss,
    guideline_range,
    loss_of_duties,
    prior_disclosure_amount,
    proposed_penalty,
    statutory_maximum,
)
from bots.penalty_notice.rules.decide import decide_penalty
from tests.penalty.factories import (
    EXAMPLE_ENTRIES,
    LIQUIDATED_ENTRY,
    NO_LOSS_ENTRIES,
    OPEN_ENTRY,
    TODAY,
    case,
    entry,
    with_loss,
)

D = Decimal
DV = D("300000.00")
DUTIABLE = D("200000.00")

# customs-rules.md worked example: (culpability, max, low, high) with LOD 10,000, and with none.
WITH_LOSS = [
    ("negligence", "20000.00", "5000.00", "20000.00"),
    ("gross_negligence", "40000.00", "25000.00", "40000.00"),
    ("fraud", "300000.00", "50000.00", "80000.00"),
]
NO_LOSS = [
    ("negligence", "40000.00", "10000.00", "40000.00"),
    ("gross_negligence", "80000.00", "50000.00", "80000.00"),
    ("fraud", "300000.00", "100000.00", "160000.00"),
]


def test_loss_of_duties_of_the_worked_example() -> None:
    loss = loss_of_duties(EXAMPLE_ENTRIES)
    assert (loss.actual, loss.potential, loss.total) == (D(6000), D(4000), D(10000))
    assert loss.explanation.startswith("19 CFR 162.71(a): ")
    assert "$6,000.00" in loss.explanation and "$10,000.00" in loss.explanation


def test_an_overpaid_entry_counts_zero_and_does_not_offset_another() -> None:
    overpaid = entry("500.00", "900.00", liquidated=False, number=OPEN_ENTRY)
    assert entry_loss(overpaid) == 0
    loss = loss_of_duties((entry("1500.00", "500.00"), overpaid))
    assert (loss.actual, loss.potential) == (D(1000), D(0))


def test_an_entry_without_its_duty_figures_has_no_loss_to_compute() -> None:
    with pytest.raises(ValueError, match="duty owed and duty paid"):
        entry_loss(PenaltyEntry(LIQUIDATED_ENTRY, None, True, None, None, D(1)))


@pytest.mark.parametrize(("culpability", "maximum", "low", "high"), WITH_LOSS)
def test_worked_example_with_a_loss(culpability: Culpability, maximum: str, low: str, high: str):
    decision, _ = decide_penalty(case(culpability=culpability), today=TODAY)
    assert decision.statutory_max == D(maximum)
    assert decision.guideline_range == (D(low), D(high))
    assert decision.proposed_penalty == D(maximum)  # App. B (E)(1)(b); fraud: the DV
    assert decision.outcome == "draft"


@pytest.mark.parametrize(("culpability", "maximum", "low", "high"), NO_LOSS)
def test_worked_example_without_a_loss(culpability: Culpability, maximum: str, low: str, high: str):
    decision, _ = decide_penalty(
        case(culpability=culpability, entries=NO_LOSS_ENTRIES), today=TODAY
    )
    assert decision.statutory_max == D(maximum)
    assert decision.guideline_range == (D(low), D(high))
    assert decision.proposed_penalty == D(maximum)


def test_worked_example_fraud_with_prior_disclosure_is_one_times_the_loss() -> None:
    # Edge case 11: the 1592(c)(4) amount is proposed; the (c)(1) maximum is still reported.
    decision, findings = decide_penalty(
        case(culpability="fraud", prior_disclosure=True), today=TODAY
    )
    assert decision.prior_disclosure_max == D(10000)
    assert decision.proposed_penalty == D(10000)
    assert decision.statutory_max == DV
    assert decision.outcome == "draft"
    pd = next(f for f in findings if f.rule == "PEN-PD")
    assert pd.citation == "19 U.S.C. 1592(c)(4)(A)"


def test_fraud_prior_disclosure_without_a_loss_is_ten_percent_of_dutiable_value() -> None:
    facts = case(culpability="fraud", prior_disclosure=True, entries=NO_LOSS_ENTRIES)
    decision, _ = decide_penalty(facts, today=TODAY)
    assert decision.prior_disclosure_max == D(20000)
    assert decision.proposed_penalty == D(20000)


@pytest.mark.parametrize(
    ("culpability", "citation", "words"),
    [
        ("negligence", "19 U.S.C. 1592(c)(3)(A)", "negligence, 2 x LOD $10,000.00 = $20,000.00"),
        ("gross_negligence", "19 U.S.C. 1592(c)(2)(A)", "gross negligence, 4 x LOD $10,000.00"),
        ("fraud", "19 U.S.C. 1592(c)(1)", "fraud, the domestic value $300,000.00"),
    ],
)
def test_the_maximum_explains_itself_with_its_paragraph(culpability, citation, words) -> None:
    figure = statutory_maximum(culpability, D(10000), DV, DUTIABLE)
    assert figure.citation == f"{citation}; 19 CFR 162.73"
    assert figure.explanation.startswith(f"{citation}: {words}")


def test_the_maximum_without_a_loss_cites_the_dutiable_value_paragraph() -> None:
    figure = statutory_maximum("negligence", D(0), DV, DUTIABLE)
    assert figure.citation.startswith("19 U.S.C. 1592(c)(3)(B)")
    assert "20% of dutiable value $200,000.00 = $40,000.00" in figure.explanation
    assert figure.explanation.endswith("below the domestic value $300,000.00")


def test_without_a_loss_the_dutiable_value_is_required() -> None:
    with pytest.raises(ValueError, match="dutiable value"):
        statutory_maximum("negligence", D(0), DV, None)


def test_edge_12_negligence_where_twice_the_loss_exceeds_dv_is_capped_at_dv() -> None:
    decision, findings = decide_penalty(with_loss("200000.00"), today=TODAY)
    assert decision.statutory_max == DV
    assert decision.guideline_range == (D(100000), DV)  # high end capped too
    assert decision.proposed_penalty == DV
    message = next(f.message for f in findings if f.rule == "PEN-MAX")
    assert "= $400,000.00, capped at the domestic value $300,000.00" in message


def test_both_range_ends_are_capped_at_dv() -> None:
    span = guideline_range("negligence", D(700000), DV, DUTIABLE)
    assert (span.low, span.high) == (DV, DV)
    assert "both ends capped at the domestic value" in span.explanation


def test_the_fraud_range_can_exceed_neither_dv_nor_the_maximum() -> None:
    span = guideline_range("fraud", D(50000), DV, DUTIABLE)  # 5-8 x = 250,000-400,000
    assert (span.low, span.high) == (D(250000), DV)


@pytest.mark.parametrize("culpability", ["negligence", "gross_negligence"])
def test_negligent_disclosure_with_an_actual_loss_needs_interest_from_a_person(culpability):
    disclosure = prior_disclosure_amount(culpability, loss_of_duties(EXAMPLE_ENTRIES), DUTIABLE)
    assert isinstance(disclosure, InterestDue)
    assert disclosure.actual == D(6000)  # interest runs on the actual loss only
    assert disclosure.citation == "19 U.S.C. 1592(c)(4)(B)"
    maximum = statutory_maximum(culpability, D(10000), DV, DUTIABLE)
    assert proposed_penalty(culpability, maximum, disclosure) is None


@pytest.mark.parametrize("culpability", ["negligence", "gross_negligence"])
@pytest.mark.parametrize(
    ("entries", "why"),
    [
        ((entry("4500.00", "500.00", liquidated=False),), "only potential"),
        (NO_LOSS_ENTRIES, "no loss of duties"),
    ],
)
def test_negligent_disclosure_without_an_actual_loss_is_zero(culpability, entries, why) -> None:
    disclosure = prior_disclosure_amount(culpability, loss_of_duties(entries), DUTIABLE)
    assert isinstance(disclosure, Figure)
    assert disclosure.amount == 0
    assert why in disclosure.explanation


def test_rounding_is_half_up_to_the_cent() -> None:
    # 0.5 x 2,469.13 = 1,234.565: half up gives .57 where banker's rounding would give .56.
    decision, findings = decide_penalty(with_loss("2469.13"), today=TODAY)
    assert decision.guideline_range == (D("1234.57"), D("4938.26"))
    assert decision.to_contract_json()["guideline_range"] == [1234.57, 4938.26]
    message = next(f.message for f in findings if f.rule == "PEN-RANGE")
    assert "= $1,234.57-$4,938.26" in message


def test_percentages_of_dutiable_value_round_half_up() -> None:
    # 5% of 24,691.30 = 1,234.565.
    facts = case(entries=NO_LOSS_ENTRIES, dutiable_value=D("24691.30"))
    decision, _ = decide_penalty(facts, today=TODAY)
    assert decision.guideline_range == (D("1234.57"), D("4938.26"))


def test_rounding_happens_only_at_the_end() -> None:
    # LOD 493.826: 2.5 x exact = 1,234.565 -> 1,234.57; rounding the LOD first (493.83) would
    # give 1,234.575 -> 1,234.58.
    decision, _ = decide_penalty(with_loss("493.826", culpability="gross_negligence"), today=TODAY)
    assert decision.loss_of_duties is not None
    assert decision.loss_of_duties.total == D("493.83")
    assert decision.guideline_range == (D("1234.57"), D("1975.30"))
    assert decision.statutory_max == D("1975.30")


def test_sub_cent_losses_are_summed_before_rounding() -> None:
    # Three losses of 0.4 cent: 1.2 cents in all, not three zeros (which would read as no loss).
    entries = tuple(entry("0.004") for _ in range(3))
    decision, _ = decide_penalty(case(entries=entries), today=TODAY)
    assert decision.loss_of_duties is not None
    assert decision.loss_of_duties.total == D("0.01")
    assert decision.statutory_max == D("0.02")  # 2 x 0.012 = 0.024, not 20% of dutiable value
