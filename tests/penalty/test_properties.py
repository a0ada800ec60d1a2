"""Properties of the figures over any amounts: caps, order of the range, growth with the loss."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from bots.penalty_notice.model import CULPABILITIES, PenaltyDecision, PenaltyFacts
from bots.penalty_notice.rules.compute import guideline_range, statutory_maximum
from bots.penalty_notice.rules.decide import decide_penalty
from tests.penalty.factories import OPEN_ENTRY, TODAY, case, entry

money = st.decimals(min_value=0, max_value=10**10, places=2, allow_nan=False, allow_infinity=False)
positive = st.decimals(
    min_value=Decimal("0.01"), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
)
culpabilities = st.sampled_from(CULPABILITIES)
entries = st.builds(
    lambda owed, paid, liquidated: entry(str(owed), str(paid), liquidated=liquidated),
    money,
    money,
    st.booleans(),
)


@given(culpabilities, money, money, money)
def test_the_statutory_maximum_never_exceeds_the_domestic_value(culpability, lod, dv, dutiable):
    assert statutory_maximum(culpability, lod, dv, dutiable).amount <= dv


@given(culpabilities, money, money, money)
def test_the_range_is_ordered_and_within_the_maximum(culpability, lod, dv, dutiable):
    span = guideline_range(culpability, lod, dv, dutiable)
    maximum = statutory_maximum(culpability, lod, dv, dutiable)
    assert Decimal(0) <= span.low <= span.high <= maximum.exact


@given(culpabilities, st.lists(entries, min_size=1, max_size=4), money, money)
def test_decided_without_disclosure_low_le_high_le_max_le_dv(culpability, items, dv, dutiable):
    facts = case(
        culpability=culpability, entries=tuple(items), domestic_value=dv, dutiable_value=dutiable
    )
    decision, _ = decide_penalty(facts, today=TODAY)
    assert decision.guideline_range is not None and decision.statutory_max is not None
    low, high = decision.guideline_range
    assert low <= high <= decision.statutory_max <= dv
    assert decision.proposed_penalty == decision.statutory_max
    lod = decision.loss_of_duties
    assert lod is not None and lod.total == lod.actual + lod.potential >= 0


def _amounts(decision: PenaltyDecision) -> tuple[Decimal, ...]:
    assert decision.statutory_max is not None and decision.guideline_range is not None
    assert decision.proposed_penalty is not None
    return (decision.statutory_max, *decision.guideline_range, decision.proposed_penalty)


def _with_lod(facts: PenaltyFacts, lod: Decimal) -> PenaltyFacts:
    # An unliquidated loss: a negligent disclosure then proposes 0 rather than needing interest.
    return replace(facts, entries=(entry(str(lod), liquidated=False, number=OPEN_ENTRY),))


@given(culpabilities, st.booleans(), positive, positive, money, money)
def test_no_amount_falls_as_a_positive_loss_grows(culpability, disclosed, lod, more, dv, dutiable):
    facts = case(
        culpability=culpability,
        prior_disclosure=disclosed,
        domestic_value=dv,
        dutiable_value=dutiable,
    )
    smaller, _ = decide_penalty(_with_lod(facts, lod), today=TODAY)
    larger, _ = decide_penalty(_with_lod(facts, lod + more), today=TODAY)
    assert all(a <= b for a, b in zip(_amounts(smaller), _amounts(larger), strict=True))
