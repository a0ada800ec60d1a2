"""How the engine finds parts by name: installed entry points first, settings on top, and a
reference that cannot be imported is named in the error."""

from __future__ import annotations

import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tradebots.bot import load_bot
from tradebots.errors import ConfigError
from tradebots.references import BOTS_GROUP, resolve, resolve_callable
from tradebots.settings import load_settings


def test_installed_entry_points_are_bots_without_any_configuration(project_home: Path) -> None:
    installed = {entry.name for entry in entry_points(group=BOTS_GROUP)}
    assert {"protest_intake", "ruling_triage", "penalty_notice"} <= installed
    settings = load_settings()
    assert installed | {"noop"} <= set(settings.bots)
    assert {"protest", "ruling-request", "penalty-case"} <= set(settings.extractors)


def test_settings_add_a_bot_override_one_and_turn_one_off(project_home: Path) -> None:
    (project_home / "config" / "settings.toml").write_text(
        '[bots]\nack = "office.ack:AckBot"\n'
        'protest_intake = "office.protest:Better"\n'
        'penalty_notice = ""\n'
    )
    bots = load_settings().bots
    assert bots["ack"] == "office.ack:AckBot"
    assert bots["protest_intake"] == "office.protest:Better"
    assert "penalty_notice" not in bots
    assert bots["ruling_triage"] == "bots.ruling_triage.bot:RulingTriageBot"


def test_a_module_in_the_project_home_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    (tmp_path / "homeparts_discovery.py").write_text("ANSWER = 42\n")
    assert resolve("homeparts_discovery:ANSWER", setting="x", home=tmp_path) == 42


@pytest.mark.parametrize(("reference", "message"), [
    ("bench.samples", "setting samples.make: 'bench.samples' is not a 'module:attribute' name"),
    ("no_such_module_anywhere:main",
     "setting samples.make: cannot import 'no_such_module_anywhere:main': "
     "No module named 'no_such_module_anywhere'"),
    ("tradebots.noop:Nothing", "setting samples.make: tradebots.noop has no 'Nothing'"),
    ("tradebots.noop:__doc__", "setting samples.make: 'tradebots.noop:__doc__' is not a function"),
])
def test_a_bad_reference_is_one_error_naming_the_setting(reference: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_callable(reference, setting="samples.make")
    assert str(caught.value).startswith(message)


def test_a_bot_that_cannot_be_loaded_names_its_setting(project_home: Path) -> None:
    with pytest.raises(ConfigError, match=r"^setting bots.ack: cannot import 'office.ack:AckBot'"):
        load_bot("office.ack:AckBot", "ack")
