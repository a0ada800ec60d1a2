"""`tradebots schedule list` and the schedules file's checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tradebots.errors import ConfigError
from tradebots.runner import Worker
from tradebots.schedule.cli import register_schedule_commands
from tradebots.schedule.config import load_schedules, parse_schedules
from tradebots.services import open_services
from tradebots.settings import get_settings
from workflows.demo import write_demo_schedules

REPO = Path(__file__).resolve().parents[2]


def app() -> typer.Typer:
    application = typer.Typer()
    register_schedule_commands(application)
    return application


def test_schedule_list_shows_every_job_with_its_next_run(project_home):
    (project_home / "config" / "schedules.toml").write_text(
        (REPO / "config" / "schedules.toml").read_text())
    result = CliRunner().invoke(app(), ["schedule", "list"])
    assert result.exit_code == 0, result.output
    for job_id in ("inbox-sweep", "diary", "night-window"):
        assert job_id in result.output
    night = next(line for line in result.output.splitlines() if line.startswith("night-window"))
    assert "never" in night and ("EST" in night or "EDT" in night)


def test_the_demo_schedule_opens_a_window_within_seconds(project_home):
    path = write_demo_schedules(get_settings())
    result = CliRunner().invoke(app(), ["schedule", "list", "--schedules", str(path)])
    assert result.exit_code == 0, result.output
    assert {"demo-sweep", "demo-window", "demo-diary"} <= {
        line.split()[0] for line in result.output.splitlines()[1:]}
    assert len(list((project_home / "var" / "demo" / "inbox" / "noop").glob("*.pdf"))) == 3
    shutil.rmtree(project_home / "var" / "demo")


def test_a_bad_schedules_file_names_the_job_and_the_field(tmp_path):
    with pytest.raises(ConfigError, match=r"jobs\.0.*cron"):
        parse_schedules({"jobs": {"night": {"func": "m:f", "trigger": "cron", "timezone": "UTC",
                                            "misfire_grace_seconds": 60, "coalesce": True}}})
    with pytest.raises(ConfigError, match="unknown time zone"):
        parse_schedules({"jobs": {"x": {"func": "m:f", "trigger": "interval",
                                        "interval_seconds": 5, "timezone": "Mars/Olympus",
                                        "misfire_grace_seconds": 60, "coalesce": True}}})
    missing = tmp_path / "none.toml"
    with pytest.raises(ConfigError, match="cannot read"):
        load_schedules(missing)


def test_a_missing_schedules_file_is_a_one_line_error(project_home):
    result = CliRunner().invoke(app(), ["schedule", "list"])
    assert result.exit_code == 2
    assert "schedules.toml: cannot read" in result.output


def test_schedule_clocks_shows_the_clocks_steps_opened(project_home):
    (project_home / "config" / "settings.toml").write_text(
        '[bots]\nclocks = "tests.engine.sample_bots:DoneClockBot"\n')
    get_settings.cache_clear()
    opened = open_services(get_settings(), migrate=True)
    try:
        wanted = {"kind": "ruling_cure", "started": "2026-03-02", "case": "ruling:H300001"}
        opened.queue.enqueue("clocks", actor="clerk", reference="r", payload={"open": [wanted]})
        assert Worker(opened, "w", once=True).run() == 1
    finally:
        opened.close()
    result = CliRunner().invoke(app(), ["schedule", "clocks"])
    assert result.exit_code == 0, result.output
    [line] = [row for row in result.output.splitlines() if row.startswith("ruling_cure")]
    assert line.split()[:5] == ["ruling_cure", "ruling:H300001", "2026-04-01", "2026-03-27", "no"]
    assert line.endswith("19 CFR 177.3")


def test_schedule_clocks_says_when_none_is_running(project_home):
    result = CliRunner().invoke(app(), ["schedule", "clocks"])
    assert result.exit_code == 0, result.output
    assert "no statutory clock is running" in result.output
