"""A built-in bot that does nothing, for queue benchmarks and engine tests."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from tradebots.bot import StepContext, StepResult
from tradebots.errors import BusinessError, TransientError


class NoopBot:
    """Completes without review. Payload keys steer it: work_ms, side_effect, fail (until the
    attempt fail_until_attempt, when given), die (the worker is SIGKILLed: a poison item)."""

    name = "noop"
    internal = True  # people queue no documents for it (the console's upload leaves it out)
    review = False
    slots = 100  # nothing to wait on: a worker claims, runs and records 100 at a time
    uses_workdir = False  # it writes no files

    def blocks(self, payload: dict[str, Any]) -> bool:
        """Only a step told to take time waits: the rest run inline in the worker thread."""
        return bool(payload.get("work_ms"))

    def prepare(self, ctx: StepContext) -> StepResult:
        work_ms = float(ctx.payload.get("work_ms", 0))
        if work_ms:
            time.sleep(work_ms / 1000)
        if ctx.payload.get("side_effect"):
            ctx.guard()
        if ctx.payload.get("die"):
            os.kill(os.getpid(), signal.SIGKILL)
        failure = ctx.payload.get("fail")
        if ctx.attempt > int(ctx.payload.get("fail_until_attempt", ctx.attempt)):
            failure = None
        if failure == "business":
            raise BusinessError("the noop bot was told the facts are wrong")
        if failure == "transient":
            raise TransientError("the noop bot was told to fail for now")
        if failure == "crash":
            raise RuntimeError("the noop bot was told to crash")
        return StepResult(payload={"result": {"ran": True, "attempt": ctx.attempt}})

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult(payload={"finalized": True})
