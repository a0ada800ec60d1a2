"""The diary: every statutory clock raises its follow-up on a business day before it runs out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bots.common.clocks import RULES
from tradebots.calendar import is_business_day
from tradebots.runner import Worker
from workflows.diary import clocks, raise_due

from .helpers import item as get_item
from .helpers import make_services, open_clock

# kind -> (start, last day of the period, business day the follow-up is raised on)
EXPECTED = {
    # Filed 2025-01-10: decide by 2027-01-10 (a Sunday); 20 business days back skip New Year's
    # Day 2027 and Christmas 2026.
    "protest_decision": (date(2025, 1, 10), date(2027, 1, 10), date(2026, 12, 10)),
    "exclusion_deemed_denial": (date(2026, 6, 15), date(2026, 7, 15), date(2026, 7, 8)),
    # Mailed 2026-11-02: day 30 is 2026-12-02; 5 business days back crosses Thanksgiving.
    "accelerated_disposition": (date(2026, 11, 2), date(2026, 12, 2), date(2026, 11, 24)),
    "ruling_cure": (date(2026, 3, 2), date(2026, 4, 1), date(2026, 3, 27)),
    "prepenalty_response": (date(2026, 8, 3), date(2026, 9, 2), date(2026, 8, 26)),
    # 60 days from 2026-05-01 is 2026-06-30; 10 business days back skips Juneteenth.
    "penalty_petition": (date(2026, 5, 1), date(2026, 6, 30), date(2026, 6, 15)),
}


def test_every_statutory_kind_has_an_expected_schedule():
    assert set(EXPECTED) == set(RULES)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_each_clock_raises_its_follow_up_on_its_day_and_not_before(
        kind, database, project_home, clock):
    services = make_services(database, project_home, clock)
    started, expires, raise_on = EXPECTED[kind]
    clock_id = open_clock(services, clock, kind, started)
    [row] = clocks(database)
    assert (row.expires, row.raise_on) == (expires, raise_on)
    assert is_business_day(raise_on) and started < raise_on < expires

    # The diary runs each business day; nothing is raised the business day before.
    day_before = raise_on - timedelta(days=1)
    while not is_business_day(day_before):
        day_before -= timedelta(days=1)
    assert raise_due(services.queue, day_before, clock=clock) == []
    [item_id] = raise_due(services.queue, raise_on, clock=clock)
    assert raise_due(services.queue, raise_on, clock=clock) == []  # raised once

    found = get_item(database, item_id)
    assert (found.bot, found.reference, found.due_date, found.state) == (
        "followup", f"clock:{clock_id}", expires, "queued")
    Worker(services, "night", bots=["followup"], once=True, now=clock).run()
    found = get_item(database, item_id)
    assert found.state == "awaiting_review"  # a person acts on it
    assert RULES[kind].citation in found.payload["followup"]["summary"]


def test_opening_the_same_clock_twice_keeps_one(database, project_home, clock):
    services = make_services(database, project_home, clock)
    first = open_clock(services, clock, "ruling_cure", date(2026, 3, 2), case="ruling:H1")
    again = open_clock(services, clock, "ruling_cure", date(2026, 3, 3), case="ruling:H1")
    assert first == again and len(clocks(database)) == 1


def test_a_shortened_response_period_counts_business_days(database, project_home, clock):
    services = make_services(database, project_home, clock)
    open_clock(services, clock, "prepenalty_response", date(2026, 11, 20), short=7)
    [row] = clocks(database)
    assert row.expires == date(2026, 12, 2)  # 7 business days, Thanksgiving not counted
    assert is_business_day(row.raise_on) and row.raise_on < row.expires


def test_a_closed_clock_raises_no_follow_up(database, project_home, clock):
    services = make_services(database, project_home, clock)
    open_clock(services, clock, "ruling_cure", date(2026, 3, 2))
    [row] = clocks(database)
    with database.write() as session:  # as a later step's close_clocks leaves it
        stored = session.get(type(row), row.id)
        assert stored is not None
        stored.closed_at = clock()
    assert raise_due(services.queue, date(2026, 3, 31), clock=clock) == []
