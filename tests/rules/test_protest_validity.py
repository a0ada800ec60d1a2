"""1514(c)(1) one protest per entry and goods, 174.15, 1514(b), 174.22, 174.24-174.26, formats."""

from __future__ import annotations

from datetime import date

import pytest

from bots.protest_intake.rules import decide
from bots.protest_intake.rules.procedure import afr_criterion, afr_route
from tests.rules.factories import ENTRY, OTHER_ENTRY, TODAY, entry, prior, protest


def test_second_protest_by_the_same_party_on_the_same_goods_is_invalid():
    decision, findings = decide(protest(), today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "invalid"
    [second] = [f for f in findings if f.rule == "P-ONE-1"]
    assert (second.citation, second.severity) == ("19 U.S.C. 1514(c)(1)", "error")


def test_second_protest_is_invalid_even_against_another_decision():
    # Russ Togs: the category of merchandise is the goods, not the decision protested.
    earlier = prior(category="appraised_value")
    decision, _ = decide(protest(), today=TODAY, prior_protests=[earlier])
    assert decision.outcome == "invalid"


def test_same_party_is_recognized_across_ein_suffixes_and_name_spelling():
    earlier = prior(importer_number="12-345678900", protestant_name="ACME IMPORTS INC")
    decision, _ = decide(protest(), today=TODAY, prior_protests=[earlier])
    assert decision.outcome == "invalid"


def test_protest_by_another_party_is_consolidated():
    other = prior(importer_number="98-7654321", protestant_name="Bonding Co.")
    decision, findings = decide(protest(), today=TODAY, prior_protests=[other])
    assert decision.outcome == "accept"
    [consolidated] = [f for f in findings if f.rule == "P-ONE-2"]
    assert (consolidated.citation, consolidated.severity) == ("19 CFR 174.15", "info")


def test_prior_protest_on_another_entry_does_not_count():
    elsewhere = prior(entry_number=OTHER_ENTRY)
    decision, _ = decide(protest(), today=TODAY, prior_protests=[elsewhere])
    assert decision.outcome == "accept"


def test_the_protest_itself_listed_in_the_portal_does_not_count():
    itself = prior(protest_number="2704-24-100123")
    decision, _ = decide(protest(), today=TODAY, prior_protests=[itself])
    assert decision.outcome == "accept"


def test_same_party_with_differently_described_goods_goes_to_a_person():
    earlier = prior(merchandise_description="Women's wool sweaters")
    decision, findings = decide(protest(), today=TODAY, prior_protests=[earlier])
    assert decision.outcome == "needs_human"
    [question] = [f for f in findings if f.rule == "P-ONE-1"]
    assert "same goods" in question.message


def test_an_open_second_protest_question_does_not_matter_on_an_untimely_protest():
    earlier = prior(merchandise_description="Women's wool sweaters")
    late = protest(received_date=date(2024, 7, 20))
    decision, _ = decide(late, today=TODAY, prior_protests=[earlier])
    assert decision.outcome == "untimely"


def test_untimely_wins_over_invalid():
    late = protest(received_date=date(2024, 7, 20))
    decision, _ = decide(late, today=TODAY, prior_protests=[prior()])
    assert decision.outcome == "untimely"


def test_penalty_decision_without_a_protestable_decision_is_invalid():
    facts = protest(category=None, objection_text="We protest the penalty assessed under 1592.")
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "invalid"
    assert {(f.rule, f.citation) for f in findings if f.severity == "error"} == {
        ("P-NOPROT-2", "19 CFR 171.22")
    }


def test_liquidated_damages_decision_is_not_protestable():
    facts = protest(category=None, objection_text="Liquidated damages claim is excessive.")
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "invalid"
    assert "P-NOPROT-3" in {f.rule for f in findings}


def test_antidumping_objection_goes_to_a_person():
    # Commerce's determination cannot be protested (1514(b)); CBP's application of it can.
    facts = protest(category="liquidation", objection_text="Antidumping duties were assessed.")
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    [question] = [f for f in findings if f.rule == "P-NOPROT-1"]
    assert question.citation == "19 U.S.C. 1514(b)"


def test_accelerated_disposition_on_an_electronic_protest_is_not_valid_but_the_protest_is():
    facts = protest(accelerated_disposition=True, filed_electronically=True)
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "accept"
    [accel] = [f for f in findings if f.rule == "P-ACCEL-1"]
    assert (accel.citation, accel.severity) == ("19 CFR 174.22", "warning")
    assert "not valid" in accel.message


def test_accelerated_disposition_by_mail_is_noted():
    decision, findings = decide(protest(accelerated_disposition=True), today=TODAY)
    assert decision.outcome == "accept"
    assert [f.severity for f in findings if f.rule == "P-ACCEL-1"] == ["info"]


@pytest.mark.parametrize(
    ("criterion", "route"),
    [("a", "headquarters"), ("(b)", "headquarters"), ("174.24(c)", "port"), ("D", "port")],
)
def test_further_review_is_routed_by_its_criterion(criterion, route):
    facts = protest(further_review_requested=True, afr_criterion=criterion)
    decision, findings = decide(facts, today=TODAY)
    [routing] = [f for f in findings if f.rule == "P-AFR-3"]
    assert (routing.citation, routing.data["route"]) == ("19 CFR 174.26(b)", route)
    assert decision.outcome == "accept"


def test_further_review_without_a_criterion_is_a_warning():
    decision, findings = decide(protest(further_review_requested=True), today=TODAY)
    [afr] = [f for f in findings if f.rule == "P-AFR-1"]
    assert (afr.citation, afr.severity) == ("19 CFR 174.25(b)", "warning")
    assert decision.outcome == "accept"


def test_unknown_further_review_criterion_cites_174_24():
    facts = protest(further_review_requested=True, afr_criterion="(e)")
    _, findings = decide(facts, today=TODAY)
    assert [f.citation for f in findings if f.rule == "P-AFR-2"] == ["19 CFR 174.24"]


def test_afr_helpers():
    assert afr_criterion("19 CFR 174.24(a)") == "a"
    assert afr_criterion("criterion a") is None
    assert afr_route("b") == "headquarters"


def test_exclusion_protest_is_deemed_denied_on_day_30():
    facts = protest(category="exclusion", received_date=date(2024, 7, 1))
    _, before = decide(facts, today=date(2024, 7, 30))
    _, on = decide(facts, today=date(2024, 7, 31))
    assert [f.severity for f in before if f.rule == "P-EXCL-1"] == ["info"]
    assert [f.severity for f in on if f.rule == "P-EXCL-1"] == ["warning"]
    assert on[-1].data["deemed_denied_on"] == "2024-07-31"


def test_a_deemed_denied_exclusion_protest_gets_the_court_date_180_days_on():
    facts = protest(category="exclusion", received_date=date(2024, 7, 1))
    _, findings = decide(facts, today=date(2024, 8, 5))
    [denied] = [f for f in findings if f.rule == "P-EXCL-1"]
    assert denied.citation == "19 CFR 174.21(b); 28 U.S.C. 2636(a); 19 CFR 174.31"
    assert denied.data["court_by"] == "2025-01-27"  # 2024-07-31 + 180 days
    assert "Court of International Trade" in denied.message


def test_wrong_check_digit_goes_to_a_person():
    decision, findings = decide(protest(entries=(entry("ABC-1234567-5"),)), today=TODAY)
    assert decision.outcome == "needs_human"
    [digit] = [f for f in findings if f.rule == "P-FMT-2"]
    assert (digit.citation, digit.severity) == ("ACE CATAIR App. E", "error")


def test_wrong_check_digit_on_a_filer_code_with_unverified_letters_is_a_warning():
    decision, findings = decide(protest(entries=(entry("XYZ-1234567-4"),)), today=TODAY)
    assert decision.outcome == "accept"
    assert [f.severity for f in findings if f.rule == "P-FMT-2"] == ["warning"]


def test_entry_number_in_no_known_form_goes_to_a_person():
    decision, findings = decide(protest(entries=(entry("ABC-123456"),)), today=TODAY)
    assert decision.outcome == "needs_human"
    assert [f.citation for f in findings if f.rule == "P-FMT-1"] == ["19 CFR 142.3a"]


def test_importer_number_in_no_known_form_is_a_deficiency_and_is_masked():
    decision, findings = decide(protest(importer_number="123456789"), today=TODAY)
    assert decision.outcome == "deficient"
    [bad] = [f for f in findings if f.rule == "P-FMT-3"]
    assert bad.citation == "19 CFR 24.5"
    assert "123456789" not in bad.message


def test_ssn_importer_numbers_are_accepted_and_never_printed():
    other = prior(importer_number="987-65-4321", protestant_name=None)
    decision, findings = decide(
        protest(importer_number="123-45-6789"), today=TODAY, prior_protests=[other]
    )
    assert decision.outcome == "accept"
    [consolidated] = [f for f in findings if f.rule == "P-ONE-2"]
    assert "***-**-4321" in consolidated.message
    assert all("123-45" not in f.message and "987-65" not in f.message for f in findings)


def test_cbp_assigned_importer_number_goes_to_a_person_only_when_it_decides():
    alone, _ = decide(protest(importer_number="240115-12345"), today=TODAY)
    with_gap, _ = decide(protest(importer_number="240115-12345", objection_text=None), today=TODAY)
    assert alone.outcome == "needs_human"
    assert with_gap.outcome == "deficient"


def test_protest_number_must_begin_with_the_port_code():
    decision, findings = decide(protest(port_code="1001"), today=TODAY)
    assert decision.outcome == "accept"
    assert [f.severity for f in findings if f.rule == "P-FMT-4"] == ["warning"]


def test_malformed_protest_number_and_port_code_are_warnings():
    _, findings = decide(protest(protest_number="2704-100123", port_code="27"), today=TODAY)
    assert {f.rule for f in findings if f.severity == "warning"} == {"P-FMT-4", "P-FMT-5"}


def test_entry_numbers_compare_normalized():
    earlier = prior(entry_number="abc 1234567 6")
    decision, _ = decide(protest(), today=TODAY, prior_protests=[earlier])
    assert decision.outcome == "invalid"
    assert ENTRY in decision.last_days


@pytest.mark.parametrize("objection", [
    "Commerce erred in selecting adverse facts available; the separate rate applies.",
    "The rate the Department of Commerce determined should be replaced.",
])
def test_an_objection_to_commerces_findings_in_its_own_words_goes_to_a_person(objection: str):
    # The blind family's AD/CVD protest names neither "antidumping" nor "countervailing" in its
    # objection; accepting it would answer a protest that 1514(b) does not allow.
    facts = protest(category="liquidation", objection_text=objection)
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    assert "P-NOPROT-1" in {f.rule for f in findings}


def test_antidumping_named_only_where_the_protest_is_lodged_goes_to_a_person():
    # "a protest against the countervailing duty rate applied as instructed by the Department of
    # Commerce", then an objection that speaks only of "the margin Commerce calculated".
    facts = protest(category="liquidation", ad_cvd_named=True,
                    objection_text="The margin in the final results is wrong; refund the duties.")
    decision, findings = decide(facts, today=TODAY)
    assert decision.outcome == "needs_human"
    assert "P-NOPROT-1" in {f.rule for f in findings}


@pytest.mark.parametrize("words", [
    "the margin Commerce calculated in its final results",
    "as instructed in case C-570-217066",
    "the rate found in the third administrative review",
])
def test_commerces_calculations_reviews_and_case_numbers_are_its_own_words(words: str):
    from bots.protest_intake.phrasings import AD_CVD_WORDS

    assert AD_CVD_WORDS.search(words)
