"""Queue throughput on an empty table and on one holding a million finished items, same run.

Run from the repository root: `python -m bench.queue_rows [--rows 1000000] [--items 5000]
[--workers 4] [--reps 1] [--backend postgresql|sqlite]`. PostgreSQL is a throwaway cluster.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.queue_prefill import DEFAULT_ROWS, prefill
from bench.queue_runs import PgServer, bench_queue, machine_line, say, scratch_home
from tests.pg_cluster import ThrowawayCluster
from tradebots.queue.database import Database


def compare_rows(new_database: Callable[[str], str], home: Path, *, rows: int, items: int,
                 workers: int, reps: int) -> str:
    """Alternate runs on a new empty database and on the prefilled one; a Markdown table."""
    full = new_database("tradebots_rows_full")
    say(f"prefilling with {rows:,} done items")
    database = Database(full)
    try:
        prefill(database, rows, report=say)
    finally:
        database.dispose()
    rates: dict[str, list[float]] = {"empty": [], "full": []}
    for rep in range(reps):
        for label, url in (("empty", new_database(f"tradebots_rows_empty_r{rep}")),
                           ("full", full)):
            say(f"rows: {label} table, {items} items, {workers} workers, run {rep + 1}/{reps}")
            report = bench_queue(scratch_home(home), items=items, workers=workers, url=url)
            say(f"rows: {report}")
            rates[label].append(float(report["items_per_second"]))
    return rows_table(rates, rows=rows, items=items, workers=workers)


def rows_table(rates: dict[str, list[float]], *, rows: int, items: int, workers: int) -> str:
    empty, full = (statistics.median(rates[key]) for key in ("empty", "full"))
    return "\n".join([
        f"| table before the run ({items} no-op items, {workers} workers) | items/s (median "
        f"of {len(rates['empty'])}) | ratio to empty |",
        "|---|---|---|",
        f"| empty | {empty:,.1f} | 1.00 |",
        f"| {rows:,} done items | {full:,.1f} | {full / empty:.2f} |",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--backend", choices=["postgresql", "sqlite"], default="postgresql")
    args = parser.parse_args()
    header = machine_line()
    with tempfile.TemporaryDirectory(prefix="tradebots-rows-") as tmp:
        folder = Path(tmp)
        cluster = ThrowawayCluster() if args.backend == "postgresql" else None
        if cluster is None:
            def new_database(name: str) -> str:
                return f"sqlite:///{folder / name}.db"
        else:
            cluster.start()
            new_database = PgServer(cluster.port, cluster.user).fresh_database
        try:
            report = compare_rows(new_database, folder / "home", rows=args.rows,
                                  items=args.items, workers=args.workers, reps=args.reps)
        finally:
            if cluster is not None:
                cluster.stop()
    print(f"{header}; {args.backend}\n\n{report}")


if __name__ == "__main__":
    main()
