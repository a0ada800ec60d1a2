"""Inbox sweep: queue every new PDF of a folder for its bot, then move it to the archive."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loguru import logger

from tradebots.queue.store import WorkQueue

SWEEP_ACTOR = "inbox-sweep"


@dataclass
class SweepResult:
    queued: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    archived: list[Path] = field(default_factory=list)


def _archive_target(archive: Path, name: str) -> Path:
    # Never overwrite an archived file: a second "scan.pdf" becomes "scan-1.pdf".
    target = archive / name
    stem, suffix = target.stem, target.suffix
    counter = 1
    while target.exists():
        target = archive / f"{stem}-{counter}{suffix}"
        counter += 1
    return target


def sweep_inbox(queue: WorkQueue, folder: Path, bot: str, archive: Path, *,
                today: date) -> SweepResult:
    """Queue the folder's PDFs for BOT (the same content is one item) and archive them.

    Files are stored in the content store before they are queued and are moved, never deleted,
    to ARCHIVE/<today>/. Hidden and partial files (".name", "*.part") are left alone.
    """
    result = SweepResult()
    if not folder.is_dir():
        logger.warning("inbox {} does not exist; nothing to sweep", folder)
        return result
    day_dir = archive / today.isoformat()
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.suffix.lower() != ".pdf":
            continue
        queued = queue.enqueue(bot, [path], actor=SWEEP_ACTOR)
        (result.queued if queued.created else result.duplicates).append(queued.item_id)
        day_dir.mkdir(parents=True, exist_ok=True)
        target = _archive_target(day_dir, path.name)
        shutil.move(str(path), target)
        result.archived.append(target)
        logger.info("{} -> item {} ({}); archived as {}", path.name, queued.item_id,
                    "queued" if queued.created else "same content already queued", target)
    return result
