"""Run one fault case end to end and tally how it ended."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.fault_suite.faults import Case
from bench.fault_suite.stage import BOT, Stage, wait_until
from bench.fault_suite.tally import ItemEnd, PauseRow, settled, tally_case
from tests.engine.mounts import tmpfs
from tradebots.benchmarks.intake_bench import _payload, _tradebots
from tradebots.queue.audit import verify_chains
from tradebots.queue.tables import Pause, WorkItem
from tradebots.services import Services
from tradebots.settings import Settings

WORKERS = 2
SETTLE_SECONDS = 900.0  # after the fault cleared, the items have this long to end


def run_case(settings: Settings, case: Case, documents: list[Any], heavy: Path, root: Path,
             database: str, database_url: str | None) -> dict[str, Any]:
    """Queue DOCUMENTS (and HEAVY for the heavy case), inject CASE's fault, report one row."""
    run_dir = root / f"{database}-{case.name}"
    stage = Stage(settings, run_dir, database_url, case.portal_args)
    # What the workers leave in tmp is theirs alone (short: chromium's socket path is limited).
    stage.env["TMPDIR"] = str(stage.tmp)
    with _var_on_tmpfs(stage.var, case.var_tmpfs_mb):
        try:
            services = stage.open()
            ids = [services.queue.enqueue(BOT, [d.pdf], actor="fault-suite",
                                          payload=_payload(d)).item_id for d in documents]
            if case.heavy:
                ids.append(services.queue.enqueue(BOT, [heavy],
                                                  actor="fault-suite").item_id)
            stage.start_workers(WORKERS)
            started = time.monotonic()

            def states() -> dict[int, str]:
                return _states(services, ids)

            extra = case.inject(stage, states)
            wait_until(lambda: settled(states().values()), SETTLE_SECONDS, step=2.0)
            seconds = time.monotonic() - started
            stage.stop_workers()
            found, tmp_found = _leftovers(stage), _tmp_found(stage)
            _sweep_by_starting_a_worker(stage)
            left = _leftovers(stage)
            extra |= {"seconds": round(seconds), "drafts_in_portal": _portal_drafts(stage),
                      "tmp_found": tmp_found, "tmp_left": _kinds(_tmp_entries(stage)),
                      "workers_died_by_themselves": len(stage.exits),
                      **_portal_retries(stage),
                      "worker_peak_mb": round(max(stage.peak_rss_kb.values(), default=0) / 1024)}
            if case.heavy:
                extra["heavy_item"] = _heavy_end(services, ids[-1])
            return tally_case(
                case.name, database, _ends(services, ids),
                records_by_reference=_portal_records(stage), pauses=_pauses(services),
                audit_broken=len(verify_chains(services.database,
                                               stage.env["TRADEBOTS_AUDIT_KEY"].encode())[1]),
                leftovers_found=found, leftovers_left=left, extra=extra)
        finally:
            stage.close()
            shutil.rmtree(stage.tmp, ignore_errors=True)


@contextlib.contextmanager
def _var_on_tmpfs(var: Path, size_mb: int) -> Iterator[None]:
    if not size_mb:
        yield
        return
    with tmpfs(var, size_kb=size_mb * 1024):
        yield


def _states(services: Services, ids: list[int]) -> dict[int, str]:
    with services.database.read() as session:
        return dict(session.execute(select(WorkItem.id, WorkItem.state)
                                    .where(WorkItem.id.in_(ids))).all())


def _ends(services: Services, ids: list[int]) -> list[ItemEnd]:
    with services.database.read() as session:
        rows = session.execute(select(WorkItem.id, WorkItem.reference, WorkItem.state,
                                      WorkItem.last_error).where(WorkItem.id.in_(ids))).all()
    return [ItemEnd(i, ref, state, error or "") for i, ref, state, error in rows]


def _heavy_end(services: Services, item_id: int) -> str:
    (end,) = _ends(services, [item_id])
    return f"{end.state}: {end.reason.splitlines()[0] if end.reason else ''}"


def _pauses(services: Services) -> list[PauseRow]:
    with services.database.read() as session:
        rows = session.execute(select(Pause.scope, Pause.code, Pause.resumed_at)).all()
    return [PauseRow(scope, code, resumed_at is not None) for scope, code, resumed_at in rows]


def _portal_records(stage: Stage) -> dict[str, int]:
    """Protests the sandbox holds per work-item reference, read from its own database."""
    with contextlib.closing(sqlite3.connect(stage.portal_db)) as conn:
        return dict(conn.execute("SELECT reference, COUNT(*) FROM protests GROUP BY reference"))


def _portal_drafts(stage: Stage) -> int:
    with contextlib.closing(sqlite3.connect(stage.portal_db)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])


def _leftovers(stage: Stage) -> int:
    """Item work folders under var/work, and everything in the workers' tmp: with every worker
    stopped, each worker's own folder left (a killed worker's) and any file loose beside them."""
    work = stage.var / "work"
    folders = [p for p in work.iterdir() if p.is_dir()] if work.is_dir() else []
    return len(folders) + len(_tmp_entries(stage))


def _tmp_entries(stage: Stage) -> list[Path]:
    """What is in the workers' tmp, their own folders (tradebots-<uid>/worker-*) one by one."""
    entries = []
    for path in stage.tmp.iterdir():
        own = path.name.startswith("tradebots-") and path.is_dir()
        entries += list(path.iterdir()) if own else [path]
    return entries


def _portal_retries(stage: Stage) -> dict[str, int]:
    """Portal steps retried within their budget, and how many of those were bounced logins."""
    retries = bounced = 0
    for log in (stage.run_dir / "logs").glob("*.jsonl*"):
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if "_note_retry" in line:
                retries += 1
                bounced += "LoginBounced" in line
    return {"portal_retries": retries, "login_bounced": bounced}


def _tmp_found(stage: Stage) -> dict[str, int]:
    """What the stopped workers left in tmp: the contents of their folders, and anything loose."""
    paths = []
    for entry in _tmp_entries(stage):
        own = entry.name.startswith("worker-") and entry.is_dir()
        paths += list(entry.iterdir()) if own else [entry]
    return _kinds(paths)


def _kinds(paths: list[Path]) -> dict[str, int]:
    """PATHS counted by name without its random part."""
    return dict(Counter(p.name.rsplit("-", 1)[0].rsplit(".", 1)[0] for p in paths))


def _sweep_by_starting_a_worker(stage: Stage) -> None:
    # A worker sweeps at start; with nothing ready, --once then exits.
    subprocess.run(_tradebots("worker", "--once", "--bot", BOT), env=stage.env,
                   capture_output=True, check=False, timeout=300)
