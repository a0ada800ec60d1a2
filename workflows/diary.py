"""The diary of running clocks: raise each clock's follow-up item when its day comes.

The clocks themselves are opened by the engine, with the step that declared them.
"""

from __future__ import annotations

from datetime import date, datetime

from loguru import logger
from sqlalchemy import select

from tradebots.queue.clock import Clock, utcnow
from tradebots.queue.database import Database
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import StatutoryClock

FOLLOWUP_BOT = "followup"
DIARY_ACTOR = "diary"


def raise_due(queue: WorkQueue, today: date, *, clock: Clock = utcnow) -> list[int]:
    """Queue a follow-up item for every clock due by TODAY not raised yet; return the item ids.

    Each follow-up's reference is `clock:<id>`, so a repeated or concurrent run queues it once.
    """
    query = select(StatutoryClock).where(StatutoryClock.raise_on <= today,
                                         StatutoryClock.raised_at.is_(None),
                                         StatutoryClock.closed_at.is_(None))
    with queue.db.read() as session:
        due = list(session.scalars(query.order_by(StatutoryClock.expires, StatutoryClock.id)))
    raised: list[int] = []
    for row in due:
        result = queue.enqueue(
            FOLLOWUP_BOT, actor=DIARY_ACTOR, reference=f"clock:{row.id}", priority=10,
            due=row.expires, payload={"clock": clock_payload(row)},
        )
        with queue.db.write() as session:
            stored = session.get(StatutoryClock, row.id)
            assert stored is not None
            stored.raised_at, stored.followup_item_id = clock(), result.item_id
        logger.info("clock {} ({} {}) raised as item {}", row.id, row.kind, row.case_ref,
                    result.item_id)
        raised.append(result.item_id)
    return raised


def clock_payload(row: StatutoryClock) -> dict[str, object]:
    return {"id": row.id, "kind": row.kind, "case": row.case_ref, "citation": row.citation,
            "started": row.started.isoformat(), "expires": row.expires.isoformat(),
            "raise_on": row.raise_on.isoformat(), "item_id": row.item_id, "note": row.note}


def clocks_expiring(database: Database, start: date, end: date) -> list[StatutoryClock]:
    """Running clocks that run out between START and END inclusive, soonest first."""
    query = (select(StatutoryClock)
             .where(StatutoryClock.expires >= start, StatutoryClock.expires <= end,
                    StatutoryClock.closed_at.is_(None))
             .order_by(StatutoryClock.expires, StatutoryClock.id))
    with database.read() as session:
        return list(session.scalars(query))


def clocks(database: Database) -> list[StatutoryClock]:
    with database.read() as session:
        return list(session.scalars(select(StatutoryClock).order_by(StatutoryClock.id)))


def today_in(zone_name: str, now_utc: datetime) -> date:
    """The office date at NOW_UTC (naive UTC)."""
    from zoneinfo import ZoneInfo

    return now_utc.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone_name)).date()
