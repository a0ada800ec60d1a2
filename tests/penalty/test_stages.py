"""The penalty case's second stage: the wait for the response, the notice's changes and why."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from bots.common.clocks import clock_request
from bots.penalty_notice.letters_stage import after_response_context
from bots.penalty_notice.rules.decide import decide_penalty
from bots.penalty_notice.stages import (
    as_penalty_notice,
    changes,
    pre_penalty_snapshot,
    response_wait,
)
from tests.penalty.factories import TODAY, case
from tradebots.errors import BusinessError

MAILED = date(2024, 6, 3)
RESPONSE = clock_request("prepenalty_response", MAILED, case="penalty:2024-2704-000001-01")


def filed_payload(culpability: str = "gross_negligence") -> dict[str, Any]:
    """The payload of an item whose pre-penalty notice was filed on MAILED and then answered."""
    facts = case(culpability=culpability)
    decision, _ = decide_penalty(facts, today=TODAY)
    result = {"values": facts.to_contract_json(), "decision": decision.to_contract_json()}
    return {"result": result, "notice": "pre_penalty", "stage": "penalty",
            "pre_penalty": pre_penalty_snapshot({"result": result}, MAILED, RESPONSE),
            "events": {"response": {"kind": "file", "at": "2024-06-20T14:00:00", "by": "carol"}},
            "history": []}


def test_the_case_waits_for_the_response_until_the_last_day_is_over_in_the_office():
    wait = response_wait(RESPONSE, "America/New_York")
    assert RESPONSE.expires == date(2024, 7, 3)
    # Midnight starting 4 July in New York is 04:00 UTC (daylight saving time).
    assert (wait.event, wait.until, wait.clock) == (
        "response", datetime(2024, 7, 4, 4, 0), "prepenalty_response")
    assert "19 CFR 162.78(a)" in wait.reason


def test_the_penalty_notice_gives_the_petition_period_not_the_response_period():
    decision, findings = decide_penalty(case(), today=TODAY)
    assert decision.notice == "pre_penalty"
    notice, kept = as_penalty_notice(decision, findings, MAILED)
    assert (notice.notice, notice.petition_due, notice.representations_due) == (
        "penalty", date(2024, 8, 2), None)
    [period] = [f for f in kept if f.rule == "PEN-PERIOD"]
    assert period.citation == "19 CFR 171.2(b)"
    [which] = [f for f in kept if f.rule == "PEN-NOTICE"]
    assert which.citation == "19 CFR 162.79"


def test_nothing_changed_lists_no_changes():
    payload = filed_payload()
    facts = case(culpability="gross_negligence")
    decision, _ = decide_penalty(facts, today=TODAY)
    assert changes(payload["pre_penalty"], facts, decision) == []
    context = after_response_context(payload, facts, decision)
    assert context["changes"] == [] and context["changes_reason"] == ""
    assert context["response"].startswith("Your response to that notice, received on June 20, "
                                          "2024, has been considered")
    assert context["pre_penalty_date"] == "June 3, 2024"


def test_a_lower_culpability_lists_each_change_with_the_supervisors_reason():
    payload = filed_payload()
    payload["history"] = [{"at": "2024-06-21T09:00:00", "actor": "sam", "action": "returned",
                           "reason": "The response proved reasonable care",
                           "corrections": {"culpability": "negligence"}}]
    facts = case(culpability="negligence")
    decision, _ = decide_penalty(facts, today=TODAY)
    context = after_response_context(payload, facts, decision)
    assert [c["what"] for c in context["changes"]] == ["Degree of culpability", "Penalty"]
    assert context["changes"][0] == {"what": "Degree of culpability",
                                     "before": "gross negligence", "after": "negligence"}
    assert context["changes_reason"] == "The response proved reasonable care."


def test_a_change_nobody_explained_goes_to_a_person():
    payload = filed_payload()
    facts = case(culpability="negligence")
    decision, _ = decide_penalty(facts, today=TODAY)
    with pytest.raises(BusinessError, match="a supervisor returns it with the reason"):
        after_response_context(payload, facts, decision)


def test_a_reason_given_before_the_response_does_not_explain_a_later_change():
    payload = filed_payload()
    payload["history"] = [{"at": "2024-05-01T09:00:00", "reason": "first-stage correction",
                           "corrections": {"culpability": "gross_negligence"}}]
    facts = case(culpability="negligence")
    decision, _ = decide_penalty(facts, today=TODAY)
    with pytest.raises(BusinessError):
        after_response_context(payload, facts, decision)


def test_when_the_period_ran_out_the_notice_says_no_response_came():
    payload = filed_payload()
    payload["events"] = {"response": {"kind": "timeout", "at": "2024-07-04T04:00:00"}}
    facts = case(culpability="gross_negligence")
    decision, _ = decide_penalty(facts, today=TODAY)
    context = after_response_context(payload, facts, decision)
    assert context["response"] == ("No response to that notice was received within the period "
                                   "ending July 3, 2024 (19 CFR 162.78(a)).")
