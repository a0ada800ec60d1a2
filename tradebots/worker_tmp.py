"""Each worker process's own temporary folder, named by its pid and start time, so what a killed
worker leaves (chromium's profile, Playwright's traces, any tempfile) is found by name and swept.

What the worker starts inherits TMPDIR: Playwright's driver (node's os.tmpdir()) and chromium
put their temporary files in the folder too. The machine's one converter does not (it outlives
workers): it keeps the machine's temporary folder, `machine_tmp()`."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

from loguru import logger

# The temporary folder the worker had before it took its own; inherited by what it starts.
MACHINE_TMP_ENV = "TRADEBOTS_MACHINE_TMPDIR"
_FOLDER = re.compile(r"^worker-(\d+)-(\d+)$")
# Chromium puts its socket in TMPDIR, in "org.chromium.Chromium.XXXXXX/SingletonSocket"; a socket
# path has at most 107 bytes, and past that chromium aborts ("Socket path too long").
CHROMIUM_SOCKET_BYTES = len("/org.chromium.Chromium.XXXXXX/SingletonSocket")
SOCKET_PATH_MAX = 107
# /proc/<pid>/stat after the ")" that ends the command name: state is field 3, starttime 22.
_STATE, _STARTTIME = 0, 19


def machine_tmp() -> Path:
    """The machine's temporary folder, also inside a worker that has taken its own."""
    return Path(os.environ.get(MACHINE_TMP_ENV) or tempfile.gettempdir())


def workers_root() -> Path:
    # Not under var/: a worker's folder under a deep var/ would leave chromium's socket no room.
    return machine_tmp() / f"tradebots-{os.getuid()}"


def take_own_tmpdir() -> Path:
    """Make this process's folder and point TMPDIR and tempfile at it; removed at exit."""
    pid = os.getpid()
    root = workers_root()
    folder = root / f"worker-{pid}-{started_at(pid)}"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault(MACHINE_TMP_ENV, str(machine_tmp()))
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    needed = len(os.fsencode(folder)) + CHROMIUM_SOCKET_BYTES
    if needed > SOCKET_PATH_MAX:
        logger.warning("chromium cannot start with its temporary files in {}: its socket path "
                       "would have {} bytes, limit {}; give the worker a shorter TMPDIR",
                       folder, needed, SOCKET_PATH_MAX)
    # Registered before anything starts a browser: exit handlers run last-in first-out, so
    # chromium is closed (by its host's handler) before its profile is removed.
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def sweep_dead_tmpdirs() -> list[Path]:
    """Remove the folders of workers that are gone (or whose pid now names another process)."""
    root = workers_root()
    if not root.is_dir():
        return []
    stale = []
    for path in root.iterdir():
        match = _FOLDER.match(path.name)
        if match and started_at(int(match.group(1))) != int(match.group(2)):
            shutil.rmtree(path, ignore_errors=True)
            stale.append(path)
    if stale:
        logger.info("swept the temporary folders of {} dead workers", len(stale))
    return stale


def started_at(pid: int) -> int | None:
    """When process PID started (clock ticks after boot); None when it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()
    if fields[_STATE] in ("Z", "X"):
        return None  # killed, not yet reaped: it runs nothing and will not use its folder again
    return int(fields[_STARTTIME])
