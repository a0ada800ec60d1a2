"""The worker: claim an item, run its bot's step under a heartbeat, store artifacts, move it on."""

from __future__ import annotations

import shutil
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from loguru import logger
from sqlalchemy.exc import OperationalError

from tradebots.bot import Artifact, Bot, StepContext, StepResult, load_bot
from tradebots.errors import BusinessError, LeaseLost
from tradebots.faults import Fault, Kind, Scope, classify
from tradebots.heartbeat import Heartbeat
from tradebots.leftovers import sweep_bot_leftovers, sweep_leftovers
from tradebots.queue.clock import utcnow
from tradebots.queue.pauses import EVERY_BOT
from tradebots.queue.states import State, ready_state_of_phase
from tradebots.queue.store import Claim, Outcome, PauseRequest, StoredArtifact
from tradebots.queue.wakeups import WorkSignal
from tradebots.services import Services
from tradebots.stored_artifacts import BatchArtifacts

FAILURE_DIR = "failure"  # a step (or the browser toolkit) leaves screenshot and trace here
FINISH_PATIENCE_SECONDS = 600.0  # how long a worker keeps trying to record an outcome


class ShutdownNow(BaseException):
    """A second stop signal: abandon the current step and release its item."""


class Worker:
    """One worker process's loop. Stop it with request_stop() or SIGTERM/SIGINT."""

    def __init__(
        self,
        services: Services,
        owner: str,
        *,
        bots: list[str] | None = None,
        until: datetime | None = None,
        once: bool = False,
        now: Callable[[], datetime] = utcnow,
    ):
        self.services = services
        self.owner = owner
        self.bot_names = bots
        self.until = until  # naive UTC: take no new item after it
        self.once = once
        self.now = now
        self.stopping = threading.Event()
        self._bots: dict[str, Bot] = {}
        self._pool: ThreadPoolExecutor | None = None  # runs a batch's blocking items at once
        self._abandoning = False  # a second stop signal came: release what has not run
        self._work_root = services.settings.var_path / "work"  # var_path resolves the home
        self._zone = ZoneInfo(services.settings.timezone)
        # Started by the first batch; run() closes it (a worker driven by run_claims alone
        # leaves a sleeping daemon thread).
        self._heartbeat = Heartbeat(services)
        self.processed = 0
        self._swept_at = 0.0  # time.monotonic() of the last sweep of leftovers

    def install_signal_handlers(self, *, interrupt: bool = True) -> None:
        """SIGTERM (and SIGINT unless INTERRUPT is False) stop after the current item."""

        def handle(signum: int, _frame: FrameType | None) -> None:
            if self.stopping.is_set():
                raise ShutdownNow()
            logger.info("stop requested: finishing the current item, taking no more")
            self.stopping.set()

        signal.signal(signal.SIGTERM, handle)
        # Child workers leave Ctrl-C to their parent, which forwards one SIGTERM per press.
        signal.signal(signal.SIGINT, handle if interrupt else signal.SIG_IGN)

    def request_stop(self) -> None:
        self.stopping.set()

    def run(self) -> int:
        """Work until stopped, past --until, or (with --once) when nothing is ready."""
        poll = self.services.settings.queue.poll_seconds
        self._sweep()
        slots = self.slots()
        signal = WorkSignal(self.services.database.url, self.stopping)
        try:
            while not self.stopping.is_set():
                if self.until is not None and self.now() >= self.until:
                    logger.info("run window over: taking no more items")
                    break
                try:
                    claims = self.services.queue.claim_batch(self.owner, self.bot_names,
                                                             limit=slots)
                except OperationalError as exc:
                    # The database blinked (restart, lock storm): wait and try again, don't die.
                    logger.warning("cannot claim right now: {}", exc.orig)
                    self.stopping.wait(poll)
                    continue
                if not claims:
                    if self.once:
                        break
                    self._sweep_when_idle()
                    signal.wait(poll)
                    continue
                self.run_claims(claims)
                self.processed += len(claims)
        finally:
            signal.close()
            self._heartbeat.close()
        return self.processed

    def slots(self) -> int:
        """Items this worker runs at once: the smallest `slots` of the bots it serves (1 for a
        worker of every bot, since browser bots run one item at a time)."""
        if not self.bot_names:
            return 1
        return max(1, min(int(getattr(self.bot(name), "slots", 1)) for name in self.bot_names))

    def _sweep(self) -> None:
        # What killed workers left behind; a failure here must not keep the worker from working.
        self._swept_at = time.monotonic()
        try:
            sweep_leftovers(self.services, self.now())
        except Exception as exc:
            logger.warning("could not sweep leftovers: {}", exc)
        for name in self.bot_names or list(self.services.settings.bots):
            try:
                sweep_bot_leftovers(self.services, name, partial(self.bot, name), self.now())
            except Exception as exc:
                logger.warning("could not sweep {}'s leftovers: {}", name, exc)

    def _sweep_when_idle(self) -> None:
        # A leftover too young to judge at start (a blank portal draft) is stale later: a worker
        # that stays up must sweep again, and does so when it has nothing else to do.
        if time.monotonic() - self._swept_at >= self.services.settings.queue.idle_sweep_seconds:
            self._sweep()

    def bot(self, name: str) -> Bot:
        if name not in self._bots:
            reference = self.services.settings.bots.get(name)
            if reference is None:
                raise BusinessError(f"no bot named {name!r} is configured")
            self._bots[name] = load_bot(reference, name)
        return self._bots[name]

    def run_claim(self, claim: Claim) -> None:
        """Run one claimed item to its next state; never raises for a bad item or a bad disk."""
        self.run_claims([claim])

    def run_claims(self, claims: list[Claim]) -> None:
        """Run the claimed items and record their outcomes together: blocking steps at once in
        the slot threads, the others inline; never raises for a bad item or a bad disk."""
        started = time.perf_counter()
        stored = BatchArtifacts(self.services.database, self.services.files,
                                [c.item_id for c in claims])
        inline = [not self._blocks(c) for c in claims]
        self._heartbeat.hold(claims)
        try:
            if len(claims) == 1 and not inline[0]:
                outcomes = [self._outcome_of(claims[0], stored)]
            else:
                outcomes = self._outcomes_at_once(claims, inline, stored)
        finally:
            self._heartbeat.release()
        finished = [(c, o) for c, o in zip(claims, outcomes, strict=True) if o is not None]
        self._finish(finished, quiet={c.item_id for c, i in zip(claims, inline, strict=True) if i})
        if any(inline):
            _log_batch(claims, finished, time.perf_counter() - started)

    def _blocks(self, claim: Claim) -> bool:
        """Whether the item's step waits on something (a browser, a sleep): bots say so through
        an optional blocks(payload); one that does not say, or does not load, blocks."""
        blocks = getattr(self._loaded(claim.bot), "blocks", None)
        return True if blocks is None else bool(blocks(claim.payload))

    def _loaded(self, name: str) -> Bot | None:
        """The bot, or None when it does not load (its step then reports why, per item)."""
        try:
            return self.bot(name)
        except Exception:
            return None

    def _outcomes_at_once(self, claims: list[Claim], inline: list[bool],
                          stored: BatchArtifacts) -> list[Outcome | None]:
        """Blocking items go to the slot threads; meanwhile this thread runs the others, which
        would only pay thread hand-offs (~300 us an item) to wait on nothing."""
        self._abandoning = False
        futures: dict[int, Future[Outcome | None]] = {}
        if not all(inline):
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.slots(), thread_name_prefix="slot")
            futures = {i: self._pool.submit(self._outcome_of, c, stored)
                       for i, c in enumerate(claims) if not inline[i]}
        ran: dict[int, Outcome | None] = {}
        try:
            for i, claim in enumerate(claims):
                if inline[i]:
                    ran[i] = (_released(claim) if self._abandoning
                              else self._outcome_of(claim, stored, quiet=True))
            for i, future in futures.items():
                # Abandoning (a second stop signal in an inline step): wait for no slot thread.
                ran[i] = (_released(claims[i]) if self._abandoning and not future.done()
                          else future.result())
        except ShutdownNow:
            # A second stop signal: what has not finished is released for another worker.
            self.stopping.set()
            for i, future in futures.items():
                ran.setdefault(i, future.result() if future.done() else _released(claims[i]))
        return [ran[i] if i in ran else _released(c) for i, c in enumerate(claims)]

    def _outcome_of(self, claim: Claim, stored: BatchArtifacts,
                    *, quiet: bool = False) -> Outcome | None:
        """The step's outcome, or None when the lease was lost (the new holder records it).

        QUIET (an inline item) skips the per-item log context and INFO line: its batch logs one."""
        if quiet:
            # A disabled level costs ~0.2 us; the file keeps it only at log_level DEBUG.
            logger.debug("{} {} attempt {} item {}", claim.phase, claim.bot, claim.attempt,
                         claim.item_id)
            return self._step_outcome(claim, stored)
        with self._about(claim):
            logger.info("{} {} attempt {}", claim.phase, claim.bot, claim.attempt)
            return self._step_outcome(claim, stored)

    def _step_outcome(self, claim: Claim,
                      stored: BatchArtifacts) -> Outcome | None:
        workdir = self._work_root / f"{claim.item_id}-{claim.attempt}"
        try:
            return self._run_step(claim, workdir, stored)
        except ShutdownNow:
            self.stopping.set()
            self._abandoning = True
            return _released(claim)
        except LeaseLost:
            # Another worker holds the item now: its outcome is theirs to record.
            with self._about(claim):
                logger.warning("lease lost during the step; leaving the item to its new holder")
            return None
        finally:
            # Every file the step made is in the file store by now (artifacts, evidence); a bot
            # without a work folder made none, and rmtree of nothing still costs a system call.
            bot = self._loaded(claim.bot)
            if bot is None or _uses_workdir(bot):
                shutil.rmtree(workdir, ignore_errors=True)

    def _about(self, claim: Claim) -> Any:
        """Log lines in this block name the item and the worker."""
        return logger.contextualize(item=claim.item_id, worker=self.owner)

    def _finish(self, finished: list[tuple[Claim, Outcome]], *, quiet: set[int]) -> None:
        """Record the outcomes; each item's line is INFO, DEBUG for QUIET ids (a batch line
        counts them), WARNING when its lease was taken over."""
        lost = self._record(finished) if finished else None
        if lost is None:
            return
        for claim, outcome in finished:
            if claim.item_id in lost:
                with self._about(claim):
                    logger.warning("lease was taken over; leaving the item to its new holder")
            elif claim.item_id in quiet:
                logger.debug("item {} -> {}: {}", claim.item_id, outcome.state.value,
                             outcome.reason)
            else:
                with self._about(claim):
                    logger.info("-> {}: {}", outcome.state.value, outcome.reason)

    def _record(self, finished: list[tuple[Claim, Outcome]]) -> set[int] | None:
        """The ids refused for a lost lease, or None when the outcomes could not be recorded."""
        # A busy or restarting database must not turn a finished step into a crash: keep trying.
        deadline = time.monotonic() + FINISH_PATIENCE_SECONDS
        wait = self.services.settings.queue.poll_seconds
        while True:
            try:
                return self.services.queue.finish_many(finished)
            except OperationalError as exc:
                if self.stopping.is_set() or time.monotonic() >= deadline:
                    # The step is idempotent: once the lease runs out the item is claimed again.
                    logger.error("could not record the outcome; the lease will expire: {}",
                                 exc.orig)
                    return None
                logger.warning("cannot record the outcome yet (will retry): {}", exc.orig)
                self.stopping.wait(wait)
                wait = min(wait * 2, 30.0)

    def _run_step(self, claim: Claim, workdir: Path,
                  stored: BatchArtifacts) -> Outcome:
        timings: dict[str, float] = {}
        kept: dict[str, Any] = {}
        outcome = self._outcome_of_step(claim, workdir, timings, kept, stored)
        if timings:
            outcome.data["timings"] = {k: round(v, 4) for k, v in timings.items()}
        if kept:
            # What the step did before it failed stays on the item (its next run reads it).
            outcome.payload = {**kept, **outcome.payload}
        return outcome

    def _outcome_of_step(self, claim: Claim, workdir: Path, timings: dict[str, float],
                         kept: dict[str, Any],
                         stored: BatchArtifacts) -> Outcome:
        try:
            # Inside the handler: a read-only or full var/ is a fault of the worker, not a crash.
            bot = self.bot(claim.bot)
            if _uses_workdir(bot):  # a folder per item costs ms on a busy disk
                workdir.mkdir(parents=True, exist_ok=True)
            context = self._context(claim, workdir, timings, kept, stored)
            step = bot.prepare if claim.phase == "prepare" else bot.finalize
            return self._success(claim, bot, step(context))
        except (LeaseLost, ShutdownNow):
            raise
        except Exception as exc:
            with self._about(claim):  # an inline item has no log context of its own
                return self._outcome_of_fault(exc, claim, workdir)

    def _outcome_of_fault(self, exc: Exception, claim: Claim, workdir: Path) -> Outcome:
        fault = classify(exc, self.services.settings.var_path)
        if fault.kind is Kind.BUSINESS:
            return self._needs_person(exc, fault, workdir)
        if fault.kind is Kind.TRANSIENT:
            return self._waiting(claim, fault, workdir)
        trace = traceback.format_exc()
        logger.exception("system error")
        return Outcome(State.FAILED, fault.message, error=trace,
                       artifacts=self._failure_files(workdir),
                       data={"error_type": type(exc).__name__})

    def _needs_person(self, exc: Exception, fault: Fault, workdir: Path) -> Outcome:
        data = exc.data if isinstance(exc, BusinessError) else {}
        logger.warning("needs a person: {}", fault.message)
        return Outcome(State.NEEDS_HUMAN, fault.message, artifacts=self._failure_files(workdir),
                       payload={"needs_human": {"code": fault.code, "message": fault.message,
                                                "data": data}},
                       error=fault.message)

    def _success(self, claim: Claim, bot: Bot, result: StepResult) -> Outcome:
        artifacts = [self._store(a) for a in result.artifacts]
        if result.wait is not None:
            target, reason = State.WAITING, result.summary or result.wait.reason
        elif claim.phase == "prepare" and bot.review:
            target, reason = State.AWAITING_REVIEW, result.summary or "prepared; awaiting review"
        else:
            target, reason = State.DONE, result.summary or f"{claim.phase} done"
        return Outcome(target, reason, payload=result.payload, artifacts=artifacts, due=result.due,
                       clocks=list(result.clocks), close_clocks=list(result.close_clocks),
                       wait=result.wait)

    def _waiting(self, claim: Claim, fault: Fault, workdir: Path) -> Outcome:
        """A transient fault: the item waits with backoff; a fault of many items pauses them."""
        pause = None
        if fault.scope is not Scope.ITEM:
            scope = claim.bot if fault.scope is Scope.BOT else EVERY_BOT
            who = f"bot {claim.bot}" if fault.scope is Scope.BOT else "every bot"
            pause = PauseRequest(scope, fault.code, f"{who} paused ({fault.code}): {fault.message}")
            logger.error("{}; resuming by itself when a probe gets through", pause.reason)
        else:
            logger.warning("transient failure, the item waits: {}", fault.message)
        try:
            evidence = self._failure_files(workdir)
        except OSError:  # the disk that failed the step may not take its screenshot either
            evidence = []
        return Outcome(ready_state_of_phase(claim.phase), f"transient: {fault.message}",
                       error=fault.message, artifacts=evidence, backoff=True, pause=pause,
                       data={"fault": fault.code, "scope": fault.scope.value})

    def _failure_files(self, workdir: Path) -> list[StoredArtifact]:
        folder = workdir / FAILURE_DIR
        if not folder.is_dir():
            return []
        return [self._store(Artifact(p.name, p, p.suffix.lstrip(".") or "file"))
                for p in sorted(folder.iterdir()) if p.is_file()]

    def _store(self, artifact: Artifact) -> StoredArtifact:
        sha = self.services.files.put_file(artifact.path)
        return StoredArtifact(artifact.name, artifact.kind, sha)

    def _context(self, claim: Claim, workdir: Path, timings: dict[str, float],
                 kept: dict[str, Any],
                 stored: BatchArtifacts) -> StepContext:
        files = self.services.files
        settings = self.services.settings
        received = claim.created_at.replace(tzinfo=UTC).astimezone(self._zone).date()
        payload = claim.payload
        return StepContext(
            item_id=claim.item_id, bot=claim.bot, reference=claim.reference,
            phase="finalize" if claim.phase == "finalize" else "prepare",
            attempt=claim.attempt, inputs=[files.path_for(i["sha256"]) for i in claim.inputs],
            input_names=[i["name"] for i in claim.inputs], payload=payload, settings=settings,
            workdir=workdir, guard=lambda: self.services.queue.guard(claim),
            received_at=received.isoformat(), corrections=dict(payload.get("corrections", {})),
            decision_override=payload.get("decision_override"),
            stored_artifacts=stored.of(claim.item_id),
            timings=timings, kept=kept,
        )


def _released(claim: Claim) -> Outcome:
    return Outcome(ready_state_of_phase(claim.phase), "released at shutdown")


def _uses_workdir(bot: Bot) -> bool:
    return bool(getattr(bot, "uses_workdir", True))


def _log_batch(claims: list[Claim], finished: list[tuple[Claim, Outcome]],
               seconds: float) -> None:
    """One INFO line for a batch: its size, ids, time and where its items went."""
    states: dict[str, int] = {}
    for _, outcome in finished:
        states[outcome.state.value] = states.get(outcome.state.value, 0) + 1
    ids = [c.item_id for c in claims]
    went = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
    logger.info("batch of {} {} (items {}-{}) ran in {:.3f} s: {}", len(claims), claims[0].bot,
                min(ids), max(ids), seconds, went or "nothing recorded")

