"""`tradebots scheduler`, `tradebots schedule list` and `tradebots schedule clocks`."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer

from tradebots.cli_common import fail, services, settings_or_exit
from tradebots.errors import ConfigError
from tradebots.schedule.config import Schedules, load_schedules
from tradebots.schedule.listing import describe_clocks, format_jobs, list_jobs
from tradebots.settings import Settings

DEFAULT_SCHEDULES = "config/schedules.toml"

SchedulesOption = Annotated[
    Path | None, typer.Option("--schedules", help=f"Jobs file (default {DEFAULT_SCHEDULES})")
]


def schedules_or_exit(settings: Settings, path: Path | None) -> Schedules:
    try:
        return load_schedules(path or settings.path(DEFAULT_SCHEDULES))
    except ConfigError as exc:
        fail(str(exc))


def run_scheduler_command(path: Path | None) -> None:
    """Run the scheduler until SIGTERM or Ctrl-C (running jobs finish their current item)."""
    from tradebots.schedule.process import SchedulerProcess

    settings = settings_or_exit()
    schedules = schedules_or_exit(settings, path)
    stopping = threading.Event()

    def handle(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    with services(migrate=True, worker="scheduler", quiet=False) as svc:
        SchedulerProcess(svc, schedules, stopping=stopping).run()


def register_schedule_commands(app: typer.Typer) -> None:
    """Add `scheduler`, `schedule list` and `schedule clocks` to APP."""
    schedule_app = typer.Typer(no_args_is_help=True, help="The overnight schedule.")
    app.add_typer(schedule_app, name="schedule")

    @app.command("scheduler")
    def scheduler(schedules: SchedulesOption = None) -> None:
        """Fire the scheduled jobs (one leader; a second scheduler stands by)."""
        run_scheduler_command(schedules)

    @schedule_app.command("list")
    def schedule_list(schedules: SchedulesOption = None) -> None:
        """Show every job with its next run."""
        settings = settings_or_exit()
        loaded = schedules_or_exit(settings, schedules)
        with services(migrate=True) as svc:
            print(format_jobs(list_jobs(svc.database, loaded)))  # noqa: T201

    @schedule_app.command("clocks")
    def schedule_clocks() -> None:
        """Show the running statutory clocks the diary watches."""
        with services(migrate=True) as svc:
            print(describe_clocks(svc.database))  # noqa: T201
