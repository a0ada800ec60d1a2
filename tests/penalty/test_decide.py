"""decide_penalty(): notice choice (edge case 13), outcome, missing facts, identifiers, JSON."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bots.penalty_notice import RULES_VERSION, choose_notice, decide_penalty
from bots.penalty_notice.model import PenaltyEntry
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
CITATION_SOURCES = ("19 U.S.C. ", "19 CFR ", "ACE CATAIR App. E")


def rules(findings) -> set[str]:
    return {f.rule for f in findings}


@pytest.mark.parametrize(
    ("owed", "notice"),
    [("500.00", "penalty"), ("500.01", "pre_penalty")],  # negligence: 2 x LOD
)
def test_edge_13_a_claim_of_1000_or_less_skips_the_pre_penalty_notice(owed, notice) -> None:
    decision, findings = decide_penalty(with_loss(owed), today=TODAY)
    assert decision.notice == notice
    cited = next(f.citation for f in findings if f.rule == "PEN-NOTICE")
    # 162.79a: the penalty notice issued with no pre-penalty notice (not 162.78).
    expected = {"penalty": "19 CFR 162.77(c); 19 CFR 162.79a",
                "pre_penalty": "19 U.S.C. 1592(b)(1); 19 CFR 162.77"}
    assert cited == expected[notice]


def test_edge_13_a_noncommercial_importation_skips_the_pre_penalty_notice() -> None:
    decision, findings = decide_penalty(case(noncommercial=True), today=TODAY)
    assert decision.proposed_penalty == D(20000)
    assert decision.notice == "penalty"
    assert "noncommercial" in next(f.message for f in findings if f.rule == "PEN-NOTICE")


@pytest.mark.parametrize("culpability", ["negligence", "gross_negligence"])
def test_a_negligent_disclosure_with_only_a_potential_loss_proposes_0_and_a_person_confirms(
    culpability,
) -> None:
    # 1592(c)(4)(B) gives 0 while the loss is only potential, but the contract sends every
    # (gross) negligence disclosure to a person: closing the case unreviewed would be a guess.
    potential_only = (entry("4500.00", "500.00", liquidated=False, number=OPEN_ENTRY),)
    facts = case(culpability=culpability, prior_disclosure=True, entries=potential_only)
    decision, findings = decide_penalty(facts, today=TODAY)
    assert decision.proposed_penalty == 0
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    disclosure = next(f for f in findings if f.rule == "PEN-PD")
    assert disclosure.person_decides and "only potential" in disclosure.message


def test_a_fraud_disclosure_is_still_drafted_from_its_1592c4_amount() -> None:
    decision, _ = decide_penalty(case(culpability="fraud", prior_disclosure=True), today=TODAY)
    assert decision.outcome == "draft"
    assert decision.proposed_penalty is not None and decision.proposed_penalty > 0


@pytest.mark.parametrize("culpability", ["negligence", "gross_negligence"])
def test_a_negligent_disclosure_with_an_actual_loss_goes_to_a_person(culpability) -> None:
    decision, findings = decide_penalty(
        case(culpability=culpability, prior_disclosure=True), today=TODAY
    )
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    assert decision.proposed_penalty is None
    assert decision.statutory_max is not None
    assert "PEN-PROPOSED" not in rules(findings)


def test_choose_notice_follows_the_contract() -> None:
    assert choose_notice("needs_human", D(5000), noncommercial=False) == "none"
    assert choose_notice("draft", None, noncommercial=False) == "none"
    assert choose_notice("draft", D(0), noncommercial=False) == "none"
    assert choose_notice("draft", D("1000.00"), noncommercial=False) == "penalty"
    assert choose_notice("draft", D("1000.01"), noncommercial=False) == "pre_penalty"
    assert choose_notice("draft", D("1000.01"), noncommercial=True) == "penalty"


def test_the_actual_loss_is_demanded_as_well() -> None:
    _, findings = decide_penalty(case(), today=TODAY)
    demand = next(f for f in findings if f.rule == "PEN-DEMAND")
    assert demand.citation == "19 U.S.C. 1592(d); 19 CFR 162.79b"
    assert "$6,000.00" in demand.message


def test_no_demand_without_an_actual_loss() -> None:
    potential_only = (entry("4500.00", "500.00", liquidated=False),)
    _, findings = decide_penalty(case(entries=potential_only), today=TODAY)
    assert "PEN-DEMAND" not in rules(findings)


def test_every_figure_has_a_cited_finding() -> None:
    decision, findings = decide_penalty(
        case(culpability="fraud", prior_disclosure=True), today=TODAY
    )
    assert decision.outcome == "draft"
    expected = {
        "PEN-LOD",
        "PEN-MAX",
        "PEN-PD",
        "PEN-RANGE",
        "PEN-PROPOSED",
        "PEN-SOL",
        "PEN-NOTICE",
    }
    assert expected <= rules(findings)
    assert all(f.citation.startswith(CITATION_SOURCES) for f in findings)
    assert next(f for f in findings if f.rule == "PEN-MAX").data["amount"] == "300000.00"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"culpability": None}, "culpability"),
        ({"domestic_value": None}, "domestic_value"),
        ({"domestic_value": D("-1.00")}, "domestic_value"),
        ({"entries": ()}, "entries"),
        (
            {"entries": (PenaltyEntry(LIQUIDATED_ENTRY, None, True, None, None, D(5)),)},
            f"{LIQUIDATED_ENTRY}.duty_paid",
        ),
        ({"entries": (entry("100.00", "-1.00"),)}, f"{LIQUIDATED_ENTRY}.duty_paid"),
        ({"entries": NO_LOSS_ENTRIES, "dutiable_value": None}, "dutiable_value"),
    ],
)
def test_a_missing_value_sends_the_case_to_a_person(changes, field) -> None:
    decision, findings = decide_penalty(case(**changes), today=TODAY)
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    assert decision.statutory_max is None and decision.proposed_penalty is None
    missing = [f for f in findings if f.rule == "PEN-FACTS"]
    assert [f.data["field"] for f in missing] == [field]
    assert all(f.person_decides for f in missing)


def test_without_a_violation_date_there_is_no_limitations_date_and_no_notice() -> None:
    decision, findings = decide_penalty(case(violation_date=None), today=TODAY)
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    assert decision.limitations_date is None
    assert decision.statutory_max == D(20000)  # the figures do not depend on the date
    assert [f.data["field"] for f in findings if f.rule == "PEN-FACTS"] == ["violation_date"]


def test_the_dutiable_value_is_not_needed_when_there_is_a_loss() -> None:
    decision, _ = decide_penalty(case(dutiable_value=None), today=TODAY)
    assert decision.outcome == "draft"
    assert decision.statutory_max == D(20000)


def test_the_loss_is_reported_even_when_another_value_is_missing() -> None:
    decision, _ = decide_penalty(case(culpability=None), today=TODAY)
    assert decision.loss_of_duties is not None
    assert decision.loss_of_duties.total == D(10000)


@pytest.mark.parametrize(
    ("number", "severity"),
    [
        ("ABC-1234567-5", "error"),  # check digit 6 expected: a misread number
        ("ABC-12345", "error"),  # not an entry number at all
        ("XYZ-1234567-0", "warning"),  # letters beyond A..I: the table is VERIFY
    ],
)
def test_a_doubtful_entry_number_sends_the_case_to_a_person(number, severity) -> None:
    facts = case(entries=(entry("7000.00", "1000.00", number=number), EXAMPLE_ENTRIES[1]))
    decision, findings = decide_penalty(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    assert [f.severity for f in findings if f.rule == "PEN-ID"] == [severity]


def test_a_cbp_assigned_importer_number_is_verify_and_goes_to_a_person() -> None:
    decision, findings = decide_penalty(case(importer_number="240115-12345"), today=TODAY)
    assert decision.outcome == "needs_human"
    assert next(f.citation for f in findings if f.rule == "PEN-ID") == "19 CFR 24.5"


def test_an_unreadable_importer_number_is_a_warning_with_the_ssn_masked() -> None:
    decision, findings = decide_penalty(case(importer_number="123-45-6789/01"), today=TODAY)
    assert decision.outcome == "draft"  # the importer number changes no figure
    warning = next(f for f in findings if f.rule == "PEN-ID")
    assert warning.severity == "warning"
    assert "***-**-6789" in warning.message and "123-45" not in warning.message


def test_decision_json_follows_the_contract() -> None:
    decision, _ = decide_penalty(case(), today=TODAY, mailing_date=TODAY)
    payload = decision.to_contract_json()
    assert payload == {
        "loss_of_duties": {"actual": 6000.0, "potential": 4000.0, "total": 10000.0},
        "statutory_max": 20000.0,
        "guideline_range": [5000.0, 20000.0],
        "proposed_penalty": 20000.0,
        "limitations_date": "2027-03-01",
        "notice": "pre_penalty",
        "outcome": "draft",
        "barred_entries": [],
    }
    json.dumps(payload)  # plain JSON types only


def test_values_json_follows_the_contract() -> None:
    payload = case().to_contract_json()
    assert payload["domestic_value"] == 300000.0
    assert payload["violation_date"] == "2022-03-01"
    assert payload["entries"][0] == {
        "entry_number": LIQUIDATED_ENTRY,
        "entry_date": "2022-03-01",
        "liquidated": True,
        "entered_value": 100000.0,
        "duty_paid": 1000.0,
        "duty_owed": 7000.0,
    }
    assert case(dutiable_value=None).to_contract_json()["dutiable_value"] is None
    json.dumps(payload)


def test_a_needs_human_decision_prints_null_for_figures_it_could_not_compute() -> None:
    decision, _ = decide_penalty(case(domestic_value=None), today=TODAY)
    payload = decision.to_contract_json()
    assert payload["statutory_max"] is None and payload["guideline_range"] is None
    assert payload["loss_of_duties"] == {"actual": 6000.0, "potential": 4000.0, "total": 10000.0}


def test_rules_version_names_the_penalty_rules() -> None:
    assert RULES_VERSION.startswith("penalty-rules/")


def test_an_overpaid_entry_adds_no_loss_offsets_none_and_the_case_is_still_drafted() -> None:
    # A referral may print the correct duty below zero (a refund due on that entry).
    overpaid = entry("-158.71", "737.40", number=OPEN_ENTRY)
    decision, findings = decide_penalty(
        case(entries=(entry("7000.00", "1000.00"), overpaid)), today=TODAY
    )
    assert decision.outcome == "draft"
    assert decision.loss_of_duties is not None
    assert decision.loss_of_duties.total == D("6000.00")
    assert "PEN-OVERPAID" in rules(findings)


def test_a_negative_duty_paid_still_goes_to_a_person() -> None:
    decision, _ = decide_penalty(case(entries=(entry("7000.00", "-1.00"),)), today=TODAY)
    assert decision.outcome == "needs_human"


def test_a_point_the_reader_could_not_settle_goes_to_a_person() -> None:
    doubt = "The referral mentions a prior disclosure, but whether one was made could not be read."
    decision, findings = decide_penalty(case(doubts=(doubt,)), today=TODAY)
    assert decision.outcome == "needs_human"
    assert any(f.rule == "PEN-READ" and f.message == doubt for f in findings)
