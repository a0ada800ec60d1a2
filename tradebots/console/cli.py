"""The console's commands: `tradebots serve`, `tradebots users add|list`; demo accounts."""

from __future__ import annotations

import secrets
from typing import Annotated

import typer

from tradebots.cli_common import default_actor, fail, services
from tradebots.console.accounts import (
    AccountError,
    add_user,
    check_new_account,
    find_user,
    list_users,
    set_password,
)
from tradebots.console.roles import Role
from tradebots.log import register_secret
from tradebots.services import Services

DEMO_ACCOUNTS = (("demo-clerk", Role.CLERK), ("demo-supervisor", Role.SUPERVISOR),
                 ("demo-supervisor2", Role.SUPERVISOR), ("demo-admin", Role.ADMIN))

users_app = typer.Typer(no_args_is_help=True, help="Console accounts.")


def serve() -> None:
    """Start the supervisor console on the configured host and port (127.0.0.1:8000)."""
    from tradebots.console.server import console_url
    from tradebots.console.server import serve as run_server

    with services(quiet=False, worker="console") as svc:
        typer.echo(f"console: {console_url(svc)}  (Ctrl-C stops it)")
        run_server(svc)


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option(help="clerk, supervisor or admin")],
    password: Annotated[str, typer.Option(
        envvar="TRADEBOTS_NEW_USER_PASSWORD", prompt=True, hide_input=True,
        confirmation_prompt=True, show_envvar=True,
        help="At least 12 characters; prompted for when not given")] = "",
) -> None:
    """Create a console account NAME with ROLE; the password is never shown or logged."""
    register_secret(password)
    try:
        check_new_account(name, role, password)
        with services() as svc:
            add_user(svc.database, name, role, password, by=default_actor())
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"user {name} added as {role}")


@users_app.command("list")
def users_list() -> None:
    """List console accounts."""
    with services() as svc:
        accounts = list_users(svc.database)
    typer.echo(f"{'NAME':<24} {'ROLE':<11} {'ACTIVE':<6}  CREATED")
    for account in accounts:
        typer.echo(f"{account.name:<24} {account.role:<11} {'yes' if account.active else 'no':<6}  "
              f"{account.created_at:%Y-%m-%d} by {account.created_by}")


def register_console_commands(app: typer.Typer) -> None:
    """Add `serve` and `users` to the tradebots command line."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")


def seed_demo_users(svc: Services) -> list[tuple[str, str, str]]:
    """Create (or re-key) the demo accounts with fresh random passwords: (name, role, password)."""
    seeded = []
    for name, role in DEMO_ACCOUNTS:
        password = secrets.token_urlsafe(12)
        register_secret(password)
        if find_user(svc.database, name) is None:
            add_user(svc.database, name, role.value, password, by="make run")
        else:
            set_password(svc.database, name, password)
        seeded.append((name, role.value, password))
    return seeded
