"""`tradebots bots`: which bots and document readers this installation finds, and from where."""

from __future__ import annotations

from typing import Annotated

import typer

from tradebots.cli_common import fail, settings_or_exit
from tradebots.errors import ConfigError
from tradebots.references import resolve_callable
from tradebots.settings import project_home

CheckOption = Annotated[bool, typer.Option(help="Import each one; exit 1 naming any that fail")]


def bots(check: CheckOption = False) -> None:
    """List the bots and `extract` kinds (installed entry points and settings) with their names."""
    settings = settings_or_exit()
    broken = 0
    for section, table in (("bots", settings.bots), ("extractors", settings.extractors)):
        print(f"{section}:")
        for name, reference in sorted(table.items()):
            status = ""
            if check:
                try:
                    resolve_callable(reference, setting=f"{section}.{name}", home=project_home())
                    status = "  ok"
                except ConfigError as exc:
                    broken += 1
                    status = f"  BROKEN: {exc}"
            print(f"  {name:<16} {reference}{status}")
    if broken:
        fail(f"{broken} name(s) cannot be imported", code=1)


def register_bots_command(app: typer.Typer) -> None:
    app.command()(bots)
