"""`tradebots run` (the whole suite, for `make run`) and `tradebots sandbox` (the portal)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from apscheduler.util import ref_to_obj

from tradebots.cli_common import fail, services, settings_or_exit
from tradebots.errors import ConfigError
from tradebots.references import resolve_callable
from tradebots.settings import Settings, project_home
from tradebots.suite import Part, describe, local_secret, python_module, run_parts

PORTAL_PASSWORD_ENV = "TRADEBOTS_PORTAL__PASSWORD"
PORTAL_URL_ENV = "TRADEBOTS_PORTAL_URL"
DEMO_SCHEDULES = "workflows.demo:write_demo_schedules"


def portal_password(settings: Settings) -> str:
    """The bot's portal password: from settings, else a random one kept under var/secrets."""
    return settings.portal.password.get_secret_value() or local_secret(settings, "portal-password")


def sandbox(
    skin: Annotated[str, typer.Option(help="classic or alt (a second deployment)")] = "classic",
    extra: Annotated[list[str] | None, typer.Argument(help="Friction options, after --")] = None,
) -> None:
    """Start the sandbox trade portal on 127.0.0.1 (port from settings)."""
    settings = settings_or_exit()
    try:
        main = resolve_callable(settings.sandbox.main, setting="sandbox.main",
                                home=project_home())
    except ConfigError as exc:
        fail(str(exc))
    os.environ[PORTAL_PASSWORD_ENV] = portal_password(settings)
    db = settings.var_path / "sandbox-portal.db"
    raise typer.Exit(main(["--host", settings.sandbox.host, "--port", str(settings.sandbox.port),
                           "--db", str(db), "--skin", skin, *(extra or [])]))


def run(
    workers: Annotated[int, typer.Option(min=1, max=8, help="Worker processes")] = 1,
    demo: Annotated[bool, typer.Option(help="Sample documents and a short night window")] = True,
) -> None:
    """Start the suite on 127.0.0.1: sandbox portal, workers, scheduler and console."""
    settings = settings_or_exit()
    env = dict(os.environ)
    env[PORTAL_PASSWORD_ENV] = portal_password(settings)
    sandbox_url = f"http://{settings.sandbox.host}:{settings.sandbox.port}"
    env.setdefault(PORTAL_URL_ENV, sandbox_url)
    parts = [
        Part("sandbox", python_module("tradebots.cli", "sandbox"), sandbox_url,
             serves_others=True),
        Part("worker", python_module("tradebots.cli", "worker", "--concurrency", str(workers))),
    ]
    console_url = f"http://{settings.console.host}:{settings.console.port}/"
    parts.append(Part("console", python_module("tradebots.cli", "serve"), console_url))
    with services(migrate=True) as svc:
        schedules = _demo_schedules(settings) if demo else settings.path("config/schedules.toml")
        from tradebots.console.cli import seed_demo_users
        from tradebots.schedule.listing import describe_schedule

        print("schedule:")
        print(describe_schedule(svc.database, schedules))
        parts.append(Part("scheduler", python_module("tradebots.cli", "scheduler", "--schedules",
                                                     str(schedules))))
        accounts = seed_demo_users(svc) if demo else []
    print(describe(parts, settings.path(".")))
    if accounts:
        print("demo accounts for the console (new passwords at every start):")
        for name, role, password in accounts:
            print(f"  {name:<18} {role:<11} {password}")
    raise typer.Exit(run_parts(parts, env))


def _demo_schedules(settings: Settings) -> Path:
    # The demo night is an office workflow: found by name, as schedules.toml finds its jobs.
    write_demo_schedules = ref_to_obj(DEMO_SCHEDULES)

    try:
        make = resolve_callable(settings.samples.make, setting="samples.make", home=project_home())
    except ConfigError as exc:
        print(f"{exc}; using tiny PDFs", file=sys.stderr)
        tiny: Path = write_demo_schedules(settings)
        return tiny
    print("preparing sample documents ...", flush=True)
    samples: dict[str, list[Path]] = make(settings.var_path / "samples")
    for bot, files in samples.items():
        print(f"  {bot}: {len(files)} sample PDFs")
    written: Path = write_demo_schedules(settings, samples=samples)
    return written


def register_suite_commands(app: typer.Typer) -> None:
    app.command()(run)
    app.command(context_settings={"allow_extra_args": True})(sandbox)
