"""Helpers shared by the CLI's command modules: settings, services and friendly failures."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer

from tradebots.errors import ConfigError
from tradebots.log import register_secret, setup_logging
from tradebots.services import Services, open_services
from tradebots.settings import Settings, get_settings


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one line on stderr and exit with CODE."""
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def settings_or_exit() -> Settings:
    try:
        settings = get_settings()
    except ConfigError as exc:
        fail(str(exc))
    for secret in (settings.portal.password, settings.audit_key):
        register_secret(secret.get_secret_value())
    return settings


@contextmanager
def services(
    *, migrate: bool = True, worker: str = "cli", quiet: bool = True
) -> Iterator[Services]:
    """Open the engine for one command; logs go to logs/ and, unless quiet, to stderr."""
    settings = settings_or_exit()
    setup_logging(settings.logs_path, worker=worker, level="WARNING" if quiet else "INFO",
                  file_level=settings.log_level)
    opened = open_services(settings, migrate=migrate)
    try:
        yield opened
    finally:
        opened.close()


def default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def acting_as(svc: Services, name: str) -> str:
    """The known console user NAME stands for, so four eyes compares people, not spellings."""
    from tradebots.console.accounts import AccountError, acting_user

    try:
        return acting_user(svc.database, name)
    except AccountError as exc:
        fail(f"--as {exc}")


def parse_assignments(pairs: list[str]) -> dict[str, Any]:
    """FIELD=VALUE pairs; VALUE is read as JSON when it parses, else kept as text."""
    result: dict[str, Any] = {}
    for pair in pairs:
        field, sep, raw = pair.partition("=")
        if not sep or not field.strip():
            fail(f"--set needs FIELD=VALUE, got {pair!r}")
        try:
            value: Any = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        result[field.strip()] = value
    return result
