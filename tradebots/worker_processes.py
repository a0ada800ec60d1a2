"""Run N worker processes and stop them cleanly together."""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import time
from datetime import datetime

from loguru import logger
from sqlalchemy.exc import OperationalError

from tradebots.log import setup_logging
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import Settings, get_settings
from tradebots.worker_tmp import sweep_dead_tmpdirs, take_own_tmpdir

START_PATIENCE_SECONDS = 600.0  # past this a database that never answers stops the worker


def worker_main(
    index: int, bots: list[str] | None, until: datetime | None, once: bool, *, child: bool = False
) -> int:
    """One worker process: open the engine, work, close. Returns items processed."""
    # Before anything can start a browser or write a temporary file: they go in this folder.
    take_own_tmpdir()
    settings = get_settings()
    owner = f"{socket.gethostname()}:{os.getpid()}"
    setup_logging(settings.logs_path, worker=f"w{index}:{os.getpid()}",
                  file_level=settings.log_level)
    sweep_dead_tmpdirs()  # needs no database: done even while it is unreachable
    services = _open_when_reachable(settings, migrate=index == 0)
    worker = Worker(services, owner, bots=bots, until=until, once=once)
    worker.install_signal_handlers(interrupt=not child)
    try:
        return worker.run()
    finally:
        services.close()


def _open_when_reachable(settings: Settings, *, migrate: bool) -> Services:
    """A database locked or restarting as the worker starts is waited for, not a reason to die."""
    deadline = time.monotonic() + START_PATIENCE_SECONDS
    wait = 1.0
    while True:
        try:
            return open_services(settings, migrate=migrate)
        except OperationalError as exc:
            if time.monotonic() + wait > deadline:
                raise
            logger.warning("database not ready at start, trying again in {:.0f} s: {}", wait,
                           exc.orig)
            time.sleep(wait)
            wait = min(wait * 2, 30.0)


def _child(index: int, bots: list[str] | None, until: datetime | None, once: bool) -> None:
    worker_main(index, bots, until, once, child=True)


def run_workers(
    count: int, *, bots: list[str] | None, until: datetime | None, once: bool
) -> int:
    """Run COUNT workers (in this process when COUNT is 1); returns items processed where known."""
    if count == 1:
        return worker_main(0, bots, until, once)
    _open_when_reachable(get_settings(), migrate=True).close()
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_child, args=(i + 1, bots, until, once), name=f"worker-{i + 1}")
        for i in range(count)
    ]
    for process in processes:
        process.start()

    def forward(signum: int, _frame: object) -> None:
        for process in processes:
            if process.pid and process.is_alive():
                os.kill(process.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for process in processes:
        process.join()
    return 0
