"""Playwright's driver and chromium put their temporary files in the worker's own folder, so a
SIGKILLed worker leaves nothing in the machine's tmp that the next worker's sweep misses."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tradebots.worker_tmp import MACHINE_TMP_ENV, started_at, sweep_dead_tmpdirs

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.browser
def test_traces_and_profiles_of_a_killed_workers_browser_are_in_its_folder_and_swept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Short: chromium's socket path (in TMPDIR) has at most 107 bytes; pytest's tmp_path is deep.
    machine = Path(tempfile.mkdtemp(prefix="tbw-", dir="/tmp"))
    env = {k: v for k, v in os.environ.items() if k != MACHINE_TMP_ENV} | {
        "TMPDIR": str(machine), "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-m", "tests.browser.traced_worker"], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "tracing"
        root = machine / f"tradebots-{os.getuid()}"
        (folder,) = root.glob(f"worker-{child.pid}-*")
        kinds = {re.sub(r"[A-Za-z0-9]+$", "", path.name) for path in folder.iterdir()}
        assert {"playwright-tracing-", "playwright-artifacts-", "playwright_chromiumdev_profile-",
                "org.chromium.Chromium."} <= kinds, kinds
        assert [path.name for path in machine.iterdir()] == [root.name]  # nothing outside it
        helpers = _descendants(child.pid)  # the driver (node) and chromium's processes
        assert helpers
        child.send_signal(signal.SIGKILL)
        child.wait()
        # They follow the worker out (the driver's pipe closes); once gone none can write more.
        deadline = time.monotonic() + 60
        while any(started_at(pid) is not None for pid in helpers):
            assert time.monotonic() < deadline, "the browser outlived its worker"
            time.sleep(0.2)
        assert folder.is_dir()  # what the killed worker left is still there ...
        monkeypatch.setenv(MACHINE_TMP_ENV, str(machine))
        assert sweep_dead_tmpdirs() == [folder]  # ... until the next worker starts
        assert list(root.iterdir()) == []
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
        shutil.rmtree(machine, ignore_errors=True)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone while being read
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found
