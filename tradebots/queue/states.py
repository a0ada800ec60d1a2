"""Work item states and the only moves between them (ARCHITECTURE.md, "States and transitions")."""

from __future__ import annotations

from enum import StrEnum

from tradebots.errors import IllegalTransition


class State(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    AWAITING_REVIEW = "awaiting_review"
    APPROVED = "approved"
    DONE = "done"
    NEEDS_HUMAN = "needs_human"
    FAILED = "failed"
    REJECTED = "rejected"
    WAITING = "waiting"  # a stage is done; the item waits for an event or a date (waiting.py)


NEW = "new"  # the "from" of an item's first event; not a state an item can be in

FINAL_STATES = frozenset({State.DONE, State.REJECTED})
READY_STATES = (State.QUEUED, State.APPROVED)  # what a worker may claim

ALLOWED: frozenset[tuple[str, State]] = frozenset(
    {
        (NEW, State.QUEUED),
        (State.QUEUED, State.RUNNING),
        (State.QUEUED, State.REJECTED),  # withdrawn before a worker took it (a misrouted upload)
        (State.APPROVED, State.RUNNING),
        (State.RUNNING, State.AWAITING_REVIEW),
        (State.RUNNING, State.DONE),
        (State.RUNNING, State.QUEUED),
        (State.RUNNING, State.APPROVED),
        (State.RUNNING, State.NEEDS_HUMAN),
        (State.RUNNING, State.FAILED),
        (State.RUNNING, State.RUNNING),  # a dead worker's lease re-claimed by another
        (State.AWAITING_REVIEW, State.APPROVED),
        (State.AWAITING_REVIEW, State.QUEUED),
        (State.AWAITING_REVIEW, State.REJECTED),
        (State.NEEDS_HUMAN, State.QUEUED),
        (State.NEEDS_HUMAN, State.REJECTED),
        (State.FAILED, State.QUEUED),
        (State.FAILED, State.APPROVED),
        (State.RUNNING, State.WAITING),  # a step said "wait for an event or a date"
        (State.WAITING, State.QUEUED),  # the event came, or the date passed: the next stage
        (State.WAITING, State.REJECTED),  # a person closes a case that waits
        (State.FAILED, State.REJECTED),  # closed by a person instead of retried
    }
)


def check_transition(current: str, target: State) -> None:
    """Raise IllegalTransition unless current -> target is a row of the state table."""
    if (current, target) not in ALLOWED:
        raise IllegalTransition(f"{current} -> {target.value} is not an allowed transition")


def phase_of_ready_state(state: str) -> str:
    """Which step a claim from this state runs: queued items prepare, approved items finalize."""
    return "finalize" if state == State.APPROVED else "prepare"


def ready_state_of_phase(phase: str) -> State:
    """Where an item of this phase waits to be claimed again (retry, release, backoff)."""
    return State.APPROVED if phase == "finalize" else State.QUEUED
