"""A run window drains the queue until its end time and pauses bots that cannot work tonight."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from datetime import timedelta

from tradebots.schedule.config import SmokeSpec
from tradebots.schedule.pools import ThreadPool
from workflows.tables import NightRun
from workflows.window import RunWindow, WindowResult

from .helpers import item as get_item
from .helpers import make_services


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once the socket is closed


class WindowThread:
    """Runs a window in the background; the test moves the clock."""

    def __init__(self, window: RunWindow):
        self.result: WindowResult | None = None
        self.thread = threading.Thread(target=self._run, args=(window,), daemon=True)
        self.thread.start()

    def _run(self, window: RunWindow) -> None:
        self.result = window.run()

    def finished_within(self, seconds: float) -> bool:
        self.thread.join(seconds)
        return not self.thread.is_alive()


def make_window(services, clock, *, bots, hours=6.0, smoke=None, limit=3) -> RunWindow:
    return RunWindow(
        services, job_id="night", bots=bots, end=clock() + timedelta(hours=hours),
        pool_factory=lambda: ThreadPool(services, 1, clock), clock=clock,
        stopping=threading.Event(), smoke=smoke, transient_limit=limit, check_seconds=0.05,
    )


def enqueue(services, bot, n, **payload) -> list[int]:
    return [services.queue.enqueue(bot, actor="test", reference=f"{bot}-{i}",
                                   payload=dict(payload)).item_id for i in range(n)]


def state(services, item_id) -> str:
    item = get_item(services.database, item_id)
    assert item is not None
    return item.state


def test_a_window_drains_the_queue_and_stops_at_its_end_time(database, project_home, clock):
    services = make_services(database, project_home, clock)
    items = enqueue(services, "noop", 5)
    window = WindowThread(make_window(services, clock, bots=["noop"], hours=6))

    wait_for(lambda: all(state(services, i) == "done" for i in items))
    assert not window.finished_within(0.3), "the window ended before its end time"
    clock.advance(6 * 3600)  # 05:30 comes
    assert window.finished_within(3)
    late = services.queue.enqueue("noop", actor="test", reference="after-hours").item_id
    time.sleep(0.2)
    assert state(services, late) == "queued"  # nobody takes work after the window
    assert window.result is not None
    with database.read() as session:
        night = session.get(NightRun, window.result.night_id)
        assert night.ended_at == clock()


def test_an_item_in_progress_at_the_end_finishes_and_no_new_item_is_taken(
        database, project_home, clock):
    services = make_services(database, project_home, clock)
    first, *rest = enqueue(services, "noop", 3, work_ms=700)
    window = WindowThread(make_window(services, clock, bots=["noop"], hours=1))

    wait_for(lambda: state(services, first) == "running")
    clock.advance(3600)  # the end time passes while the first item runs
    assert window.finished_within(5)
    assert state(services, first) == "done"  # finished, never killed half-way
    assert [state(services, i) for i in rest] == ["queued", "queued"]
    assert [get_item(database, i).attempts for i in rest] == [0, 0]


def test_a_bot_failing_its_smoke_test_is_paused_for_the_night(database, project_home, clock):
    services = make_services(database, project_home, clock)
    port = closed_port()
    smoke = {"noop": SmokeSpec(check="workflows.smoke:tcp_reachable",
                               args={"host": "127.0.0.1", "port": port, "timeout": 1.0})}
    paused_items = enqueue(services, "noop", 2)
    other_items = enqueue(services, "other", 2)
    window = WindowThread(make_window(services, clock, bots=["noop", "other"], smoke=smoke))

    wait_for(lambda: all(state(services, i) == "done" for i in other_items))
    clock.advance(6 * 3600)
    assert window.finished_within(3)
    assert [get_item(database, i).attempts for i in paused_items] == [0, 0]
    assert window.result is not None and list(window.result.paused) == ["noop"]
    assert f"cannot reach 127.0.0.1:{port}" in window.result.paused["noop"]


def test_n_transient_failures_in_a_row_pause_the_bot_instead_of_burning_every_item(
        database, project_home, clock):
    services = make_services(database, project_home, clock, backoff=600)
    failing = enqueue(services, "noop", 8, fail="transient", work_ms=150)
    healthy = enqueue(services, "other", 2, work_ms=150)
    window = WindowThread(make_window(services, clock, bots=["noop", "other"], limit=3))

    wait_for(lambda: "noop" in (_paused(database) or {}))
    wait_for(lambda: all(state(services, i) == "done" for i in healthy))
    clock.advance(6 * 3600)
    assert window.finished_within(5)
    attempts = [get_item(database, i).attempts for i in failing]
    assert 3 <= sum(attempts) <= 4  # the streak, plus at most the item already in hand
    assert attempts.count(0) >= 4  # the rest keep every attempt for tomorrow
    assert window.result is not None
    assert "3 transient failures in a row" in window.result.paused["noop"]
    assert "other" not in window.result.paused


def _paused(database) -> dict[str, str] | None:
    with database.read() as session:
        night = session.query(NightRun).order_by(NightRun.id.desc()).first()
        return night.paused if night else None


def test_a_window_whose_end_has_passed_takes_nothing(database, project_home, clock):
    services = make_services(database, project_home, clock)
    [item] = enqueue(services, "noop", 1)
    result = make_window(services, clock, bots=["noop"], hours=0).run()
    assert state(services, item) == "queued"
    assert result.paused == {}
