"""Keeps the test tiers honest: a test that starts chromium, LibreOffice or PostgreSQL says so.

A test not marked `browser` gets CHROMIUM_PATH pointed at a guard that refuses to start and
records the attempt; likewise SOFFICE_PATH for `libreoffice`. The variables are set before any
fixture runs (session fixtures such as corpus builds included) and are inherited by subprocesses,
so an unmarked launch fails the test at teardown even when the code under test swallows the error.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Guard:
    """One external program that only tests carrying `marker` may start."""

    marker: str
    variable: str
    program: str


GUARDS = (
    Guard("browser", "CHROMIUM_PATH", "chromium"),
    Guard("libreoffice", "SOFFICE_PATH", "soffice"),
)
# Tests using these fixtures get the marker without anyone writing it (see conftest.pg_cluster
# for fixtures reached through request.getfixturevalue).
FIXTURE_MARKERS = {"pg_cluster": "postgres", "pg_server": "postgres"}

_guard_dir = pytest.StashKey[Path]()
_saved_env = pytest.StashKey[dict[str, str | None]]()


def _launch_log(config: pytest.Config) -> Path:
    return config.stash[_guard_dir] / "launches.log"


def _write_guard(folder: Path, guard: Guard, log: Path) -> Path:
    path = folder / f"not-marked-{guard.marker}" / guard.program
    path.parent.mkdir()
    message = (f"{guard.program} started by a test not marked @pytest.mark.{guard.marker}: "
               f"mark the test {guard.marker} (it is then left out of the fast tier)")
    path.write_text(f'#!/bin/sh\necho "{guard.marker}" >> "{log}"\necho "{message}" >&2\nexit 1\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def pytest_configure(config: pytest.Config) -> None:
    folder = Path(tempfile.mkdtemp(prefix="tradebots-test-guards-"))
    config.stash[_guard_dir] = folder
    for guard in GUARDS:
        _write_guard(folder, guard, _launch_log(config))


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_guard_dir, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # tryfirst: the markers must exist before `-m` deselects.
    for item in items:
        for fixture, marker in FIXTURE_MARKERS.items():
            if fixture in getattr(item, "fixturenames", ()) and not item.get_closest_marker(marker):
                item.add_marker(marker)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    # Before fixtures are set up, so session-scoped fixtures built for this test are guarded too.
    saved: dict[str, str | None] = {}
    folder = item.config.stash[_guard_dir]
    _launch_log(item.config).unlink(missing_ok=True)
    for guard in GUARDS:
        if item.get_closest_marker(guard.marker) is None:
            saved[guard.variable] = os.environ.get(guard.variable)
            os.environ[guard.variable] = str(folder / f"not-marked-{guard.marker}" / guard.program)
    item.stash[_saved_env] = saved
    return (yield)


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    try:
        return (yield)
    finally:
        for variable, value in item.stash.get(_saved_env, {}).items():
            if value is None:
                os.environ.pop(variable, None)
            else:
                os.environ[variable] = value
        log = _launch_log(item.config)
        started = sorted(set(log.read_text().split())) if log.exists() else []
        if started:
            pytest.fail(f"{item.nodeid} started a program its markers do not allow; "
                        f"add @pytest.mark.{' and @pytest.mark.'.join(started)}", pytrace=False)
