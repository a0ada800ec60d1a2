"""Prospective transactions only (177.1) and the 177.7 grounds: edge cases 8 and 9."""

from __future__ import annotations

from datetime import date

from bots.ruling_triage import decide_ruling
from tests.ruling._facts import CLASSIFICATION, RECEIVED, letter
from tradebots.facts import Finding


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def test_complete_prospective_letter_is_accepted():
    decision, findings = decide_ruling(CLASSIFICATION, received=RECEIVED)
    assert decision.outcome == "accept"
    assert decision.reason is None
    assert decision.missing == ()
    assert "R-PROSP" not in rules(findings)


# Edge case 8: a letter about an entry already made.


def test_liquidated_entry_gets_no_ruling_and_points_to_a_protest_still_open():
    facts = letter(prospective=False, entry_made=True, liquidation_date=date(2025, 1, 10))
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "177.1(a)(2)(ii)" in decision.reason
    assert "protest may be filed until July 9, 2025" in decision.reason
    assert decision.due is None
    prosp = [f for f in findings if f.rule == "R-PROSP"]
    assert [f.citation for f in prosp] == ["19 CFR 177.1(a)(2)(ii); 19 CFR 177.7"]


def test_liquidated_entry_past_its_protest_period_says_the_period_ended():
    facts = letter(prospective=False, liquidated=True, liquidation_date=date(2024, 6, 3))
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "protest period ended on November 30, 2024" in decision.reason
    assert "may be filed" not in decision.reason


def test_protest_last_day_itself_is_still_open():
    # Received on the 180th day after liquidation: a protest may still be filed that day.
    facts = letter(prospective=False, liquidated=True, liquidation_date=date(2024, 9, 4))
    decision, _ = decide_ruling(facts, received=date(2025, 3, 3))
    assert decision.reason is not None
    assert "until March 3, 2025" in decision.reason


def test_entry_made_before_2004_12_18_counts_90_days_for_the_protest():
    facts = letter(
        prospective=False,
        liquidated=True,
        entry_date=date(2004, 6, 1),
        liquidation_date=date(2005, 4, 1),
    )
    decision, _ = decide_ruling(facts, received=date(2005, 4, 5))
    assert decision.reason is not None
    assert "until June 30, 2005" in decision.reason


def test_liquidated_without_a_date_gives_the_protest_rule_not_a_date():
    facts = letter(prospective=False, entry_made=True, liquidated=True)
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "within 180 days after liquidation" in decision.reason
    assert "does not give the liquidation date" in decision.reason


def test_unliquidated_entry_gets_no_ruling_and_internal_advice():
    facts = letter(prospective=False, entry_made=True, liquidated=False)
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "internal advice" in decision.reason
    assert "177.11" in decision.reason
    assert "protest" not in decision.reason
    assert any(f.citation == "19 CFR 177.1(a)(2)(i); 19 CFR 177.11" for f in findings)


def test_entry_made_with_unknown_liquidation_names_both_answers():
    facts = letter(prospective=False, entry_made=True)
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "internal advice" in decision.reason
    assert "protest" in decision.reason


def test_current_transaction_without_entry_goes_to_internal_advice():
    decision, _ = decide_ruling(letter(prospective=False), received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "internal advice" in decision.reason


def test_issue_before_a_cbp_office_gets_no_ruling_with_internal_advice():
    decision, findings = decide_ruling(letter(pending_before_cbp=True), received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "before a CBP office" in decision.reason
    assert "177.11" in decision.reason
    assert rules(findings).count("R-PROSP") == 1


def test_letter_both_prospective_and_naming_an_entry_goes_to_a_person():
    facts = letter(prospective=True, entry_made=True, liquidated=False)
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "needs_human"
    assert decision.reason is None
    [point] = [f for f in findings if f.rule == "R-PROSP"]
    assert point.person_decides


def test_that_contradiction_is_moot_when_the_issue_is_in_court():
    facts = letter(prospective=True, entry_made=True, pending_in_court=True)
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"


# Edge case 9 and the other 177.7 grounds.


def test_issue_pending_in_court_gets_no_ruling_under_177_7_b():
    decision, findings = decide_ruling(letter(pending_in_court=True), received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "Court of International Trade" in decision.reason
    assert "177.7(b)" in decision.reason
    [norule] = [f for f in findings if f.rule == "R-NORULE"]
    assert norule.citation == "19 CFR 177.7(b)"
    assert norule.severity == "error"


def test_hypothetical_question_gets_no_ruling():
    decision, findings = decide_ruling(letter(hypothetical=True), received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.reason is not None
    assert "hypothetical" in decision.reason
    assert [f.citation for f in findings if f.rule == "R-NORULE"] == ["19 CFR 177.7"]


def test_several_grounds_are_all_named_court_first():
    facts = letter(pending_in_court=True, prospective=False, entry_made=True, liquidated=False)
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.reason is not None
    court, advice = decision.reason.split("; ", 1)
    assert "Court of International Trade" in court
    assert "internal advice" in advice


def test_no_ruling_wins_over_deficient_yet_missing_is_still_listed():
    facts = letter(pending_in_court=True, signed=False, item_count=9)
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "no_ruling"
    assert decision.missing == ("177.2(c)",)


# Who may ask (177.1): an agent states its authority.


def test_agent_without_stated_authority_goes_to_a_person_without_a_missing_entry():
    # 177.1 names no 177.2 element and the authority may be on file: a person checks.
    facts = letter(
        acting_as_agent=True,
        principal_name="Harbor Goods LLC",
        principal_address="12 Pier Road, Newark, NJ 07114",
    )
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "needs_human"
    assert decision.missing == ()
    [agent] = [f for f in findings if f.rule == "R-AGENT"]
    assert agent.citation == "19 CFR 177.1"
    assert agent.severity == "warning"


def test_agent_without_stated_authority_is_moot_beside_a_certain_deficiency():
    facts = letter(
        acting_as_agent=True,
        principal_name="Harbor Goods LLC",
        principal_address="12 Pier Road, Newark, NJ 07114",
        signed=False,
    )
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "deficient"
    assert decision.missing == ("177.2(c)",)


def test_agent_stating_its_authority_is_accepted():
    facts = letter(
        acting_as_agent=True,
        agent_authority_stated=True,
        principal_name="Harbor Goods LLC",
        principal_address="12 Pier Road, Newark, NJ 07114",
    )
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "accept"
    assert "R-AGENT" not in rules(findings)
