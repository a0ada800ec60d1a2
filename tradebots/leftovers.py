"""Sweep what killed workers leave: item work folders and (through the bots that can leave some)
work outside the engine such as portal drafts. Their temporary files (office and browser
profiles, traces) are in folders of their own: tradebots/worker_tmp.py sweeps those."""

from __future__ import annotations

import re
import shutil
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


def sweep_leftovers(services: Services, now: datetime) -> list[Path]:
    """Remove the work folders no live lease owns; return them."""
    removed = _sweep_workdirs(services, now)
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
