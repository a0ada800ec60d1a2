"""The fault suite's kill storm on SQLite and PostgreSQL, as rows for bench/RESULTS.md.

Run from the repository root: `.venv/bin/python -m bench.faults [--scale 1 --items 20]`. Each run is
`tradebots bench faults`; this starts its own throwaway PostgreSQL."""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tests.pg_cluster import ThrowawayCluster


def run(home: Path, scale: float, items: int, url: str | None) -> dict[str, object]:
    command = [sys.executable, "-m", "tradebots.cli", "bench", "faults", "--scale", str(scale),
               "--items", str(items)]
    if url:
        command += ["--database", url]
    env = dict(os.environ) | {"TRADEBOTS_HOME": str(home),
                              "TRADEBOTS_AUDIT_KEY": secrets.token_hex(16)}
    done = subprocess.run(command, cwd=home, capture_output=True, text=True, check=False, env=env)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    cluster = ThrowawayCluster()
    cluster.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            (home / "config").mkdir()
            (home / "config" / "settings.toml").write_text("")
            rows = [run(home, args.scale, args.items, None),
                    run(home, args.scale, args.items, cluster.create_database("faults"))]
    finally:
        cluster.stop()
    print(f"Machine: {platform.node()} ({platform.machine()}, {os.cpu_count()} cores), "
          f"Python {platform.python_version()}; {datetime.now(UTC):%Y-%m-%d}; "
          f"steps {10 * args.scale:g}-{25 * args.scale:g} s, a SIGKILL every "
          f"{5 * args.scale:g}-{10 * args.scale:g} s.\n")
    print("| database | items | workers | kills | s | ended | failed | duplicates | "
          "re-claimed | transient waits | poison item | others to a person, why | audit broken | "
          "pauses open |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['database']} | {r['items']} | {r['workers']} | {r['kills']} | "
              f"{r['seconds']} | {r['ended']} | {r['failed']} | {r['duplicates']} | "
              f"{r['reclaimed']} | {r['transient_waits']} | {r['poison']} | "
              f"{_reasons(r['to_a_person'])} | {r['audit_broken']} | {r['pauses_open']} |")


def _reasons(reasons: object) -> str:
    return "; ".join(str(r) for r in reasons) if isinstance(reasons, list) and reasons else "none"


if __name__ == "__main__":
    main()
