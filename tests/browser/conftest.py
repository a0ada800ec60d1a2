"""Fixtures for driving the sandbox portal with real chromium and real portal processes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from bots.portal import OfficePortalConfig, Portal, ProtestForm, load_office_config, office_session
from sandbox.portal.seed_entries import SeedEntry, seeded_entries
from tests.sandbox.portal_process import REPO, RunningPortal, start_portal
from tradebots.browser import BrowserHost, StepPolicy
from tradebots.settings import Settings, load_settings

CONFIG_FILES = {"classic": "config/portal.toml", "alt": "config/portal-alt.toml"}
ENTRIES = seeded_entries()


@pytest.fixture(scope="session")
def browser_host() -> Iterator[BrowserHost]:
    host = BrowserHost(load_settings())
    yield host
    host.close()


@dataclass
class Deployment:
    """A running portal and the settings and config that point the toolkit at it."""

    portal: RunningPortal
    settings: Settings
    config: OfficePortalConfig
    host: BrowserHost

    def session(
        self, artifacts: Path, reference: str = "item", guard: Callable[[], None] = lambda: None,
        policy: StepPolicy | None = None,
    ) -> AbstractContextManager[Portal]:
        return office_session(self.host, self.settings, artifacts, guard, reference,
                              config=self.config, policy=policy)


def deploy(host: BrowserHost, db_path: Path, skin: str = "classic", *args: str) -> Deployment:
    """Start a portal with ARGS and point settings (only the config file) at it."""
    portal = start_portal(db_path, "--skin", skin, *args)
    settings = load_settings(portal={"password": portal.password,
                                     "config_file": str(REPO / CONFIG_FILES[skin])})
    return Deployment(portal, settings, load_office_config(settings, portal.base_url), host)


@pytest.fixture(scope="module", params=["classic", "alt"])
def deployment(
    request: pytest.FixtureRequest,
    browser_host: BrowserHost,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Deployment]:
    """The portal in each skin: the same tests pass against both with only the config changed."""
    skin: str = request.param
    running = deploy(browser_host, tmp_path_factory.mktemp(skin) / "portal.db", skin,
                     "--confirm-modal", "--page-size", "2")
    yield running
    running.portal.stop()


@pytest.fixture(scope="session")
def make_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    folder = tmp_path_factory.mktemp("pdfs")

    def make(text: str) -> Path:
        path = folder / f"{abs(hash(text))}.pdf"
        sheet = canvas.Canvas(str(path), invariant=True)
        sheet.drawString(72, 720, text)
        sheet.save()
        return path

    return make


def protest_form(
    entries: list[SeedEntry], pdf: Path, importer: str = "", merchandise: str = "Steel bolts",
    category: str = "classification",
) -> ProtestForm:
    first = entries[0]
    return ProtestForm(
        port_code=first.port_code, protestant_name="Harbor Imports Inc.",
        protestant_address="10 Ocean Ave, Long Beach, CA 90802",
        importer_number=importer or first.importer_number, received_date=date(2026, 3, 2),
        entries=tuple((e.entry_number, e.entry_date, e.liquidation_date) for e in entries),
        category=category, merchandise_description=merchandise, pdf_path=pdf,
    )
