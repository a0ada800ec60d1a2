"""Queue throughput on SQLite and PostgreSQL with 1 and 4 workers, plus the kill runs.

Run from the repository root: `.venv/bin/python -m bench.queue_matrix [--repeat 3]`.
Prints a Markdown table of medians for bench/RESULTS.md. Starts its own throwaway PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tests.pg_cluster import ThrowawayCluster

CASES = [
    # (label, database, items, workers, kill_every)
    ("sqlite, 1 worker", "sqlite", 2000, 1, None),
    ("sqlite, 4 workers", "sqlite", 2000, 4, None),
    ("postgresql, 1 worker", "postgresql", 5000, 1, None),
    ("postgresql, 4 workers", "postgresql", 5000, 4, None),
    ("sqlite, 2 workers, SIGKILL every 2 s", "sqlite", 2000, 2, 2.0),
    ("postgresql, 4 workers, SIGKILL every 2 s", "postgresql", 5000, 4, 2.0),
]


def bench(home: Path, items: int, workers: int, kill_every: float | None,
          url: str | None) -> dict[str, float]:
    command = [sys.executable, "-m", "tradebots.cli", "bench", "queue", "--items", str(items),
               "--workers", str(workers)]
    if kill_every:
        command += ["--kill-every", str(kill_every)]
    if url:
        command += ["--database", url]
    done = subprocess.run(command, cwd=home, capture_output=True, text=True, check=False,
                          env={"TRADEBOTS_HOME": str(home), "PATH": "/usr/bin:/bin"})
    last = done.stdout.strip().splitlines()[-1]
    result: dict[str, float] = json.loads(last)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cluster = ThrowawayCluster()
    cluster.start()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            (home / "config").mkdir()
            (home / "config" / "settings.toml").write_text("")
            for number, (label, backend, items, workers, kill) in enumerate(CASES):
                runs = []
                for attempt in range(args.repeat):
                    url = None
                    if backend == "postgresql":
                        url = cluster.create_database(f"bench_{number}_{attempt}")
                    runs.append(bench(home, items, workers, kill, url))
                    print(f"{label}: {runs[-1]}", file=sys.stderr, flush=True)
                rows.append((label, items, runs))
    finally:
        cluster.stop()
    print(f"Machine: {platform.node()} ({platform.machine()}, {_cores()} cores), "
          f"Python {platform.python_version()}; {datetime.now(UTC):%Y-%m-%d}; "
          f"median of {args.repeat} runs.\n")
    print("| case | items | items/s (median) | ratio to sqlite 1 worker | lost | duplicates | "
          "reruns |")
    print("|---|---|---|---|---|---|---|")
    base = statistics.median(r["items_per_second"] for r in rows[0][2])
    for label, items, runs in rows:
        rate = statistics.median(r["items_per_second"] for r in runs)
        print(f"| {label} | {items} | {rate:.0f} | {rate / base:.2f} | "
              f"{max(r['lost'] for r in runs)} | {max(r['duplicates'] for r in runs)} | "
              f"{'/'.join(str(r['reruns']) for r in runs)} |")


def _cores() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
