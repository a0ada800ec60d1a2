"""decide(): every rule together, the outcome by precedence, and properties over any facts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bots.common.findings import finding
from bots.protest_intake.model import OUTCOME_PRECEDENCE, PriorProtest, ProtestEntry, ProtestFacts
from bots.protest_intake.rules import RULES_VERSION, decide, outcome_of
from tests.rules.factories import ENTRY, TODAY, entry, prior, protest
from tradebots.calendar import next_business_day
from tradebots.facts import Finding

CITATION_SOURCES = ("19 U.S.C. ", "19 CFR ", "ACE CATAIR App. E", "CBP Form 19")

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
maybe_text = st.sampled_from([None, "", "Acme", "12-3456789", "123-45-6789", "240115-12345", "x"])
entry_numbers = st.sampled_from(
    [None, ENTRY, "DEF-7654321-3", "XYZ-1234567-4", "ABC-1234567-5", "?"]
)
entries = st.builds(
    ProtestEntry,
    entry_number=entry_numbers,
    entry_date=st.none() | days,
    liquidation_date=st.none() | days,
)
any_facts = st.builds(
    ProtestFacts,
    protest_number=st.sampled_from([None, "2704-24-100123", "1001-2024-000001", "bad"]),
    port_code=st.sampled_from([None, "2704", "1001", "27"]),
    received_date=st.none() | days,
    importer_number=maybe_text,
    protestant_name=maybe_text,
    protestant_address=maybe_text,
    entries=st.lists(entries, max_size=4).map(tuple),
    category=st.sampled_from([None, "classification", "exclusion", "drawback", "liquidation"]),
    merchandise_description=st.sampled_from([None, "Men's cotton knit shirts", "bolts"]),
    accelerated_disposition=st.booleans(),
    further_review_requested=st.booleans(),
    objection_text=st.sampled_from([None, "wrong heading", "penalty", "antidumping duties"]),
    drawback_declaration=st.none() | st.booleans(),
    filed_electronically=st.booleans(),
    surety_protest=st.booleans(),
    bond_demand_mailed=st.none() | days,
    non_collusion_certified=st.booleans(),
    earlier_protest_number=st.sampled_from([None, "2704-24-100001"]),
    earlier_protest_received=st.none() | days,
    afr_criterion=st.sampled_from([None, "a", "(c)", "z"]),
)
priors = st.lists(
    st.builds(
        PriorProtest,
        protest_number=st.sampled_from(["2704-24-100001", "2704-24-100123"]),
        importer_number=maybe_text,
        protestant_name=maybe_text,
        entry_number=st.sampled_from([ENTRY, "DEF-7654321-3"]),
        category=st.sampled_from([None, "classification"]),
        merchandise_description=st.sampled_from([None, "Men's cotton knit shirts", "bolts"]),
    ),
    max_size=3,
)


@given(any_facts, days, priors)
def test_any_facts_give_an_outcome_from_the_contract_with_cited_findings(facts, today, prior_list):
    decision, findings = decide(facts, today=today, prior_protests=prior_list)
    assert decision.outcome in OUTCOME_PRECEDENCE
    assert decision.outcome == outcome_of(findings)
    for item in findings:
        assert isinstance(item, Finding)
        assert item.rule.startswith("P-")
        assert item.citation.startswith(CITATION_SOURCES)
        assert item.severity in ("error", "warning", "info")
    assert decision.deadline == min(decision.last_days.values(), default=None)
    assert all(m.startswith("174.13(a)(") for m in decision.missing)


@given(days, st.integers(min_value=0, max_value=180))
def test_last_day_is_liquidation_plus_180_for_entries_after_2004(liquidated, day):
    facts = protest(
        entries=(entry(entry_date=date(2005, 1, 1), liquidation_date=liquidated),),
        received_date=liquidated + timedelta(days=day),
    )
    decision, _ = decide(facts, today=date(2031, 12, 31))
    assert decision.last_days == {ENTRY: liquidated + timedelta(days=180)}
    assert decision.outcome == "accept"  # received from the liquidation day up to day 180


@given(days, st.integers(min_value=1, max_value=400))
def test_received_after_the_next_business_day_past_the_last_day_is_untimely(liquidated, extra):
    last = liquidated + timedelta(days=180)
    facts = protest(
        entries=(entry(entry_date=date(2005, 1, 1), liquidation_date=liquidated),),
        received_date=next_business_day(last) + timedelta(days=extra),
    )
    decision, _ = decide(facts, today=date(2032, 12, 31))
    assert decision.outcome == "untimely"


@given(any_facts, days)
def test_decide_is_pure(facts, today):
    assert decide(facts, today=today) == decide(facts, today=today)


def test_a_complete_timely_protest_is_accepted_with_nothing_missing():
    decision, findings = decide(protest(), today=TODAY)
    assert (decision.outcome, decision.missing) == ("accept", ())
    assert all(f.severity == "info" for f in findings)


def test_needs_human_wins_over_every_other_outcome():
    facts = protest(
        entries=(entry(), entry("ABC-1234567-5")),  # the second's check digit is wrong
        received_date=date(2024, 7, 20),
        objection_text=None,
    )
    decision, _ = decide(facts, today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "needs_human"


def test_premature_wins_over_invalid_and_deficient():
    facts = protest(received_date=date(2024, 1, 2), objection_text=None)
    decision, _ = decide(facts, today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "premature"


def test_invalid_wins_over_deficient():
    decision, _ = decide(protest(objection_text=None), today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "invalid"
    assert decision.missing == ("174.13(a)(6)",)


def test_deficient_protest_can_be_amended_until_the_period_ends():
    facts = protest(objection_text=None, received_date=date(2024, 6, 1))
    _, open_window = decide(facts, today=date(2024, 6, 10))
    _, closed = decide(facts, today=date(2024, 7, 4))
    [before] = [f for f in open_window if f.rule == "P-AMEND-1"]
    [after] = [f for f in closed if f.rule == "P-AMEND-1"]
    assert (before.severity, after.severity) == ("info", "warning")
    assert after.citation == "19 CFR 174.14"


def test_an_escalated_open_point_says_so():
    _, findings = decide(protest(drawback_declaration=None), today=TODAY)
    [verify] = [f for f in findings if f.rule == "P-CONT-9"]
    assert verify.person_decides
    assert verify.message.endswith("a person decides.")


def test_decide_does_not_change_its_inputs():
    facts = protest()
    portal = {ENTRY: date(2024, 1, 5)}
    decide(facts, today=TODAY, portal_liquidation=portal)
    assert facts == protest()
    assert portal == {ENTRY: date(2024, 1, 5)}


def test_rules_version_is_recorded_with_decisions():
    assert isinstance(RULES_VERSION, str)
    assert RULES_VERSION


def test_outcome_of_no_findings_is_accept():
    assert outcome_of([]) == "accept"


def test_an_old_spelling_of_a_findings_flag_is_refused_not_kept_as_data():
    with pytest.raises(TypeError, match="outcome_if"):
        finding("P-X", "19 CFR 174.13(a)", "warning", "open", outcome_if="deficient")


@pytest.mark.parametrize(
    ("received", "outcome"),
    [(date(2024, 7, 8), "untimely"), (date(2024, 1, 2), "premature")],
)
def test_an_untimely_or_premature_protest_is_denied_with_the_right_to_sue(
    received: date, outcome: str,
) -> None:
    decision, findings = decide(protest(received_date=received), today=TODAY)
    assert decision.outcome == outcome
    [denial] = [f for f in findings if f.rule == "P-DENY-1"]
    assert denial.citation == "19 CFR 174.30(a); 28 U.S.C. 2636(a)"
    assert "Court of International Trade within 180 days" in denial.message


def test_an_accepted_protest_has_no_denial_finding() -> None:
    _, findings = decide(protest(), today=TODAY)
    assert not [f for f in findings if f.rule == "P-DENY-1"]
