"""What the worker-start draft sweep costs: `python -m bench.drafts_sweep [--repeat N]`.

Against a sandbox portal process with a warm chromium (the first sweep, which launches it and
logs in, is reported apart): a sweep with no drafts, and one that discards five."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bots.portal.item import close_browser_host
from bots.portal.sweep import sweep_portal_drafts
from tests.sandbox.portal_process import REPO, start_portal
from tradebots.queue.clock import utcnow
from tradebots.settings import load_settings


def _leave_drafts(db_path: Path, count: int) -> None:
    """COUNT drafts of items long gone, as killed runs leave them."""
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO drafts (username, data, created_at) VALUES ('bot', ?, ?)",
            [(json.dumps({"reference": f"gone-{n}"}), time.time()) for n in range(count)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="drafts-sweep-") as folder:
        tmp = Path(folder)
        portal = start_portal(tmp / "portal.db")
        os.environ["TRADEBOTS_PORTAL_URL"] = portal.base_url
        settings = load_settings(logs_dir=tmp / "logs", portal={
            "password": portal.password, "config_file": str(REPO / "config/portal.toml")})
        try:
            started = time.perf_counter()
            sweep_portal_drafts(settings, lambda reference: False, utcnow())
            print(f"first sweep (chromium launch, login): {time.perf_counter() - started:.2f} s")
            for drafts in (0, 5):
                times = []
                for _ in range(args.repeat):
                    _leave_drafts(portal.db_path, drafts)
                    started = time.perf_counter()
                    swept = sweep_portal_drafts(settings, lambda reference: False, utcnow())
                    times.append(time.perf_counter() - started)
                    assert len(swept) == drafts, swept
                print(f"{drafts} drafts: median {statistics.median(times):.2f} s "
                      f"(runs {', '.join(f'{t:.2f}' for t in times)})")
        finally:
            close_browser_host(settings)
            portal.stop()


if __name__ == "__main__":
    main()
