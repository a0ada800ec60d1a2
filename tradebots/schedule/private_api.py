"""The private APScheduler 3.x methods the scheduler overrides or calls, checked at import.

An upgrade that renames one, or changes its parameters, would otherwise fail silently: the
override would simply never be called. The check names the method and the installed version.
"""

from __future__ import annotations

import inspect
from importlib.metadata import version

from apscheduler.executors.pool import BasePoolExecutor
from apscheduler.schedulers.base import BaseScheduler

# (class, method) -> the parameters our code relies on, in order.
PRIVATE_METHODS: dict[tuple[type, str], tuple[str, ...]] = {
    (BaseScheduler, "_process_jobs"): ("self",),  # QuietStopScheduler overrides it
    (BasePoolExecutor, "_do_submit_job"): ("self", "job", "run_times"),  # FencedExecutor
    (BasePoolExecutor, "_run_job_success"): ("self", "job_id", "events"),  # called by it
    (BasePoolExecutor, "_run_job_error"): ("self", "job_id", "exc", "traceback"),
}


class PrivateApiChanged(RuntimeError):
    """The installed APScheduler no longer has a private method the scheduler relies on."""


def parameters_of(owner: type, name: str) -> tuple[str, ...] | None:
    """The method's parameter names, or None when the class has no such method."""
    method = getattr(owner, name, None)
    if not callable(method):
        return None
    return tuple(inspect.signature(method).parameters)


def check_private_api(
    methods: dict[tuple[type, str], tuple[str, ...]] = PRIVATE_METHODS,
) -> None:
    """Raise PrivateApiChanged naming each method that is missing or has other parameters."""
    problems = []
    for (owner, name), expected in methods.items():
        found = parameters_of(owner, name)
        where = f"{owner.__module__}.{owner.__qualname__}.{name}"
        if found is None:
            problems.append(f"{where} is missing")
        elif found != expected:
            problems.append(f"{where}{found} is not {where}{expected}")
    if problems:
        raise PrivateApiChanged(
            f"APScheduler {version('apscheduler')} changed the private API the scheduler "
            f"overrides: {'; '.join(problems)}. Pin apscheduler<4 at a tested 3.x release, or "
            "port tradebots/schedule/process.py and executor.py."
        )
