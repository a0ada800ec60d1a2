"""Signing in: a login form sent back without a reason is tried again; a stated refusal is final."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.browser.conftest import CONFIG_FILES, ENTRIES, deploy
from tests.browser.test_failures import assert_png_and_trace
from tests.sandbox.portal_process import REPO
from tradebots.browser import BrowserHost, LoginBounced, StepPolicy
from tradebots.errors import ConfigError
from tradebots.settings import load_settings

pytestmark = pytest.mark.browser
PNG = b"\x89PNG\r\n\x1a\n"


def test_a_login_form_returned_without_a_reason_is_tried_again_until_the_bot_is_in(
    browser_host: BrowserHost, tmp_path: Path,
):
    busy = deploy(browser_host, tmp_path / "busy.db", "classic", "--login-bounce-rate", "0.5")
    try:
        with busy.session(tmp_path / "item") as portal:
            found = portal.lookup_entry(ENTRIES[0].entry_number)
        bounces = busy.portal.friction_counts()["login_bounces"]
    finally:
        busy.portal.stop()
    assert found is not None and found.entry_number == ENTRIES[0].entry_number
    assert bounces == 3  # the portal's seeded dice send the first three logins back
    assert portal.driver.logins == 1
    assert not (tmp_path / "item").exists()  # a success leaves no evidence behind


def test_a_portal_that_keeps_bouncing_the_login_gives_up_as_a_passing_fault_with_evidence(
    browser_host: BrowserHost, tmp_path: Path,
):
    busy = deploy(browser_host, tmp_path / "busy.db", "classic", "--login-bounce-rate", "1.0")
    policy = StepPolicy(attempts=3, max_seconds=60, wait_max=0.1)
    try:
        with pytest.raises(LoginBounced), busy.session(tmp_path / "item", policy=policy) as portal:
            portal.lookup_entry(ENTRIES[0].entry_number)
        bounces = busy.portal.friction_counts()["login_bounces"]
    finally:
        busy.portal.stop()
    assert bounces == 3  # every try the step budget allows, and no more
    assert (tmp_path / "item" / "login.png").read_bytes().startswith(PNG)
    assert_png_and_trace(tmp_path / "item", busy.portal.password)


def test_a_login_refused_with_a_reason_is_a_permanent_config_error_with_evidence(
    browser_host: BrowserHost, tmp_path: Path,
):
    running = deploy(browser_host, tmp_path / "portal.db", "classic")
    wrong = replace(running, settings=load_settings(portal={
        "password": "not-the-password", "config_file": str(REPO / CONFIG_FILES["classic"])}))
    try:
        with pytest.raises(ConfigError, match=r"refused: Invalid username or password\."), \
                wrong.session(tmp_path / "item") as portal:
            portal.lookup_entry(ENTRIES[0].entry_number)
    finally:
        running.portal.stop()
    assert (tmp_path / "item" / "login.png").read_bytes().startswith(PNG)
