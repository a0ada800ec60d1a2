"""Inbox sweep (dedupe by content, archive, never delete) and the morning report."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import ManualClock
from tradebots.queue.states import State
from tradebots.runner import Worker
from tradebots.services import Services
from workflows.demo import tiny_pdf
from workflows.morning_report import compose_report, write_report
from workflows.reports import latest_morning_report
from workflows.sweep import sweep_inbox

from .helpers import item as get_item
from .helpers import make_services, open_clock

TODAY = date(2026, 12, 1)


def test_the_sweep_queues_new_pdfs_once_by_content_and_archives_them(
        database, project_home, clock, tmp_path):
    services = make_services(database, project_home, clock)
    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    inbox.mkdir()
    (inbox / "a.pdf").write_bytes(tiny_pdf("A"))
    (inbox / "copy-of-a.PDF").write_bytes(tiny_pdf("A"))
    (inbox / "notes.txt").write_text("not a PDF")
    (inbox / ".b.pdf").write_bytes(tiny_pdf("still being written"))

    first = sweep_inbox(services.queue, inbox, "noop", archive, today=TODAY)
    (inbox / "a.pdf").write_bytes(tiny_pdf("A"))  # scanned again later
    second = sweep_inbox(services.queue, inbox, "noop", archive, today=TODAY)

    assert len(first.queued) == 1 and first.duplicates == first.queued
    assert second.queued == [] and second.duplicates == first.queued
    assert sorted(p.name for p in (archive / TODAY.isoformat()).iterdir()) == [
        "a-1.pdf", "a.pdf", "copy-of-a.PDF"]  # nothing overwritten, nothing deleted
    assert sorted(p.name for p in inbox.iterdir()) == [".b.pdf", "notes.txt"]
    item = get_item(database, first.queued[0])
    assert item.inputs[0]["name"] == "a.pdf"
    assert services.files.path_for(item.inputs[0]["sha256"]).read_bytes() == tiny_pdf("A")


def _night(services: Services, clock: ManualClock) -> tuple[datetime, dict[str, int]]:
    queue = services.queue
    open_clock(services, clock, "ruling_cure", TODAY - timedelta(days=25))
    clock.advance(1)  # the clock's own step ran before the night
    start = clock()
    done = queue.enqueue("noop", actor="t", reference="ok").item_id
    human = queue.enqueue("noop", actor="t", reference="bad", payload={"fail": "business"},
                          due=TODAY + timedelta(days=3)).item_id
    crash = queue.enqueue("other", actor="t", reference="boom", payload={"fail": "crash"}).item_id
    review = queue.enqueue("followup", actor="t", reference="clock:x",
                           payload={"clock": {"kind": "ruling_cure"}}).item_id
    clock.advance(60)
    Worker(services, "night", once=True, now=clock).run()
    clock.advance(60)
    return start, {"done": done, "human": human, "crash": crash, "review": review}


def test_the_morning_report_counts_the_night_and_lists_what_needs_a_person(
        database, project_home, clock):
    services = make_services(database, project_home, clock)
    clock.now = clock.now.replace(year=2026, month=12, day=1, hour=12)  # 07:00 in New York
    start, ids = _night(services, clock)
    report = compose_report(services, start=start, end=clock(), now=clock(),
                            paused={"penalty_notice": "smoke test failed"})

    assert report.processed == {"noop": {"done": 1, "needs_human": 1},
                                "other": {"failed": 1}, "followup": {"awaiting_review": 1}}
    assert [r.id for r in report.awaiting_review] == [ids["review"]]
    reasons = {r.id: r.reason for r in report.attention}
    assert "facts are wrong" in reasons[ids["human"]]
    assert "RuntimeError: the noop bot was told to crash" in reasons[ids["crash"]]
    assert [(d.day, d.item_id) for d in report.deadlines if d.item_id == ids["human"]] == [
        ((TODAY + timedelta(days=3)).isoformat(), ids["human"])]
    assert any(d.citation == "19 CFR 177.3" for d in report.deadlines)  # cure runs out in 5 days
    assert report.duration_seconds == 120
    assert report.paused == {"penalty_notice": "smoke test failed"}
    assert State.DONE.value not in {r.state for r in report.attention}


@pytest.mark.libreoffice
def test_the_morning_report_is_a_docx_a_pdf_and_the_latest_report(
        database, project_home, clock):
    services = make_services(database, project_home, clock)
    assert latest_morning_report(database) is None
    start, _ids = _night(services, clock)
    written = write_report(services, compose_report(services, start=start, end=clock(),
                                                    now=clock()))
    latest = latest_morning_report(database)
    assert latest is not None and latest.id == written.id
    assert latest.processed == written.processed
    docx, pdf = Path(latest.docx_path), Path(latest.pdf_path)
    assert docx.parent == project_home / "var" / "reports"
    assert docx.is_file() and pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")


def test_the_morning_report_lists_the_pauses_opened_and_closed_overnight(
        database, project_home, clock):
    from tradebots.queue.pauses import EVERY_BOT
    from tradebots.queue.store import Outcome, PauseRequest
    from workflows.morning_report import template_context

    services = make_services(database, project_home, clock)
    queue = services.queue

    def step(bot: str, reference: str, pause: PauseRequest | None) -> None:
        claim = queue.claim("night-worker", [bot])  # REFERENCE's item again, after a pause
        if claim is None:
            queue.enqueue(bot, actor="clerk", reference=reference)
            claim = queue.claim("night-worker", [bot])
        assert claim is not None and claim.reference == reference
        queue.finish(claim, Outcome(State.QUEUED, "transient", backoff=True, pause=pause)
                     if pause else Outcome(State.DONE, "recorded"))
        clock.advance(60)

    portal = PauseRequest("noop", "portal", "bot noop paused (portal): 503 for 120 s")
    step("noop", "evening", portal)
    step("noop", "evening", None)  # paused and resumed before the night: not the night's news
    step("noop", "late", portal)
    opened_before = clock() - timedelta(seconds=60)
    clock.advance(3600)
    start = clock()
    step("noop", "late", None)
    step("other", "full", PauseRequest(EVERY_BOT, "disk_full", "var is full"))
    report = compose_report(services, start=start, end=clock(), now=clock())

    assert [(p.who, p.code, p.paused_by, p.opened, p.closed) for p in report.pauses] == [
        ("noop", "portal", "night-worker", opened_before, start),
        ("every bot", "disk_full", "night-worker", start + timedelta(seconds=60), None)]
    rows = template_context(report, "UTC")["pauses"]
    assert [(r["a"], r["d"]) for r in rows] == [
        ("noop", f"{start:%Y-%m-%d %H:%M} UTC"), ("every bot", "still paused")]
    assert rows[0]["b"] == "portal: bot noop paused (portal): 503 for 120 s (by night-worker)"
