"""What people look items up by: the numbers and names a step read or was given, indexed.

Domain-free by convention: in a step's payload, `result.values` (the contract's values, also
under `needs_human.data.result` for an item a person must decide) and the `portal` record, every
text field named `*_number` or `*_name`, in lists too (`entries[0].entry_number`), is a term; the
payload's `outcome` (or `result.decision.outcome`) is one more.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Index, Integer, String, delete, insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from tradebots.queue.tables import Base, Id, WorkItem

SUFFIXES = ("_number", "_name")
OUTCOME = "outcome"
LENGTH = 200
# Byte order on PostgreSQL too, so a prefix is one index range whatever the server's locale.
Folded = String(LENGTH).with_variant(String(LENGTH, collation="C"), "postgresql")


class ItemTerm(Base):
    __tablename__ = "work_item_terms"
    __table_args__ = (Index("ix_work_item_terms_folded", "folded"),
                      Index("ix_work_item_terms_item", "item_id"))

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(Id)
    position: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(LENGTH))
    folded: Mapped[str] = mapped_column(Folded)


def fold(text: str) -> str:
    """The searchable form: runs of white space as one space, case folded."""
    return " ".join(text.split()).casefold()[:LENGTH]


def _walk(values: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    if not isinstance(values, dict):
        return
    for key, value in values.items():
        if isinstance(value, str) and value.strip() and str(key).endswith(SUFFIXES):
            yield f"{prefix}{key}", value.strip()
        elif isinstance(value, list):
            for n, member in enumerate(value):
                yield from _walk(member, f"{prefix}{key}[{n}].")


def _result(payload: dict[str, Any]) -> dict[str, Any]:
    result = payload.get("result")
    if not isinstance(result, dict):
        asked = payload.get("needs_human")
        data = asked.get("data") if isinstance(asked, dict) else None
        result = data.get("result") if isinstance(data, dict) else None
    return result if isinstance(result, dict) else {}


def item_terms(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, value) pairs, the portal's numbers first: what the office assigned leads."""
    result = _result(payload)
    terms = [*_walk(payload.get("portal")), *_walk(result.get("values"))]
    decision = result.get("decision")
    decided = decision.get(OUTCOME) if isinstance(decision, dict) else None
    outcome = payload.get(OUTCOME) or decided
    if isinstance(outcome, str) and outcome:
        terms.append((OUTCOME, outcome))
    return terms


def replace_terms(session: Session, item: WorkItem) -> None:
    """Index ITEM's terms afresh from its payload, in the caller's transaction."""
    session.execute(delete(ItemTerm).where(ItemTerm.item_id == item.id))
    rows = term_rows(item.id, item.payload)
    if rows:
        session.execute(insert(ItemTerm), rows)


def term_rows(item_id: int, payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The work_item_terms rows of an item with PAYLOAD."""
    return [{"item_id": item_id, "position": n, "field": field[:100], "value": value[:LENGTH],
             "folded": fold(value)} for n, (field, value) in enumerate(item_terms(payload))]


def label_kind(field_name: str) -> str | None:
    """Which label a term gives: a top-level *_number, a top-level *_name, or the outcome."""
    if "." in field_name:
        return None  # list members (an entry's number) are searched, not shown
    if field_name == OUTCOME:
        return OUTCOME
    return "number" if field_name.endswith(SUFFIXES[0]) else "party"


def labels(terms: Iterable[tuple[str, str]]) -> dict[str, str]:
    """An item's number, party and outcome: the first term of each kind, in order."""
    found: dict[str, str] = {}
    for field_name, value in terms:
        kind = label_kind(field_name)
        if kind:
            found.setdefault(kind, value)
    return found
