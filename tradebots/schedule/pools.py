"""Workers for a run window: in threads (tests, controlled clock) or in processes (production)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from datetime import datetime
from multiprocessing.process import BaseProcess
from typing import Protocol

from tradebots.queue.clock import Clock
from tradebots.runner import Worker
from tradebots.services import Services
from tradebots.worker_processes import worker_main


class WorkerPool(Protocol):
    def start(self, bots: list[str], until: datetime) -> None:
        """Start the workers on BOTS; they take no new item after UNTIL (naive UTC)."""

    def alive(self) -> bool: ...

    def stop(self) -> None:
        """Ask every worker to stop after its current item (never kills one half-way)."""

    def join(self, timeout: float | None = None) -> None: ...


class ThreadPool:
    """Workers as threads of this process, sharing its services and clock."""

    def __init__(self, services: Services, count: int, clock: Clock, owner: str = "window"):
        self.services = services
        self.count = count
        self.clock = clock
        self.owner = owner
        self.workers: list[Worker] = []
        self.threads: list[threading.Thread] = []
        self.processed = 0
        self._lock = threading.Lock()

    def start(self, bots: list[str], until: datetime) -> None:
        self.workers = [Worker(self.services, f"{self.owner}:t{i}", bots=bots, until=until,
                               now=self.clock) for i in range(self.count)]
        self.threads = [threading.Thread(target=self._run, args=(w,), daemon=True)
                        for w in self.workers]
        for thread in self.threads:
            thread.start()

    def _run(self, worker: Worker) -> None:
        done = worker.run()
        with self._lock:
            self.processed += done

    def alive(self) -> bool:
        return any(t.is_alive() for t in self.threads)

    def stop(self) -> None:
        for worker in self.workers:
            worker.request_stop()

    def join(self, timeout: float | None = None) -> None:
        for thread in self.threads:
            thread.join(timeout)


def _child(index: int, bots: list[str], until: datetime) -> None:
    worker_main(index, bots, until, False, child=True)


class ProcessPool:
    """Worker processes (spawned, so they share nothing with the scheduler's threads)."""

    def __init__(self, count: int):
        self.count = count
        self.processes: list[BaseProcess] = []

    def start(self, bots: list[str], until: datetime) -> None:
        context = multiprocessing.get_context("spawn")
        # Index from 1: worker 0 would migrate the database, which the scheduler already did.
        self.processes = [context.Process(target=_child, args=(i + 1, bots, until),
                                          name=f"window-worker-{i + 1}")
                          for i in range(self.count)]
        for process in self.processes:
            process.start()

    def alive(self) -> bool:
        return any(p.is_alive() for p in self.processes)

    def stop(self) -> None:
        for process in self.processes:
            if process.pid and process.is_alive():
                os.kill(process.pid, signal.SIGTERM)  # one SIGTERM: finish the item, then exit

    def join(self, timeout: float | None = None) -> None:
        for process in self.processes:
            process.join(timeout)
