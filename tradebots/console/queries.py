"""The queue page's query: filters plus keyset paging by urgency, fast at any depth."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select, tuple_

from tradebots.queue.claims import ClaimFilter
from tradebots.queue.database import Database
from tradebots.queue.states import State
from tradebots.queue.tables import WorkItem
from tradebots.queue.terms import ItemTerm, fold, labels

PAGE_SIZE = 50
SORTS = ("urgency", "newest")


@dataclass(frozen=True)
class QueueFilter:
    bot: str | None = None
    state: str | None = None
    due_by: date | None = None  # only items due on or before this day
    claimed: ClaimFilter | None = None  # mine / unassigned, for supervisors sharing the work
    search: str = ""  # a number or name the item's terms start with (case and spacing aside)


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the last row's due date (None: the undated tail) and id."""

    due: date | None
    id: int

    def encode(self) -> str:
        return f"{self.due.isoformat() if self.due else '-'}.{self.id}"

    @classmethod
    def decode(cls, text: str | None) -> Cursor | None:
        """The cursor in TEXT, or None when TEXT is empty or malformed (the first page)."""
        if not text:
            return None
        due_text, _, id_text = text.partition(".")
        try:
            due = None if due_text == "-" else date.fromisoformat(due_text)
            return cls(due, int(id_text))
        except ValueError:
            return None


@dataclass(frozen=True)
class QueueRow:
    id: int
    bot: str
    reference: str
    state: str
    due_date: date | None
    priority: int
    attempts: int
    queued_by: str
    input_name: str
    since: datetime  # when the item last changed state (or was noted)
    labels: dict[str, str] = field(default_factory=dict)  # number, party, outcome


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    next_cursor: str | None


_COLUMNS = (WorkItem.id, WorkItem.bot, WorkItem.reference, WorkItem.state, WorkItem.due_date,
            WorkItem.priority, WorkItem.attempts, WorkItem.queued_by, WorkItem.inputs,
            WorkItem.updated_at)


def _filtered(query: Select[Any], flt: QueueFilter) -> Select[Any]:
    if flt.bot:
        query = query.where(WorkItem.bot == flt.bot)
    if flt.state:
        query = query.where(WorkItem.state == flt.state)
    if flt.due_by:
        query = query.where(WorkItem.due_date <= flt.due_by)
    if flt.claimed:
        query = query.where(flt.claimed.condition())
    if fold(flt.search):
        prefix = fold(flt.search)
        # A prefix as an index range: every folded term from PREFIX up to PREFIX + the top char.
        matching = select(ItemTerm.item_id).where(ItemTerm.folded >= prefix,
                                                  ItemTerm.folded < prefix + "\U0010ffff")
        query = query.where(WorkItem.id.in_(matching))
    return query


def _row(values: Any) -> QueueRow:
    inputs = values[8] or []
    name = inputs[0].get("name", "") if inputs else ""
    return QueueRow(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                    values[7], str(name), values[9])


def _labelled(session: Any, rows: list[QueueRow]) -> list[QueueRow]:
    """ROWS with their number, party and outcome, from their indexed terms."""
    if not rows:
        return rows
    query = (select(ItemTerm.item_id, ItemTerm.field, ItemTerm.value)
             .where(ItemTerm.item_id.in_([r.id for r in rows]))
             .order_by(ItemTerm.item_id, ItemTerm.position))
    by_item: dict[int, list[tuple[str, str]]] = {}
    for item_id, name, value in session.execute(query):
        by_item.setdefault(item_id, []).append((name, value))
    for row in rows:
        row.labels.update(labels(by_item.get(row.id, [])))
    return rows


def shown_columns(rows: list[QueueRow]) -> set[str]:
    """The optional columns some row of the page fills; the others are left out."""
    shown = {kind for row in rows for kind, value in row.labels.items() if value}
    if any(row.input_name for row in rows):
        shown.add("document")
    if any(row.attempts for row in rows):
        shown.add("tries")
    if any(row.due_date for row in rows):
        shown.add("deadline")
    return shown
def queue_page(
    database: Database, flt: QueueFilter, *, sort: str = "urgency", after: Cursor | None = None,
    size: int = PAGE_SIZE,
) -> QueuePage:
    """One page of items: most urgent (soonest due, undated last) or newest first."""
    with database.read() as session:
        total = int(session.scalar(_filtered(select(func.count()).select_from(WorkItem), flt)) or 0)
        if sort == "newest":
            query = _filtered(select(*_COLUMNS), flt).order_by(WorkItem.id.desc())
            if after:
                query = query.where(WorkItem.id < after.id)
            found = list(session.execute(query.limit(size + 1)))
        else:
            found = _urgent(session, flt, after, size + 1)
        rows = _labelled(session, [_row(r) for r in found[:size]])
    more = len(found) > size and rows
    next_cursor = Cursor(rows[-1].due_date, rows[-1].id).encode() if more else None
    return QueuePage(rows, total, next_cursor)


def _urgent(session: Any, flt: QueueFilter, after: Cursor | None, limit: int) -> list[Any]:
    # Two index range scans, dated items then the undated tail, because an index keeps NULLs
    # first on SQLite and last on PostgreSQL, and "NULLS LAST" would force a full sort.
    found: list[Any] = []
    if after is None or after.due is not None:
        dated = _filtered(select(*_COLUMNS), flt).where(WorkItem.due_date.is_not(None))
        if after is not None:
            dated = dated.where(tuple_(WorkItem.due_date, WorkItem.id) > (after.due, after.id))
        dated = dated.order_by(WorkItem.due_date, WorkItem.id).limit(limit)
        found = list(session.execute(dated))
    if len(found) < limit and flt.due_by is None:
        undated = _filtered(select(*_COLUMNS), flt).where(WorkItem.due_date.is_(None))
        if after is not None and after.due is None:
            undated = undated.where(WorkItem.id > after.id)
        undated = undated.order_by(WorkItem.id).limit(limit - len(found))
        found += list(session.execute(undated))
    return found


def next_for_review(database: Database, *, skip: int | None = None,
                    claimed: ClaimFilter | None = None) -> int | None:
    """The most urgent item awaiting review (other than SKIP), for "next" after an action;
    CLAIMED keeps out items another supervisor holds."""
    flt = QueueFilter(state=State.AWAITING_REVIEW.value, claimed=claimed)
    with database.read() as session:
        for row in _urgent(session, flt, None, 2):
            if row[0] != skip:
                return int(row[0])
    return None

