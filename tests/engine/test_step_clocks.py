"""A step declares its statutory clocks; the queue records them with the step's transition."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bots.common.clocks import clock_request
from tests.conftest import AUDIT_KEY
from tradebots.errors import IllegalTransition, LeaseLost
from tradebots.queue.audit import verify_chains
from tradebots.queue.queries import item_events
from tradebots.queue.states import State
from tradebots.queue.statutory import ClockRequest, running_clocks
from tradebots.queue.store import Claim, Outcome, WorkQueue
from tradebots.queue.tables import StatutoryClock
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

BOTS = {"clocks": "tests.engine.sample_bots:ClockBot"}
CURE = {"kind": "ruling_cure", "started": "2026-03-02"}


@pytest.fixture
def services(database, tmp_path: Path):
    settings = load_settings(
        database_url=database.url, var_dir=tmp_path / "var", logs_dir=tmp_path / "logs",
        audit_key=AUDIT_KEY.decode(), bots=BOTS, queue={"heartbeat_seconds": 0.2},
    )
    opened = open_services(settings)
    yield opened
    opened.close()


def all_clocks(services: Services) -> list[StatutoryClock]:
    with services.database.read() as session:
        return list(session.scalars(select(StatutoryClock).order_by(StatutoryClock.id)))


def test_declared_clocks_are_recorded_with_the_transition_and_audited(services):
    item_id = services.queue.enqueue("clocks", actor="clerk", reference="r1",
                                     payload={"open": [CURE]}).item_id
    Worker(services, "w", once=True).run()

    [clock] = all_clocks(services)
    assert (clock.case_ref, clock.kind, clock.citation, clock.item_id) == (
        f"item:{item_id}", "ruling_cure", "19 CFR 177.3", item_id)
    assert (clock.expires, clock.raise_on) == (date(2026, 4, 1), date(2026, 3, 27))
    *_, opened, moved = item_events(services.database, item_id)
    assert (opened.from_state, opened.to_state) == ("running", "running")
    assert opened.reason.startswith("clock opened: ruling_cure (19 CFR 177.3)")
    assert opened.data["clock"]["id"] == clock.id
    assert (moved.to_state, moved.at) == ("awaiting_review", opened.at)  # one transaction
    assert verify_chains(services.database, AUDIT_KEY) == (len(item_events(
        services.database, item_id)), [])


def test_a_clock_is_opened_once_per_case_and_kind(services):
    shared = {**CURE, "case": "ruling:H123"}
    first = services.queue.enqueue("clocks", actor="c", reference="a", payload={"open": [shared]})
    second = services.queue.enqueue("clocks", actor="c", reference="b", payload={"open": [shared]})
    assert Worker(services, "w", once=True).run() == 2

    [clock] = all_clocks(services)
    assert clock.item_id == first.item_id
    reasons = [e.reason for e in item_events(services.database, second.item_id)]
    assert not any(r.startswith("clock opened") for r in reasons)


def test_a_step_closes_the_clocks_of_its_item(services):
    item_id = services.queue.enqueue("clocks", actor="clerk", reference="r1",
                                     payload={"open": [CURE], "close": ["ruling_cure"]}).item_id
    Worker(services, "w", once=True).run()
    services.people.approve(item_id, actor="supervisor")
    Worker(services, "w", once=True).run()

    [clock] = all_clocks(services)
    assert clock.closed_at is not None
    assert running_clocks(services.database) == []
    closed = [e for e in item_events(services.database, item_id)
              if e.reason.startswith("clock closed")]
    assert [e.reason for e in closed] == [f"clock closed: ruling_cure (19 CFR 177.3) for "
                                          f"item:{item_id}"]


def _claimed_outcome(queue: WorkQueue) -> tuple[Claim, Outcome]:
    queue.enqueue("clocks", actor="clerk", reference="r1")
    claim = queue.claim("w1")
    assert claim is not None
    return claim, Outcome(State.DONE, "done", clocks=[clock_request("ruling_cure",
                                                                   date(2026, 3, 2))])


def test_a_lost_lease_records_neither_the_transition_nor_the_clock(queue, clock, database):
    claim, outcome = _claimed_outcome(queue)
    clock.advance(31)  # the lease ran out; another worker takes the item
    assert queue.claim("w2") is not None
    with pytest.raises(LeaseLost):
        queue.finish(claim, outcome)
    with database.read() as session:
        assert session.scalars(select(StatutoryClock)).all() == []


def test_a_refused_transition_rolls_its_clocks_back(queue, database):
    claim, outcome = _claimed_outcome(queue)
    outcome.state = State.REJECTED  # only a person rejects, never a running step
    with pytest.raises(IllegalTransition):
        queue.finish(claim, outcome)
    with database.read() as session:
        assert session.scalars(select(StatutoryClock)).all() == []
    assert [e.to_state for e in item_events(database, claim.item_id)] == ["queued", "running"]


def test_a_request_whose_follow_up_is_not_a_business_day_is_refused_where_it_is_built():
    with pytest.raises(ValueError, match="not a business day"):
        ClockRequest("ruling_cure", "19 CFR 177.3", date(2026, 3, 2), date(2026, 4, 1),
                     raise_on=date(2026, 3, 28))  # a Saturday
