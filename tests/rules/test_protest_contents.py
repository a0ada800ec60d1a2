"""19 CFR 174.13(a) required contents and 174.13(b) several entries in one protest."""

from __future__ import annotations

from datetime import date

import pytest

from bots.protest_intake.rules import decide
from tests.rules.factories import ENTRY, OTHER_ENTRY, TODAY, entry, prior, protest


@pytest.mark.parametrize(
    ("changes", "item"),
    [
        ({"protestant_name": None}, "174.13(a)(1)"),
        ({"protestant_address": "  "}, "174.13(a)(1)"),
        ({"importer_number": None}, "174.13(a)(2)"),
        ({"entries": (entry(number=None),)}, "174.13(a)(3)"),
        ({"merchandise_description": None}, "174.13(a)(5)"),
        ({"objection_text": ""}, "174.13(a)(6)"),
        ({"earlier_protest_number": "2704-24-100001"}, "174.13(a)(7)"),
        ({"earlier_protest_received": date(2024, 2, 1)}, "174.13(a)(7)"),
    ],
)
def test_each_missing_item_makes_the_protest_deficient(changes, item):
    decision, findings = decide(protest(**changes), today=TODAY)
    assert decision.outcome == "deficient"
    assert decision.missing == (item,)
    [cited] = [f for f in findings if f.data.get("missing") == item]
    assert cited.citation == f"19 CFR {item}"
    assert cited.severity == "error"


def test_missing_items_are_listed_in_item_order():
    facts = protest(objection_text=None, importer_number=None, protestant_name=None)
    decision, _ = decide(facts, today=TODAY)
    assert decision.missing == ("174.13(a)(1)", "174.13(a)(2)", "174.13(a)(6)")


def test_earlier_protest_item_is_not_needed_when_no_earlier_disposition_is_asked():
    decision, _ = decide(protest(), today=TODAY)
    assert "174.13(a)(7)" not in decision.missing


def test_earlier_protest_item_is_met_by_number_and_receipt_date():
    facts = protest(
        earlier_protest_number="2704-24-100001", earlier_protest_received=date(2024, 2, 1)
    )
    decision, _ = decide(facts, today=TODAY)
    assert decision.outcome == "accept"


def test_non_collusion_certification_is_needed_only_from_a_surety():
    importer, _ = decide(protest(non_collusion_certified=False), today=TODAY)
    surety, _ = decide(protest(surety_protest=True), today=TODAY)
    certified, _ = decide(protest(surety_protest=True, non_collusion_certified=True), today=TODAY)
    assert importer.outcome == "accept"
    assert (surety.outcome, surety.missing) == ("deficient", ("174.13(a)(8)",))
    assert certified.outcome == "accept"


def test_surety_without_certification_where_another_party_protested_goes_to_a_person():
    # (8) binds only with no timely protest by another party, and the portal cannot say whether
    # the importer's protest on file was timely.
    surety = protest(
        surety_protest=True, importer_number="98-7654321", protestant_name="Bonding Co."
    )
    decision, findings = decide(surety, today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "needs_human"
    assert any(f.rule == "P-CONT-8" and f.person_decides for f in findings)


def test_missing_drawback_declaration_alone_goes_to_a_person():
    # 174.13(a)(9)'s wording is VERIFY: it decides between accept and deficient here.
    decision, findings = decide(protest(drawback_declaration=None), today=TODAY)
    assert decision.outcome == "needs_human"
    assert decision.missing == ("174.13(a)(9)",)
    [verify] = [f for f in findings if f.rule == "P-CONT-9"]
    assert "VERIFY" in verify.message


def test_missing_drawback_declaration_with_another_deficiency_stays_deficient():
    decision, findings = decide(
        protest(drawback_declaration=None, merchandise_description=None), today=TODAY
    )
    assert decision.outcome == "deficient"
    assert decision.missing == ("174.13(a)(5)", "174.13(a)(9)")
    [verify] = [f for f in findings if f.rule == "P-CONT-9"]
    assert "outcome" not in verify.data


def test_missing_drawback_declaration_on_an_untimely_protest_stays_untimely():
    decision, _ = decide(
        protest(drawback_declaration=None, received_date=date(2024, 7, 20)), today=TODAY
    )
    assert decision.outcome == "untimely"


def test_a_declaration_that_there_is_no_drawback_meets_item_9():
    decision, _ = decide(protest(drawback_declaration=False), today=TODAY)
    assert "174.13(a)(9)" not in decision.missing


def test_entries_at_two_ports_in_one_protest_are_fine():
    # One protestant, one category and one decision protested: ports are not a condition.
    other_port = entry(OTHER_ENTRY, liquidation_date=date(2024, 1, 10))
    decision, findings = decide(protest(entries=(entry(), other_port)), today=TODAY)
    assert decision.outcome == "accept"
    assert not [f for f in findings if f.rule == "P-MULTI-1"]


def test_several_entries_without_a_named_decision_go_to_a_person():
    two = (entry(), entry(OTHER_ENTRY))
    decision, findings = decide(protest(entries=two, category=None), today=TODAY)
    assert decision.outcome == "needs_human"
    [multi] = [f for f in findings if f.rule == "P-MULTI-1"]
    assert multi.citation == "19 CFR 174.13(b)"


def test_one_entry_without_a_named_decision_is_not_a_174_13_b_question():
    decision, _ = decide(protest(category=None), today=TODAY)
    assert decision.outcome == "accept"


def test_an_entry_listed_twice_is_a_warning():
    decision, findings = decide(protest(entries=(entry(), entry("abc12345676"))), today=TODAY)
    assert decision.outcome == "accept"
    [twice] = [f for f in findings if f.rule == "P-MULTI-1"]
    assert (twice.severity, twice.data["entries"]) == ("warning", [ENTRY])


def test_an_item_the_reader_could_not_look_for_sends_the_protest_to_a_person():
    facts = protest(objection_text=None, unsure_items=frozenset({6}))
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    assert decision.missing == ("174.13(a)(6)",)
    [cited] = [f for f in findings if f.data.get("missing") == "174.13(a)(6)"]
    assert "not recognised" in cited.message


def test_an_unsure_absence_does_not_hide_a_sure_deficiency():
    facts = protest(objection_text=None, merchandise_description=None,
                    unsure_items=frozenset({6}))
    decision, _ = decide(facts, today=TODAY)
    assert decision.outcome == "deficient"
    assert decision.missing == ("174.13(a)(5)", "174.13(a)(6)")


def test_an_objection_found_only_by_an_inferred_cue_sends_the_protest_to_a_person():
    decision, findings = decide(protest(inferred_items=frozenset({6})), today=TODAY)
    assert decision.outcome == "needs_human"
    assert decision.missing == ()
    [cited] = [f for f in findings if f.rule == "P-CONT-6"]
    assert "inferred cue" in cited.message


def test_a_related_protest_without_its_date_is_not_a_sure_deficiency():
    facts = protest(earlier_protest_number="5201-24-120065", inferred_items=frozenset({7}))
    decision, _ = decide(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    assert decision.missing == ("174.13(a)(7)",)
