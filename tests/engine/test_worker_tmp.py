"""Each worker's temporary files are in a folder of its own: a killed worker's is swept by the
next worker to start, a live worker's never (issue 17, leftovers after SIGKILL). Real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from loguru import logger

from tests.conftest import AUDIT_KEY
from tradebots.documents.converter import DIR_ENV, state_dir
from tradebots.services import open_services
from tradebots.settings import load_settings
from tradebots.worker_tmp import MACHINE_TMP_ENV, started_at, take_own_tmpdir

REPO = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "tradebots.cli", "worker"]
BOTS = {"tempfile": "tests.engine.sample_bots:TempFileBot", "noop": "tradebots.noop:NoopBot"}
T = TypeVar("T")


def wait_for(find: Callable[[], T | None], seconds: float = 120) -> T:
    """What FIND gives once it gives something; fails after SECONDS (a worker starts slowly)."""
    deadline = time.monotonic() + seconds
    while (found := find()) is None:
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)
    return found


def worker_folder(root: Path, pid: int, holding: str = "") -> Path | None:
    """The folder of worker PID, once it exists (and holds a file named like HOLDING)."""
    for folder in root.glob(f"worker-{pid}-*"):
        if not holding or any(folder.glob(holding)):
            return folder
    return None


@pytest.mark.slow  # three worker processes, each ~1.5 s of CPU to start
def test_a_killed_workers_folder_is_swept_at_the_next_worker_start_and_a_live_ones_kept(
        tmp_path: Path) -> None:
    machine = tmp_path / "tmp"
    machine.mkdir()
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'queue.db'}",
                             var_dir=tmp_path / "var", logs_dir=tmp_path / "logs",
                             audit_key=AUDIT_KEY.decode(), bots=BOTS)
    env = {k: v for k, v in os.environ.items() if k != MACHINE_TMP_ENV} | {
        "TMPDIR": str(machine), "PYTHONPATH": str(REPO),
        "TRADEBOTS_DATABASE_URL": settings.resolved_database_url,
        "TRADEBOTS_VAR_DIR": str(settings.var_path), "TRADEBOTS_LOGS_DIR": str(tmp_path / "logs"),
        "TRADEBOTS_AUDIT_KEY": AUDIT_KEY.decode(), "TRADEBOTS_BOTS": json.dumps(BOTS),
        "TRADEBOTS_QUEUE__POLL_SECONDS": "0.2"}
    services = open_services(settings, migrate=True)
    root = machine / f"tradebots-{os.getuid()}"
    # Serving only noop, the live worker never claims the tempfile bot's item.
    live = subprocess.Popen([*WORKER, "--bot", "noop"], env=env, stderr=subprocess.DEVNULL)
    killed = subprocess.Popen([*WORKER, "--bot", "tempfile"], env=env, stderr=subprocess.DEVNULL)
    try:
        services.queue.enqueue("tempfile", actor="clerk", reference="slow",
                               payload={"work_s": 300})
        killed_folder = wait_for(lambda: worker_folder(root, killed.pid, "step-*"))
        live_folder = wait_for(lambda: worker_folder(root, live.pid))
        killed.send_signal(signal.SIGKILL)  # mid-step: its temporary file is written
        killed.wait()
        assert list(killed_folder.glob("step-*")) and live_folder.is_dir()
        live_start = started_at(live.pid)
        assert live_start is not None and live_folder.name == f"worker-{live.pid}-{live_start}"
        reused = root / f"worker-{live.pid}-{live_start - 1}"  # the pid, once of another process
        reused.mkdir()

        subprocess.run([*WORKER, "--once", "--bot", "noop"], env=env, check=True,
                       capture_output=True, timeout=300)
        assert not killed_folder.exists() and not reused.exists()
        # The --once worker removed its own folder as it stopped.
        assert sorted(root.glob("worker-*")) == [live_folder]
    finally:
        live.send_signal(signal.SIGTERM)
        live.wait(timeout=120)
        killed.kill()
        killed.wait()
        services.close()
    assert not live_folder.exists()


def test_started_at_tells_a_running_process_from_a_killed_one() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    try:
        start, init = started_at(child.pid), started_at(1)
        assert start is not None and init is not None and start > init
        assert started_at(child.pid) == start
        child.send_signal(signal.SIGKILL)
        # Killed but not yet reaped (a zombie): it will never use its folder again.
        wait_for(lambda: True if started_at(child.pid) is None else None, seconds=30)
    finally:
        child.kill()
        child.wait()
    assert started_at(child.pid) is None


def test_the_converter_keeps_the_machines_temporary_folder_inside_a_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # It outlives the worker that starts it: in the worker's folder it would be swept under it.
    monkeypatch.delenv(DIR_ENV, raising=False)
    monkeypatch.setenv(MACHINE_TMP_ENV, str(tmp_path / "machine"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "worker"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "worker"))
    assert state_dir("soffice").parent == tmp_path / "machine" / f"tradebots-{os.getuid()}"


def test_a_worker_folder_too_deep_for_chromiums_socket_is_said_at_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Measured: with the socket path at 122 bytes chromium aborts, "Socket path too long".
    monkeypatch.setenv(MACHINE_TMP_ENV, str(tmp_path / ("d" * 60)))
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # given back, as the tempfile default is
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    said: list[str] = []
    sink = logger.add(said.append, level="WARNING", format="{message}")
    try:
        folder = take_own_tmpdir()
    finally:
        logger.remove(sink)
    assert folder.is_dir() and os.environ["TMPDIR"] == str(folder)
    (message,) = said
    assert f"chromium cannot start with its temporary files in {folder}" in message
    # Not the advice's words: a password typed earlier in the same process ("short", refused
    # as too short) is masked wherever it appears in a log line.
    assert "bytes, limit 107; give the worker a" in message
