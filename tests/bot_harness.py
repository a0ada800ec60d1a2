"""A real suite for bot end-to-end tests: sandbox portal process, SQLite queue, worker, browser."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bots.portal import Portal, load_office_config, office_session
from bots.portal.item import browser_host, close_browser_host
from tests.conftest import AUDIT_KEY
from tests.sandbox.portal_process import REPO, RunningPortal, start_portal
from tradebots.queue.queries import get_item, item_artifacts
from tradebots.queue.tables import WorkItem
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

BOTS = {
    "protest_intake": "bots.protest_intake.bot:ProtestIntakeBot",
    "ruling_triage": "bots.ruling_triage.bot:RulingTriageBot",
    "penalty_notice": "bots.penalty_notice.bot:PenaltyNoticeBot",
}


@dataclass
class Suite:
    """The engine and the sandbox portal, wired as `make run` wires them."""

    services: Services
    portal: RunningPortal
    tmp: Path

    def enqueue(self, bot: str, pdf: Path, **payload: Any) -> int:
        return self.services.queue.enqueue(bot, [pdf], actor="clerk", payload=payload).item_id

    def work(self) -> int:
        """Run a worker until nothing is ready, as `tradebots worker --once` does."""
        return Worker(self.services, "test-worker", once=True).run()

    def item(self, item_id: int) -> WorkItem:
        found = get_item(self.services.database, item_id)
        assert found is not None
        return found

    def artifact_names(self, item_id: int) -> set[str]:
        return {a.name for a in item_artifacts(self.services.database, item_id)}

    @contextmanager
    def browse(self) -> Iterator[Portal]:
        """The portal as a person would check it, in its own browser."""
        settings = self.services.settings
        with office_session(
            browser_host(settings), settings, self.tmp / "checks", lambda: None, "check",
            config=load_office_config(settings, self.portal.base_url),
        ) as portal:
            yield portal


@pytest.fixture
def suite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Suite]:
    with open_suite(tmp_path, monkeypatch) as opened:
        yield opened


@contextmanager
def open_suite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
               portal: dict[str, Any] | None = None,
               queue: dict[str, Any] | None = None) -> Iterator[Suite]:
    """The suite with PORTAL and QUEUE settings over the test defaults."""
    running = start_portal(tmp_path / "portal.db")
    monkeypatch.setenv("TRADEBOTS_PORTAL_URL", running.base_url)
    monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'suite.db'}", var_dir=tmp_path / "var",
        logs_dir=tmp_path / "logs", audit_key=AUDIT_KEY.decode(), bots=BOTS,
        portal={"password": running.password, "config_file": str(REPO / "config/portal.toml"),
                **(portal or {})},
        queue={"backoff_base_seconds": 0, **(queue or {})},
    )
    services = open_services(settings, migrate=True)
    try:
        yield Suite(services, running, tmp_path)
    finally:
        services.close()
        close_browser_host(settings)
        running.stop()
