"""Fixtures for the console: real services, accounts, and the app served over real HTTP."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from bots.portal import Portal, load_office_config, office_session
from bots.portal.item import browser_host, close_browser_host
from tests.conftest import AUDIT_KEY
from tests.sandbox.portal_process import REPO, RunningPortal, start_portal
from tradebots.console.accounts import add_user
from tradebots.console.app import create_app
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

BOTS = {"protest": "tests.console.fake_protest_bot:FakeProtestBot",
        "broken": "tests.console.fake_protest_bot:BrokenPortalBot"}
PROTEST_BOT = {"protest_intake": "bots.protest_intake.bot:ProtestIntakeBot"}
PASSWORD = "correct horse battery staple"
PEOPLE = {"carol": "clerk", "sam": "supervisor", "sue": "supervisor", "ada": "admin"}


class ConsoleServer:
    """The console app under uvicorn in a thread, on a socket bound to a free local port."""

    def __init__(self, services: Services):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this; without it a handed-in socket pays ~40 ms of delayed
        # ACK per keep-alive response (uvicorn sets it only on sockets it binds itself).
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(services), log_level="warning", access_log=False,
                                ws="none", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the console did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@dataclass
class Console:
    services: Services
    server: ConsoleServer
    portal: RunningPortal | None = None
    clients: list[httpx.Client] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, name: str | None = None) -> httpx.Client:
        """An HTTP client, signed in as NAME when given."""
        client = httpx.Client(base_url=self.url, follow_redirects=False, timeout=30)
        self.clients.append(client)
        if name is not None:
            response = sign_in(client, name, PASSWORD)
            assert response.status_code == 303, response.text
        return client

    def work(self) -> int:
        """Let a real worker run every ready item once."""
        return Worker(self.services, "worker-1", once=True).run()

    @contextmanager
    def browse_portal(self) -> Iterator[Portal]:
        """The sandbox portal as a person checks it, in a fresh context of the worker's chromium."""
        assert self.portal is not None, "this console files into no sandbox portal"
        settings = self.services.settings
        with office_session(
            browser_host(settings), settings, settings.var_path / "checks", lambda: None, "check",
            config=load_office_config(settings, self.portal.base_url),
        ) as portal:
            yield portal


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def sign_in(client: httpx.Client, name: str, password: str) -> httpx.Response:
    form = client.get("/login")
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf": csrf_of(form.text)})


def make_services(database_url: str, tmp_path: Path, *, bots: dict[str, str] | None = None,
                  **overrides: object) -> Services:
    settings = load_settings(
        database_url=database_url, var_dir=tmp_path / "var", logs_dir=tmp_path / "logs",
        audit_key=AUDIT_KEY.decode(), bots=BOTS if bots is None else bots,
        queue={"heartbeat_seconds": 0.5, "max_attempts": 2}, **overrides,
    )
    services = open_services(settings, migrate=True)
    for name, role in PEOPLE.items():
        add_user(services.database, name, role, PASSWORD, by="test")
    return services


def _console(services: Services, portal: RunningPortal | None = None) -> Iterator[Console]:
    server = ConsoleServer(services)
    server.start()
    console = Console(services, server, portal)
    try:
        yield console
    finally:
        for client in console.clients:
            client.close()
        server.stop()
        services.close()


@pytest.fixture
def console(database_url: str, tmp_path: Path, project_home: Path) -> Iterator[Console]:
    """The console on each database backend."""
    yield from _console(make_services(database_url, tmp_path))


@pytest.fixture
def protest_console(tmp_path: Path, project_home: Path,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[Console]:
    """The console with the real protest intake bot, filing into the sandbox portal (SQLite).

    The portal runs as its own process; the worker's chromium drives it. The project home is the
    repository, where the letter templates live.
    """
    yield from portal_console(tmp_path, monkeypatch, PROTEST_BOT)


def portal_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   bots: dict[str, str]) -> Iterator[Console]:
    """The console with real BOTS filing into a sandbox portal process of its own (SQLite)."""
    portal = start_portal(tmp_path / "portal.db")
    settings = None
    try:
        monkeypatch.setenv("TRADEBOTS_PORTAL_URL", portal.base_url)
        monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
        services = make_services(
            f"sqlite:///{tmp_path / 'console.db'}", tmp_path, bots=bots,
            portal={"password": portal.password,
                    "config_file": str(REPO / "config/portal.toml")},
        )
        settings = services.settings
        yield from _console(services, portal)
    finally:
        if settings is not None:
            close_browser_host(settings)
        portal.stop()


@pytest.fixture
def protest_files(tmp_path: Path) -> Callable[[int], list[Path]]:
    from tests.console.protest_pdf import protest_pdf

    def make(count: int) -> list[Path]:
        folder = tmp_path / "protests"
        folder.mkdir(exist_ok=True)
        return [protest_pdf(folder / f"protest-{i + 1}.pdf", number=f"2704-25-10000{i + 1}",
                            importer=f"12-345678{i}AB", entry=f"ABC-123456{i}-1",
                            liquidated=f"2025-0{i + 1}-14")
                for i in range(count)]

    return make


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One real headless chromium for the browser tests."""
    import os

    from tradebots.browser.host import shared_playwright

    # The worker runs in the test thread too, and Playwright allows one sync driver per thread.
    with shared_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()
