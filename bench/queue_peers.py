"""The queue against pgqueuer and procrastinate on the same PostgreSQL server, in the same hour.

Run as root from the repository root:
`python -m bench.queue_peers [--reps 1] [--workers 1 4] [--items 5000] [--rows 1000000]`.
Runs /work/shared/peers/queue/run_all.sh (its cluster stays up on 127.0.0.1:55433), then
`tradebots bench queue` on a fresh database of that server per run, and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.peer_table import TRADEBOTS, load_results, table
from bench.queue_runs import PgServer, bench_queue, machine_line, say, scratch_home, spread

PEERS_DIR = Path(os.environ.get("QP_PEERS_DIR", "/work/shared/peers/queue"))
PEERS_HOME = Path(os.environ.get("QP_HOME", "/tmp/tradebots-queue-peers"))
PEERS_PORT = 55433  # run_all.sh's cluster
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def start_server(home: Path) -> None:
    """run_all.sh's cluster, started here: run_all.sh stops a server it started, STOP=0 or not."""
    data, sock = home / "pg" / "data", home / "pg" / "sock"
    if not (data / "PG_VERSION").exists():
        sock.mkdir(parents=True, exist_ok=True)
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run(["chown", "-R", "postgres:", str(home / "pg")], check=True)
        _as_postgres(f"{PG_BIN / 'initdb'} -D {data} -A trust -U postgres")
    running = subprocess.run(["su", "postgres", "-c", f"{PG_BIN / 'pg_ctl'} -D {data} status"],
                             capture_output=True, check=False)
    if running.returncode != 0:
        options = f"-p {PEERS_PORT} -k {sock} -c listen_addresses=127.0.0.1"
        _as_postgres(f"{PG_BIN / 'pg_ctl'} -D {data} -o '{options}' -l {sock / 'pg.log'} -w start")


def stop_server(home: Path) -> None:
    say(f"stopping the peers' cluster in {home / 'pg' / 'data'}")
    _as_postgres(f"{PG_BIN / 'pg_ctl'} -D {home / 'pg' / 'data'} -m fast stop")


def _as_postgres(command: str) -> None:
    subprocess.run(["su", "postgres", "-c", command], check=True, stdout=sys.stderr)


def run_peers(peers_dir: Path, home: Path, reps: int) -> None:
    """run_all.sh with STOP=0 on our running server, so the server stays up for our runs."""
    env = dict(os.environ) | {"QP_HOME": str(home), "REPS": str(reps), "STOP": "0"}
    say(f"peers: bash {peers_dir / 'run_all.sh'} (QP_HOME={home}, REPS={reps})")
    # Its summary goes to our stderr with the rest of the progress; stdout is the table.
    subprocess.run(["bash", str(peers_dir / "run_all.sh")], env=env, check=True,
                   stdout=sys.stderr)


def run_ours(server: PgServer, home: Path, *, items: int, workers: list[int], reps: int,
             results: Path) -> None:
    """`tradebots bench queue` REPS times per worker count, each on a new database."""
    for count in workers:
        runs = []
        for rep in range(reps):
            url = server.fresh_database(f"tradebots_p{count}_r{rep}")
            say(f"tradebots: {items} items, {count} workers, run {rep + 1}/{reps}")
            runs.append(bench_queue(scratch_home(home), items=items, workers=count, url=url))
            say(f"tradebots: {json.dumps(runs[-1])}")
        report = {"workers": count, "items": items,
                  "rate": spread([run["items_per_second"] for run in runs]),
                  "exactly_once_all": all(not run["lost"] and not run["duplicates"]
                                          for run in runs),
                  "runs": runs}
        (results / f"{TRADEBOTS.format(workers=count)}.json").write_text(json.dumps(report))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=0,
                        help="also compare an empty table with one prefilled with ROWS done items")
    parser.add_argument("--peers-dir", type=Path, default=PEERS_DIR)
    parser.add_argument("--home", type=Path, default=PEERS_HOME, help="QP_HOME, a scratch folder")
    parser.add_argument("--keep-server", action="store_true", help="leave the cluster running")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("bench.queue_peers must run as root: run_all.sh starts its cluster with su")
    header = machine_line()
    server = PgServer(PEERS_PORT)
    results = args.home / "results"
    rows_report = ""
    start_server(args.home)
    try:
        run_peers(args.peers_dir, args.home, args.reps)
        run_ours(server, args.home / "tradebots", items=args.items, workers=args.workers,
                 reps=args.reps, results=results)
        if args.rows:
            from bench.queue_rows import compare_rows

            rows_report = compare_rows(server.fresh_database, args.home / "tradebots",
                                       rows=args.rows, items=args.items,
                                       workers=max(args.workers), reps=args.reps)
    finally:
        if not args.keep_server:
            stop_server(args.home)
    print(f"{header} (start); {machine_line().split('; ')[-1]} (end). "
          f"{args.items} no-op items, median of {args.reps}.\n")
    print(table(load_results(results), args.workers))
    if rows_report:
        print(f"\n{rows_report}")


if __name__ == "__main__":
    main()
