"""One fault case's stage: its own database, var folder, sandbox portal, converter and workers.

The parts run as `tradebots` processes, as in production (tradebots.benchmarks.intake_bench);
the suite reaches into them only the way an operator would: signals, mounts, locks."""

from __future__ import annotations

import random
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from tradebots.benchmarks.intake_bench import _child_environment, _start_portal, _tradebots
from tradebots.benchmarks.queue_bench import stop_processes
from tradebots.documents.converter import DIR_ENV, Converter, stop_converters
from tradebots.documents.preview import soffice_binary
from tradebots.services import Services, open_services
from tradebots.settings import Settings, load_settings

BOT = "protest_intake"
# Short waits so a case ends in minutes; the portal's step budget stays as configured (120 s).
QUEUE_ENV = {
    "TRADEBOTS_QUEUE__LEASE_SECONDS": "20",
    "TRADEBOTS_QUEUE__HEARTBEAT_SECONDS": "5",
    "TRADEBOTS_QUEUE__POLL_SECONDS": "0.5",
    "TRADEBOTS_QUEUE__BACKOFF_BASE_SECONDS": "2",
    "TRADEBOTS_QUEUE__BACKOFF_MAX_SECONDS": "20",
}


class Stage:
    """Start with open(), stop everything with close(); workers and portal can be cut at will."""

    def __init__(self, settings: Settings, run_dir: Path, database_url: str | None,
                 portal_args: list[str]) -> None:
        self.run_dir = run_dir
        self.var = run_dir / "var"
        # Short: a worker's own folder goes in it, and chromium's socket path in that (107 bytes).
        self.tmp = Path(tempfile.mkdtemp(prefix="fs-"))
        self.env = _child_environment(settings, BOT, run_dir) | QUEUE_ENV
        if database_url:
            self.env["TRADEBOTS_DATABASE_URL"] = database_url
        self.portal_args = portal_args
        self.settings = settings
        self.portal: subprocess.Popen[bytes] | None = None
        self.portal_port = 0
        self.workers: list[subprocess.Popen[bytes]] = []
        self.peak_rss_kb: dict[int, int] = {}
        self.exits: list[int] = []  # exit codes of workers that stopped by themselves
        self.services: Services | None = None
        self.rng = random.Random(17)

    @property
    def database_url(self) -> str:
        return self.env["TRADEBOTS_DATABASE_URL"]

    @property
    def portal_db(self) -> Path:
        return self.run_dir / "portal.db"

    def open(self) -> Services:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.start_portal()
        self.services = open_services(load_settings(
            database_url=self.database_url, var_dir=self.var, logs_dir=self.run_dir / "logs",
            bots=self.settings.bots, audit_key=self.env["TRADEBOTS_AUDIT_KEY"],
        ), migrate=True)
        Converter(soffice_binary(), Path(self.env[DIR_ENV])).endpoint()  # the one they share
        return self.services

    def start_portal(self) -> None:
        """The sandbox on the port it had before (a restart after an outage keeps its address)."""
        self.portal, url = _start_portal(self.run_dir, self.env, self.portal_args,
                                         port=self.portal_port or None)
        self.portal_port = int(url.rsplit(":", 1)[1])
        self.env["TRADEBOTS_PORTAL_URL"] = url

    def stop_portal(self) -> None:
        if self.portal is not None:
            self.portal.terminate()
            self.portal.wait(timeout=60)
            self.portal = None

    def start_workers(self, count: int) -> None:
        self.workers = [self._spawn(index) for index in range(count)]

    def _spawn(self, index: int) -> subprocess.Popen[bytes]:
        log = (self.run_dir / f"worker-{index}.log").open("ab")
        return subprocess.Popen(_tradebots("worker", "--bot", BOT), env=self.env, stdout=log,
                                stderr=log)

    def kill_one_and_restart(self) -> None:
        """SIGKILL a random worker mid-step and start another, as a crashing host would."""
        index = self.rng.randrange(len(self.workers))
        self._note_exit(self.workers[index])
        self._note_peak(self.workers[index])
        self.workers[index].send_signal(signal.SIGKILL)
        self.workers[index].wait()
        self.workers[index] = self._spawn(index)

    def stop_workers(self) -> None:
        for worker in self.workers:
            self._note_exit(worker)
            self._note_peak(worker)
        stop_processes(self.workers, timeout=120)
        self.workers = []

    def _note_exit(self, worker: subprocess.Popen[bytes]) -> None:
        # A worker that ended before anyone stopped it is a dead part of the suite.
        code = worker.poll()
        if code is not None and code != -signal.SIGKILL:
            self.exits.append(code)

    def _note_peak(self, worker: subprocess.Popen[bytes]) -> None:
        # VmHWM: the worker process's own peak resident memory (chromium runs in children).
        try:
            for line in Path(f"/proc/{worker.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_rss_kb[worker.pid] = int(line.split()[1])
        except OSError:
            pass

    def close(self) -> None:
        self.stop_workers()
        self.stop_portal()
        if self.services is not None:
            self.services.close()
        stop_converters(Path(self.env[DIR_ENV]))


def wait_until(condition: Any, seconds: float, step: float = 1.0) -> bool:
    """Poll CONDITION until it holds or SECONDS pass; say which."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())
