"""An accepted protest's letter starts the decision clock and the deemed-denial clocks (pure)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bots.protest_intake.clocks import protest_clocks

TODAY = date(2026, 6, 20)


def result(outcome: str, **values: Any) -> dict[str, Any]:
    return {"decision": {"outcome": outcome}, "values": {"received_date": "2026-06-15", **values}}


def test_an_accepted_protest_must_be_decided_within_two_years_of_filing():
    [decision] = protest_clocks(result("accept", category="classification"), TODAY)
    assert (decision.kind, decision.citation) == ("protest_decision", "19 CFR 174.21(a)")
    assert (decision.started, decision.expires) == (date(2026, 6, 15), date(2028, 6, 15))
    assert decision.case == ""  # the item's own case


def test_an_exclusion_protest_with_accelerated_disposition_runs_all_three_clocks():
    clocks = protest_clocks(result("accept", category="exclusion", accelerated_disposition=True),
                            TODAY)
    assert [(c.kind, c.citation, c.expires) for c in clocks] == [
        ("protest_decision", "19 CFR 174.21(a)", date(2028, 6, 15)),
        ("exclusion_deemed_denial", "19 CFR 174.21(b)", date(2026, 7, 15)),
        ("accelerated_disposition", "19 CFR 174.22", date(2026, 7, 15)),
    ]
    assert "postmark" in clocks[2].note  # counted from receipt, not from the mailing


def test_a_protest_not_accepted_starts_no_clock():
    for outcome in ("deficient", "untimely", "premature", "invalid"):
        assert protest_clocks(result(outcome, category="exclusion"), TODAY) == []


def test_an_exclusion_protest_already_deemed_denied_starts_no_clock():
    deemed = result("accept", category="exclusion")
    assert protest_clocks(deemed, date(2026, 7, 15)) == []  # day 30: it stands denied
    assert [c.kind for c in protest_clocks(deemed, date(2026, 7, 14))] == [
        "protest_decision", "exclusion_deemed_denial"]
