"""Loading a portal deployment's URLs and selectors from TOML; its sections are the caller's model.

The engine knows only what every portal has (a login form, an error banner, a confirmation modal,
a pager); the pages a bot drives add their sections in a subclass of PortalConfig."""

from __future__ import annotations

import os
import tomllib
from typing import TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, ValidationError

from tradebots.errors import ConfigError
from tradebots.settings import Settings

URL_ENV = "TRADEBOTS_PORTAL_URL"


class Section(BaseModel):
    """A table of portal.toml: every key required, none unknown (a typo fails at load)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Paths(Section):
    login: str


class Common(Section):
    error: str
    error_message: str
    confirm_ok: str
    next_page: str


class Login(Section):
    username: str
    password: str
    submit: str


class PortalConfig(Section):
    base_url: str
    paths: Paths
    common: Common
    login: Login

    def url(self, path: str, **values: str) -> str:
        """The absolute URL of a configured path, with its {placeholders} filled (URL-quoted)."""
        quoted = {name: quote(value, safe="") for name, value in values.items()}
        return self.base_url.rstrip("/") + path.format(**quoted)


ConfigT = TypeVar("ConfigT", bound=PortalConfig)


def load_portal_config(
    model: type[ConfigT], settings: Settings, base_url: str | None = None
) -> ConfigT:
    """Read settings.portal.config_file as MODEL; BASE_URL, else TRADEBOTS_PORTAL_URL, wins."""
    path = settings.path(settings.portal.config_file)
    try:
        raw = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"setting portal.config_file ({path}): {exc}") from exc
    override = base_url or os.environ.get(URL_ENV)
    if override:
        raw["base_url"] = override
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"portal config {path}: {problems}") from exc
