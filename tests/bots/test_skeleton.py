"""Every office bot has the same files and runs the one pipeline: a new bot is only its parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.pipeline import OfficeBot
from tradebots.bot import load_bot
from tradebots.settings import load_settings

BOTS = Path(__file__).resolve().parents[2] / "bots"
SKELETON = ("bot.py", "model.py", "extract.py", "rules/__init__.py", "contract.py", "portal.py",
            "letters.py", "clocks.py")
OFFICE_BOTS = ("protest_intake", "ruling_triage", "penalty_notice")


@pytest.mark.parametrize("bot", OFFICE_BOTS)
def test_an_office_bot_has_every_file_of_the_skeleton(bot: str) -> None:
    missing = [name for name in SKELETON if not (BOTS / bot / name).is_file()]
    assert missing == []


@pytest.mark.parametrize("bot", [*OFFICE_BOTS, "acknowledge_receipt"])
def test_every_bot_runs_the_shared_pipeline(bot: str) -> None:
    reference = load_settings().bots[bot]
    assert isinstance(load_bot(reference), OfficeBot)
    assert "def prepare" not in (BOTS / bot / "bot.py").read_text()
