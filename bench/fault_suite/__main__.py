"""Issue 17's fault suite: `python -m bench.fault_suite [--case all|NAME...] [--database ...]`.

Each case queues a few generated protests for the real protest_intake bot (chromium, the sandbox
portal over HTTP, LibreOffice), injects its fault for real, and prints one JSON line; a Markdown
table for bench/RESULTS.md follows. Long (minutes per case): never part of `make test`. Needs root
(tmpfs mounts) and starts its own throwaway PostgreSQL."""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.fault_suite.faults import CASES
from bench.fault_suite.heavy import write_heavy_protest
from bench.fault_suite.run import run_case
from bench.fault_suite.stage import BOT
from bench.fault_suite.tally import markdown_table
from tests.pg_cluster import ThrowawayCluster
from tradebots.benchmarks.intake_bench import _generate
from tradebots.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fault_suite", description=__doc__)
    parser.add_argument("--case", action="append", choices=["all", *CASES], default=[])
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--items", type=int, default=4, help="generated protests per case")
    parser.add_argument("--jsonl", type=Path, help="also append the JSON lines to this file")
    args = parser.parse_args()
    names = list(CASES) if not args.case or "all" in args.case else args.case
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    os.environ.setdefault("TRADEBOTS_AUDIT_KEY", secrets.token_hex(16))
    settings = load_settings()
    root = Path(tempfile.mkdtemp(prefix="fault-suite-", dir=settings.var_path / "bench"
                                 if settings.var_path.is_dir() else None))
    print(f"fault suite in {root}", file=sys.stderr, flush=True)
    documents = _generate(settings, BOT, root / "documents", args.items, 101)
    heavy = write_heavy_protest(root / "documents" / "heavy-480-pages.pdf")
    cluster = ThrowawayCluster() if "postgresql" in databases else None
    rows: list[dict[str, Any]] = []
    try:
        if cluster is not None:
            cluster.start()
        for database in databases:
            for name in names:
                url = (cluster.create_database(f"faults_{name.replace('-', '_')}")
                       if database == "postgresql" and cluster is not None else None)
                print(f"{database} {name} ...", file=sys.stderr, flush=True)
                row = run_case(settings, CASES[name], documents, heavy, root, database, url)
                rows.append(row)
                line = json.dumps(row)
                print(line, flush=True)
                if args.jsonl:
                    with args.jsonl.open("a", encoding="utf-8") as out:
                        out.write(line + "\n")
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"\nMachine: {platform.node()} ({platform.machine()}, {os.cpu_count()} cores), "
          f"Python {platform.python_version()}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end.\n")
    print(markdown_table(rows))


if __name__ == "__main__":
    main()
