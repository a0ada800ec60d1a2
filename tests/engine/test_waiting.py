"""A long-running item waits between stages for an event or a date, and resumes on either."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import AUDIT_KEY, ManualClock
from tradebots.errors import IllegalTransition
from tradebots.queue.audit import verify_chains
from tradebots.queue.deliveries import Deliveries
from tradebots.queue.queries import get_item, item_artifacts, item_events
from tradebots.queue.statutory import running_clocks
from tradebots.queue.tables import WorkItem
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

BOTS = {"staged": "tests.engine.sample_bots:StagedBot"}


@pytest.fixture
def services(database, tmp_path: Path, clock: ManualClock):
    settings = load_settings(
        database_url=database.url, var_dir=tmp_path / "var", logs_dir=tmp_path / "logs",
        audit_key=AUDIT_KEY.decode(), bots=BOTS, queue={"heartbeat_seconds": 0.2},
    )
    opened = open_services(settings)
    opened.queue.clock = clock
    yield opened
    opened.close()


def item(services: Services, item_id: int) -> WorkItem:
    found = get_item(services.database, item_id)
    assert found is not None
    return found


def waiting_item(services: Services, **payload: object) -> int:
    """An item through its first stage: prepared, approved, finalized into waiting."""
    item_id = services.queue.enqueue("staged", actor="clerk", reference="case-1",
                                     payload=dict(payload)).item_id
    Worker(services, "w", once=True).run()
    services.people.approve(item_id, actor="sue")
    Worker(services, "w", once=True).run()
    return item_id


def test_a_step_that_waits_leaves_the_item_waiting_with_its_event_and_wake_time(services, clock):
    until = clock.now + timedelta(days=30)
    item_id = waiting_item(services, until=until.isoformat())

    found = item(services, item_id)
    assert (found.state, found.waiting_for, found.wake_at) == ("waiting", "answer", until)
    assert found.payload["wait"]["reason"] == "waiting for the party's answer"
    last = item_events(services.database, item_id)[-1]
    assert (last.from_state, last.to_state, last.actor) == ("running", "waiting", "w")
    assert Worker(services, "w", once=True).run() == 0  # nothing to claim while it waits


def test_a_delivered_file_resumes_the_next_stage_and_is_kept_on_the_item(
    services, clock, tmp_path
):
    item_id = waiting_item(services, until=(clock.now + timedelta(days=30)).isoformat())
    answer = tmp_path / "answer.pdf"
    answer.write_bytes(b"%PDF-1.4 the party's answer")

    Deliveries(services.queue).deliver_file(item_id, "answer", answer, actor="carol",
                                            name="reply.pdf")

    found = item(services, item_id)
    assert (found.state, found.phase, found.waiting_for, found.wake_at) == (
        "queued", "prepare", None, None)
    delivered = found.payload["events"]["answer"]
    assert (delivered["kind"], delivered["by"], delivered["file"]["name"]) == (
        "file", "carol", "reply.pdf")
    stored = [a for a in item_artifacts(services.database, item_id) if a.name == "reply.pdf"]
    assert services.files.path_for(stored[0].sha256).read_bytes() == answer.read_bytes()
    moved = item_events(services.database, item_id)[-1]
    assert (moved.from_state, moved.to_state, moved.actor) == ("waiting", "queued", "carol")
    assert moved.reason == "answer received: reply.pdf"

    Worker(services, "w", once=True).run()
    second = item(services, item_id)
    assert (second.state, second.payload["stage"]) == ("awaiting_review", "second")
    assert second.payload["answer_seen"]["file"]["sha256"] == stored[0].sha256
    assert verify_chains(services.database, AUDIT_KEY)[1] == []


def test_a_person_may_record_that_nothing_came(services, clock):
    item_id = waiting_item(services)

    Deliveries(services.queue).none_came(item_id, "answer", actor="carol",
                                         note="nothing by post or e-mail")

    found = item(services, item_id)
    assert found.state == "queued"
    assert found.payload["events"]["answer"]["kind"] == "none"
    assert item_events(services.database, item_id)[-1].reason == (
        "recorded that no answer came: nothing by post or e-mail")


def test_the_wait_runs_out_on_the_queue_clock_and_a_claim_resumes_it(services, clock):
    until = clock.now + timedelta(days=30)
    item_id = waiting_item(services, until=until.isoformat(), clock="ruling_cure",
                           open=[{"kind": "ruling_cure", "started": "2026-03-02"}])
    assert [c.kind for c in running_clocks(services.database)] == ["ruling_cure"]

    clock.now = until - timedelta(seconds=1)
    assert Worker(services, "w", once=True).run() == 0
    assert item(services, item_id).state == "waiting"

    clock.now = until
    assert Worker(services, "w", once=True).run() == 1

    found = item(services, item_id)
    assert (found.state, found.payload["events"]["answer"]["kind"]) == (
        "awaiting_review", "timeout")
    assert running_clocks(services.database) == []  # the wait's clock ended with it
    events = item_events(services.database, item_id)
    closed, woken = (e for e in events if e.from_state == "waiting")
    assert (closed.to_state, closed.actor) == ("waiting", "queue")
    assert closed.reason.startswith("clock closed: ruling_cure")
    assert (woken.to_state, woken.actor) == ("queued", "queue")
    assert woken.reason.startswith("no answer by ")


def test_only_a_waiting_item_takes_a_delivery_and_only_of_its_event(services, clock, tmp_path):
    item_id = services.queue.enqueue("staged", actor="clerk", reference="case-2").item_id
    deliveries = Deliveries(services.queue)
    with pytest.raises(IllegalTransition, match="not waiting"):
        deliveries.none_came(item_id, "answer", actor="carol")

    waiting = waiting_item(services)
    with pytest.raises(IllegalTransition, match="waits for 'answer'"):
        deliveries.none_came(waiting, "ruling", actor="carol")
    assert item(services, waiting).state == "waiting"


def test_a_waiting_item_can_be_closed_by_a_person(services, clock):
    item_id = waiting_item(services)
    services.people.reject(item_id, actor="sue", reason="case settled")
    assert item(services, item_id).state == "rejected"
