"""Read-only views of the queue for the CLI, the console and the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from tradebots.queue.database import Database
from tradebots.queue.tables import AuditEvent, ItemArtifact, WorkItem


@dataclass(frozen=True)
class ItemFilter:
    state: str | None = None
    bot: str | None = None
    due_before: date | None = None


def _filtered(query: Any, flt: ItemFilter) -> Any:
    if flt.state:
        query = query.where(WorkItem.state == flt.state)
    if flt.bot:
        query = query.where(WorkItem.bot == flt.bot)
    if flt.due_before:
        query = query.where(WorkItem.due_date <= flt.due_before)
    return query


def list_items(
    database: Database, flt: ItemFilter = ItemFilter(), *, limit: int = 50, offset: int = 0
) -> list[WorkItem]:
    """Items by urgency: due date first, then priority, then age."""
    query = _filtered(select(WorkItem), flt).order_by(
        WorkItem.due_date.asc().nulls_last(),
        WorkItem.priority.desc(),
        WorkItem.created_at.asc(),
        WorkItem.id.asc(),
    )
    with database.read() as session:
        return list(session.scalars(query.limit(limit).offset(offset)))


def count_items(database: Database, flt: ItemFilter = ItemFilter()) -> int:
    with database.read() as session:
        return int(session.scalar(_filtered(select(func.count(WorkItem.id)), flt)) or 0)


def counts_by_state(database: Database) -> dict[tuple[str, str], int]:
    """(bot, state) -> number of items."""
    query = select(WorkItem.bot, WorkItem.state, func.count(WorkItem.id)).group_by(
        WorkItem.bot, WorkItem.state
    )
    with database.read() as session:
        return {(bot, state): int(n) for bot, state, n in session.execute(query)}


def get_item(database: Database, item_id: int) -> WorkItem | None:
    with database.read() as session:
        return session.get(WorkItem, item_id)


def item_events(database: Database, item_id: int) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.item_id == item_id).order_by(AuditEvent.seq)
    with database.read() as session:
        return list(session.scalars(query))


def item_artifacts(database: Database, item_id: int) -> list[ItemArtifact]:
    return artifacts_by_item(database, [item_id]).get(item_id, [])


def artifacts_by_item(database: Database, item_ids: list[int]) -> dict[int, list[ItemArtifact]]:
    """Each item's artifacts, oldest first, in one query."""
    query = (select(ItemArtifact).where(ItemArtifact.item_id.in_(item_ids))
             .order_by(ItemArtifact.id))
    found: dict[int, list[ItemArtifact]] = {}
    with database.read() as session:
        for artifact in session.scalars(query):
            found.setdefault(artifact.item_id, []).append(artifact)
    return found


def latest_artifact(database: Database, item_id: int, name: str) -> ItemArtifact | None:
    query = (
        select(ItemArtifact)
        .where(ItemArtifact.item_id == item_id, ItemArtifact.name == name)
        .order_by(ItemArtifact.id.desc())
        .limit(1)
    )
    with database.read() as session:
        return session.scalars(query).first()
