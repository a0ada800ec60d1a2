"""Settings from config/settings.toml, overridden by TRADEBOTS_* environment variables."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from tradebots.errors import ConfigError
from tradebots.references import BOTS_GROUP, EXTRACTORS_GROUP, installed


def project_home() -> Path:
    """The folder holding config/, var/ and logs/: TRADEBOTS_HOME, else the working directory."""
    return Path(os.environ.get("TRADEBOTS_HOME", ".")).resolve()


# The engine's own bot. The office's bots and readers are installed entry points (pyproject.toml),
# so they are found from any folder; settings add to them or override them by name.
ENGINE_BOTS = {"noop": "tradebots.noop:NoopBot"}


def _with_installed(group: str, configured: dict[str, str], base: dict[str, str]) -> dict[str, str]:
    """Installed entry points, then configured names on top; an empty reference removes one."""
    merged = {**base, **installed(group), **configured}
    return {name: reference for name, reference in merged.items() if reference.strip()}


class QueueSettings(BaseModel):
    lease_seconds: float = Field(30.0, gt=0)
    heartbeat_seconds: float = Field(10.0, gt=0)
    # Runs of one step whose worker died (lease ran out), in a row, before a person looks at
    # the item. Transient faults are not counted: they wait with backoff for as long as it takes.
    max_crashes: int = Field(8, ge=1, validation_alias=AliasChoices("max_crashes", "max_attempts"))
    backoff_base_seconds: float = Field(30.0, ge=0)
    backoff_max_seconds: float = Field(3600.0, ge=0)
    poll_seconds: float = Field(1.0, gt=0)
    # An idle worker sweeps leftovers of dead runs (portal drafts) again after this long; a
    # blank draft is judged stale only minutes after its start, so the start sweep misses it.
    idle_sweep_seconds: float = Field(300.0, gt=0)


class FilesSettings(BaseModel):
    """Where stored files (inputs, artifacts) are kept."""

    # auto: in the database when it is PostgreSQL (workers on many hosts need only its URL),
    # else the folder var/files. database: the stored_files table on any database.
    backend: Literal["auto", "folder", "database"] = "auto"


class BrowserSettings(BaseModel):
    chromium_path: str = Field(
        "/usr/bin/chromium",
        validation_alias=AliasChoices("chromium_path", "CHROMIUM_PATH"),
    )
    headless: bool = True
    slow_mo_ms: int = Field(0, ge=0)
    default_timeout_ms: int = Field(15000, gt=0)


class PortalSettings(BaseModel):
    config_file: str = "config/portal.toml"
    username: str = "bot"
    password: SecretStr = SecretStr("")
    # A step retries passing faults (503s, lost answers, expired sessions) within this budget;
    # past it the item goes back to the queue, which retries it later with its own backoff.
    # The time budget ends the retries; step_attempts only caps them when set (tests, debugging).
    step_attempts: int | None = Field(None, ge=1)
    step_max_seconds: float = Field(120.0, gt=0)
    step_wait_max_seconds: float = Field(2.0, ge=0)


class ReadingSettings(BaseModel):
    """What reading one document may cost before it is refused as too large (figures given)."""

    model_config = ConfigDict(extra="forbid")

    max_pages: int = Field(500, ge=1)
    max_seconds: float = Field(60.0, gt=0)
    # Growth of the reader's resident memory while reading one document.
    max_memory_mb: float = Field(300.0, gt=0)


class SignatorySettings(BaseModel):
    """Who signs one task's letters and the office they come from, each field optional.

    The engine knows no task: the bots name them (`[signatories.NAME]`) and supply the defaults
    a field left unset keeps.
    """

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    title: str | None = None
    office: str | None = None
    division: str | None = None
    address: str | None = None


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)


class SandboxSettings(ServerSettings):
    """The stand-in trade portal, reached by name: the engine does not import it."""

    port: int = Field(8100, ge=1, le=65535)
    # "module:function" taking the portal's command-line arguments and returning an exit code.
    main: str = "sandbox.portal.__main__:main"


class SamplesSettings(BaseModel):
    """The sample corpus, by name: bench/ is a folder of the repository, not an installed one."""

    # (out_dir) -> {bot: [pdf, ...]}: the documents `tradebots run --demo` queues.
    make: str = "bench.samples:make_samples"
    # {bot: "module:function"}, each (out_dir, count, seed) -> cases: `tradebots bench intake`.
    generators: str = "bench.samples:GENERATORS"


class Settings(BaseSettings):
    """Every setting of the suite; a bad value stops start-up with a message naming it."""

    model_config = SettingsConfigDict(
        env_prefix="TRADEBOTS_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    database_url: str = ""
    timezone: str = "America/New_York"
    var_dir: Path = Path("var")
    logs_dir: Path = Path("logs")
    # What logs/tradebots.jsonl keeps: DEBUG adds a line per item of batch bots and portal retries.
    log_level: Literal["DEBUG", "INFO", "WARNING"] = "INFO"
    audit_key: SecretStr = SecretStr("")
    # name -> "module:Class"; see _with_installed_bots.
    bots: dict[str, str] = Field(default_factory=dict, validate_default=True)
    # `tradebots extract KIND`: each reader as "module:function" (the engine imports no bot).
    extractors: dict[str, str] = Field(default_factory=dict, validate_default=True)
    queue: QueueSettings = Field(default_factory=QueueSettings)
    files: FilesSettings = Field(default_factory=FilesSettings)
    browser: BrowserSettings = Field(default_factory=BrowserSettings)
    portal: PortalSettings = Field(default_factory=PortalSettings)
    reading: ReadingSettings = Field(default_factory=ReadingSettings)
    console: ServerSettings = Field(default_factory=lambda: ServerSettings(port=8000))
    sandbox: SandboxSettings = Field(default_factory=SandboxSettings)
    samples: SamplesSettings = Field(default_factory=SamplesSettings)
    # task name -> who signs that task's letters (TRADEBOTS_SIGNATORIES__<TASK>__NAME=...).
    signatories: dict[str, SignatorySettings] = Field(default_factory=dict)
    max_upload_mb: int = Field(50, ge=1)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("bots")
    @classmethod
    def _with_installed_bots(cls, value: dict[str, str]) -> dict[str, str]:
        return _with_installed(BOTS_GROUP, value, ENGINE_BOTS)

    @field_validator("extractors")
    @classmethod
    def _with_installed_extractors(cls, value: dict[str, str]) -> dict[str, str]:
        return _with_installed(EXTRACTORS_GROUP, value, {})

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        default = project_home() / "config/settings.toml"
        toml_file = Path(os.environ.get("TRADEBOTS_CONFIG", default))
        toml = TomlConfigSettingsSource(settings_cls, toml_file=toml_file)
        return (init_settings, env_settings, toml)

    def path(self, relative: Path | str) -> Path:
        """Resolve a configured path against the project home."""
        candidate = Path(relative)
        return candidate if candidate.is_absolute() else project_home() / candidate

    @property
    def var_path(self) -> Path:
        return self.path(self.var_dir)

    @property
    def logs_path(self) -> Path:
        return self.path(self.logs_dir)

    @property
    def resolved_database_url(self) -> str:
        """The configured database, or the embedded SQLite file under var/."""
        return self.database_url or f"sqlite:///{self.var_path / 'tradebots.db'}"

    @property
    def chromium_executable(self) -> str:
        return os.environ.get("CHROMIUM_PATH") or self.browser.chromium_path

    def audit_key_bytes(self) -> bytes:
        """The audit chain's HMAC key: from settings, else var/audit.key (made on first use)."""
        configured = self.audit_key.get_secret_value()
        if configured:
            return configured.encode()
        key_file = self.var_path / "audit.key"
        if not key_file.exists():
            key_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        return key_file.read_text().strip().encode()


def describe_validation_error(exc: ValidationError) -> str:
    """One line per bad setting, naming it the way a user writes it."""
    lines = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"])
        env = "TRADEBOTS_" + "__".join(str(part) for part in error["loc"]).upper()
        lines.append(f"setting {name} ({env}): {error['msg']}")
    return "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read and validate settings, raising ConfigError that names every bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc)) from exc


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()
