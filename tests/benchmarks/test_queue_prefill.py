"""The million-row prefill: finished rows the audit check accepts and no worker ever claims."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bench.queue_prefill import BOTS, insert_statement, prefill
from tests.conftest import AUDIT_KEY
from tradebots.queue.audit import verify_chains
from tradebots.queue.database import Database
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import WorkItem


def test_prefilled_rows_are_done_unchained_and_never_claimed(database: Database,
                                                               queue: WorkQueue) -> None:
    assert prefill(database, 2000, batch=700) == 2000  # batches that do not divide N
    with database.read() as session:
        count, references = session.execute(
            select(func.count(WorkItem.id), func.count(func.distinct(WorkItem.reference)))
        ).one()
        states = set(session.scalars(select(WorkItem.state).distinct()))
        bots = set(session.scalars(select(WorkItem.bot).distinct()))
        first = session.scalars(select(WorkItem).order_by(WorkItem.id).limit(1)).one()
    assert (count, references, states, bots) == (2000, 2000, {"done"}, set(BOTS))
    # The ORM reads a row back as the queue wrote it: dates, JSON, a sha256 reference.
    assert first.inputs[0]["sha256"] == first.reference and len(first.reference) == 64
    assert first.created_at < first.updated_at and first.payload["outcome"] == "filed"
    assert verify_chains(database, AUDIT_KEY) == (0, [])

    assert queue.claim("bench-check") is None
    assert queue.claim("bench-check", bots=list(BOTS)) is None
    fresh = queue.enqueue("noop", actor="bench-check", reference="after-prefill")
    claim = queue.claim("bench-check")
    assert claim is not None and claim.item_id == fresh.item_id
    checked, broken = verify_chains(database, AUDIT_KEY)
    assert (checked, broken) == (2, [])


def test_a_second_prefill_adds_rows_without_clashing_references(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'queue.db'}")
    prefill(database, 300)
    prefill(database, 20)
    with database.read() as session:
        assert session.scalar(select(func.count(func.distinct(WorkItem.reference)))) == 320
    database.dispose()


def test_every_required_column_gets_a_value() -> None:
    for postgres in (False, True):
        sql, _params = insert_statement(postgres)
        named = sql.split("(", 1)[1].split(")", 1)[0].split(", ")
        required = {c.name for c in WorkItem.__table__.columns
                    if not c.nullable and not c.primary_key}
        assert required <= set(named)
