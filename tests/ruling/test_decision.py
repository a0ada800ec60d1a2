"""The decision as the contract prints it, and what every finding carries."""

from __future__ import annotations

import json
from datetime import date

import bots.ruling_triage as triage
from bots.ruling_triage import RULES_VERSION, RulingDecision, decide_ruling
from tests.ruling._facts import CLASSIFICATION, RECEIVED, letter

CONTRACT_VALUE_KEYS = {
    "requester_name",
    "requester_address",
    "importer_number",
    "request_date",
    "ruling_type",
    "product_description",
    "proposed_hts",
    "ports",
    "item_count",
    "prospective",
    "pending_statement",
    "pending_in_court",
    "pending_before_cbp",
    "sample_provided",
    "confidential_requested",
    "signed",
}


def test_decision_json_has_exactly_the_contract_keys_and_iso_dates():
    decision, _ = decide_ruling(letter(signed=False, pending_statement=False), received=RECEIVED)
    assert decision.to_contract_json() == {
        "outcome": "deficient",
        "route": "NCSD",
        "missing": ["177.2(b)(5)", "177.2(c)"],
        "reason": None,
        "due": None,
    }


def test_accepted_decision_json_carries_the_due_date():
    decision, _ = decide_ruling(CLASSIFICATION, received=RECEIVED)
    assert decision.to_contract_json()["due"] == "2025-04-02"
    json.dumps(decision.to_contract_json())


def test_no_ruling_decision_json_carries_the_reason():
    decision, _ = decide_ruling(letter(pending_in_court=True), received=RECEIVED)
    payload = decision.to_contract_json()
    assert payload["outcome"] == "no_ruling"
    assert isinstance(payload["reason"], str)
    assert "177.7(b)" in payload["reason"]


def test_decision_serializes_its_own_fields():
    decision = RulingDecision("accept", "NCSD", (), None, date(2025, 1, 31))
    assert decision.to_contract_json()["due"] == "2025-01-31"


def test_facts_json_has_exactly_the_contract_value_keys():
    payload = CLASSIFICATION.to_contract_json()
    assert set(payload) == CONTRACT_VALUE_KEYS
    assert payload["request_date"] == "2025-02-27"
    assert payload["proposed_hts"] == ["8517.62.0090"]
    assert payload["ports"] == ["1001"]
    json.dumps(payload)


def test_subjects_put_the_main_one_first_and_each_once():
    facts = letter(other_subjects=("valuation", "classification", "valuation"))
    assert facts.subjects == ("classification", "valuation")


def test_every_finding_has_a_rule_and_a_citation():
    facts = letter(
        signed=False,
        item_count=9,
        acting_as_agent=True,
        prospective=False,
        entry_made=True,
        pending_in_court=True,
        hypothetical=True,
        submitted_electronically=True,
    )
    _, findings = decide_ruling(facts, received=RECEIVED)
    rules = {f.rule for f in findings}
    assert {"R-PROSP", "R-NORULE", "R-COMPLETE", "R-ITEMS", "R-AGENT", "R-ROUTE", "R-DUE"} <= rules
    assert all(f.rule.startswith("R-") and f.citation for f in findings)
    json.dumps([f.to_json() for f in findings])


def test_rules_version_is_exported():
    assert RULES_VERSION.startswith("ruling-rules/")
    assert set(triage.__all__) == {
        "RULES_VERSION",
        "RulingDecision",
        "RulingFacts",
        "decide_ruling",
    }
