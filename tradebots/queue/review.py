"""What people do to items: approve, return with corrections, reject, resolve and retry."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tradebots.errors import IllegalTransition
from tradebots.queue.claims import Claim, check_free, claim, holder_of, release
from tradebots.queue.states import State, ready_state_of_phase
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import WorkItem
from tradebots.queue.transitions import item_to_change, record_transition


def current_run(state: str, payload: dict[str, Any]) -> dict[str, Any]:
    """What the item's latest prepare left for a person: result, fields, decisions.

    A needs_human item keeps them in the stopped step's data (payload["needs_human"]["data"]);
    payload["result"] is then an older run's, and must not be shown or kept as the latest.
    """
    if state == State.NEEDS_HUMAN.value:
        stopped = payload.get("needs_human")
        data = stopped.get("data") if isinstance(stopped, dict) else None
        return dict(data) if isinstance(data, dict) else {}
    return {k: payload[k] for k in ("result", "fields", "decisions") if k in payload}


REVIEW_STATES = (State.AWAITING_REVIEW.value, State.NEEDS_HUMAN.value)


class FourEyesViolation(IllegalTransition):
    """The approver queued or corrected the item: someone else must approve it."""


def identity(actor: str) -> str:
    """Who an actor name stands for: "SAM", " sam" and the CLI's "cli:sam" are one person."""
    return actor.strip().casefold().removeprefix("cli:")


class PeopleActions:
    """Person-driven transitions; each writes its audit event with the person as actor."""

    def __init__(self, queue: WorkQueue):
        self.queue = queue

    def claim(self, item_id: int, *, actor: str) -> Claim:
        """Claim an item under review for ACTOR, so no other supervisor works it meanwhile."""
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            if item.state not in REVIEW_STATES:
                raise IllegalTransition(f"item {item_id} is {item.state}, not under review")
            return claim(session, item_id, actor, self.queue.clock())

    def release(self, item_id: int, *, actor: str) -> None:
        """Give up ACTOR's claim on the item."""
        with self.queue.db.write() as session:
            release(session, item_id, actor)

    def claim_of(self, item_id: int) -> Claim | None:
        """The live claim on the item, if any."""
        with self.queue.db.read() as session:
            return holder_of(session, item_id, self.queue.clock())

    def approve(self, item_id: int, *, actor: str, reason: str = "") -> None:
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            earlier = {identity(name) for name in (item.queued_by, *item.corrected_by)}
            if identity(actor) in earlier:
                raise FourEyesViolation(
                    f"item {item_id}: {actor} queued or corrected this item, "
                    "so another supervisor must approve it"
                )
            self._move(session, item, State.APPROVED, actor, reason or "approved")
            item.phase, item.attempts, item.not_before = "finalize", 0, None

    def return_item(
        self, item_id: int, *, actor: str, corrections: dict[str, Any], reason: str
    ) -> None:
        """Send a reviewed item back to prepare with corrections, keeping the earlier result."""
        self._correct(item_id, State.AWAITING_REVIEW, actor, corrections, None, reason, "returned")

    def resolve(
        self,
        item_id: int,
        *,
        actor: str,
        corrections: dict[str, Any],
        decision: str | None,
        reason: str,
    ) -> None:
        """Answer a needs_human item: corrected facts and/or a decision, then prepare runs again.

        A reason alone would run the bot into the same question again, so one of them is needed.
        """
        if not corrections and not decision:
            raise ValueError("correct a value or decide the outcome: the bot would otherwise "
                             "stop at the same question again")
        self._correct(item_id, State.NEEDS_HUMAN, actor, corrections, decision, reason, "resolved")

    def reject(self, item_id: int, *, actor: str, reason: str) -> None:
        if not reason.strip():
            raise ValueError("a rejection needs a reason")
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            self._move(session, item, State.REJECTED, actor, reason)

    def close(self, item_id: int, *, actor: str, reason: str) -> str:
        """Withdraw a queued item or close a failed one, with a reason; returns which it was."""
        if not reason.strip():
            raise ValueError("withdrawing or closing an item needs a reason")
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            closable = {State.QUEUED.value: "withdrawn", State.FAILED.value: "closed"}
            if item.state not in closable:
                raise IllegalTransition(
                    f"item {item_id} is {item.state}: only a queued item can be withdrawn "
                    "and only a failed one closed"
                )
            action = closable[item.state]
            self._move(session, item, State.REJECTED, actor, reason, {"action": action})
            return action

    def retry(self, item_id: int, *, actor: str, reason: str = "") -> None:
        """Put a failed item back to the phase that failed, with fresh attempts."""
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            if item.state != State.FAILED.value:
                raise IllegalTransition(f"item {item_id} is {item.state}, not failed")
            target = ready_state_of_phase(item.phase)
            self._move(session, item, target, actor, reason or "retried after review")
            item.attempts, item.not_before, item.last_error = 0, None, None

    def _correct(
        self,
        item_id: int,
        expected: State,
        actor: str,
        corrections: dict[str, Any],
        decision: str | None,
        reason: str,
        action: str,
    ) -> None:
        if not reason.strip():
            raise ValueError(f"a {action} item needs a reason")
        with self.queue.db.write() as session:
            item = self._item(session, item_id)
            if item.state != expected.value:
                raise IllegalTransition(f"item {item_id} is {item.state}, not {expected.value}")
            now = self.queue.clock()
            payload = dict(item.payload)
            history = list(payload.get("history", []))
            history.append({
                "at": now.isoformat(), "actor": actor, "action": action, "reason": reason,
                "corrections": corrections, "decision": decision,
                "previous_result": current_run(item.state, payload).get("result"),
            })
            payload["history"] = history
            payload["corrections"] = {**payload.get("corrections", {}), **corrections}
            if decision:
                payload["decision_override"] = decision
            item.payload = payload
            if corrections or decision:
                item.corrected_by = [*item.corrected_by, actor]
            data = {"action": action, "corrections": corrections, "decision": decision}
            self._move(session, item, State.QUEUED, actor, reason, data)
            item.phase, item.attempts, item.not_before, item.last_error = "prepare", 0, None, None

    def _item(self, session: Session, item_id: int) -> WorkItem:
        return item_to_change(session, item_id, postgres=self.queue.db.is_postgres)

    def _move(
        self,
        session: Session,
        item: WorkItem,
        target: State,
        actor: str,
        reason: str,
        data: dict[str, Any] | None = None,
    ) -> None:
        # A person's move needs the item free of another's claim, and ends any claim on it.
        now = self.queue.clock()
        check_free(session, item.id, actor, now)
        release(session, item.id)
        record_transition(
            session, item, target, key=self.queue.key, actor=actor, reason=reason,
            now=now, data=data,
        )
