"""177.2 completeness: each `missing` string where the letter requires it, and not elsewhere."""

from __future__ import annotations

import pytest

from bots.ruling_triage import RulingDecision, RulingFacts, decide_ruling
from tests.ruling._facts import CLASSIFICATION, RECEIVED, VALUATION, letter
from tradebots.facts import Finding


def decide(facts: RulingFacts) -> tuple[RulingDecision, list[Finding]]:
    return decide_ruling(facts, received=RECEIVED)


def test_the_complete_valuation_letter_is_accepted():
    decision, _ = decide(VALUATION)
    assert (decision.outcome, decision.missing) == ("accept", ())


# (b)(1): parties and ports.


@pytest.mark.parametrize(
    "changes",
    [
        {"requester_name": None},
        {"requester_address": "  "},
        {"ports": ()},
        {"ports": (" ",)},
        {"acting_as_agent": True, "agent_authority_stated": True, "principal_name": "Acme"},
    ],
    ids=["no-name", "blank-address", "no-port", "blank-port", "agent-without-principal-address"],
)
def test_parties_or_ports_not_given_is_b1(changes):
    decision, findings = decide(letter(**changes))
    assert decision.outcome == "deficient"
    assert decision.missing == ("177.2(b)(1)",)
    assert {f.citation for f in findings if f.rule == "R-COMPLETE"} == {"19 CFR 177.2(b)(1)"}


@pytest.mark.parametrize("other", [(), ("classification",)], ids=["carrier-alone", "with-goods"])
def test_port_of_entry_is_asked_only_where_merchandise_is_entered(other):
    # (b)(1) asks for "the port(s) at which the merchandise will be entered": a carrier request
    # alone (a vessel's voyages, 177.2(b)(2)(iv)) enters none; with goods to classify it does.
    decision, _ = decide(letter(ruling_type="carrier", other_subjects=other, ports=()))
    assert ("177.2(b)(1)" in decision.missing) == bool(other)


def test_importer_number_is_not_required():
    # (b)(1) asks for identifiers only "if known": their absence is no deficiency.
    decision, _ = decide(letter(importer_number=None))
    assert decision.missing == ()


# (b)(2): the transaction, and the subject's required facts.


def test_no_transaction_description_is_b2_for_any_subject():
    for base in (CLASSIFICATION, VALUATION, letter(ruling_type="marking")):
        decision, _ = decide(letter(base, transaction_description=None))
        assert decision.missing == ("177.2(b)(2)",)


@pytest.mark.parametrize("field", ["product_description", "principal_use", "component_materials"])
def test_classification_missing_a_required_fact_is_b2(field):
    decision, findings = decide(letter(**{field: None}))
    assert decision.outcome == "deficient"
    assert decision.missing == ("177.2(b)(2)",)
    [gap] = [f for f in findings if f.rule == "R-COMPLETE"]
    assert gap.citation == "19 CFR 177.2(b)(2)(ii)(A)"


@pytest.mark.parametrize("field", ["terms_of_sale", "parties_related"])
def test_valuation_missing_a_required_fact_is_b2(field):
    decision, findings = decide(letter(VALUATION, **{field: None}))
    assert decision.outcome == "deficient"
    assert decision.missing == ("177.2(b)(2)",)
    [gap] = [f for f in findings if f.rule == "R-COMPLETE"]
    assert gap.citation == "19 CFR 177.2(b)(2)(iii)"


def test_parties_stated_unrelated_counts_as_given():
    decision, _ = decide(letter(VALUATION, parties_related=False))
    assert decision.missing == ()


def test_valuation_letter_need_not_give_classification_facts():
    # VALUATION has neither principal use nor component materials.
    decision, _ = decide(letter(VALUATION, product_description=None))
    assert decision.missing == ()


def test_classification_letter_need_not_give_terms_of_sale_or_relationship():
    decision, _ = decide(letter(terms_of_sale=None, parties_related=None))
    assert decision.missing == ()


@pytest.mark.parametrize("subject", ["origin", "marking", "carrier", "other"])
def test_other_subjects_need_neither_set_of_subject_facts(subject):
    facts = letter(VALUATION, ruling_type=subject, terms_of_sale=None, parties_related=None)
    decision, _ = decide(facts)
    assert decision.missing == ()


def test_a_second_subject_brings_its_own_required_facts():
    facts = letter(other_subjects=("valuation",))
    decision, findings = decide(facts)
    assert decision.missing == ("177.2(b)(2)",)
    gaps = [f for f in findings if f.rule == "R-COMPLETE"]
    assert {f.citation for f in gaps} == {"19 CFR 177.2(b)(2)(iii)"}
    assert len(gaps) == 2  # terms of sale, relationship


# (b)(5), (b)(6), (c).


def test_no_pending_statement_is_b5():
    decision, _ = decide(letter(pending_statement=False))
    assert (decision.outcome, decision.missing) == ("deficient", ("177.2(b)(5)",))


def test_b5_asks_for_the_statement_whatever_it_says():
    decision, _ = decide(letter(pending_statement=True, pending_in_court=True))
    assert decision.outcome == "no_ruling"
    assert decision.missing == ()


def test_particular_result_without_basis_is_b6():
    facts = letter(VALUATION, particular_result_requested=True, result_basis_given=False)
    decision, _ = decide(facts)
    assert (decision.outcome, decision.missing) == ("deficient", ("177.2(b)(6)",))


def test_proposed_hts_without_basis_is_b6():
    decision, _ = decide(letter(result_basis_given=False))
    assert decision.missing == ("177.2(b)(6)",)


def test_no_basis_is_needed_when_no_particular_result_is_asked():
    decision, _ = decide(letter(proposed_hts=(), result_basis_given=False))
    assert decision.missing == ()


def test_unsigned_is_177_2_c():
    decision, findings = decide(letter(signed=False))
    assert (decision.outcome, decision.missing) == ("deficient", ("177.2(c)",))
    assert [f.citation for f in findings if f.rule == "R-COMPLETE"] == ["19 CFR 177.2(c)"]


# (b)(3), (b)(4), (b)(7) never make a request deficient.


def test_no_sample_documents_or_confidentiality_is_still_accepted():
    facts = letter(sample_provided=False, confidential_requested=False)
    decision, _ = decide(facts)
    assert (decision.outcome, decision.missing) == ("accept", ())


def test_missing_lists_each_element_once_in_the_regulations_order():
    facts = letter(
        signed=False,
        pending_statement=False,
        ports=(),
        requester_name=None,
        principal_use=None,
        component_materials=None,
        result_basis_given=False,
    )
    decision, findings = decide(facts)
    assert decision.missing == (
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    )
    assert sum(f.rule == "R-COMPLETE" for f in findings) == 7
    assert all(f.severity == "error" for f in findings if f.rule == "R-COMPLETE")


# R-READ: an absence the reader could not establish is not a deficiency (issue 13).


def test_an_element_the_reader_is_unsure_is_absent_goes_to_a_person_not_a_deficiency_letter():
    decision, findings = decide(letter(signed=False, unsure=("177.2(c)",)))
    assert decision.outcome == "needs_human"
    assert decision.missing == ()
    assert [f.citation for f in findings if f.rule == "R-READ"] == ["19 CFR 177.2(c)"]


def test_an_unsure_element_is_moot_when_no_ruling_can_be_given():
    decision, _ = decide(letter(signed=False, unsure=("177.2(c)",), pending_in_court=True))
    assert decision.outcome == "no_ruling"


def test_a_sure_gap_beside_an_unsure_one_still_goes_to_a_person():
    decision, _ = decide(letter(signed=False, ports=(), unsure=("177.2(c)",)))
    assert decision.outcome == "needs_human"
    assert decision.missing == ("177.2(b)(1)",)


def test_cues_naming_different_requesters_send_the_letter_to_a_person():
    decision, findings = decide(letter(requester_disputed=True))
    assert decision.outcome == "needs_human"
    assert any(f.rule == "R-READ" and "requester" in f.message for f in findings)


def test_an_unsure_transaction_alone_goes_to_a_person_not_to_a_deficiency_letter():
    decision, findings = decide(letter(transaction_description=None, unsure=("177.2(b)(2)(i)",)))
    assert (decision.outcome, decision.missing) == ("needs_human", ())
    assert [f.citation for f in findings if f.rule == "R-READ"] == ["19 CFR 177.2(b)(2)(i)"]


def test_an_unsure_transaction_beside_a_missing_relationship_is_moot_the_letter_is_deficient():
    # "177.2(b)(2)" is missing either way, so the deficiency letter asks for it.
    decision, findings = decide(letter(VALUATION, transaction_description=None,
                                       parties_related=None, unsure=("177.2(b)(2)(i)",)))
    assert (decision.outcome, decision.missing) == ("deficient", ("177.2(b)(2)",))
    assert not [f for f in findings if f.rule == "R-READ"]
