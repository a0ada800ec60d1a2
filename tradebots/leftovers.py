"""Sweep what killed workers leave: item work folders, office and browser profiles, and (through
the bots that can leave some) work outside the engine such as portal drafts."""

from __future__ import annotations

import os
import re
import shutil
import socket
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from loguru import logger
from sqlalchemy import select

from tradebots.bot import Bot, SweepsLeftovers
from tradebots.queue.states import State
from tradebots.queue.tables import WorkItem
from tradebots.services import Services

_WORKDIR = re.compile(r"^(\d+)-(\d+)$")
# The converter's per-process profile folders (tradebots/documents/preview.py), named by pid.
_PROFILE = re.compile(r"^tradebots-lo-(\d+)-")
# Playwright's chromium profiles: a SIGKILLed worker leaves them (and their socket folder) behind.
_BROWSER_PROFILES = "playwright_chromiumdev_profile-*"
_SOCKET_DIR = re.compile(r"^org\.chromium\.Chromium\.")


def sweep_leftovers(services: Services, now: datetime) -> list[Path]:
    """Remove work folders no live lease owns and profiles of dead processes; return them."""
    tmp = Path(tempfile.gettempdir())
    removed = _sweep_workdirs(services, now) + _sweep_profiles(tmp) + _sweep_browser_profiles(tmp)
    if removed:
        logger.info("swept {} leftovers of earlier workers", len(removed))
    return removed


def sweep_bot_leftovers(services: Services, name: str, load: Callable[[], Bot],
                        now: datetime) -> int:
    """Let bot NAME (LOAD gives it) remove what its killed runs left outside the engine; the
    count it removed."""
    if not _has_items(services, name):
        return 0  # an installed bot nobody uses has left nothing: not even loaded for it
    bot = load()
    if not isinstance(bot, SweepsLeftovers):
        return 0
    removed = bot.sweep_leftovers(services.settings, _running_check(services, name), now)
    if removed:
        logger.info("swept {} leftovers of {}'s earlier runs", removed, name)
    return removed


def _has_items(services: Services, bot: str) -> bool:
    with services.database.read() as session:
        return session.scalar(select(WorkItem.id).where(WorkItem.bot == bot).limit(1)) is not None


def _running_check(services: Services, bot: str) -> Callable[[str], bool]:
    def running(reference: str) -> bool:
        # A running item with an expired lease comes back to its leftovers (and resumes them).
        with services.database.read() as session:
            return session.scalar(select(WorkItem.state).where(
                WorkItem.bot == bot, WorkItem.reference == reference)) == State.RUNNING.value

    return running


def _sweep_workdirs(services: Services, now: datetime) -> list[Path]:
    root = services.settings.var_path / "work"
    if not root.is_dir():
        return []
    # List before asking who holds what: a folder made after its claim is then always seen held.
    found = [p for p in root.iterdir() if p.is_dir()]
    with services.database.read() as session:
        held = {f"{item_id}-{attempts}" for item_id, attempts in session.execute(
            select(WorkItem.id, WorkItem.attempts).where(
                WorkItem.state == State.RUNNING.value, WorkItem.lease_expires >= now))}
    stale = [p for p in found if _WORKDIR.match(p.name) and p.name not in held]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return stale


def _sweep_profiles(tmp: Path) -> list[Path]:
    stale = []
    for path in tmp.glob("tradebots-lo-*"):
        match = _PROFILE.match(path.name)
        if match and path.is_dir() and not _alive(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            stale.append(path)
    return stale


def _sweep_browser_profiles(tmp: Path) -> list[Path]:
    """Profiles whose SingletonLock ("host-pid") names a chromium of this host that is gone."""
    stale = []
    for path in tmp.glob(_BROWSER_PROFILES):
        try:
            host, _, pid = os.readlink(path / "SingletonLock").rpartition("-")
        except OSError:
            continue  # no lock yet (a browser starting) or no longer: not ours to judge
        if host != socket.gethostname() or not pid.isdigit() or _alive(int(pid)):
            continue
        socket_dir = _socket_dir(path, tmp)
        shutil.rmtree(path, ignore_errors=True)
        stale.append(path)
        if socket_dir is not None:
            shutil.rmtree(socket_dir, ignore_errors=True)
            stale.append(socket_dir)
    return stale


def _socket_dir(profile: Path, tmp: Path) -> Path | None:
    try:
        folder = Path(os.readlink(profile / "SingletonSocket")).parent
    except OSError:
        return None
    return folder if folder.parent == tmp and _SOCKET_DIR.match(folder.name) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True
