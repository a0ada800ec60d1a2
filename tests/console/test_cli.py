"""`tradebots users add|list` and the demo accounts `make run` prints."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tradebots.console.accounts import authenticate
from tradebots.console.cli import register_console_commands, seed_demo_users
from tradebots.services import open_services
from tradebots.settings import load_settings

# Each test runs the console's CLI in its own process.
pytestmark = pytest.mark.slow


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register_console_commands(app)
    return app


def test_users_add_takes_the_password_from_the_environment_and_never_shows_it(
    cli: typer.Typer, project_home: Path,
) -> None:
    runner = CliRunner()
    secret = "a long enough password"
    added = runner.invoke(cli, ["users", "add", "maria", "--role", "supervisor"],
                          env={"TRADEBOTS_NEW_USER_PASSWORD": secret})
    assert added.exit_code == 0, added.output
    assert "user maria added as supervisor" in added.output
    listed = runner.invoke(cli, ["users", "list"])
    assert "maria" in listed.output and "supervisor" in listed.output
    logs = "".join(p.read_text() for p in (project_home / "logs").glob("*"))
    assert secret not in added.output + listed.output + logs
    services = open_services(load_settings())
    try:
        assert authenticate(services.database, "maria", secret) is not None
    finally:
        services.close()


def test_users_add_prompts_for_the_password_without_echo(cli: typer.Typer,
                                                          project_home: Path) -> None:
    secret = "typed at the prompt"
    result = CliRunner().invoke(cli, ["users", "add", "omar", "--role", "clerk"],
                                input=f"{secret}\n{secret}\n")
    assert result.exit_code == 0, result.output
    assert secret not in result.output


def test_users_add_refuses_a_bad_role_or_a_short_password(cli: typer.Typer,
                                                          project_home: Path) -> None:
    runner = CliRunner()
    bad_role = runner.invoke(cli, ["users", "add", "lee", "--role", "boss",
                                   "--password", "long enough password"])
    assert bad_role.exit_code == 2 and "unknown role" in bad_role.output
    short = runner.invoke(cli, ["users", "add", "lee", "--role", "clerk", "--password", "short"])
    assert short.exit_code == 2 and "at least 12 characters" in short.output


def test_demo_accounts_get_fresh_random_passwords_each_time(project_home: Path) -> None:
    services = open_services(load_settings(), migrate=True)
    try:
        first = seed_demo_users(services)
        second = seed_demo_users(services)
        assert [(n, r) for n, r, _ in first] == [
            ("demo-clerk", "clerk"), ("demo-supervisor", "supervisor"),
            ("demo-supervisor2", "supervisor"), ("demo-admin", "admin")]
        assert all(a[2] != b[2] for a, b in zip(first, second, strict=True))
        for name, _role, password in second:
            assert authenticate(services.database, name, password) is not None
    finally:
        services.close()
