"""The tradebots command line."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
import typer.core

from tradebots.cli_bots import register_bots_command
from tradebots.cli_common import acting_as, default_actor, fail, services, settings_or_exit
from tradebots.cli_review import register_review_commands
from tradebots.cli_suite import register_suite_commands
from tradebots.cli_wait import deliver
from tradebots.console.cli import register_console_commands
from tradebots.errors import ConfigError
from tradebots.queue.audit import verify_chains
from tradebots.queue.queries import ItemFilter, get_item, item_artifacts, item_events, list_items
from tradebots.queue.states import State
from tradebots.schedule.cli import register_schedule_commands

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Bots for a customs office.")
bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks (outside the test suite).")
audit_app = typer.Typer(no_args_is_help=True, help="The tamper-evident audit trail.")
db_app = typer.Typer(no_args_is_help=True, help="The suite's database.")
app.add_typer(bench_app, name="bench")
app.add_typer(audit_app, name="audit")
app.add_typer(db_app, name="db")
register_bots_command(app)
register_review_commands(app)
app.command()(deliver)
register_schedule_commands(app)
register_suite_commands(app)
register_console_commands(app)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the newest version."""
    with services(migrate=True) as svc:
        from tradebots.queue.database import redact_url

        print(f"database is up to date: {redact_url(svc.database.url)}")


@app.command()
def enqueue(
    bot: str,
    files: Annotated[list[Path], typer.Argument(help="Input files (PDFs)")],
    priority: Annotated[int, typer.Option(help="Higher runs first")] = 0,
    due: Annotated[str | None, typer.Option(help="Statutory deadline, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, typer.Option(
        "--as", help="The console user queueing the work (default: cli:OS-USER)")] = None,
) -> None:
    """Store FILES and queue one item for BOT (the same content twice is one item)."""
    settings = settings_or_exit()
    if bot not in settings.bots:
        fail(f"{bot}: unknown bot (configured: {', '.join(sorted(settings.bots))})")
    for path in files:
        if not path.is_file():
            fail(f"{path}: no such file")
        if not os.access(path, os.R_OK):
            fail(f"{path}: not readable")
    due_date = _parse_date(due, "--due") if due else None
    with services() as svc:
        queued_by = acting_as(svc, actor) if actor else default_actor()
        try:
            result = svc.queue.enqueue(bot, files, actor=queued_by, priority=priority,
                                       due=due_date)
        except OSError as exc:  # a full or read-only var/: one line, not a traceback
            where = exc.filename or svc.files.root
            fail(f"cannot store the input: {exc.strerror or exc} ({where})")
    if result.created:
        print(f"queued item {result.item_id} for {bot}")
    else:
        print(f"already queued: item {result.item_id} for {bot} has the same content")


@app.command()
def worker(
    once: Annotated[bool, typer.Option(help="Exit when nothing is ready")] = False,
    until: Annotated[str | None, typer.Option(help="Take no new item after HH:MM (local)")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Worker processes")] = 1,
    bot: Annotated[list[str] | None, typer.Option(help="Only these bots")] = None,
) -> None:
    """Claim items and run their bots until stopped (Ctrl-C finishes the current item)."""
    settings = settings_or_exit()
    deadline = _until_utc(until, settings.timezone) if until else None
    from tradebots.worker_processes import run_workers

    total = run_workers(concurrency, bots=bot, until=deadline, once=once)
    print(f"worker stopped after {total} item(s)")


@app.command()
def items(
    state: Annotated[str | None, typer.Option(help="Only items in this state")] = None,
    bot: Annotated[str | None, typer.Option(help="Only this bot's items")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List items, most urgent first."""
    if state and state not in {s.value for s in State}:
        fail(f"{state}: unknown state (one of {', '.join(s.value for s in State)})")
    with services() as svc:
        rows = list_items(svc.database, ItemFilter(state=state, bot=bot), limit=limit)
    print(f"{'ID':>6}  {'BOT':<16} {'STATE':<16} {'DUE':<10}  {'TRIES':>5}  REFERENCE")
    for row in rows:
        due_text = row.due_date.isoformat() if row.due_date else "-"
        print(f"{row.id:>6}  {row.bot:<16} {row.state:<16} {due_text:<10}  {row.attempts:>5}  "
              f"{row.reference[:24]}")


@app.command()
def item(item_id: int) -> None:
    """Show one item with its audit trail and artifacts."""
    with services() as svc:
        found = get_item(svc.database, item_id)
        if found is None:
            fail(f"no item {item_id}")
        events = item_events(svc.database, item_id)
        artifacts = item_artifacts(svc.database, item_id)
    print(f"item {found.id}  bot {found.bot}  state {found.state}  phase {found.phase}  "
          f"attempts {found.attempts}")
    print(f"reference {found.reference}  queued by {found.queued_by}  due {found.due_date or '-'}")
    if found.last_error:
        print(f"last error: {found.last_error.strip().splitlines()[-1]}")
    print("audit trail:")
    for event in events:
        print(f"  #{event.seq} {event.at:%Y-%m-%d %H:%M:%S} {event.actor}: "
              f"{event.from_state} -> {event.to_state}  {event.reason}")
    if artifacts:
        print("artifacts:")
        for artifact in artifacts:
            print(f"  {artifact.name} ({artifact.kind}, {artifact.phase} #{artifact.attempt}) "
                  f"{artifact.sha256[:12]}")
    if found.payload:
        print("payload:")
        print(json.dumps(found.payload, indent=2, default=str)[:4000])


@audit_app.command("verify")
def audit_verify() -> None:
    """Check every item's HMAC chain; name the first broken event of each broken chain."""
    with services() as svc:
        checked, broken = verify_chains(svc.database, svc.settings.audit_key_bytes())
    for problem in broken:
        print(f"BROKEN {problem.describe()}")
    if broken:
        fail(f"{len(broken)} broken chain(s) among {checked} events", code=1)
    print(f"audit trail intact: {checked} events verified")


@app.command()
def extract(
    kind: Annotated[str, typer.Argument(help="protest, ruling-request or penalty-case")],
    file: Path,
    received: Annotated[str | None, typer.Option(help="Date CBP received it, YYYY-MM-DD")] = None,
    today: Annotated[str | None, typer.Option(help="Date for the clocks, YYYY-MM-DD")] = None,
) -> None:
    """Read one document the way its bot does and print the contract JSON (no queue, no portal)."""
    from tradebots.extract_command import run_extract

    settings = settings_or_exit()
    received_date = _parse_date(received, "--received") if received else None
    today_date = _parse_date(today, "--today") if today else date.today()
    print(json.dumps(run_extract(settings, kind, file, received_date, today_date), indent=2))


@bench_app.command("queue")
def bench_queue(
    items_count: Annotated[int, typer.Option("--items", min=1)] = 2000,
    workers: Annotated[int, typer.Option(min=1, max=32)] = 2,
    kill_every: Annotated[float | None, typer.Option(help="SIGKILL a worker every N s")] = None,
    database: Annotated[str | None, typer.Option(help="Database URL (default: new SQLite)")] = None,
) -> None:
    """Queue ITEMS noop items, drain them with WORKERS processes, report throughput and losses."""
    from tradebots.benchmarks.queue_bench import run_queue_bench

    settings = settings_or_exit()
    report = run_queue_bench(settings, items=items_count, workers=workers,
                             kill_every=kill_every, database_url=database)
    print(json.dumps(report))
    if report["lost"] or report["duplicates"]:
        raise typer.Exit(1)


@bench_app.command("faults")
def bench_faults(
    items_count: Annotated[int, typer.Option("--items", min=1)] = 20,
    workers: Annotated[int, typer.Option(min=1, max=32)] = 4,
    scale: Annotated[float, typer.Option(help="Times (steps 10-25 s, kills 5-10 s) times N")] = 1.0,
    database: Annotated[str | None, typer.Option(help="Database URL (default: new SQLite)")] = None,
) -> None:
    """A kill storm over slow steps with passing faults and a poison item; exit 1 on a loss."""
    from tradebots.benchmarks.fault_bench import run_fault_bench

    report = run_fault_bench(settings_or_exit(), items=items_count, workers=workers,
                             step=(10 * scale, 25 * scale), kill_every=(5 * scale, 10 * scale),
                             database_url=database)
    print(json.dumps(report))
    if report["failed"] or report["duplicates"] or report["audit_broken"]:
        raise typer.Exit(1)


@bench_app.command("intake")
def bench_intake(
    items_count: Annotated[int, typer.Option("--items", min=1)] = 100,
    bot: Annotated[str, typer.Option(help="The bot whose prepare is measured")] = "protest_intake",
    workers: Annotated[int, typer.Option(min=1, max=32, help="Worker processes")] = 1,
) -> None:
    """Run prepare for ITEMS generated documents against the sandbox; time per item by part."""
    from tradebots.benchmarks.intake_bench import run_intake_bench

    settings = settings_or_exit()
    if bot not in settings.bots:
        fail(f"{bot}: unknown bot (configured: {', '.join(sorted(settings.bots))})")
    try:
        print(json.dumps(run_intake_bench(settings, bot=bot, items=items_count,
                                          workers=workers)))
    except ConfigError as exc:
        fail(str(exc))


@bench_app.command("reading")
def bench_reading(
    kind: Annotated[str, typer.Argument(help="protest, ruling-request or penalty-case")],
    folder: Annotated[Path, typer.Argument(help="PDFs, each with a truth NAME.json beside it")],
    only_family: Annotated[list[str] | None, typer.Option(help="Score only this family")] = None,
    exclude_family: Annotated[list[str] | None, typer.Option(help="Leave this family out")] = None,
    details: Annotated[Path | None, typer.Option(help="Write every document's misses here")] = None,
) -> None:
    """Score KIND's reader on FOLDER: a table, then one JSON line with every figure."""
    from tradebots.benchmarks import reading_bench as bench
    from tradebots.benchmarks.reading_table import render
    from tradebots.extract_command import load_extractor

    settings = settings_or_exit()
    if kind not in settings.extractors:
        fail(f"{kind}: unknown kind (one of {', '.join(sorted(settings.extractors))})")
    if not folder.is_dir():
        fail(f"{folder}: no such folder")
    found, skipped = bench.find_cases(folder)
    only, exclude = only_family or [], exclude_family or []
    cases = bench.select(found, only=only, exclude=exclude)
    if not cases:
        families = sorted({case.family for case in found})
        fail(f"{folder}: no PDF with a truth file to score (families: {', '.join(families)})")
    extractor = load_extractor(kind, settings.extractors[kind])
    scored = bench.run_reading_bench(extractor, cases, extract_args_dates)
    report = bench.report(kind, folder, scored, skipped=skipped, only=only, exclude=exclude)
    if details:
        details.write_text(json.dumps(bench.details(scored), indent=2) + "\n", encoding="utf-8")
    print(render(report))
    print(json.dumps(report))


def extract_args_dates(args: list[str]) -> tuple[date | None, date]:
    """(received, today) from `tradebots extract` ARGS, parsed by that very command's options."""
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    command = group.commands["extract"]
    try:
        with command.make_context("extract", ["KIND", "FILE", *args]) as context:
            received, today = context.params["received"], context.params["today"]
    except typer.TyperException as exc:
        raise ValueError(str(exc)) from exc
    return (date.fromisoformat(received) if received else None,
            date.fromisoformat(today) if today else date.today())


def _parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{option}: {text!r} is not a date (YYYY-MM-DD)")


def _until_utc(text: str, timezone: str) -> datetime:
    try:
        hour, minute = (int(part) for part in text.split(":"))
        stop_time = datetime.now(ZoneInfo(timezone)).replace(
            hour=hour, minute=minute, second=0, microsecond=0
        )
    except ValueError:
        fail(f"--until: {text!r} is not a time (HH:MM)")
    if stop_time <= datetime.now(ZoneInfo(timezone)):
        stop_time += timedelta(days=1)
    return stop_time.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


if __name__ == "__main__":
    app()
