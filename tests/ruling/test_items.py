"""Edge case 10: more than five items, or items of different kinds, in one request
(CBP's practice for binding-ruling requests, not 19 CFR 177.3)."""

from __future__ import annotations

import pytest

from bots.ruling_triage import decide_ruling
from tests.ruling._facts import RECEIVED, letter
from tradebots.facts import Finding


def item_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule == "R-ITEMS"]


def test_six_items_of_one_kind_is_deficient_through_a_finding_not_missing():
    decision, findings = decide_ruling(
        letter(item_count=6, items_same_kind=True), received=RECEIVED
    )
    assert decision.outcome == "deficient"
    assert decision.missing == ()
    [item] = item_findings(findings)
    assert item.citation.startswith("CBP practice for binding-ruling requests")
    assert "177.3" not in item.citation + item.message
    assert item.data["item_count"] == 6


@pytest.mark.parametrize("count", [1, 5])
def test_up_to_five_items_of_one_kind_is_accepted(count):
    decision, findings = decide_ruling(
        letter(item_count=count, items_same_kind=True), received=RECEIVED
    )
    assert decision.outcome == "accept"
    assert item_findings(findings) == []


@pytest.mark.parametrize("count", [2, None])
def test_items_of_different_kinds_are_deficient(count):
    decision, findings = decide_ruling(
        letter(item_count=count, items_same_kind=False), received=RECEIVED
    )
    assert decision.outcome == "deficient"
    assert decision.missing == ()
    assert len(item_findings(findings)) == 1


def test_seven_items_of_different_kinds_gives_both_findings():
    decision, findings = decide_ruling(
        letter(item_count=7, items_same_kind=False), received=RECEIVED
    )
    assert decision.outcome == "deficient"
    assert len(item_findings(findings)) == 2


def test_one_item_cannot_be_of_different_kinds():
    decision, _ = decide_ruling(letter(item_count=1, items_same_kind=False), received=RECEIVED)
    assert decision.outcome == "accept"


def test_unclear_whether_several_items_are_one_kind_goes_to_a_person():
    decision, findings = decide_ruling(
        letter(item_count=3, items_same_kind=None), received=RECEIVED
    )
    assert decision.outcome == "needs_human"
    [item] = item_findings(findings)
    assert item.severity == "warning"
    assert item.person_decides


def test_unclear_kind_is_moot_when_the_request_is_deficient_anyway():
    facts = letter(item_count=3, items_same_kind=None, signed=False)
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.outcome == "deficient"
    assert "outcome" not in item_findings(findings)[0].data


def test_unclear_kind_is_moot_beyond_five_items():
    decision, findings = decide_ruling(
        letter(item_count=8, items_same_kind=None), received=RECEIVED
    )
    assert decision.outcome == "deficient"
    assert len(item_findings(findings)) == 1


def test_items_the_reader_could_not_count_go_to_a_person_not_to_accept():
    decision, findings = decide_ruling(letter(item_count=None), received=RECEIVED)
    assert decision.outcome == "needs_human"
    [unsure] = [f for f in findings if f.rule == "R-READ"]
    assert unsure.citation.startswith("CBP practice for binding-ruling requests")
