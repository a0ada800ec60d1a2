"""The console and the sandbox portal with the real penalty bot, for the two-stage case tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench.corpus.penalties import PenaltyCase, generate_penalty_corpus
from bots.portal.item import close_browser_host
from tests.console.conftest import Console, _console, make_services
from tests.sandbox.portal_process import REPO, start_portal

PENALTY_BOT = {"penalty_notice": "bots.penalty_notice.bot:PenaltyNoticeBot"}


@pytest.fixture
def penalty_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Console]:
    """The console over real HTTP; the worker's chromium files into the sandbox portal."""
    portal = start_portal(tmp_path / "portal.db")
    settings = None
    try:
        monkeypatch.setenv("TRADEBOTS_PORTAL_URL", portal.base_url)
        monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
        services = make_services(
            f"sqlite:///{tmp_path / 'console.db'}", tmp_path, bots=PENALTY_BOT,
            portal={"password": portal.password,
                    "config_file": str(REPO / "config/portal.toml")},
        )
        settings = services.settings
        yield from _console(services, portal)
    finally:
        if settings is not None:
            close_browser_host(settings)
        portal.stop()


@pytest.fixture(scope="module")
def referrals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PenaltyCase]:
    # Dated on the office's today: the bot reckons limitations from the real clock.
    today = datetime.now(ZoneInfo("America/New_York")).date()
    cases = generate_penalty_corpus(tmp_path_factory.mktemp("referrals"), 2, 7, today=today,
                                    scenarios=("gross_negligence", "negligence"))
    return {case.spec.scenario: case for case in cases}
