"""The nightly run's jobs, named in config/schedules.toml as "workflows.nightly:<function>".

Each runs inside a scheduled fire (tradebots.schedule.context.current_run) and returns one line
for the fire record.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tradebots.queue.deliveries import Deliveries
from tradebots.schedule.context import JobRun, current_run
from tradebots.schedule.fires import naive_utc
from tradebots.schedule.pools import ProcessPool, ThreadPool, WorkerPool
from workflows.diary import raise_due, today_in
from workflows.morning_report import compose_report, write_report
from workflows.sweep import sweep_inbox
from workflows.tables import NightRun
from workflows.window import RunWindow


def inbox_sweep(folders: dict[str, str], archive: str = "var/inbox/archive") -> str:
    """Queue each inbox folder's new PDFs for its bot ({folder: bot}) and archive them."""
    run = current_run()
    settings = run.services.settings
    today = today_in(settings.timezone, run.clock())
    queued = duplicates = 0
    for folder, bot in folders.items():
        result = sweep_inbox(run.services.queue, settings.path(folder), bot,
                             settings.path(archive), today=today)
        queued += len(result.queued)
        duplicates += len(result.duplicates)
    return f"queued {queued}, already known {duplicates}"


def window_end(run_time: datetime, zone: str, *, minutes: float = 0, until: str = "") -> datetime:
    """Naive UTC end of a window starting at RUN_TIME: after MINUTES, or at the next local UNTIL."""
    if minutes:
        return naive_utc(run_time) + timedelta(minutes=minutes)
    if not until:
        raise ValueError("a run window needs minutes or until (HH:MM)")
    hour, minute = (int(part) for part in until.split(":"))
    local = run_time.astimezone(ZoneInfo(zone))
    end = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if end <= local:
        end += timedelta(days=1)
    return naive_utc(end)


def run_window(
    minutes: float = 0,
    until: str = "",
    bots: list[str] | None = None,
    workers: int = 1,
    transient_limit: int = 3,
    in_process: bool = False,
    report: bool = True,
) -> str:
    """Drain the queue from the run time to the end, then write the morning report."""
    run = current_run()
    end = window_end(run.run_time, run.job.timezone, minutes=minutes, until=until)
    names = bots or sorted(run.services.settings.bots)

    def pool() -> WorkerPool:
        if in_process:  # threads of the scheduler: the demo and tests; processes otherwise
            return ThreadPool(run.services, workers, run.clock, owner=run.holder)
        return ProcessPool(workers)

    window = RunWindow(run.services, job_id=run.job.id, bots=names, end=end, pool_factory=pool,
                       clock=run.clock, stopping=run.stopping, smoke=run.schedules.smoke,
                       transient_limit=transient_limit)
    result = window.run()
    if not report:
        return f"window over; paused {sorted(result.paused)}"
    written = write_report(run.services, compose_report(
        run.services, start=result.started_at, end=result.ended_at, now=run.clock(),
        night_id=result.night_id, paused=result.paused))
    return f"window over; report {written.id}; paused {sorted(result.paused)}"


def _last_night(run: JobRun) -> NightRun | None:
    query = select(NightRun).where(NightRun.ended_at.is_not(None)).order_by(
        NightRun.ended_at.desc()).limit(1)
    with run.services.database.read() as session:
        return session.scalars(query).first()


def morning_report(hours: float = 12) -> str:
    """A report on its own: on the last finished window, else on the last HOURS."""
    run = current_run()
    now = run.clock()
    night = _last_night(run)
    if night is not None and night.ended_at is not None:
        report = compose_report(run.services, start=night.started_at, end=night.ended_at,
                                now=now, night_id=night.id, paused=night.paused)
    else:
        report = compose_report(run.services, start=now - timedelta(hours=hours), end=now,
                                now=now)
    return f"report {write_report(run.services, report).id}"


def diary() -> str:
    """Raise the follow-up item of every statutory clock due today (a business day), and resume
    the waiting items whose wait ran out (workers do it too, when they claim)."""
    run = current_run()
    today = today_in(run.services.settings.timezone, run.clock())
    raised = raise_due(run.services.queue, today, clock=run.clock)
    woken = Deliveries(run.services.queue).wake_due()
    return f"raised {len(raised)} follow-up(s); resumed {len(woken)} waiting item(s)"
