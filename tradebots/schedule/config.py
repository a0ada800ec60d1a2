"""config/schedules.toml: the jobs, their triggers, grace and coalescing; scheduler options."""

from __future__ import annotations

import hashlib
import json
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from tradebots.errors import ConfigError

# Interval jobs count from a fixed anchor, so every leader (and every restart) computes the same
# run times: that is what lets the unique (job, run time) fire record recognise a repeat.
INTERVAL_ANCHOR = datetime(2000, 1, 3)


class JobSpec(BaseModel):
    """One job: a "module:function" target with its parameters and when it runs."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9_.:-]+$")
    func: str = Field(pattern=r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
    trigger: Literal["cron", "interval"]
    cron: dict[str, str | int] = Field(default_factory=dict)
    interval_seconds: float | None = Field(None, gt=0)
    timezone: str
    misfire_grace_seconds: int = Field(ge=1)
    coalesce: bool
    business_days_only: bool = False
    params: dict[str, Any] = Field(default_factory=dict)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _trigger_fields(self) -> JobSpec:
        if self.trigger == "cron" and not self.cron:
            raise ValueError("a cron job needs a [cron] table (hour, minute, day_of_week, ...)")
        if self.trigger == "interval" and self.interval_seconds is None:
            raise ValueError("an interval job needs interval_seconds")
        if self.trigger == "cron":
            self.make_trigger()  # a bad cron field fails here, at load, naming the job
        return self

    def make_trigger(self) -> CronTrigger | IntervalTrigger:
        """The APScheduler trigger, in the job's own time zone."""
        zone = ZoneInfo(self.timezone)
        if self.trigger == "cron":
            return CronTrigger(timezone=zone, **{k: str(v) for k, v in self.cron.items()})
        assert self.interval_seconds is not None
        return IntervalTrigger(seconds=self.interval_seconds, timezone=zone,
                               start_date=INTERVAL_ANCHOR.replace(tzinfo=zone))

    def fingerprint(self) -> str:
        """Changes whenever anything that decides when or what the job runs changes."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:12]


class SchedulerOptions(BaseModel):
    """How the scheduler process holds leadership and runs jobs."""

    model_config = ConfigDict(extra="forbid")

    lease_seconds: float = Field(15.0, gt=0)  # SQLite lease; a dead leader is replaced after it
    standby_poll_seconds: float = Field(1.0, gt=0)
    job_threads: int = Field(4, ge=1)


class SmokeSpec(BaseModel):
    """A bot's pre-window check: a "module:function" called with settings and ARGS."""

    model_config = ConfigDict(extra="forbid")

    check: str = Field(pattern=r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
    args: dict[str, Any] = Field(default_factory=dict)


class Schedules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scheduler: SchedulerOptions = Field(default_factory=SchedulerOptions)
    smoke: dict[str, SmokeSpec] = Field(default_factory=dict)
    jobs: list[JobSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> Schedules:
        seen: set[str] = set()
        for job in self.jobs:
            if job.id in seen:
                raise ValueError(f"job id {job.id!r} is used twice")
            seen.add(job.id)
        return self

    def job(self, job_id: str) -> JobSpec | None:
        return next((j for j in self.jobs if j.id == job_id), None)


def parse_schedules(data: dict[str, Any], source: str = "schedules") -> Schedules:
    """Validate a schedules mapping; ConfigError names the file and each bad field."""
    jobs = data.get("jobs", {})
    if isinstance(jobs, dict):  # [jobs.<id>] tables: the table name is the stable id
        data = {**data, "jobs": [{"id": key, **value} for key, value in jobs.items()]}
    try:
        return Schedules.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{source}: {problems}") from exc


def load_schedules(path: Path) -> Schedules:
    """Read a schedules TOML file."""
    try:
        data = tomllib.loads(path.read_text())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_schedules(data, str(path))
