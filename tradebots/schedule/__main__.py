"""`python -m tradebots.schedule scheduler|schedule list`, before the main CLI wires them in."""

from __future__ import annotations

import typer

from tradebots.schedule.cli import register_schedule_commands

app = typer.Typer(no_args_is_help=True, add_completion=False)
register_schedule_commands(app)

if __name__ == "__main__":
    app()
