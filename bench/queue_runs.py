"""`tradebots bench queue` runs from this checkout's code, and the PostgreSQL server they use."""

from __future__ import annotations

import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradebots.queue.database import redact_url

REPO = Path(__file__).resolve().parent.parent


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class PgServer:
    """A running PostgreSQL server reached over TCP as a superuser that needs no password."""

    port: int
    user: str = "postgres"
    host: str = "127.0.0.1"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def fresh_database(self, name: str) -> str:
        """Drop NAME if a previous run left it, create it empty, return its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def scratch_home(folder: Path) -> Path:
    """A project home with an empty settings file, as a fresh installation has."""
    (folder / "config").mkdir(parents=True, exist_ok=True)
    (folder / "config" / "settings.toml").write_text("")
    return folder


def bench_queue(home: Path, *, items: int, workers: int, url: str) -> dict[str, Any]:
    """One run; its progress goes to our stderr, its JSON report is returned."""
    command = [sys.executable, "-m", "tradebots.cli", "bench", "queue", "--items", str(items),
               "--workers", str(workers), "--database", url]
    # This checkout first on the path: the venv's editable install may point at another tree.
    env = {"TRADEBOTS_HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "PYTHONPATH": str(REPO), "TRADEBOTS_AUDIT_KEY": secrets.token_hex(16)}
    done = subprocess.run(command, cwd=home, stdout=subprocess.PIPE, text=True, check=False,
                          env=env)
    lines = done.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"tradebots bench queue on {redact_url(url)} exited "
                           f"{done.returncode} without a report")
    report: dict[str, Any] = json.loads(lines[-1])
    return report


def spread(values: list[float]) -> dict[str, Any]:
    """Median, min, max and all values: the shape the peers' summarize() writes."""
    ordered = sorted(values)
    return {"median": statistics.median(ordered), "min": ordered[0], "max": ordered[-1],
            "all": ordered}


def machine_line() -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (f"Machine: {platform.node()} ({platform.machine()}, {os.cpu_count()} cores), "
            f"Python {platform.python_version()}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; "
            f"load average {load}")
