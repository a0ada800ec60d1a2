"""The console and the sandbox portal with the real penalty bot, for the two-stage case tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench.corpus.penalties import PenaltyCase, generate_penalty_corpus
from tests.console.conftest import Console, portal_console

PENALTY_BOT = {"penalty_notice": "bots.penalty_notice.bot:PenaltyNoticeBot"}


@pytest.fixture
def penalty_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Console]:
    """The console over real HTTP; the worker's chromium files into the sandbox portal."""
    yield from portal_console(tmp_path, monkeypatch, PENALTY_BOT)


@pytest.fixture(scope="module")
def referrals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PenaltyCase]:
    # Dated on the office's today: the bot reckons limitations from the real clock.
    today = datetime.now(ZoneInfo("America/New_York")).date()
    cases = generate_penalty_corpus(tmp_path_factory.mktemp("referrals"), 2, 7, today=today,
                                    scenarios=("gross_negligence", "negligence"))
    return {case.spec.scenario: case for case in cases}
