"""The worker drives items through their bots and lands each in the right state."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import AUDIT_KEY
from tests.engine.worker_services import drain, worker_services
from tradebots.errors import IllegalTransition
from tradebots.queue.audit import verify_chains
from tradebots.queue.queries import get_item, item_artifacts, item_events
from tradebots.queue.review import FourEyesViolation
from tradebots.services import Services

BOTS = {
    "noop": "tradebots.noop:NoopBot",
    "reviewed": "tests.engine.sample_bots:ReviewedBot",
    "screenshots": "tests.engine.sample_bots:ScreenshotOnFailureBot",
}


@pytest.fixture
def services(database, tmp_path: Path):
    with worker_services(database, tmp_path, BOTS, max_crashes=2, backoff_base_seconds=0,
                         heartbeat_seconds=0.2) as opened:
        yield opened


def state_of(services: Services, item_id: int) -> str:
    item = get_item(services.database, item_id)
    assert item is not None
    return item.state


def test_a_business_error_sends_the_item_to_a_person_and_the_worker_carries_on(services):
    bad = services.queue.enqueue("noop", actor="clerk", reference="bad",
                                 payload={"fail": "business"}, priority=1).item_id
    good = services.queue.enqueue("noop", actor="clerk", reference="good").item_id
    assert drain(services) == 2
    assert state_of(services, bad) == "needs_human"
    assert state_of(services, good) == "done"
    item = get_item(services.database, bad)
    assert item is not None and item.payload["needs_human"]["message"] == (
        "the noop bot was told the facts are wrong"
    )


def test_a_transient_error_waits_without_spending_attempts_and_then_succeeds(services):
    # max_crashes is 2 here: three transient faults in a row must not fail the item.
    item_id = services.queue.enqueue("noop", actor="clerk", reference="flaky",
                                     payload={"fail": "transient",
                                              "fail_until_attempt": 3}).item_id
    drain(services)
    events = item_events(services.database, item_id)
    assert [e.to_state for e in events] == ["queued"] + ["running", "queued"] * 3 + [
        "running", "done"]
    assert all(e.reason.startswith("transient:") for e in events[2:7:2])
    item = get_item(services.database, item_id)
    assert item is not None and item.state == "done" and item.waits == 0 and item.crashes == 0


def test_an_unexpected_error_fails_at_once_with_its_traceback_and_screenshot(services):
    item_id = services.queue.enqueue("screenshots", actor="clerk", reference="x").item_id
    drain(services)
    item = get_item(services.database, item_id)
    assert item is not None and item.state == "failed" and item.attempts == 1
    assert "Traceback" in (item.last_error or "")
    assert "the page had no submit button" in (item.last_error or "")
    (shot,) = item_artifacts(services.database, item_id)
    assert shot.name == "failure.png"
    assert services.files.read_bytes(shot.sha256).startswith(b"\x89PNG")


def test_retry_puts_a_failed_item_back_to_the_phase_that_failed(services):
    item_id = services.queue.enqueue("noop", actor="clerk", reference="c",
                                     payload={"fail": "crash"}).item_id
    drain(services)
    assert state_of(services, item_id) == "failed"
    services.people.retry(item_id, actor="supervisor")
    assert state_of(services, item_id) == "queued"
    with pytest.raises(IllegalTransition):
        services.people.retry(item_id, actor="supervisor")


def test_a_reviewed_item_goes_from_queued_through_review_to_done(services, tmp_path):
    pdf = tmp_path / "protest.pdf"
    pdf.write_bytes(b"%PDF-1.4 sample")
    item_id = services.queue.enqueue("reviewed", [pdf], actor="clerk").item_id
    drain(services)
    assert state_of(services, item_id) == "awaiting_review"
    (letter,) = item_artifacts(services.database, item_id)
    assert services.files.read_bytes(letter.sha256).startswith(f"item {item_id}".encode())
    services.people.approve(item_id, actor="supervisor")
    drain(services)
    assert state_of(services, item_id) == "done"
    item = get_item(services.database, item_id)
    assert item is not None and item.payload["filed"].startswith(f"item {item_id} corrections")
    assert item.payload["result"]["inputs"] == ["protest.pdf"]
    assert verify_chains(services.database, AUDIT_KEY)[1] == []


def test_four_eyes_the_person_who_queued_or_corrected_an_item_cannot_approve_it(services):
    item_id = services.queue.enqueue("reviewed", actor="alice", reference="r").item_id
    drain(services)
    with pytest.raises(FourEyesViolation):
        services.people.approve(item_id, actor="alice")
    services.people.return_item(item_id, actor="bob", corrections={"port_code": "2704"},
                                reason="port misread")
    drain(services)
    with pytest.raises(FourEyesViolation):
        services.people.approve(item_id, actor="bob")
    services.people.approve(item_id, actor="carol")
    assert state_of(services, item_id) == "approved"


def test_a_returned_item_reruns_prepare_on_the_corrections_and_keeps_its_history(services):
    item_id = services.queue.enqueue("reviewed", actor="clerk", reference="r").item_id
    drain(services)
    services.people.return_item(item_id, actor="sup", corrections={"port_code": "2704"},
                                reason="port misread")
    drain(services)
    item = get_item(services.database, item_id)
    assert item is not None and item.state == "awaiting_review"
    assert item.payload["result"]["corrections_seen"] == {"port_code": "2704"}
    (entry,) = item.payload["history"]
    assert entry["actor"] == "sup" and entry["previous_result"]["corrections_seen"] == {}
    assert len(item_artifacts(services.database, item_id)) == 2  # both letters kept


def test_resolve_answers_a_needs_human_item_with_a_decision_the_bot_honours(services):
    item_id = services.queue.enqueue("reviewed", actor="clerk", reference="r").item_id
    drain(services)
    services.people.return_item(item_id, actor="sup", corrections={}, reason="look again")
    with pytest.raises(IllegalTransition):
        services.people.resolve(item_id, actor="sup", corrections={}, decision="accept",
                                reason="not needs_human")
    noop = services.queue.enqueue("noop", actor="clerk", reference="n",
                                  payload={"fail": "business"}).item_id
    drain(services)
    services.people.resolve(noop, actor="sup", corrections={"fail": None}, decision="accept",
                            reason="checked the original")
    item = get_item(services.database, noop)
    assert item is not None and item.state == "queued"
    assert item.payload["decision_override"] == "accept"
    assert item.corrected_by == ["sup"]


def test_reject_needs_a_reason_and_is_final(services):
    item_id = services.queue.enqueue("reviewed", actor="clerk", reference="r").item_id
    drain(services)
    with pytest.raises(ValueError):
        services.people.reject(item_id, actor="sup", reason=" ")
    services.people.reject(item_id, actor="sup", reason="duplicate of a paper filing")
    assert state_of(services, item_id) == "rejected"
    with pytest.raises(IllegalTransition):
        services.people.approve(item_id, actor="other")


def test_a_deadline_the_step_finds_becomes_the_items_due_date(services):
    item_id = services.queue.enqueue("reviewed", actor="clerk", reference="r",
                                     payload={"due": "2027-01-05"}).item_id
    drain(services)
    item = get_item(services.database, item_id)
    assert item is not None and str(item.due_date) == "2027-01-05"
