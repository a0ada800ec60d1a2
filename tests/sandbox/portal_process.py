"""Start the sandbox portal as a real subprocess on a free local port, and stop it."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RunningPortal:
    base_url: str
    password: str
    db_path: Path
    process: subprocess.Popen[bytes]
    skin: str

    def friction_counts(self) -> dict[str, int]:
        counts: dict[str, int] = httpx.get(self.base_url + "/_friction").json()
        return counts

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_portal(db_path: Path, *args: str) -> RunningPortal:
    """`python -m sandbox.portal` with ARGS and a fresh random bot password."""
    port = free_port()
    password = secrets.token_urlsafe(16)
    env = dict(os.environ, TRADEBOTS_PORTAL__PASSWORD=password)
    log_path = db_path.with_suffix(".log")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "sandbox.portal", "--port", str(port), "--db", str(db_path),
             *args],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"portal exited: {log_path.read_text()}")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                skin = args[args.index("--skin") + 1] if "--skin" in args else "classic"
                return RunningPortal(base, password, db_path, process, skin)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("portal did not start within 30 s")
