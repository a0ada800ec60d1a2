"""What a bot is to the engine: a named pair of idempotent steps, prepare and finalize."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from tradebots.errors import BusinessError
from tradebots.queue.statutory import ClockRequest as ClockRequest
from tradebots.queue.waiting import WaitRequest as WaitRequest
from tradebots.references import resolve_callable
from tradebots.settings import Settings, project_home

Phase = Literal["prepare", "finalize"]


@dataclass
class Artifact:
    """An output file of a step: stored by sha256, listed on the item under NAME."""

    name: str
    path: Path
    kind: str = "file"  # docx, pdf, png, trace, json, ...


@dataclass
class StepContext:
    """Everything a step may use (no database: what it wants recorded goes in its StepResult).

    Side effects outside the engine must call guard() first."""

    item_id: int
    bot: str
    reference: str
    phase: Phase
    attempt: int
    inputs: list[Path]
    input_names: list[str]
    payload: dict[str, Any]
    settings: Settings
    workdir: Path
    guard: Callable[[], None]
    received_at: str = ""  # ISO date the first input was stored, office-local
    corrections: dict[str, Any] = field(default_factory=dict)
    decision_override: str | None = None
    stored_artifacts: Mapping[str, Path] = field(default_factory=dict)  # newest file per name
    timings: dict[str, float] = field(default_factory=dict)  # seconds per part of the step
    kept: dict[str, Any] = field(default_factory=dict)  # payload kept whatever the step ends in
    _timing_stack: list[float] = field(default_factory=list, repr=False)

    @contextmanager
    def timed(self, part: str) -> Iterator[None]:
        """Add the time spent in the block to PART; time in a nested part counts only there."""
        started = time.perf_counter()
        self._timing_stack.append(0.0)
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            nested = self._timing_stack.pop()
            self.timings[part] = self.timings.get(part, 0.0) + elapsed - nested
            if self._timing_stack:
                self._timing_stack[-1] += elapsed

    def keep(self, values: dict[str, Any]) -> None:
        """Keep VALUES in the item's payload even if the step fails after this (a side effect
        done, such as the portal's number for a filed case, must not be forgotten)."""
        self.kept.update(values)

    def artifact(self, name: str) -> Path:
        """The newest stored artifact NAME of this item (e.g. the approved letter.pdf)."""
        try:
            return self.stored_artifacts[name]
        except KeyError:
            raise BusinessError(f"item {self.item_id} has no {name} to work with") from None


@dataclass
class StepResult:
    """What a step hands back: payload keys to merge, files to store, clocks to open or close.

    The engine records the clocks with the step's transition; a step never writes them itself.
    """

    payload: dict[str, Any] = field(default_factory=dict)
    artifacts: list[Artifact] = field(default_factory=list)
    summary: str = ""
    due: date | None = None  # the statutory deadline the step found; the queue sorts by it
    clocks: list[ClockRequest] = field(default_factory=list)
    close_clocks: list[str] = field(default_factory=list)  # kinds of this item's clocks that end
    # The stage is over but the task is not: wait for an event or a date, then prepare runs again.
    wait: WaitRequest | None = None


class Bot(Protocol):
    """A bot the runner can drive. `review` False means prepare alone completes the item.

    An optional `slots` attribute says how many of its items one worker runs at once (default 1:
    a browser bot drives one page at a time); `uses_workdir = False` spares a bot that writes no
    files its per-item folder; an optional `blocks(payload) -> bool` False says the item's step
    waits on nothing (no browser, sleep or subprocess), so the worker runs it inline, without a
    slot thread or a per-item log line."""

    name: str
    review: bool

    def prepare(self, ctx: StepContext) -> StepResult: ...

    def finalize(self, ctx: StepContext) -> StepResult: ...


@runtime_checkable
class SweepsLeftovers(Protocol):
    """A bot whose killed runs can leave work outside the engine (a portal draft).

    At worker start it removes what belongs to references for which RUNNING is False."""

    def sweep_leftovers(self, settings: Settings, running: Callable[[str], bool],
                        now: datetime) -> int: ...


def load_bot(reference: str, name: str = "") -> Bot:
    """Instantiate a bot from its "module:Class" reference (settings or an entry point).

    The module may be installed or live in the project home; ConfigError names what failed."""
    setting = f"bots.{name}" if name else "bots"
    factory = resolve_callable(reference, setting=setting, home=project_home())
    bot: Bot = factory()
    return bot
