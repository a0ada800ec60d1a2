"""`tradebots bench faults`: a kill storm over slow steps, passing faults and one poison item.

Workers are SIGKILLed at random while noop steps take seconds; some items fail transiently a
few times first; one item kills its worker on every run. The report says how each item ended."""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import select

from tradebots.benchmarks.queue_bench import _worker_env, _WorkerPool
from tradebots.files import FileStore
from tradebots.queue.audit import verify_chains
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.queue.pauses import open_pauses
from tradebots.queue.states import State
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.settings import Settings

TIMEOUT_SECONDS = 900
SETTLED = {State.DONE.value, State.NEEDS_HUMAN.value, State.FAILED.value}


def run_fault_bench(settings: Settings, *, items: int, workers: int, step: tuple[float, float],
                    kill_every: tuple[float, float], database_url: str | None) -> dict[str, Any]:
    """Queue ITEMS slow noop items (every third fails transiently twice) plus one poison item,
    drain them with WORKERS processes while one is SIGKILLed every KILL_EVERY seconds."""
    default_file = settings.var_path / "bench" / f"faults-{uuid.uuid4().hex[:8]}.db"
    url = database_url or f"sqlite:///{default_file}"
    database = Database(url)
    upgrade(database)
    queue = WorkQueue(database, FileStore(settings.var_path / "files"), settings.audit_key_bytes())
    rng = random.Random(17)
    run_id = uuid.uuid4().hex[:8]
    for index in range(items):
        payload: dict[str, Any] = {"work_ms": round(rng.uniform(*step) * 1000)}
        if index % 3 == 0:
            payload |= {"fail": "transient", "fail_until_attempt": 2}
        queue.enqueue("noop", actor="bench", reference=f"faults-{run_id}-{index}", payload=payload)
    poison = queue.enqueue("noop", actor="bench", reference=f"faults-{run_id}-poison",
                           payload={"die": True}).item_id
    env = _worker_env(settings, url) | {"TRADEBOTS_QUEUE__MAX_CRASHES": "8",
                                        "TRADEBOTS_QUEUE__BACKOFF_BASE_SECONDS": "0.5",
                                        "TRADEBOTS_QUEUE__BACKOFF_MAX_SECONDS": "5"}
    env.pop("TRADEBOTS_QUEUE__MAX_ATTEMPTS", None)
    pool = _WorkerPool(workers, env)
    started = time.monotonic()
    kills, next_kill = 0, started + rng.uniform(*kill_every)
    try:
        while time.monotonic() - started < TIMEOUT_SECONDS:
            time.sleep(0.2)
            if time.monotonic() >= next_kill:
                pool.kill_one_and_restart()
                kills += 1
                next_kill = time.monotonic() + rng.uniform(*kill_every)
            states = _states(database, run_id)
            if all(state in SETTLED for state in states.values()):
                break
        seconds = time.monotonic() - started
    finally:
        pool.stop()
    report = _report(database, run_id, poison, settings.audit_key_bytes())
    report |= {"database": database.dialect, "workers": workers, "kills": kills,
               "seconds": round(seconds, 1), "items": items + 1}
    database.dispose()
    return report


def _states(database: Database, run_id: str) -> dict[int, str]:
    with database.read() as session:
        rows = session.execute(select(WorkItem.id, WorkItem.state).where(
            WorkItem.reference.like(f"faults-{run_id}-%")))
        return {item_id: state for item_id, state in rows}


def _report(database: Database, run_id: str, poison: int, key: bytes) -> dict[str, Any]:
    states = _states(database, run_id)
    with database.read() as session:
        events = session.execute(select(AuditEvent.item_id, AuditEvent.to_state,
                                        AuditEvent.reason).where(
            AuditEvent.item_id.in_(list(states)))).all()
        crashes = session.scalar(select(WorkItem.crashes).where(WorkItem.id == poison))
    done = Counter(item for item, to_state, _ in events if to_state == State.DONE.value)
    _, broken = verify_chains(database, key)
    others = {i: s for i, s in states.items() if i != poison}
    return {
        "ended": dict(Counter(others.values())),
        "failed": sum(s == State.FAILED.value for s in others.values()),
        "duplicates": sum(1 for n in done.values() if n > 1),
        "reclaimed": sum(1 for _, to_state, r in events if r == "lease expired; re-claimed"),
        "transient_waits": sum(1 for _, _, r in events if r.startswith("transient:")),
        "poison": f"{states[poison]} after {crashes} crashes",
        # Why any item other than the poison one went to a person: its needs_human events say.
        "to_a_person": sorted({r for i, to_state, r in events
                               if to_state == State.NEEDS_HUMAN.value and i != poison}),
        "audit_broken": len(broken),
        "pauses_open": len(open_pauses(database)),
    }
