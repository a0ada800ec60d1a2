"""The portal deployment is chosen by config alone; the base URL can come from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.portal import load_office_config
from tests.sandbox.portal_process import REPO
from tradebots.errors import ConfigError
from tradebots.settings import Settings, load_settings


def settings_for(config_file: Path) -> Settings:
    return load_settings(portal={"config_file": str(config_file)})


def test_both_shipped_configs_load_and_differ_only_in_paths_and_ids():
    classic = load_office_config(settings_for(REPO / "config/portal.toml"))
    alt = load_office_config(settings_for(REPO / "config/portal-alt.toml"))
    assert classic.paths.login == "/login" and alt.paths.login == "/tcs/app/login"
    assert classic.login.username == "#username" and alt.login.username == "#ctl00_main_Username"
    assert classic.base_url == alt.base_url


def test_the_base_url_comes_from_TRADEBOTS_PORTAL_URL(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRADEBOTS_PORTAL_URL", "http://127.0.0.1:9999")
    config = load_office_config(settings_for(REPO / "config/portal.toml"))
    assert config.url(config.paths.protest, number="2704-26-000001") == (
        "http://127.0.0.1:9999/protests/2704-26-000001")


def test_a_config_missing_a_selector_names_it(tmp_path: Path):
    broken = tmp_path / "portal.toml"
    shipped = (REPO / "config/portal.toml").read_text()
    broken.write_text(shipped.replace('submit = "#login-submit"\n', ""))
    with pytest.raises(ConfigError, match=r"login\.submit"):
        load_office_config(settings_for(broken))
