"""`tradebots bench intake`: run a bot's prepare on generated documents against the sandbox."""

from __future__ import annotations

import importlib
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from tradebots.queue.queries import ItemFilter, count_items
from tradebots.queue.tables import AuditEvent
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import Settings, load_settings

PARTS = ("extract", "rules", "portal", "letters")
PROGRESS_SECONDS = 5.0


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_intake_bench(
    settings: Settings, *, bot: str, items: int, seed: int = 101
) -> dict[str, Any]:
    """Prepare ITEMS generated documents for BOT; the time per item, split by part."""
    run_dir = settings.var_path / "bench" / f"intake-{uuid.uuid4().hex[:8]}"
    cases = _generate(bot, run_dir / "documents", items, seed)
    portal, password, url = _start_portal(run_dir)
    os.environ["TRADEBOTS_PORTAL_URL"] = url
    bench_settings = load_settings(
        database_url=f"sqlite:///{run_dir / 'queue.db'}", var_dir=run_dir / "var",
        logs_dir=run_dir / "logs", bots=settings.bots, audit_key=secrets.token_hex(16),
        portal={"password": password, "config_file": str(settings.path("config/portal.toml"))},
    )
    services = open_services(bench_settings, migrate=True)
    try:
        for case in cases:
            services.queue.enqueue(bot, [case.pdf], actor="bench", payload=_payload(case))
        _say(f"preparing {items} {bot} items against the sandbox portal at {url}")
        started = time.monotonic()
        done = threading.Event()
        reporter = threading.Thread(target=_progress, args=(services, items, started, done))
        reporter.start()
        Worker(services, "bench", bots=[bot], once=True).run()
        done.set()
        reporter.join()
        return _report(services, items)
    finally:
        from bots.portal.item import close_browser_host

        close_browser_host(bench_settings)
        services.close()
        portal.terminate()
        portal.wait(timeout=30)


def _generate(bot: str, out_dir: Path, items: int, seed: int) -> list[Any]:
    try:
        from bench.samples import GENERATORS
    except ModuleNotFoundError as exc:
        raise SystemExit("bench intake runs from the repository root (needs bench/)") from exc
    module_name, _, function = GENERATORS[bot].partition(":")
    _say(f"generating {items} documents for {bot} ...")
    cases: list[Any] = getattr(importlib.import_module(module_name), function)(out_dir, items, seed)
    return cases


def _payload(case: Any) -> dict[str, str]:
    # The dates the corpus was written for, as a clerk would give them when queueing.
    return {key: getattr(case, key).isoformat() for key in ("received", "today")
            if getattr(case, key, None) is not None}


def _start_portal(run_dir: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    password = secrets.token_urlsafe(16)
    run_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox.portal", "--port", str(port), "--db",
         str(run_dir / "portal.db")],
        env=dict(os.environ, TRADEBOTS_PORTAL__PASSWORD=password),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                return process, password, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the sandbox portal did not start")


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
