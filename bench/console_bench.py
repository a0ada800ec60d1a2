"""Console response times with 100,000 items: the queue page (any depth) and a review page.

Run from the repository root: `.venv/bin/python -m bench.console_bench [--items 100000]
[--postgres]`. Fills a fresh database, serves the console over real HTTP on 127.0.0.1 and
prints median and p95 per page in milliseconds, as Markdown for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from tests.console.conftest import ConsoleServer, make_services
from tests.console.protest_pdf import protest_pdf
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.queue.terms import ItemTerm, fold
from tradebots.runner import Worker
from tradebots.services import Services

STATES = ["queued"] * 2 + ["awaiting_review"] * 2 + ["done"] * 5 + ["failed", "needs_human"]
BOTS = ["protest", "ruling", "penalty"]
BATCH = 5000
PARTIES = [f"{word} {kind}" for word in ("Acme", "Globex", "Initech", "Umbrella", "Stark",
                                         "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Hooli")
           for kind in ("Imports LLC", "Trading Co", "Logistics Inc", "Textiles Ltd",
                        "Foods SA", "Metals GmbH", "Toys Corp", "Parts BV", "Fashion SpA",
                        "Tools KK")]  # 100 parties: a party search finds ~1,000 items


def fill(services: Services, count: int) -> None:
    """COUNT synthetic items, one audit event each, written in batches."""
    rng = random.Random(7)
    start = datetime(2026, 1, 1)
    today = date.today()
    made = 0
    while made < count:
        items, events = [], []
        for n in range(made, min(made + BATCH, count)):
            created = start + timedelta(minutes=n)
            due = today + timedelta(days=rng.randint(-30, 200)) if rng.random() < 0.7 else None
            items.append({
                "bot": rng.choice(BOTS), "reference": f"bench-{n:07d}", "priority": 0,
                "due_date": due, "state": rng.choice(STATES), "phase": "prepare", "attempts": 1,
                "inputs": [{"sha256": "0" * 64, "name": f"doc-{n}.pdf"}], "payload": {},
                "queued_by": "bench", "corrected_by": [], "audit_seq": 1, "audit_tail": "x",
                "created_at": created, "updated_at": created,
            })
        with services.database.write() as session:
            first_id = session.execute(insert(WorkItem).returning(WorkItem.id), items).scalars()
            terms = []
            for item_id, item in zip(first_id, items, strict=True):
                events.append({"item_id": item_id, "seq": 1, "at": item["created_at"],
                               "actor": "bench", "from_state": "new", "to_state": item["state"],
                               "reason": "bench", "data": {}, "prev_mac": "", "mac": "x"})
                terms += _terms(item_id, rng)
            session.execute(insert(AuditEvent), events)
            session.execute(insert(ItemTerm), terms)
        made += len(items)


def _terms(item_id: int, rng: random.Random) -> list[dict[str, Any]]:
    """What a prepared protest's payload would index: number, party, an entry, the outcome."""
    found = [("protest_number", f"2704-26-{item_id:06d}"), ("protestant_name", rng.choice(PARTIES)),
             ("entries[0].entry_number", f"ABC-{item_id:07d}-1"),
             ("outcome", rng.choice(["accept", "deficient", "untimely"]))]
    return [{"item_id": item_id, "position": n, "field": f, "value": v, "folded": fold(v)}
            for n, (f, v) in enumerate(found)]


def real_item(services: Services, folder: Path) -> int:
    """One item prepared by the test protest bot: a real PDF, evidence and a letter."""
    pdf = protest_pdf(folder / "protest.pdf", number="2704-25-100001", importer="12-3456789AB",
                      entry="ABC-1234567-1", liquidated="2025-03-14")
    queued = services.queue.enqueue("protest", [pdf], actor="carol", due=date.today())
    Worker(services, "bench-worker", once=True).run()
    return queued.item_id


def timings(client: httpx.Client, path: str, repeat: int) -> dict[str, float]:
    client.get(path)  # warm caches (page images, query plans)
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    samples.sort()
    return {"median_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 1)}


def deep_cursor(client: httpx.Client, path: str, pages: int) -> str:
    """Follow "Next page" PAGES times and return that page's URL."""
    url = path
    for _ in range(pages):
        html = client.get(url).text
        marker = 'rel="next" href="'
        if marker not in html:
            break
        url = html.split(marker, 1)[1].split('"', 1)[0].replace("&amp;", "&")
    return url


def run(database_url: str, items: int, repeat: int, home: Path) -> dict[str, Any]:
    services = make_services(database_url, home)
    review_id = real_item(services, home)  # first, so the worker meets no synthetic item
    began = time.perf_counter()
    fill(services, items)
    filled = time.perf_counter() - began
    server = ConsoleServer(services)
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            login = client.get("/login").text
            csrf = login.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            client.post("/login", data={"name": "sam", "password": "correct horse battery staple",
                                        "csrf": csrf})
            pages = {
                "queue, first page": "/queue",
                "queue, awaiting review": "/queue?state=awaiting_review",
                "queue, one bot and state": "/queue?bot=protest&state=queued",
                "queue, due within 7 days": "/queue?due=7",
                "queue, newest first": "/queue?sort=newest",
                "queue, page 40 (2,000 deep)": deep_cursor(client, "/queue", 40),
                "queue, last page (undated tail)": "/queue?after=-." + str(items - 20),
                "review page (real item)": f"/items/{review_id}",
                "review page (synthetic item)": f"/items/{items // 2}",
                "queue, search by protest number": f"/queue?q=2704-26-{items // 3:06d}",
                "queue, search by entry number": f"/queue?q=abc-{items // 4:07d}-1",
                "queue, search by party (~1,000 items)": "/queue?q=globex+toys",
                "audit trail, newest": "/audit",
                "dashboard": "/dashboard",
            }
            result = {label: timings(client, path, repeat) for label, path in pages.items()}
    finally:
        server.stop()
        services.close()
    return {"database": database_url.split(":", 1)[0], "items": items,
            "fill_seconds": round(filled, 1), "pages": result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL")
    args = parser.parse_args()
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        # The repository's config/settings.toml is not what is measured: start from defaults.
        (home / "settings.toml").write_text("")
        os.environ["TRADEBOTS_CONFIG"] = str(home / "settings.toml")
        (home / "sqlite").mkdir()
        reports.append(run(f"sqlite:///{home / 'sqlite' / 'bench.db'}", args.items, args.repeat,
                           home / "sqlite"))
        if args.postgres:
            from tests.pg_cluster import ThrowawayCluster

            cluster = ThrowawayCluster()
            cluster.start()
            try:
                (home / "pg").mkdir()
                reports.append(run(cluster.create_database("console_bench"), args.items,
                                   args.repeat, home / "pg"))
            finally:
                cluster.stop()
    print(json.dumps(reports, indent=2))
    print("\n| page | " + " | ".join(f"{r['database']} median / p95 (ms)" for r in reports) + " |")
    print("|---|" + "---|" * len(reports))
    for label in reports[0]["pages"]:
        cells = [f"{r['pages'][label]['median_ms']} / {r['pages'][label]['p95_ms']}"
                 for r in reports]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
