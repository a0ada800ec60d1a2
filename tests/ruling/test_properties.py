"""Properties of the ruling decision over generated letters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bots.ruling_triage import decide_ruling
from bots.ruling_triage.model import MISSING_ORDER, RULING_TYPES, RulingFacts

texts = st.one_of(st.none(), st.just(""), st.just("  "), st.just("given"))
subjects = st.sampled_from(RULING_TYPES)

letters = st.builds(
    RulingFacts,
    requester_name=texts,
    requester_address=texts,
    importer_number=texts,
    ruling_type=st.one_of(st.none(), subjects),
    product_description=texts,
    proposed_hts=st.lists(st.just("8517.62.0090"), max_size=2).map(tuple),
    ports=st.lists(st.sampled_from(["1001", "", "Newark"]), max_size=2).map(tuple),
    item_count=st.one_of(st.none(), st.integers(min_value=0, max_value=9)),
    prospective=st.booleans(),
    pending_statement=st.booleans(),
    pending_in_court=st.booleans(),
    pending_before_cbp=st.booleans(),
    sample_provided=st.booleans(),
    confidential_requested=st.booleans(),
    signed=st.booleans(),
    other_subjects=st.lists(subjects, max_size=2).map(tuple),
    reconsideration_requested=st.booleans(),
    entry_made=st.booleans(),
    liquidated=st.one_of(st.none(), st.booleans()),
    liquidation_date=st.one_of(st.none(), st.dates(date(2003, 1, 1), date(2026, 12, 31))),
    transaction_description=texts,
    principal_use=texts,
    component_materials=texts,
    terms_of_sale=texts,
    parties_related=st.one_of(st.none(), st.booleans()),
    particular_result_requested=st.booleans(),
    result_basis_given=st.booleans(),
    items_same_kind=st.one_of(st.none(), st.booleans()),
    acting_as_agent=st.booleans(),
    agent_authority_stated=st.booleans(),
    principal_name=texts,
    principal_address=texts,
    hypothetical=st.booleans(),
    submitted_electronically=st.booleans(),
)
received_dates = st.dates(date(2020, 1, 1), date(2027, 12, 31))

DEFICIENT_BY_FINDING = {"R-ITEMS"}


@given(letters, received_dates)
def test_hq_route_never_has_a_due_date(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    if decision.route == "HQ":
        assert decision.due is None


@given(letters, received_dates)
def test_due_is_30_days_after_receipt_or_none(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    expected = decision.route == "NCSD" and decision.outcome in {"accept", "needs_human"}
    assert decision.due == (received + timedelta(days=30) if expected else None)


@given(letters, received_dates)
def test_any_hq_subject_or_reconsideration_routes_to_hq(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    hq = (
        facts.reconsideration_requested
        or not facts.subjects
        or any(s in {"valuation", "carrier", "other"} for s in facts.subjects)
    )
    assert decision.route == ("HQ" if hq else "NCSD")


@given(letters, received_dates)
def test_reason_is_given_exactly_with_no_ruling(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    assert (decision.reason is not None) == (decision.outcome == "no_ruling")


@given(letters, received_dates)
def test_missing_holds_only_contract_strings_each_once_in_order(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    assert list(decision.missing) == [m for m in MISSING_ORDER if m in decision.missing]


@given(letters, received_dates)
def test_samples_documents_and_confidentiality_never_change_the_decision(facts, received):
    flipped = replace(
        facts,
        sample_provided=not facts.sample_provided,
        confidential_requested=not facts.confidential_requested,
    )
    before, _ = decide_ruling(facts, received=received)
    after, _ = decide_ruling(flipped, received=received)
    assert before == after


@given(letters, received_dates)
def test_no_ruling_ground_always_gives_no_ruling(facts, received):
    decision, _ = decide_ruling(facts, received=received)
    if facts.pending_in_court or facts.hypothetical:
        assert decision.outcome == "no_ruling"


@given(letters, received_dates)
def test_without_no_ruling_grounds_or_open_points_deficient_iff_a_gap(facts, received):
    decision, findings = decide_ruling(facts, received=received)
    if any(f.open_point for f in findings) or any(
        f.outcome == "no_ruling" for f in findings
    ):
        return
    gap = bool(decision.missing) or any(f.rule in DEFICIENT_BY_FINDING for f in findings)
    assert decision.outcome == ("deficient" if gap else "accept")
