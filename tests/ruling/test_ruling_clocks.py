"""A deficiency letter gives the requester 30 days to cure (177.3); other letters start no clock."""

from __future__ import annotations

from datetime import date

from bots.ruling_triage.clocks import ruling_clocks


def test_a_deficiency_letter_starts_the_cure_period_on_the_day_it_goes_out():
    [cure] = ruling_clocks("H300001", "deficient", date(2026, 3, 2))
    assert (cure.kind, cure.citation) == ("ruling_cure", "19 CFR 177.3")
    assert cure.case == "ruling:H300001"
    assert (cure.started, cure.expires) == (date(2026, 3, 2), date(2026, 4, 1))
    assert cure.raise_on == date(2026, 3, 27)  # three business days before the last day


def test_an_accepted_or_refused_request_starts_no_clock():
    assert ruling_clocks("H300002", "accept", date(2026, 3, 2)) == []
    assert ruling_clocks("H300003", "no_ruling", date(2026, 3, 2)) == []
