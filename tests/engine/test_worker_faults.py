"""A worker meets a full or read-only disk: the item waits, the worker pauses, then resumes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.conftest import AUDIT_KEY
from tests.engine.mounts import fill, remount, tmpfs
from tests.engine.worker_services import drain, worker_services
from tradebots.leftovers import sweep_leftovers
from tradebots.queue.audit import verify_chains
from tradebots.queue.pauses import EVERY_BOT, open_pauses
from tradebots.queue.queries import get_item, item_events
from tradebots.runner import Worker
from tradebots.services import Services

BOTS = {"noop": "tradebots.noop:NoopBot", "folder": "tests.engine.sample_bots:FolderNoopBot",
        "reviewed": "tests.engine.sample_bots:ReviewedBot",
        "records": "tests.engine.sample_bots:RecordsThenFailsToDraftBot"}


@pytest.fixture
def services(database, tmp_path: Path):
    with worker_services(database, tmp_path, BOTS, backoff_base_seconds=0.5,
                         heartbeat_seconds=0.2, poll_seconds=0.1) as opened:
        yield opened


def drain_until_settled(services: Services, item_id: int, seconds: float = 10) -> str:
    deadline = time.monotonic() + seconds
    while True:
        drain(services)
        item = get_item(services.database, item_id)
        assert item is not None
        if item.state not in ("queued", "approved") or time.monotonic() > deadline:
            return item.state
        time.sleep(0.2)


def test_a_read_only_work_folder_pauses_the_worker_and_the_item_waits_until_it_clears(
        services: Services):
    work = services.settings.var_path / "work"
    with tmpfs(work, read_only=True):
        item_id = services.queue.enqueue("folder", actor="clerk", reference="ro").item_id
        assert drain(services) == 1  # the worker survives its item and stays up
        item = get_item(services.database, item_id)
        assert item is not None and item.state == "queued" and item.waits == 1
        assert "Read-only file system" in (item.last_error or "")
        (paused,) = open_pauses(services.database)
        assert (paused.scope, paused.code) == (EVERY_BOT, "var_not_writable")
        time.sleep(1.1)
        drain(services)  # a probe while the fault lasts fails again: still waiting, still paused
        item = get_item(services.database, item_id)
        assert item is not None and item.state == "queued" and item.crashes == 0
        assert [p.code for p in open_pauses(services.database)] == ["var_not_writable"]

        remount(work, read_only=False)
        assert drain_until_settled(services, item_id) == "done"
    assert open_pauses(services.database) == []
    assert item_events(services.database, item_id)[-1].to_state == "done"
    assert verify_chains(services.database, AUDIT_KEY)[1] == []


def test_a_full_disk_is_waited_out_and_the_item_is_not_failed(services: Services):
    work = services.settings.var_path / "work"
    with tmpfs(work, size_kb=64) as disk:
        fill(disk)
        item_id = services.queue.enqueue("reviewed", actor="clerk", reference="full").item_id
        drain(services)
        item = get_item(services.database, item_id)
        assert item is not None and item.state == "queued" and item.attempts == 1
        assert [p.code for p in open_pauses(services.database)] == ["disk_full"]

        (disk / "filler").unlink()
        assert drain_until_settled(services, item_id) == "awaiting_review"
    assert open_pauses(services.database) == []
    reasons = [e.reason for e in item_events(services.database, item_id)]
    assert any(r.startswith("transient: OSError: [Errno 28]") for r in reasons)


def test_a_case_recorded_before_the_disk_filled_keeps_its_number_while_the_item_waits(
        services: Services, tmp_path: Path):
    # Issue 17 case 3: the protest was filed, then the letter failed, and its number was lost.
    with tmpfs(tmp_path / "drafts", size_kb=64) as disk:
        item_id = services.queue.enqueue("records", actor="clerk", reference="filed",
                                         payload={"draft_dir": str(disk)}).item_id
        drain(services)
        item = get_item(services.database, item_id)
        assert item is not None and item.state == "queued"
        assert item.payload["portal"] == {"protest_number": f"PR-{item_id:05d}"}
        assert "No space left on device" in (item.last_error or "")


def test_a_worker_sweeps_work_folders_no_live_lease_holds(services: Services):
    item_id = services.queue.enqueue("noop", actor="clerk", reference="held").item_id
    claim = services.queue.claim("live-worker")
    assert claim is not None
    work = services.settings.var_path / "work"
    held = work / f"{item_id}-{claim.attempt}"
    abandoned = work / f"{item_id + 100}-3"
    for folder in (held, abandoned):
        folder.mkdir(parents=True)
    assert sweep_leftovers(services, services.queue.clock()) == [abandoned]
    assert held.is_dir()


def test_a_worker_whose_lease_was_taken_over_leaves_the_item_and_keeps_working(
        database, tmp_path: Path):
    with worker_services(database, tmp_path, BOTS, lease_seconds=0.1) as services:
        item_id = services.queue.enqueue("noop", actor="clerk", reference="stolen",
                                         payload={"side_effect": True}).item_id
        stale = services.queue.claim("slow-worker")
        assert stale is not None
        time.sleep(0.2)
        assert services.queue.claim("new-worker") is not None
        Worker(services, "slow-worker").run_claim(stale)  # used to raise LeaseLost and die
        item = get_item(services.database, item_id)
        assert item is not None and item.state == "running" and item.lease_owner == "new-worker"


def test_worker_start_lets_bots_with_items_sweep_what_their_killed_runs_left_outside(
        database, tmp_path: Path):
    from tests.engine.sample_bots import LeavesDraftsBot, UnusedBot

    bots = {"drafts": "tests.engine.sample_bots:LeavesDraftsBot",
            "unused": "tests.engine.sample_bots:UnusedBot"}
    with worker_services(database, tmp_path, bots) as services:
        services.queue.enqueue("drafts", actor="clerk", reference="held")
        assert services.queue.claim("worker-killed-later") is not None
        services.queue.enqueue("drafts", actor="clerk", reference="waiting")
        LeavesDraftsBot.asked, UnusedBot.loaded = {}, False
        assert drain(services) == 1
    assert LeavesDraftsBot.asked == {"held": True, "waiting": False, "gone": False}
    assert not UnusedBot.loaded
