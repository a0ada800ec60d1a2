"""The morning report: the night's figures, what waits for a person, the week's deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from loguru import logger
from sqlalchemy import select

from tradebots.documents.errors import DocumentError
from tradebots.documents.preview import convert_to_pdf
from tradebots.documents.render import render_docx
from tradebots.queue.database import Database
from tradebots.queue.pauses import pause_reasons, pauses_between
from tradebots.queue.states import State
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.queue.terms import item_terms, labels
from tradebots.services import Services
from workflows.diary import clocks_expiring, today_in
from workflows.reports import Deadline, MorningReport, PauseLine, ReportItem, save_report

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "reports" / "morning_report.docx"
DAYS_AHEAD = 7
FINAL = (State.DONE.value, State.REJECTED.value)


def _reason(item: WorkItem) -> str:
    # last_error holds a traceback for system errors: its last line is the part a person reads.
    lines = [line for line in (item.last_error or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def _line(item: WorkItem) -> ReportItem:
    named = labels(item_terms(item.payload or {}))
    return ReportItem(id=item.id, bot=item.bot, state=item.state, reference=item.reference[:40],
                      reason=_reason(item),
                      due=item.due_date.isoformat() if item.due_date else None,
                      number=named.get("number", ""), party=named.get("party", ""))


def processed_in(database: Database, start: datetime, end: datetime) -> dict[str, dict[str, int]]:
    """Items that ran in [START, END], counted per bot by the state their last step left them in."""
    query = (select(AuditEvent.item_id, WorkItem.bot, AuditEvent.to_state)
             .join(WorkItem, WorkItem.id == AuditEvent.item_id)
             .where(AuditEvent.at >= start, AuditEvent.at <= end,
                    AuditEvent.from_state == State.RUNNING.value,
                    AuditEvent.to_state != State.RUNNING.value)
             .order_by(AuditEvent.at, AuditEvent.id))
    last: dict[int, tuple[str, str]] = {}
    with database.read() as session:
        for item_id, bot, outcome in session.execute(query):
            last[item_id] = (bot, outcome)
    counts: dict[str, dict[str, int]] = {}
    for bot, outcome in last.values():
        counts.setdefault(bot, {}).setdefault(outcome, 0)
        counts[bot][outcome] += 1
    return counts


def _items(database: Database, states: tuple[str, ...]) -> list[ReportItem]:
    query = (select(WorkItem).where(WorkItem.state.in_(states))
             .order_by(WorkItem.due_date.asc().nulls_last(), WorkItem.id))
    with database.read() as session:
        return [_line(item) for item in session.scalars(query)]


def deadlines(database: Database, today: date, days: int = DAYS_AHEAD) -> list[Deadline]:
    """Open items due, and statutory clocks running out, from TODAY to TODAY + DAYS."""
    end = today + timedelta(days=days)
    query = (select(WorkItem).where(WorkItem.due_date >= today, WorkItem.due_date <= end,
                                    WorkItem.state.not_in(FINAL))
             .order_by(WorkItem.due_date, WorkItem.id))
    with database.read() as session:
        lines = [_line(i) for i in session.scalars(query) if i.due_date]
    found = [Deadline(day=str(line.due), item_id=line.id,
                      what=" · ".join(p for p in (line.case, line.party,
                                                  line.state.replace("_", " ")) if p))
             for line in lines]
    found += [Deadline(day=c.expires.isoformat(), what=f"{c.kind} for {c.case_ref}: {c.note}",
                       citation=c.citation, item_id=c.followup_item_id)
              for c in clocks_expiring(database, today, end)]
    return sorted(found, key=lambda d: d.day)


def compose_report(services: Services, *, start: datetime, end: datetime, now: datetime,
                   night_id: int | None = None, paused: dict[str, str] | None = None
                   ) -> MorningReport:
    """The report's figures for a window from START to END (naive UTC)."""
    db = services.database
    return MorningReport(
        created_at=now, night_id=night_id, window_start=start, window_end=end,
        duration_seconds=(end - start).total_seconds(), processed=processed_in(db, start, end),
        awaiting_review=_items(db, (State.AWAITING_REVIEW.value,)),
        attention=_items(db, (State.NEEDS_HUMAN.value, State.FAILED.value)),
        deadlines=deadlines(db, today_in(services.settings.timezone, now)),
        paused=pause_reasons(db) | dict(paused or {}),  # faults' pauses, then the night's
        pauses=[PauseLine(who=p.who, code=p.code, reason=p.reason, paused_by=p.paused_by,
                          opened=p.paused_at, closed=p.resumed_at)
                for p in pauses_between(db, start, end)],
    )


def _local(moment: datetime | None, zone: str) -> str:
    if moment is None:
        return "-"
    return moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone)).strftime(
        "%Y-%m-%d %H:%M %Z")


def template_context(report: MorningReport, zone: str) -> dict[str, Any]:
    """The values the .docx template reads (tables never empty: a 'none' row instead)."""
    none = [{"a": "none", "b": "", "c": "", "d": ""}]
    processed = [{"a": bot, "b": outcome, "c": str(n), "d": ""}
                 for bot, outcomes in sorted(report.processed.items())
                 for outcome, n in sorted(outcomes.items())]

    def items(rows: list[ReportItem], last: str) -> list[dict[str, str]]:
        return [{"a": r.case, "b": r.party or "-", "c": r.due or "-",
                 "d": r.reason if last == "reason" else r.state.replace("_", " ")}
                for r in rows] or none

    minutes, seconds = divmod(int(report.duration_seconds), 60)
    return {
        "report_date": _local(report.created_at, zone),
        "window": f"{_local(report.window_start, zone)} to {_local(report.window_end, zone)}",
        "duration": f"{minutes} min {seconds} s",
        "total": str(report.processed_total),
        "processed": processed or none,
        "paused": [{"a": b, "b": why, "c": "", "d": ""} for b, why in report.paused.items()]
        or none,
        "pauses": [{"a": p.who, "b": f"{p.code}: {p.reason} (by {p.paused_by})",
                    "c": _local(p.opened, zone),
                    "d": _local(p.closed, zone) if p.closed else "still paused"}
                   for p in report.pauses] or none,
        "review": items(report.awaiting_review, "state"),
        "attention": items(report.attention, "reason"),
        "deadlines": [{"a": d.day, "b": d.what, "c": d.citation,
                       "d": str(d.item_id or "")} for d in report.deadlines] or none,
    }


def write_report(services: Services, report: MorningReport) -> MorningReport:
    """Write var/reports/morning-<time>.docx and .pdf, store the report; return it with paths."""
    folder = services.settings.var_path / "reports"
    stamp = report.created_at.strftime("%Y%m%d-%H%M%S")
    docx = folder / f"morning-{stamp}.docx"
    render_docx(TEMPLATE, template_context(report, services.settings.timezone), docx)
    pdf = ""
    try:
        pdf = str(convert_to_pdf([docx], folder)[docx.resolve()])
    except DocumentError as exc:  # the .docx and the console page still serve the morning
        logger.error("morning report PDF not made: {}", exc)
    stored = report.model_copy(update={"docx_path": str(docx), "pdf_path": pdf})
    report_id = save_report(services.database, stored)
    logger.info("morning report {} written: {}", report_id, docx)
    return stored.model_copy(update={"id": report_id})
