"""Several real processes claiming from one queue at once, for the concurrency contract."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

from tests.conftest import AUDIT_KEY
from tradebots.files import FileStore
from tradebots.queue.database import Database
from tradebots.queue.states import State
from tradebots.queue.store import Outcome, WorkQueue


def _claim_all(url: str, files: str, name: str, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    database = Database(url)
    queue = WorkQueue(database, FileStore(Path(files)), AUDIT_KEY, lease_seconds=60)
    taken = []
    while (claim := queue.claim(name)) is not None:
        taken.append(int(claim.reference))
        queue.finish(claim, Outcome(State.DONE, "done"))
    database.dispose()
    results.put(taken)


def run_claimers(url: str, tmp_path: Path, *, items: int, processes: int) -> Counter[int]:
    """Queue ITEMS items, drain them with PROCESSES processes; count how often each ran."""
    database = Database(url)
    queue = WorkQueue(database, FileStore(tmp_path / "files"), AUDIT_KEY)
    for index in range(items):
        queue.enqueue("noop", actor="test", reference=str(index))
    database.dispose()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_claim_all, args=(url, str(tmp_path / "files"), f"p{i}", results))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    counts: Counter[int] = Counter()
    for _ in workers:
        counts.update(results.get(timeout=120))
    for worker in workers:
        worker.join(timeout=30)
    return counts
