"""A failed step leaves evidence; a good one leaves none; expired sessions are renewed."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from loguru import logger
from tenacity import Retrying, wait_fixed

from tests.browser.conftest import ENTRIES, Deployment, deploy
from tradebots.browser import BrowserHost, PortalUnavailable, StepPolicy
from tradebots.errors import BusinessError, TransientError
from tradebots.settings import load_settings

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def classic(
    browser_host: BrowserHost, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    running = deploy(browser_host, tmp_path_factory.mktemp("fail") / "portal.db", "classic",
                     "--session-max-seconds", "2")
    yield running
    running.portal.stop()


def assert_png_and_trace(folder: Path, password: str) -> None:
    png = (folder / "failure.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    with zipfile.ZipFile(folder / "trace.zip") as trace:
        assert trace.testzip() is None
        names = trace.namelist()
        assert any(name.endswith(".trace") for name in names)
        assert not any(password.encode() in trace.read(name) for name in names)


def test_a_page_refusing_the_input_is_a_business_error_with_evidence(
    classic: Deployment, tmp_path: Path,
):
    with pytest.raises(BusinessError) as refused, classic.session(tmp_path) as portal:
        portal.lookup_entry("ABC-0000001-9")
    assert refused.value.message == "Entry number ABC-0000001-9 has a bad check digit."
    assert_png_and_trace(tmp_path, classic.portal.password)


def test_a_step_that_keeps_failing_gives_up_within_its_time_budget_and_leaves_evidence(
    browser_host: BrowserHost, tmp_path: Path,
):
    down = deploy(browser_host, tmp_path / "down.db", "classic", "--error-rate", "1.0")
    warnings: list[str] = []
    sink = logger.add(lambda message: warnings.append(str(message)), level="WARNING")
    started = time.monotonic()
    try:
        with pytest.raises(TransientError), down.session(
            tmp_path / "item", policy=StepPolicy(attempts=1000, max_seconds=1.5, wait_max=0.1)
        ) as portal:
            portal.lookup_entry(ENTRIES[0].entry_number)
    finally:
        logger.remove(sink)
        down.portal.stop()
    assert time.monotonic() - started < 15  # the time budget, not the 1000 attempts, ended it
    assert any("gave up after" in line and "PortalUnavailable" in line for line in warnings)
    assert_png_and_trace(tmp_path / "item", down.portal.password)


def test_a_step_failing_fast_keeps_retrying_for_its_whole_time_budget():
    # Issue 17 case 6: a default of 40 tries used to end a 120 s budget after ~72 s.
    policy = StepPolicy.from_settings(load_settings(portal={"step_max_seconds": 0.5}).portal)
    calls = 0

    def portal_down() -> None:
        nonlocal calls
        calls += 1
        raise PortalUnavailable("the portal answered 503")

    started = time.monotonic()
    with pytest.raises(PortalUnavailable):
        Retrying(stop=policy.stop(), wait=wait_fixed(0.001), reraise=True)(portal_down)
    assert time.monotonic() - started >= 0.5 and calls > 40


def test_the_step_budget_comes_from_the_portal_settings():
    settings = load_settings(portal={"step_attempts": 7, "step_max_seconds": 9.5,
                                     "step_wait_max_seconds": 0.5})
    assert StepPolicy.from_settings(settings.portal) == StepPolicy(
        attempts=7, max_seconds=9.5, wait_max=0.5)


def test_a_successful_item_keeps_no_trace(classic: Deployment, tmp_path: Path):
    with classic.session(tmp_path) as portal:
        assert portal.lookup_entry(ENTRIES[0].entry_number) is not None
    assert list(tmp_path.iterdir()) == []


def test_an_expired_session_is_renewed_and_the_step_resumed(classic: Deployment, tmp_path: Path):
    with classic.session(tmp_path) as portal:
        looked_up = []
        for entry in ENTRIES[:3]:
            found = portal.lookup_entry(entry.entry_number)
            looked_up.append(found.entry_number if found else None)
            time.sleep(2.1)  # the portal cuts every session at each 2-second mark
    assert looked_up == [e.entry_number for e in ENTRIES[:3]]
    # The first look-up may ride on this worker's live login from an earlier item (kept cookies);
    # the cut before each of the other two forces a new login.
    assert portal.driver.logins >= 2
