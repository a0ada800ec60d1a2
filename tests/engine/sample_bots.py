"""Bots used by the engine tests: a reviewed bot that records what it was given."""

from __future__ import annotations

import signal
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

from tradebots.bot import Artifact, ClockRequest, StepContext, StepResult
from tradebots.noop import NoopBot


class ReviewedBot:
    """Prepares a 'letter' artifact for review; finalize marks it filed."""

    name = "reviewed"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        letter = ctx.workdir / "letter.txt"
        letter.write_text(f"item {ctx.item_id} corrections {sorted(ctx.corrections.items())}")
        result = {"corrections_seen": ctx.corrections, "decision": ctx.decision_override,
                  "received": ctx.received_at, "inputs": ctx.input_names}
        due = ctx.payload.get("due")
        return StepResult(payload={"result": result},
                          artifacts=[Artifact("letter.txt", letter, "txt")],
                          due=date.fromisoformat(due) if due else None)

    def finalize(self, ctx: StepContext) -> StepResult:
        ctx.guard()
        letter = ctx.artifact("letter.txt").read_text()
        return StepResult(payload={"filed": letter}, summary="letter filed")


class ScreenshotOnFailureBot:
    """Leaves a failure screenshot the way the browser toolkit does, then fails for good."""

    name = "screenshots"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        failure = ctx.workdir / "failure"
        failure.mkdir()
        (failure / "failure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        raise RuntimeError("the page had no submit button")

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult()


class ClockBot:
    """Declares the clocks its payload names: prepare opens `open`, finalize closes `close`."""

    name = "clocks"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        from bots.common.clocks import clock_request

        return StepResult(
            clocks=[clock_request(c["kind"], date.fromisoformat(c["started"]),
                                  case=c.get("case", ""), shortened_business_days=c.get("short"))
                    for c in ctx.payload.get("open", [])],
            summary="clocks declared")

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult(close_clocks=list(ctx.payload.get("close", [])), summary="closed")


class DoneClockBot(ClockBot):
    """ClockBot without review: its prepare alone completes the item (the diary tests)."""

    name = "clocks_done"
    review = False


class StagedBot:
    """Two stages: the first finalize waits for an "answer" (until the payload's `until`, naive
    UTC, with the clock the payload names); the second prepare reports what resumed it."""

    name = "staged"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        answer = ctx.payload.get("events", {}).get("answer")
        stage = "second" if answer else "first"
        letter = ctx.workdir / "letter.txt"
        letter.write_text(f"{stage} stage; answer {answer}")
        return StepResult(payload={"stage": stage, "answer_seen": answer},
                          artifacts=[Artifact("letter.txt", letter, "txt")])

    def finalize(self, ctx: StepContext) -> StepResult:
        from datetime import datetime

        from tradebots.bot import WaitRequest

        if ctx.payload.get("stage") == "second":
            return StepResult(summary="second stage filed")
        until = ctx.payload.get("until")
        return StepResult(wait=WaitRequest(
            "answer", "waiting for the party's answer",
            until=datetime.fromisoformat(until) if until else None,
            clock=ctx.payload.get("clock", "")), clocks=[
                clock_of(c) for c in ctx.payload.get("open", [])])


def clock_of(spec: dict[str, str]) -> ClockRequest:
    from bots.common.clocks import clock_request

    return clock_request(spec["kind"], date.fromisoformat(spec["started"]))


class RecordsThenFailsToDraftBot:
    """Records a case in a 'portal' (a file), keeps its number, then drafts into DRAFT_DIR."""

    name = "records"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        ctx.guard()
        ctx.keep({"portal": {"protest_number": f"PR-{ctx.item_id:05d}"}})
        draft = Path(ctx.payload["draft_dir"]) / f"letter-{ctx.item_id}.txt"
        draft.write_bytes(b"x" * 200_000)  # a letter that does not fit on a full disk
        return StepResult(payload={"drafted": True}, summary="recorded and drafted")

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult()


class LeavesDraftsBot:
    """Can leave work outside the engine; at worker start it notes which references still run."""

    name = "drafts"
    review = False
    asked: dict[str, bool] = {}  # noqa: RUF012 (what the last sweep saw, read by the test)

    def prepare(self, ctx: StepContext) -> StepResult:
        return StepResult(summary="nothing left behind")

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult()

    def sweep_leftovers(self, settings: object, running: Callable[[str], bool],
                        now: datetime) -> int:
        LeavesDraftsBot.asked = {ref: running(ref) for ref in ("held", "waiting", "gone")}
        return sum(not still for still in LeavesDraftsBot.asked.values())


class UnusedBot(LeavesDraftsBot):
    """A configured bot with no items: loading it at worker start would be wasted work."""

    loaded = False

    def __init__(self) -> None:
        UnusedBot.loaded = True


class FolderNoopBot(NoopBot):
    """The noop bot with a work folder, as every bot that writes files has."""

    name = "folder_noop"
    uses_workdir = True


class OneSlotNoopBot(NoopBot):
    """The noop bot run one item at a time, as every office bot is (a browser per item)."""

    slots = 1


class TempFileBot:
    """Writes a temporary file wherever tempfile puts it, then works payload `work_s` seconds."""

    name = "tempfile"
    review = False
    uses_workdir = False

    def prepare(self, ctx: StepContext) -> StepResult:
        with tempfile.NamedTemporaryFile(prefix="step-", delete=False) as handle:
            handle.write(b"half done")
        time.sleep(float(ctx.payload.get("work_s", 0)))
        return StepResult(payload={"temp": handle.name})

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult()


class MeetingBot(NoopBot):
    """A blocking bot whose items of one batch wait for each other: only steps run at the same
    time get past the meeting (one at a time, the first waits out the timeout and crashes)."""

    name = "meeting"
    slots = 3
    meeting = threading.Barrier(3, timeout=30)

    def blocks(self, payload: dict[str, Any]) -> bool:
        return True

    def prepare(self, ctx: StepContext) -> StepResult:
        MeetingBot.meeting.wait()
        return StepResult(payload={"met": True})


class StopperBot(NoopBot):
    """The noop bot that notes the order it runs items in; payload `stop` raises SIGTERM in the
    step, as a person pressing Ctrl-C a second time would."""

    name = "stopper"
    ran: ClassVar[list[int]] = []

    def prepare(self, ctx: StepContext) -> StepResult:
        StopperBot.ran.append(ctx.item_id)
        if ctx.payload.get("stop"):
            signal.raise_signal(signal.SIGTERM)
        return super().prepare(ctx)
