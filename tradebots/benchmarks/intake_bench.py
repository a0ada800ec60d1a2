"""`tradebots bench intake`: run a bot's prepare on generated documents against the sandbox."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from tradebots.documents.converter import DIR_ENV, Converter, stop_converters
from tradebots.documents.preview import soffice_binary
from tradebots.errors import ConfigError
from tradebots.queue.queries import ItemFilter, count_items
from tradebots.queue.tables import AuditEvent
from tradebots.references import resolve, resolve_callable
from tradebots.services import Services, open_services
from tradebots.settings import Settings, load_settings, project_home

PARTS = ("extract", "rules", "portal", "letters")
PROGRESS_SECONDS = 5.0


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_intake_bench(
    settings: Settings, *, bot: str, items: int, workers: int = 1, seed: int = 101
) -> dict[str, Any]:
    """Prepare ITEMS generated documents for BOT with WORKERS processes; time per item by part.

    The portal and the workers run as `tradebots` processes, as in production: the engine
    imports neither the sandbox nor the bots, and each child's chromium ends with it. The
    LibreOffice converter is the bench's own, started before the clock runs (a machine keeps
    one running) and stopped at the end."""
    run_dir = settings.var_path / "bench" / f"intake-{uuid.uuid4().hex[:8]}"
    cases = _generate(settings, bot, run_dir / "documents", items, seed)
    child_env = _child_environment(settings, bot, run_dir)
    portal, url = _start_portal(run_dir, child_env)
    child_env["TRADEBOTS_PORTAL_URL"] = url
    services = open_services(load_settings(
        database_url=child_env["TRADEBOTS_DATABASE_URL"], var_dir=run_dir / "var",
        logs_dir=run_dir / "logs", bots=settings.bots, audit_key=child_env["TRADEBOTS_AUDIT_KEY"],
    ), migrate=True)
    worker: subprocess.Popen[bytes] | None = None
    try:
        for case in cases:
            services.queue.enqueue(bot, [case.pdf], actor="bench", payload=_payload(case))
        Converter(soffice_binary(), Path(child_env[DIR_ENV])).endpoint()  # the one they share
        _say(f"preparing {items} {bot} items with {workers} worker(s) against the sandbox "
             f"portal at {url}")
        started = time.monotonic()
        done = threading.Event()
        reporter = threading.Thread(target=_progress, args=(services, items, started, done))
        reporter.start()
        with (run_dir / "worker.log").open("wb") as log:
            worker = subprocess.Popen(
                _tradebots("worker", "--once", "--concurrency", str(workers), "--bot", bot),
                env=child_env, stdout=log, stderr=log)
            code = worker.wait()
        done.set()
        reporter.join()
        if code != 0:
            raise RuntimeError(f"the worker stopped with exit {code}; see {run_dir / 'worker.log'}")
        return {"workers": workers, **_report(services, items)}
    finally:
        for child in (worker, portal):
            if child is not None and child.poll() is None:
                child.terminate()
                child.wait(timeout=60)
        services.close()
        stop_converters(Path(child_env[DIR_ENV]))


def _tradebots(*args: str) -> list[str]:
    return [sys.executable, "-m", "tradebots.cli", *args]


def _child_environment(settings: Settings, bot: str, run_dir: Path) -> dict[str, str]:
    """The bench's own database, folders and secrets, handed to its portal and worker."""
    return dict(
        os.environ,
        TRADEBOTS_DATABASE_URL=f"sqlite:///{run_dir / 'queue.db'}",
        TRADEBOTS_VAR_DIR=str(run_dir / "var"),
        TRADEBOTS_LOGS_DIR=str(run_dir / "logs"),
        TRADEBOTS_AUDIT_KEY=secrets.token_hex(16),
        TRADEBOTS_PORTAL__PASSWORD=secrets.token_urlsafe(16),
        TRADEBOTS_PORTAL__CONFIG_FILE=str(settings.path(settings.portal.config_file)),
        TRADEBOTS_BOTS=json.dumps({bot: settings.bots[bot]}),
        **{DIR_ENV: str(run_dir / "converter")},
    )


def _generate(settings: Settings, bot: str, out_dir: Path, items: int, seed: int) -> list[Any]:
    """ITEMS documents from BOT's generator, found by name through settings.samples."""
    home = project_home()
    table = resolve(settings.samples.generators, setting="samples.generators", home=home)
    if not isinstance(table, Mapping) or bot not in table:
        raise ConfigError(f"setting samples.generators: {settings.samples.generators} "
                          f"names no document generator for {bot}")
    generate = resolve_callable(str(table[bot]), setting=f"samples.generators {bot}", home=home)
    _say(f"generating {items} documents for {bot} ...")
    cases: list[Any] = generate(out_dir, items, seed)
    return cases


def _payload(case: Any) -> dict[str, str]:
    # The dates the corpus was written for, as a clerk would give them when queueing.
    return {key: getattr(case, key).isoformat() for key in ("received", "today")
            if getattr(case, key, None) is not None}


def _start_portal(run_dir: Path, env: dict[str, str], friction: Sequence[str] = (),
                  port: int | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """The sandbox with FRICTION options, on PORT (a restart keeps its address) or a free one."""
    if port is None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
    run_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        _tradebots("sandbox", "--", "--host", "127.0.0.1", "--port", str(port),
                   "--db", str(run_dir / "portal.db"), *friction),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
        if process.poll() is not None:
            break
    process.kill()
    raise RuntimeError("the sandbox portal did not start (try `tradebots sandbox`)")


def _progress(services: Services, items: int, started: float, done: threading.Event) -> None:
    while not done.wait(PROGRESS_SECONDS):
        waiting = sum(count_items(services.database, ItemFilter(state=state))
                      for state in ("queued", "running"))
        _say(f"  {items - waiting}/{items} prepared, {time.monotonic() - started:5.0f} s")


def _report(services: Services, items: int) -> dict[str, Any]:
    """Per-item parts from each step's recorded timings; overhead is the rest of the step."""
    with services.database.read() as session:
        events = session.execute(
            select(AuditEvent.item_id, AuditEvent.at, AuditEvent.to_state, AuditEvent.data)
            .order_by(AuditEvent.item_id, AuditEvent.seq)
        ).all()
    claimed: dict[int, Any] = {}
    totals = dict.fromkeys((*PARTS, "overhead"), 0.0)
    outcomes: Counter[str] = Counter()
    first = last = None
    for item_id, at, to_state, data in events:
        if to_state == "running":
            claimed[item_id] = at
            first = at if first is None else min(first, at)
        elif item_id in claimed and to_state != "queued":
            step = (at - claimed.pop(item_id)).total_seconds()
            timings = data.get("timings", {})
            for part in PARTS:
                totals[part] += float(timings.get(part, 0.0))
            totals["overhead"] += step - sum(float(timings.get(p, 0.0)) for p in PARTS)
            outcomes[to_state] += 1
            last = at if last is None else max(last, at)
    wall = (last - first).total_seconds() if first and last else 0.0
    per_item = {part: round(value / items, 3) for part, value in totals.items()}
    total = sum(per_item.values())
    return {
        "items": items,
        "seconds": round(wall, 1),
        "items_per_hour": round(items / wall * 3600) if wall else 0,
        "seconds_per_item": per_item,
        "overhead_share": round(per_item["overhead"] / total, 3) if total else 0.0,
        "outcomes": dict(outcomes),
    }
