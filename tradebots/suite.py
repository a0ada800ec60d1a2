"""`tradebots run`: start every part of the suite as a child process and stop them together."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tradebots.settings import Settings

STOP_GRACE_SECONDS = 60
SERVED_GRACE_SECONDS = 10
RESTART_MAX_SECONDS = 60.0  # a part that keeps dying is restarted at most once a minute
STEADY_SECONDS = 60.0  # a part that lived this long starts its restart backoff afresh


@dataclass(frozen=True)
class Part:
    name: str
    command: list[str]
    url: str | None = None
    # A part others call (the sandbox portal) stops only after they have: a worker finishing its
    # current item on the way out still needs the portal.
    serves_others: bool = False


def local_secret(settings: Settings, name: str) -> str:
    """A random secret kept in var/secrets/NAME (mode 0600), made on first use."""
    path = settings.var_path / "secrets" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(18))
    return path.read_text().strip()


def _spawn(part: Part, env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Each part gets its own process group so Ctrl-C reaches it once, through us.
    return subprocess.Popen(part.command, env=env, start_new_session=True)


def run_parts(parts: list[Part], env: dict[str, str]) -> int:
    """Run PARTS until Ctrl-C or SIGTERM; a part that dies is restarted, the others stay up."""
    processes = {part.name: _spawn(part, env) for part in parts}
    callers = {part.name: processes[part.name] for part in parts if not part.serves_others}
    served = {part.name: processes[part.name] for part in parts if part.serves_others}
    restarts = {part.name: _Restarts() for part in parts}
    stopping = False

    def request_stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        if stopping:
            print("\nsecond stop: asking the parts to release their items now", flush=True)
        stopping = True
        _ask_to_stop(callers)

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    while not stopping:
        for part in parts:
            process = processes[part.name]
            if process.poll() is None:
                continue
            restart = restarts[part.name]
            if restart.due is None:
                wait = restart.died()
                print(f"{part.name} stopped unexpectedly (exit {process.returncode}); "
                      f"restarting it in {wait:.0f} s", file=sys.stderr, flush=True)
            elif time.monotonic() >= restart.due:
                processes[part.name] = _spawn(part, env)
                (served if part.serves_others else callers)[part.name] = processes[part.name]
                restart.started()
        time.sleep(0.5)
    _wait_or_kill(callers, STOP_GRACE_SECONDS)
    _ask_to_stop(served)
    _wait_or_kill(served, SERVED_GRACE_SECONDS)
    print("tradebots stopped", flush=True)
    return 0


class _Restarts:
    """When to start a dead part again: at once at first, then backing off while it keeps dying."""

    def __init__(self) -> None:
        self.count = 0
        self.since = time.monotonic()
        self.due: float | None = None

    def died(self) -> float:
        if time.monotonic() - self.since >= STEADY_SECONDS:
            self.count = 0
        wait = min(2.0 ** self.count - 1, RESTART_MAX_SECONDS)
        self.count += 1
        self.due = time.monotonic() + wait
        return wait

    def started(self) -> None:
        self.since = time.monotonic()
        self.due = None


def _ask_to_stop(processes: dict[str, subprocess.Popen[bytes]]) -> None:
    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)


def _wait_or_kill(processes: dict[str, subprocess.Popen[bytes]], grace_seconds: float) -> None:
    deadline = time.monotonic() + grace_seconds
    for name, process in processes.items():
        try:
            process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop in time; killing it", file=sys.stderr)
            process.kill()


def python_module(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def describe(parts: list[Part], home: Path) -> str:
    lines = ["", "tradebots is running (Ctrl-C stops everything cleanly):"]
    for part in parts:
        lines.append(f"  {part.name:<10} {part.url or ''}")
    lines += [f"  logs       {home / 'logs' / 'tradebots.jsonl'}",
              "  CLI        .venv/bin/tradebots items   (see README.md)", ""]
    return "\n".join(lines)
