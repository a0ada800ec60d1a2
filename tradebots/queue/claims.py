"""Review claims: one supervisor works an item at a time; a claim lapses on its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, DateTime, ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from tradebots.errors import IllegalTransition
from tradebots.queue.tables import Base, Id, WorkItem

CLAIM_FOR = timedelta(minutes=30)  # a supervisor called away releases the item by not returning


class ReviewClaim(Base):
    """Who is working an item under review, until when (migration 0005)."""

    __tablename__ = "review_claims"

    item_id: Mapped[int] = mapped_column(Id, ForeignKey("work_items.id"), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class Claim:
    holder: str
    expires_at: datetime


class ClaimedByAnother(IllegalTransition):
    """Another supervisor holds a live claim on the item."""


def holder_of(session: Session, item_id: int, now: datetime) -> Claim | None:
    """The live claim on ITEM_ID, or None when it is unassigned (or its claim lapsed)."""
    row = session.get(ReviewClaim, item_id)
    if row is None or row.expires_at <= now:
        return None
    return Claim(row.holder, row.expires_at)


def check_free(session: Session, item_id: int, actor: str, now: datetime) -> None:
    """Raise ClaimedByAnother unless ACTOR may act on the item (unclaimed, or theirs)."""
    held = holder_of(session, item_id, now)
    if held is not None and held.holder != actor:
        raise ClaimedByAnother(f"item {item_id} is claimed by {held.holder} until "
                               f"{held.expires_at:%H:%M} UTC")


def claim(session: Session, item_id: int, actor: str, now: datetime) -> Claim:
    """Claim (or renew) the item for ACTOR for CLAIM_FOR."""
    check_free(session, item_id, actor, now)
    row = session.get(ReviewClaim, item_id)
    if row is None:
        row = ReviewClaim(item_id=item_id, holder=actor, claimed_at=now, expires_at=now)
        session.add(row)
    row.holder, row.claimed_at, row.expires_at = actor, now, now + CLAIM_FOR
    return Claim(actor, row.expires_at)


def release(session: Session, item_id: int, actor: str | None = None) -> None:
    """Drop the claim (only ACTOR's own when given)."""
    row = session.get(ReviewClaim, item_id)
    if row is not None and (actor is None or row.holder == actor):
        session.delete(row)



@dataclass(frozen=True)
class ClaimFilter:
    """Items by claim, for a supervisor: MINE, UNASSIGNED, or OPEN (unassigned or mine)."""

    which: Literal["mine", "unassigned", "open"]
    holder: str
    now: datetime

    def condition(self) -> ColumnElement[bool]:
        live = select(ReviewClaim.item_id).where(ReviewClaim.expires_at > self.now)
        if self.which == "mine":
            return WorkItem.id.in_(live.where(ReviewClaim.holder == self.holder))
        if self.which == "open":
            return WorkItem.id.not_in(live.where(ReviewClaim.holder != self.holder))
        return WorkItem.id.not_in(live)
