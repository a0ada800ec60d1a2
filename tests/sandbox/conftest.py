"""Fixtures for the sandbox portal's own tests: the real app on a real port and SQLite file."""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx
import pytest
import uvicorn

from sandbox.portal.friction import Friction
from sandbox.portal.server import create_app
from tests.sandbox.portal_process import free_port

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class PortalClient:
    """A signed-in user's browser, minus the browser: follows redirects, sends form tokens."""

    def __init__(self, client: httpx.Client, password: str, prefix: str) -> None:
        self.http = client
        self.password = password
        self.prefix = prefix

    def token(self, path: str) -> str:
        match = CSRF.search(self.http.get(self.prefix + path).text)
        assert match, f"no form token on {path}"
        return match.group(1)

    def login(self, password: str | None = None) -> str:
        """Sign in as the bot; the text of the page that comes back."""
        token = self.token("/login")
        data = {"csrf": token, "username": "bot", "password": password or self.password}
        return self.http.post(self.prefix + "/login", data=data).text

    def post(self, path: str, data: Mapping[str, str | list[str]], token_from: str | None = None,
             files: dict[str, tuple[str, bytes, str]] | None = None) -> tuple[int, str, str]:
        """POST a form with the token of the page it lives on: (status, final path, html)."""
        token = self.token(token_from or path)
        response = self.http.post(self.prefix + path, data={"csrf": token, **data}, files=files)
        return response.status_code, response.url.path, response.text


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[Callable[..., PortalClient]]:
    """Start portals (uvicorn in a thread, on a free port) with the given friction."""
    servers: list[tuple[uvicorn.Server, threading.Thread, httpx.Client]] = []

    def make(**friction: object) -> PortalClient:
        password = secrets.token_urlsafe(12)
        settings = Friction.model_validate(friction)
        app = create_app(tmp_path / f"portal-{len(servers)}.db", settings, password)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning", access_log=False))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", follow_redirects=True)
        servers.append((server, thread, client))
        return PortalClient(client, password, "/tcs/app" if settings.skin == "alt" else "")

    yield make
    for server, thread, client in servers:
        client.close()
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def client(make_client: Callable[..., PortalClient]) -> PortalClient:
    portal = make_client()
    portal.login()
    return portal
