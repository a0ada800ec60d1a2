"""CLI commands for people: retry, close, resolve and the supervisor's review actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import typer

from tradebots.cli_common import acting_as, fail, parse_assignments, services
from tradebots.errors import IllegalTransition
from tradebots.queue.review import PeopleActions

T = TypeVar("T")

review_app = typer.Typer(no_args_is_help=True, help="Supervisor review (four eyes).")

SetOption = Annotated[
    list[str] | None, typer.Option("--set", help="FIELD=VALUE correction (repeatable)")
]
ActorOption = Annotated[str, typer.Option("--as", help="The console user acting")]


def retry(item_id: int, actor: ActorOption, reason: str = "") -> None:
    """Put a failed item back to the phase that failed, after a person has looked."""
    _as_person(actor, lambda people, who: people.retry(item_id, actor=who, reason=reason))
    print(f"item {item_id} queued again")


def close(
    item_id: int, actor: ActorOption, reason: Annotated[str, typer.Option(help="Why")] = ""
) -> None:
    """Withdraw a queued item or close a failed one; the reason is kept in its audit trail."""
    if not reason.strip():
        fail("close needs --reason")
    person, done = _as_person(
        actor, lambda people, who: people.close(item_id, actor=who, reason=reason))
    print(f"item {item_id} {done} by {person}")


def resolve(
    item_id: int,
    actor: ActorOption,
    reason: Annotated[str, typer.Option(help="Why; kept in the audit trail")],
    sets: SetOption = None,
    decide: Annotated[str | None, typer.Option(help="The person's decision (outcome)")] = None,
) -> None:
    """Answer a needs_human item with corrected values and/or a decision; prepare runs again."""
    # PeopleActions.resolve refuses an answer with neither, for the CLI and the console alike.
    corrections = parse_assignments(sets or [])
    person, _ = _as_person(actor, lambda people, who: people.resolve(
        item_id, actor=who, corrections=corrections, decision=decide, reason=reason))
    print(f"item {item_id} resolved by {person} and queued again")


@review_app.command("approve")
def approve(item_id: int, actor: ActorOption, reason: str = "", sets: SetOption = None) -> None:
    """Approve a prepared item; its bot then finalizes it. Not by who queued or corrected it."""
    if sets:
        fail("approve takes no corrections: use 'review return' so another person approves them")
    person, _ = _as_person(
        actor, lambda people, who: people.approve(item_id, actor=who, reason=reason))
    print(f"item {item_id} approved by {person}")


@review_app.command("return")
def return_item(
    item_id: int, actor: ActorOption, sets: SetOption = None, reason: str = "returned"
) -> None:
    """Return a prepared item with corrected values; prepare re-runs on them."""
    corrections = parse_assignments(sets or [])
    person, _ = _as_person(actor, lambda people, who: people.return_item(
        item_id, actor=who, corrections=corrections, reason=reason))
    print(f"item {item_id} returned by {person}")


@review_app.command("reject")
def reject(
    item_id: int, actor: ActorOption, reason: Annotated[str, typer.Option(help="Why")] = ""
) -> None:
    """Close an item with a reason."""
    if not reason.strip():
        fail("reject needs --reason")
    person, _ = _as_person(
        actor, lambda people, who: people.reject(item_id, actor=who, reason=reason))
    print(f"item {item_id} rejected by {person}")


def _as_person(actor: str, action: Callable[[PeopleActions, str], T]) -> tuple[str, T]:
    """Run ACTION as the console user ACTOR names; (their canonical name, what ACTION gave)."""
    with services() as svc:
        person = acting_as(svc, actor)
        try:
            return person, action(svc.people, person)
        except (IllegalTransition, LookupError, ValueError) as exc:
            fail(str(exc).strip("'\""), code=1)


def register_review_commands(app: typer.Typer) -> None:
    app.command()(retry)
    app.command()(resolve)
    app.command()(close)
    app.add_typer(review_app, name="review")
