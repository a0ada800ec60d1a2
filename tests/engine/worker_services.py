"""The engine's services over a test database, with the bots and queue settings a test names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.conftest import AUDIT_KEY
from tradebots.queue.database import Database
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings


@contextmanager
def worker_services(database: Database, home: Path, bots: dict[str, str],
                    **queue: Any) -> Iterator[Services]:
    settings = load_settings(
        database_url=database.url, var_dir=home / "var", logs_dir=home / "logs",
        audit_key=AUDIT_KEY.decode(), bots=bots, queue=queue,
    )
    opened = open_services(settings)
    try:
        yield opened
    finally:
        opened.close()


def drain(services: Services) -> int:
    """Run one worker until nothing is ready; the number of items it ran."""
    return Worker(services, "test-worker", once=True).run()
