"""Steps that wait on nothing run inline in the worker thread, a batch at a time, logged once."""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path
from typing import Any

import pytest
from loguru import logger
from sqlalchemy import event

from tests.engine.sample_bots import MeetingBot, StopperBot
from tests.engine.worker_services import worker_services
from tradebots.log import setup_logging
from tradebots.queue.clock import utcnow
from tradebots.queue.queries import get_item, item_events
from tradebots.runner import Worker
from tradebots.services import Services

BOTS = {
    "noop": "tradebots.noop:NoopBot",
    "meeting": "tests.engine.sample_bots:MeetingBot",
    "stopper": "tests.engine.sample_bots:StopperBot",
    "one": "tests.engine.sample_bots:OneSlotNoopBot",
}


@pytest.fixture
def services(database, tmp_path: Path):
    with worker_services(database, tmp_path, BOTS, heartbeat_seconds=0.2) as opened:
        yield opened


def state_of(services: Services, item_id: int) -> str:
    item = get_item(services.database, item_id)
    assert item is not None
    return item.state


def _enqueue(services: Services, bot: str, payloads: list[dict[str, Any]]) -> list[int]:
    return [services.queue.enqueue(bot, actor="clerk", reference=f"{bot}-{n}",
                                   payload=payload).item_id
            for n, payload in enumerate(payloads)]


def _log_records(logs: Path) -> list[dict[str, Any]]:
    lines = (logs / "tradebots.jsonl").read_text().splitlines()
    return [json.loads(line)["record"] for line in lines]


def _drain_logged(services: Services, logs: Path, file_level: str) -> list[dict[str, Any]]:
    setup_logging(logs, worker="w1", file_level=file_level)
    try:
        Worker(services, "w", bots=["noop"], once=True).run()
    finally:
        logger.remove()
    return _log_records(logs)


def test_a_mixed_batch_logs_one_line_and_a_line_per_item_that_blocked_or_went_wrong(
        services, tmp_path: Path):
    good, slow, business, crash, transient = _enqueue(services, "noop", [
        {}, {"work_ms": 1}, {"fail": "business"}, {"fail": "crash"}, {"fail": "transient"}])
    records = _drain_logged(services, tmp_path / "logs", "INFO")

    assert [state_of(services, i) for i in (good, slow, business, crash, transient)] == [
        "done", "done", "needs_human", "failed", "queued"]
    (batch,) = [r["message"] for r in records if r["message"].startswith("batch of")]
    assert batch.startswith(f"batch of 5 noop (items {good}-{transient}) ran in ")
    assert batch.endswith(": 2 done, 1 failed, 1 needs_human, 1 queued")
    # The item that waited has today's lines; the inline ones only when something went wrong.
    started = [r["extra"]["item"] for r in records if r["message"] == "prepare noop attempt 1"]
    assert started == [slow]
    warned = {r["extra"].get("item") for r in records if r["level"]["name"] in {"WARNING", "ERROR"}}
    assert warned == {business, crash, transient}


def test_at_log_level_debug_the_file_has_a_line_for_every_inline_item(services, tmp_path: Path):
    ids = _enqueue(services, "noop", [{}, {}, {}])
    records = _drain_logged(services, tmp_path / "logs", "DEBUG")
    debug = [r["message"] for r in records if r["level"]["name"] == "DEBUG"]
    assert sorted(debug) == sorted([f"prepare noop attempt 1 item {i}" for i in ids]
                                   + [f"item {i} -> done: prepare done" for i in ids])


def test_blocking_steps_of_one_batch_still_run_at_the_same_time(services):
    MeetingBot.meeting = threading.Barrier(3, timeout=30)
    ids = _enqueue(services, "meeting", [{}, {}, {}])
    assert Worker(services, "w", bots=["meeting"], once=True).run() == 3
    assert [state_of(services, i) for i in ids] == ["done"] * 3


def _run_one_batch_after_a_first_stop_signal(services: Services) -> None:
    """One batch of the stopper bot, with the worker's handlers in place and a first signal
    already taken: the next one abandons the batch."""
    worker = Worker(services, "w", bots=["stopper"])
    claims = services.queue.claim_batch("w", ["stopper"], limit=10)
    StopperBot.ran = []
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    worker.install_signal_handlers()
    worker.stopping.set()
    try:
        worker.run_claims(claims)
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])


def test_a_second_stop_signal_in_an_inline_batch_releases_the_items_not_yet_run(services):
    ids = _enqueue(services, "stopper", [{}, {}, {"stop": True}, {}, {}])
    _run_one_batch_after_a_first_stop_signal(services)

    assert StopperBot.ran[-1] == ids[2]  # nothing ran after the stop
    for item_id in ids:
        expected = "done" if item_id in StopperBot.ran[:-1] else "queued"
        assert state_of(services, item_id) == expected
        if expected == "queued":
            assert item_events(services.database, item_id)[-1].reason == "released at shutdown"


def test_a_second_stop_signal_in_an_inline_step_waits_for_no_blocking_step(services):
    inline, slow = _enqueue(services, "stopper", [{"stop": True}, {"work_ms": 5000}])
    _run_one_batch_after_a_first_stop_signal(services)
    assert [state_of(services, i) for i in (inline, slow)] == ["queued", "queued"]
    assert item_events(services.database, slow)[-1].reason == "released at shutdown"


def test_a_batch_whose_steps_ask_for_no_stored_file_reads_no_artifacts(services):
    _enqueue(services, "noop", [{}, {}, {}])
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    engines = {services.database.write_engine, services.database.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", note)
    try:
        assert Worker(services, "w", bots=["noop"], once=True).run() == 3
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", note)
    assert seen and not [sql for sql in seen if "FROM item_artifacts" in sql]


def test_the_heartbeat_holds_each_batch_past_its_lease(database, tmp_path: Path):
    # One item a batch: the second batch is held by the beat that held the first.
    with worker_services(database, tmp_path, BOTS, lease_seconds=1.0,
                         heartbeat_seconds=0.1) as services:
        ids = _enqueue(services, "one", [{"work_ms": 2500}, {"work_ms": 2500}])
        leases: list[bool] = []  # at each look: is the running item's lease still ahead?

        def look() -> None:
            for item_id in ids:
                item = get_item(services.database, item_id)
                if item is not None and item.state == "running":
                    leases.append(item.lease_expires is not None
                                  and item.lease_expires > utcnow())

        lookers = [threading.Timer(at, look) for at in (1.7, 4.2)]
        for looker in lookers:
            looker.start()
        worker = Worker(services, "w", bots=["one"], once=True)
        try:
            assert worker.run() == 2
        finally:
            for looker in lookers:
                looker.join()
        assert leases == [True, True]
        for item_id in ids:
            assert [e.to_state for e in item_events(services.database, item_id)] == [
                "queued", "running", "done"]

        # The same worker run again (its heartbeat closed by the first run) still beats.
        again = services.queue.enqueue("one", actor="clerk", reference="one-again",
                                       payload={"work_ms": 2500}).item_id
        ids.append(again)
        leases.clear()
        looker = threading.Timer(1.7, look)
        looker.start()
        try:
            assert worker.run() == 3  # processed counts over both runs
        finally:
            looker.join()
        assert leases == [True] and state_of(services, again) == "done"
