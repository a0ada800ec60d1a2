"""The eight faults of issue 17, each injected for real while the workers run."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from bench.fault_suite.stage import Stage, wait_until
from bench.fault_suite.tally import settled
from tests.engine.mounts import fill, remount
from tradebots.benchmarks.intake_bench import _tradebots

LOCK_SECONDS = 75.0  # longer than SQLite's 60 s busy timeout
OUTAGE_SECONDS = 150.0  # longer than the portal's 120 s step budget
DISK_SECONDS = 45.0
KILL_EVERY = (5.0, 10.0)
# A few kills per item (max_crashes is 8) while a protest takes about a minute on a busy host.
KILL_STORM_SECONDS = 120.0

Inject = Callable[[Stage, Callable[[], dict[int, str]]], dict[str, Any]]


@dataclass(frozen=True)
class Case:
    name: str
    inject: Inject
    portal_args: list[str] = field(default_factory=list)
    var_tmpfs_mb: int = 0  # var/ on a small real tmpfs of this size (0: the run folder's disk)
    heavy: bool = False  # one of the items is the 480-page PDF


def _first_running(states: Callable[[], dict[int, str]]) -> bool:
    return wait_until(lambda: "running" in states().values(), 300, step=0.5)


def login_bounce(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """The sandbox bounces logins without a reason and cuts sessions every second."""
    return {"notes": "portal: " + " ".join(stage.portal_args)}


def db_lock(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """Another connection holds an exclusive lock on the queue past the busy timeout."""
    _first_running(states)
    url = stage.database_url
    if url.startswith("sqlite:///"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=120,
                               isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        held = _hold(LOCK_SECONDS)
        conn.execute("ROLLBACK")
        conn.close()
        what = "BEGIN EXCLUSIVE"
    else:
        with psycopg.connect(url.replace("+psycopg", "")) as pg:
            pg.execute("LOCK TABLE work_items IN ACCESS EXCLUSIVE MODE")
            held = _hold(LOCK_SECONDS)
            pg.rollback()
        what = "LOCK TABLE work_items IN ACCESS EXCLUSIVE MODE"
    return {"notes": f"{what} held {held:.0f} s"}


def disk_full(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """var/ (a small tmpfs) filled to the last byte while items run, then freed."""
    _first_running(states)
    fill(stage.var)
    held = _hold(DISK_SECONDS)
    (stage.var / "filler").unlink()
    return {"notes": f"var tmpfs full {held:.0f} s"}


def read_only(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """var/ (a tmpfs) remounted read-only while items run, then writable again."""
    _first_running(states)
    remount(stage.var, read_only=True)
    held = _hold(DISK_SECONDS)
    remount(stage.var, read_only=False)
    return {"notes": f"var read-only {held:.0f} s"}


def kill_storm(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """A worker SIGKILLed every 5-10 s while items run; none of those runs is a failed step."""
    _first_running(states)
    kills, started = 0, time.monotonic()
    while time.monotonic() - started < KILL_STORM_SECONDS and not _settled(states):
        time.sleep(stage.rng.uniform(*KILL_EVERY))
        stage.kill_one_and_restart()
        kills += 1
    return {"kills": kills, "notes": f"{kills} SIGKILLs in {time.monotonic() - started:.0f} s"}


def retry_budget(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """The portal stopped for longer than a step's retry budget, then started again."""
    _first_running(states)
    stage.stop_portal()
    held = _hold(OUTAGE_SECONDS)
    stage.start_portal()
    return {"notes": f"portal down {held:.0f} s"}


def leftovers(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """Every worker SIGKILLed twice mid-step: what they leave must be swept."""
    kills = 0
    for _ in range(2):
        _first_running(states)
        time.sleep(6)  # into the step: the browser is open, the work folder written
        for _ in range(len(stage.workers)):
            stage.kill_one_and_restart()
            kills += 1
    return {"kills": kills, "notes": f"{kills} SIGKILLs mid-step"}


def heavy_files(stage: Stage, states: Callable[[], dict[int, str]]) -> dict[str, Any]:
    """The 480-page PDF among ordinary protests; `extract` on it measured on its own too."""
    heavy = stage.run_dir.parent / "documents" / "heavy-480-pages.pdf"
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "%M %e", *_extract_command(heavy)], env=stage.env,
        capture_output=True, text=True, check=False)
    peak_kb, seconds = timed.stderr.strip().splitlines()[-1].split()
    refusal = next((line for line in timed.stderr.splitlines() if "too large" in line), "")
    return {"extract_peak_mb": round(int(peak_kb) / 1024), "extract_seconds": float(seconds),
            "extract_refusal": refusal.strip()}


def _extract_command(pdf: Path) -> list[str]:
    return _tradebots("extract", "protest", str(pdf))


def _hold(seconds: float) -> float:
    started = time.monotonic()
    time.sleep(seconds)
    return time.monotonic() - started


def _settled(states: Callable[[], dict[int, str]]) -> bool:
    return settled(states().values())


CASES = {case.name: case for case in (
    Case("login-bounce", login_bounce,
         portal_args=["--login-bounce-rate", "0.3", "--session-max-seconds", "1"]),
    Case("db-lock", db_lock),
    Case("disk-full", disk_full, var_tmpfs_mb=64),
    Case("read-only", read_only, var_tmpfs_mb=64),
    Case("kill", kill_storm),
    Case("retry-budget", retry_budget),
    Case("leftovers", leftovers),
    Case("heavy-files", heavy_files, heavy=True),
)}
