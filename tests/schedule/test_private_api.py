"""The private APScheduler 3.x methods the scheduler overrides still exist with the parameters
our overrides expect; a changed one stops the import with a message naming it and the version."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import pytest
from apscheduler.executors.pool import BasePoolExecutor
from apscheduler.schedulers.base import BaseScheduler

from tradebots.schedule.private_api import PRIVATE_METHODS, PrivateApiChanged, check_private_api


def parameters(owner: type, name: str) -> list[str]:
    method = getattr(owner, name, None)
    assert callable(method), f"APScheduler {version('apscheduler')} has no {owner.__name__}.{name}"
    return list(inspect.signature(method).parameters)


def test_process_jobs_which_quiet_stop_scheduler_overrides_is_still_there_unchanged():
    assert parameters(BaseScheduler, "_process_jobs") == ["self"]


def test_do_submit_job_which_fenced_executor_overrides_is_still_there_unchanged():
    assert parameters(BasePoolExecutor, "_do_submit_job") == ["self", "job", "run_times"]


def test_the_installed_apscheduler_passes_the_import_time_check():
    check_private_api()
    assert (BaseScheduler, "_process_jobs") in PRIVATE_METHODS
    assert (BasePoolExecutor, "_do_submit_job") in PRIVATE_METHODS


class Renamed:
    def _process_jobs_v4(self) -> None: ...


class Reshaped:
    def _do_submit_job(self, job: object, run_times: list[object], extra: int) -> None: ...


def test_a_missing_or_reshaped_method_is_named_with_the_installed_version():
    with pytest.raises(PrivateApiChanged) as caught:
        check_private_api({(Renamed, "_process_jobs"): ("self",),
                           (Reshaped, "_do_submit_job"): ("self", "job", "run_times")})
    message = str(caught.value)
    assert f"APScheduler {version('apscheduler')}" in message
    assert "Renamed._process_jobs is missing" in message
    assert "Reshaped._do_submit_job('self', 'job', 'run_times', 'extra')" in message
