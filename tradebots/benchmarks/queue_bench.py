"""`tradebots bench queue`: drain noop items with worker processes, optionally killing them."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from tradebots.queue.audit import verify_chains
from tradebots.queue.database import Database, redact_url
from tradebots.queue.migrate import upgrade
from tradebots.queue.states import State
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.services import open_file_store
from tradebots.settings import Settings

BENCH_LEASE_SECONDS = 2.0
BENCH_TIMEOUT_SECONDS = 900


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_queue_bench(
    settings: Settings,
    *,
    items: int,
    workers: int,
    kill_every: float | None,
    database_url: str | None,
) -> dict[str, Any]:
    """Run the benchmark and return its report (the keys the issue names)."""
    default_file = settings.var_path / "bench" / f"queue-{uuid.uuid4().hex[:8]}.db"
    url = database_url or f"sqlite:///{default_file}"
    database = Database(url)
    upgrade(database)
    run_id = uuid.uuid4().hex[:8]
    queue = WorkQueue(database, open_file_store(settings, database), settings.audit_key_bytes())
    _say(f"queueing {items} noop items in {redact_url(url)} (run {run_id})")
    for index in range(items):
        queue.enqueue("noop", actor="bench", reference=f"bench-{run_id}-{index}")
    env = _worker_env(settings, url)
    pool = _WorkerPool(workers, env)
    started = time.monotonic()
    kills = 0
    last_kill = started
    try:
        done = 0
        while done < items and time.monotonic() - started < BENCH_TIMEOUT_SECONDS:
            time.sleep(0.5)
            done = _count_done(database, run_id)
            now = time.monotonic()
            if kill_every and now - last_kill >= kill_every:
                pool.kill_one_and_restart()
                kills += 1
                last_kill = now
            _say(f"  {done}/{items} done, {now - started:5.1f} s, {kills} kills")
    finally:
        pool.stop()
    report = _analyse(database, run_id, items)
    checked, broken = verify_chains(database, settings.audit_key_bytes())
    report |= {"workers": workers, "kills": kills, "database": database.dialect,
               "audit_events": checked, "audit_broken": len(broken)}
    database.dispose()
    return report


def _worker_env(settings: Settings, url: str) -> dict[str, str]:
    env = dict(os.environ)
    env |= {
        "TRADEBOTS_DATABASE_URL": url,
        "TRADEBOTS_AUDIT_KEY": settings.audit_key_bytes().decode(),
        "TRADEBOTS_QUEUE__LEASE_SECONDS": str(BENCH_LEASE_SECONDS),
        "TRADEBOTS_QUEUE__HEARTBEAT_SECONDS": str(BENCH_LEASE_SECONDS / 4),
        "TRADEBOTS_QUEUE__POLL_SECONDS": "0.05",
        "TRADEBOTS_QUEUE__MAX_ATTEMPTS": "50",
    }
    return env


class _WorkerPool:
    """W worker processes; one can be SIGKILLed and replaced at any time."""

    def __init__(self, count: int, env: dict[str, str]):
        self.env = env
        self.rng = random.Random(7)
        self.processes = [self._spawn() for _ in range(count)]

    def _spawn(self) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "tradebots.cli", "worker", "--bot", "noop"]
        return subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def kill_one_and_restart(self) -> None:
        index = self.rng.randrange(len(self.processes))
        victim = self.processes[index]
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        self.processes[index] = self._spawn()

    def stop(self) -> None:
        stop_processes(self.processes, timeout=30)


def stop_processes(processes: list[subprocess.Popen[bytes]], *, timeout: float) -> None:
    """SIGTERM each (a worker finishes or releases its item), SIGKILL what outlives TIMEOUT."""
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _run_items(run_id: str) -> Any:
    return WorkItem.reference.like(f"bench-{run_id}-%")


def _count_done(database: Database, run_id: str) -> int:
    with database.read() as session:
        query = select(func.count(WorkItem.id)).where(
            _run_items(run_id), WorkItem.state == State.DONE.value
        )
        return int(session.scalar(query) or 0)


def _analyse(database: Database, run_id: str, items: int) -> dict[str, Any]:
    """Lost, duplicated and re-run work, read back from the audit trail itself."""
    with database.read() as session:
        events = session.execute(
            select(AuditEvent.item_id, AuditEvent.at, AuditEvent.from_state,
                   AuditEvent.to_state, AuditEvent.data)
            .join(WorkItem, WorkItem.id == AuditEvent.item_id)
            .where(_run_items(run_id))
        ).all()
    done_events: dict[int, int] = {}
    claims: list[datetime] = []
    overlaps = reruns = 0
    for item_id, at, from_state, to_state, data in events:
        if to_state == State.DONE.value:
            done_events[item_id] = done_events.get(item_id, 0) + 1
        if to_state == State.RUNNING.value:
            claims.append(at)
            if from_state == State.RUNNING.value:
                reruns += 1
                previous = datetime.fromisoformat(str(data["previous_lease_expires"]))
                overlaps += previous > at  # re-claimed while the old lease still held
    done = len(done_events)
    duplicates = sum(1 for n in done_events.values() if n > 1) + overlaps
    done_times = [at for _, at, _, to_state, _ in events if to_state == State.DONE.value]
    seconds = (max(done_times) - min(claims)).total_seconds() if done_times and claims else 0.0
    return {
        "items": items,
        "seconds": round(seconds, 2),
        "items_per_second": round(done / seconds, 1) if seconds else 0.0,
        "lost": items - done,
        "duplicates": duplicates,
        "reruns": reruns,
    }
